/**
 * The actions' steps (build-push main and post, prune) as command lines, prepared the way the GitHub runner prepares them (a clean
 * environment with INPUT_* and action.yml defaults, GITHUB_* from the event, file-command files,
 * STATE_* for the post step), so the benchmark can start and measure the node process itself.
 * test-support/runner.ts does the same for tests but also samples every command line on the
 * machine every 10 ms: useful there, load on a 2-core machine here, and on the action's side only.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readActionMetadata, type ActionMetadata } from '../test-support/action-metadata.js';
import { defaultPushEvent, githubEventEnv } from '../test-support/github-env.js';
import { inputEnvName, nodeBinary, PROJECT_ROOT } from '../test-support/runner.js';
import { parseFileCommands } from '../test-support/workflow-commands.js';
import type { CommandSpec } from './measure.js';

export interface Job {
  dir: string;
  /** GITHUB_* and RUNNER_* variables every step of the job shares. */
  env: Record<string, string>;
}

export interface Step {
  spec: CommandSpec;
  files: { output: string; state: string };
}

export interface StepOptions {
  job: Job;
  /** Workflow `with:`; action.yml defaults fill the rest. */
  inputs: Record<string, string>;
  /** Step `env:`, e.g. HOME and the OCI_CLI_* secrets. */
  env: Record<string, string>;
  /** What the main step saved, for the post step. */
  state?: Record<string, string>;
  /** Node flags placed before the script (e.g. `--import` to preload a module). */
  nodeFlags?: string[];
}

/** The steps the benchmark runs, and the action.yml that declares each (runs.main/post are relative to it). */
const ACTION_FILES = { main: 'action.yml', post: 'action.yml', prune: 'prune/action.yml' } as const;
export type StepEntry = keyof typeof ACTION_FILES;

const metadataCache = new Map<string, ActionMetadata>();
function actionMetadata(file: string): ActionMetadata {
  let metadata = metadataCache.get(file);
  if (!metadata) {
    metadata = readActionMetadata(file);
    metadataCache.set(file, metadata);
  }
  return metadata;
}

/** A job pushed to main, as the action sees it on github.com. */
export function startJob(): Job {
  const dir = mkdtempSync(join(tmpdir(), 'bench-job-'));
  const event = defaultPushEvent();
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(event.payload));
  for (const sub of ['temp', 'tool-cache']) mkdirSync(join(dir, sub));
  return {
    dir,
    env: {
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      ...githubEventEnv(event),
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_WORKSPACE: PROJECT_ROOT,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: '1',
      GITHUB_RUN_NUMBER: '1',
      GITHUB_WORKFLOW: 'bench',
      GITHUB_JOB: 'bench',
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      RUNNER_TEMP: join(dir, 'temp'),
      RUNNER_TOOL_CACHE: join(dir, 'tool-cache'),
    },
  };
}

export function endJob(job: Job): void {
  rmSync(job.dir, { recursive: true, force: true });
}

export function actionStep(entry: StepEntry, options: StepOptions): Step {
  return stepOf(join(PROJECT_ROOT, ACTION_FILES[entry]), entry === 'post' ? 'post' : 'main', options);
}

/**
 * A step of any node action, by its action.yml (an absolute path): e.g. the docker actions the
 * benchmark compares with (../shared/peers), run in the same job as the runner would run them.
 */
export function stepOf(actionFile: string, entry: 'main' | 'post', options: StepOptions): Step {
  const metadata = actionMetadata(actionFile);
  const script = entry === 'post' ? metadata.post : metadata.main;
  if (!script) throw new Error(`${actionFile} declares no ${entry} step`);
  const stepDir = mkdtempSync(join(options.job.dir, `${entry}-`));
  const files = { output: join(stepDir, 'output'), state: join(stepDir, 'state') };
  const summary = join(stepDir, 'summary.md');
  for (const file of [files.output, files.state, summary]) writeFileSync(file, '');
  const env = {
    PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
    ...options.job.env,
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: files.state,
    GITHUB_STEP_SUMMARY: summary,
    ...inputEnv(metadata, actionFile, options.inputs),
    ...Object.fromEntries(
      Object.entries(options.state ?? {}).map(([name, value]) => [`STATE_${name}`, value]),
    ),
    ...options.env,
  };
  return {
    spec: {
      command: nodeBinary(),
      args: [...(options.nodeFlags ?? []), join(dirname(actionFile), script)],
      cwd: PROJECT_ROOT,
      env,
    },
    files,
  };
}

/** What the step wrote through GITHUB_OUTPUT and GITHUB_STATE. */
export function stepResults(step: Step): { outputs: Record<string, string>; state: Record<string, string> } {
  return {
    outputs: parseFileCommands(readFileSync(step.files.output, 'utf8')),
    state: parseFileCommands(readFileSync(step.files.state, 'utf8')),
  };
}

function inputEnv(
  metadata: ActionMetadata,
  actionFile: string,
  given: Record<string, string>,
): Record<string, string> {
  const unknown = Object.keys(given).filter((name) => !metadata.inputNames.includes(name));
  if (unknown.length > 0) throw new Error(`${actionFile} declares no input ${unknown.join(', ')}`);
  const inputs = { ...metadata.inputDefaults, ...given };
  return Object.fromEntries(Object.entries(inputs).map(([name, value]) => [inputEnvName(name), value]));
}
