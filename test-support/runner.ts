/**
 * Runs the bundled action the way the GitHub runner does: a new Node 24 process on the file
 * action.yml names, a clean environment holding INPUT_* (with action.yml defaults), the GITHUB_*
 * and RUNNER_* variables, file-command files it reads back afterwards, and STATE_* for the post
 * step. While the action runs, every command line on the machine is sampled.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readActionMetadata, type ActionMetadata } from './action-metadata.js';
import { defaultPushEvent, githubEventEnv, githubOidcClaims, type WorkflowEvent } from './github-env.js';
import type { GithubOidc, JobClaims } from './github-oidc.js';
import { referencesInTagsOutput, removeImageReferences } from './docker-images.js';
import { watchCommandLines } from './process-watch.js';
import { parseFileCommands, parseWorkflowCommands, type Annotation } from './workflow-commands.js';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RUNTIME = 'node24';
const DEFAULT_TIMEOUT_MS = 100_000;

/** The action's own steps, or the path of any script to run as an action's main step. */
export type Entry = 'main' | 'post' | 'prune' | (string & Record<never, never>);

export interface RunActionOptions {
  entry: Entry;
  /** Workflow `with:`; declared inputs the workflow omits get their action.yml default. */
  inputs?: Record<string, string>;
  /** Step environment, applied last; `undefined` removes a variable the harness would set. */
  env?: Record<string, string | undefined>;
  /** The job's triggering event; defaults to a push to main. Later steps (stateFrom) inherit it. */
  event?: WorkflowEvent;
  /** Working directory, and GITHUB_WORKSPACE; defaults to the project root. */
  cwd?: string;
  /**
   * The job has `permissions: id-token: write`: ACTIONS_ID_TOKEN_REQUEST_URL and _TOKEN point at this
   * GitHub OIDC stand-in, with the job's claims (from its GITHUB_* variables, `environment` and
   * `claims` applied over them).
   */
  idToken?: { service: GithubOidc; environment?: string; claims?: Partial<JobClaims> };
  /** A previous step of the same job: its state becomes STATE_*, its job files are shared. */
  stateFrom?: ActionRun;
  timeoutMs?: number;
}

export interface ActionRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr in arrival order, without `::add-mask::` lines (they repeat the secret). */
  log: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  summary: string;
  masks: string[];
  annotations: Annotation[];
  /** Every distinct command line seen on the machine while the step ran. */
  commandLines: string[];
  files: { output: string; state: string; summary: string; event: string; env: string; path: string };
  /** The job-level environment (GITHUB_*, RUNNER_*), which later steps of the job share. */
  jobEnv: Record<string, string>;
}

const jobDirs = new Set<string>();
const imageReferences = new Set<string>();

/** Removes the temporary files of every run this process made; call it in afterAll. */
export function removeRunFiles(): void {
  for (const dir of jobDirs) rmSync(dir, { recursive: true, force: true });
  jobDirs.clear();
}

/**
 * Untags the images the runs of this process reported in their `tags` output; call it in
 * afterAll. Returns docker's refusals (e.g. an image a container still uses), if any.
 */
export async function removeRunImages(): Promise<string[]> {
  const references = [...imageReferences];
  imageReferences.clear();
  return removeImageReferences(references);
}

export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const { script, metadata } = resolveEntry(options.entry);
  const inputs = checkedInputs(options.inputs ?? {}, metadata);
  const cwd = options.cwd ?? PROJECT_ROOT;
  const jobEnv = options.stateFrom?.jobEnv ?? newJobEnv(cwd, options.event ?? defaultPushEvent());
  const stepDir = mkdtempSync(join(dirname(jobEnv.RUNNER_TEMP ?? ''), 'step-'));
  const stepFiles = {
    output: join(stepDir, 'output'),
    state: join(stepDir, 'state'),
    summary: join(stepDir, 'summary.md'),
    env: join(stepDir, 'env'),
    path: join(stepDir, 'path'),
  };
  for (const file of Object.values(stepFiles)) writeFileSync(file, '');

  const env = withoutUndefined({
    PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
    HOME: process.env.HOME ?? homedir(),
    ...jobEnv,
    // A later step given its own event (unusual, but tests may want it) sees that one.
    ...(options.stateFrom && options.event ? eventEnv(stepDir, options.event) : {}),
    GITHUB_OUTPUT: stepFiles.output,
    GITHUB_STATE: stepFiles.state,
    GITHUB_STEP_SUMMARY: stepFiles.summary,
    GITHUB_ENV: stepFiles.env,
    GITHUB_PATH: stepFiles.path,
    ...inputEnv(inputs),
    ...stateEnv(options.stateFrom?.state ?? {}),
    ...idTokenEnv(options.idToken, jobEnv),
    ...options.env,
  });
  const files = { ...stepFiles, event: env.GITHUB_EVENT_PATH ?? '' };

  const watch = watchCommandLines();
  const finished = await runProcess(
    nodeBinary(),
    [script],
    { cwd, env },
    options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  );
  const commandLines = await watch.stop();
  // The runner reads workflow commands from both streams.
  const commands = parseWorkflowCommands(finished.merged);
  const outputs = parseFileCommands(readFileSync(files.output, 'utf8'));
  for (const reference of referencesInTagsOutput(outputs)) imageReferences.add(reference);
  return {
    exitCode: finished.exitCode,
    signal: finished.signal,
    stdout: finished.stdout,
    stderr: finished.stderr,
    log: commands.log,
    outputs,
    state: parseFileCommands(readFileSync(files.state, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    masks: commands.masks,
    annotations: commands.annotations,
    commandLines,
    files,
    jobEnv,
  };
}

/** `INPUT_<NAME>`: upper case, spaces to underscores, dashes kept (as @actions/core reads them). */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

function inputEnv(inputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(inputs).map(([name, value]) => [inputEnvName(name), value]));
}

function idTokenEnv(
  idToken: RunActionOptions['idToken'],
  jobEnv: Record<string, string>,
): Record<string, string> {
  if (!idToken) return {};
  const claims = { ...githubOidcClaims(jobEnv, idToken.environment), ...idToken.claims } as JobClaims;
  return {
    ACTIONS_ID_TOKEN_REQUEST_URL: idToken.service.requestUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: idToken.service.grant(claims),
  };
}

function stateEnv(state: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(state).map(([name, value]) => [`STATE_${name}`, value]));
}

function resolveEntry(entry: Entry): { script: string; metadata?: ActionMetadata } {
  const actionFile =
    entry === 'main' || entry === 'post' ? 'action.yml' : entry === 'prune' ? 'prune/action.yml' : undefined;
  if (!actionFile) return { script: isAbsolute(entry) ? entry : join(PROJECT_ROOT, entry) };

  const actionDir = join(PROJECT_ROOT, dirname(actionFile));
  const metadata = readActionMetadata(join(PROJECT_ROOT, actionFile));
  if (metadata.using !== RUNTIME)
    throw new Error(`${actionFile}: runs.using is ${metadata.using}, not ${RUNTIME}`);
  const file = entry === 'post' ? metadata.post : metadata.main;
  if (!file) throw new Error(`${actionFile} declares no ${entry === 'post' ? 'post' : 'main'} step`);
  // The runner resolves runs.main/post against the action's directory (Git checkouts use '/').
  const script = join(actionDir, file);
  if (!existsSync(script)) throw new Error(`${script} does not exist: run 'npm run build' first`);
  return { script, metadata };
}

/** Fails on inputs action.yml does not declare (a typo would otherwise pass silently). */
function checkedInputs(
  given: Record<string, string>,
  metadata: ActionMetadata | undefined,
): Record<string, string> {
  if (!metadata) return given;
  const unknown = Object.keys(given).filter((name) => !metadata.inputNames.includes(name));
  if (unknown.length > 0) {
    throw new Error(
      `unexpected input(s) ${unknown.join(', ')}; action.yml declares ${metadata.inputNames.join(', ')}`,
    );
  }
  return { ...metadata.inputDefaults, ...given };
}

/** The event's file and the GITHUB_* variables that follow from it. */
function eventEnv(dir: string, event: WorkflowEvent): Record<string, string> {
  const path = join(dir, 'event.json');
  writeFileSync(path, JSON.stringify(event.payload, null, 2));
  return { ...githubEventEnv(event), GITHUB_EVENT_PATH: path };
}

/** A new job: its temp and tool-cache folders, its event and the run identifiers. */
function newJobEnv(workspace: string, event: WorkflowEvent): Record<string, string> {
  const jobDir = mkdtempSync(join(tmpdir(), 'action-job-'));
  jobDirs.add(jobDir);
  const runnerTemp = join(jobDir, 'temp');
  const toolCache = join(jobDir, 'tool-cache');
  mkdirSync(runnerTemp);
  mkdirSync(toolCache);
  return {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    ...eventEnv(jobDir, event),
    GITHUB_WORKSPACE: workspace,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_GRAPHQL_URL: 'https://api.github.com/graphql',
    GITHUB_RUN_ID: '1658821493',
    GITHUB_RUN_NUMBER: '3',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'build',
    GITHUB_JOB: 'build',
    GITHUB_ACTION: 'ocir',
    GITHUB_ACTOR: 'octocat',
    GITHUB_TRIGGERING_ACTOR: 'octocat',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'local-runner',
    RUNNER_ENVIRONMENT: 'self-hosted',
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: toolCache,
  };
}

let cachedNodeBinary: string | undefined;

/** The runtime action.yml asks for: this Node when it is 24, else the project's `node` package. */
export function nodeBinary(): string {
  if (cachedNodeBinary) return cachedNodeBinary;
  if (process.version.startsWith('v24.')) return (cachedNodeBinary = process.execPath);
  const projectNode = join(PROJECT_ROOT, 'node_modules', '.bin', 'node');
  const version = spawnSync(projectNode, ['--version'], { encoding: 'utf8' }).stdout?.trim() ?? '';
  if (version.startsWith('v24.')) return (cachedNodeBinary = projectNode);
  throw new Error(`no Node 24: this is ${process.version}, ${projectNode} is '${version}'; run 'npm ci'`);
}

interface Finished {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  merged: string;
}

function runProcess(
  command: string,
  args: string[],
  options: { cwd: string; env: Record<string, string> },
  timeoutMs: number,
): Promise<Finished> {
  return new Promise((resolvePromise, reject) => {
    // Its own process group, so a timeout also stops whatever the action started.
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    const merged: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => (stdout.push(chunk), merged.push(chunk)));
    child.stderr.on('data', (chunk: Buffer) => (stderr.push(chunk), merged.push(chunk)));
    const text = (chunks: Buffer[]) => Buffer.concat(chunks).toString('utf8');
    const killGroup = () => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // the group is already gone
      }
    };
    // Never outlive the test process, even when it dies mid-step.
    process.once('exit', killGroup);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, timeoutMs);
    const settle = () => {
      clearTimeout(timer);
      process.off('exit', killGroup);
    };
    child.once('error', (error) => {
      settle();
      reject(error);
    });
    child.once('close', (exitCode, signal) => {
      settle();
      if (timedOut) {
        reject(
          new Error(`the action did not finish within ${timeoutMs / 1000} s; its output:\n${text(merged)}`),
        );
        return;
      }
      resolvePromise({ exitCode, signal, stdout: text(stdout), stderr: text(stderr), merged: text(merged) });
    });
  });
}

function withoutUndefined(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}
