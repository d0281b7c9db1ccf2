/**
 * Runs the distributed path of the reusable workflow (.github/workflows/ocir-build-push.yml) the way
 * one workflow run would, for several calls at once, without GitHub: every `run:` step of the
 * `platform` and `build` jobs is the workflow's own script run by bash with the step's `env:`, its
 * outputs read from GITHUB_OUTPUT; upload-artifact and download-artifact are modelled as v4 behaves
 * (names checked, `overwrite`, `pattern` as a glob, `merge-multiple` into one folder), with one
 * artifact store shared by every call of the run. Our action's step is the one thing stood in for:
 * a platform leg "pushes" a digest the caller chooses (building needs buildx, which this machine
 * lacks; .github/workflows/e2e.yml runs the real one), and the merge step is not run: what it would
 * join is its `merge-digests` input, evaluated (and `replicate-to`, where it replicates to).
 *
 * Expressions: only context paths (`inputs.x`, `matrix.x`, `steps.a.outputs.b`,
 * `needs.platform.outputs.key`, `runner.temp`); anything else throws, so a change to the workflow
 * that this model cannot follow fails the test instead of passing it unexamined.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { parse } from 'yaml';
import { ACTION_REPOSITORY } from '../scripts/pin-actions.js';
import { parseFileCommands } from './workflow-commands.js';

type YamlMap = Record<string, unknown>;
type Step = YamlMap & { id?: string; uses?: string; run?: string; env?: YamlMap; with?: YamlMap };

export interface WorkflowCall {
  /** The caller's `with:`; the workflow's defaults fill the rest. */
  with: Record<string, string | boolean>;
  /** The digest our action reports for one platform leg of this call. */
  pushedDigest(platform: string): string;
}

export interface CallResult {
  /** What each platform leg pushed, by platform. */
  pushed: Record<string, string>;
  /** The artifact names the legs uploaded. */
  artifacts: string[];
  /** The merge step's `merge-digests`: the digests the tagged index would join. */
  mergeDigests: string[];
  /** The `replicate-to` our action's step would get: in the merge, and in each platform leg. */
  replicateTo: { merge: string; legs: string[] };
}

/** Actions that set up the machine and hand nothing on: skipped, and any other would be an error. */
const SETUP_ACTIONS = ['actions/checkout@', 'docker/setup-buildx-action@', 'docker/setup-qemu-action@'];

/** upload-artifact v4 refuses these in a name. */
const INVALID_ARTIFACT_NAME = /["<>:|*?\r\n\\/]/;

interface Artifact {
  files: Map<string, string>;
}

interface Contexts {
  inputs: Record<string, unknown>;
  matrix?: Record<string, unknown>;
  steps: Record<string, { outputs: Record<string, string> }>;
  needs?: Record<string, { outputs: Record<string, string> }>;
  runner: { temp: string };
}

function evaluate(value: unknown, contexts: Contexts): string {
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  if (typeof value !== 'string')
    throw new Error(`reusable-workflow: cannot evaluate ${JSON.stringify(value)}`);
  return value.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expression: string) => {
    if (!/^[A-Za-z_][\w-]*(\.[A-Za-z_][\w-]*)+$/.test(expression)) {
      throw new Error(`reusable-workflow: the expression "${expression}" is not modelled`);
    }
    let current: unknown = contexts;
    for (const key of expression.split('.')) {
      current = typeof current === 'object' && current !== null ? (current as YamlMap)[key] : undefined;
    }
    return current === undefined || current === null ? '' : String(current);
  });
}

function runScript(step: Step, contexts: Contexts, where: string): Record<string, string> {
  const output = join(contexts.runner.temp, `output-${Math.random().toString(36).slice(2)}`);
  writeFileSync(output, '');
  const env = Object.fromEntries(
    Object.entries(step.env ?? {}).map(([name, value]) => [name, evaluate(value, contexts)]),
  );
  // The runner's shell for `run:` on Linux: bash -e -o pipefail.
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!], {
    env: { PATH: process.env.PATH, RUNNER_TEMP: contexts.runner.temp, GITHUB_OUTPUT: output, ...env },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`${where}: exit ${result.status}\n${result.stdout}${result.stderr}`);
  }
  return parseFileCommands(readFileSync(output, 'utf8'));
}

function withDefaults(workflow: YamlMap, given: WorkflowCall['with']): Record<string, unknown> {
  const declared = ((workflow.on as YamlMap).workflow_call as YamlMap).inputs as Record<string, YamlMap>;
  const unknown = Object.keys(given).filter((name) => !(name in declared));
  if (unknown.length > 0) throw new Error(`reusable-workflow: no input ${unknown.join(', ')}`);
  return Object.fromEntries(
    Object.entries(declared).map(([name, input]) => [name, given[name] ?? input.default ?? '']),
  );
}

/**
 * One workflow run in which the caller calls the workflow once per entry of `calls` (distributed:
 * true). Every platform leg of every call runs before any build job, as concurrent jobs may.
 */
export function runDistributedCalls(workflowText: string, calls: WorkflowCall[]): CallResult[] {
  const workflow = parse(workflowText) as YamlMap;
  const jobs = workflow.jobs as Record<string, YamlMap>;
  const store = new Map<string, Artifact>();
  const root = mkdtempSync(join(tmpdir(), 'reusable-workflow-'));
  try {
    const states = calls.map((call, index) => {
      const inputs = withDefaults(workflow, { ...call.with, distributed: true });
      return {
        call,
        index,
        inputs,
        result: {
          pushed: {},
          artifacts: [],
          mergeDigests: [],
          replicateTo: { merge: '', legs: [] },
        } as CallResult,
      };
    });

    // Every leg of every call: the `platform` job.
    const needs = states.map((state) => {
      const legs = JSON.parse(String(state.inputs['platform-runners'])) as Array<Record<string, string>>;
      let jobOutputs: Record<string, string> = {};
      for (const [legIndex, matrix] of legs.entries()) {
        const temp = join(root, `call${state.index}-leg${legIndex}`);
        mkdirSync(temp, { recursive: true });
        const contexts: Contexts = { inputs: state.inputs, matrix, steps: {}, runner: { temp } };
        for (const step of (jobs.platform!.steps as Step[]) ?? []) {
          const where = `call ${state.index + 1} platform ${matrix.platform} step ${step.id ?? step.uses ?? '?'}`;
          const outputs = runStep(step, contexts, store, where, (platform) => {
            const digest = state.call.pushedDigest(platform);
            state.result.pushed[platform] = digest;
            return digest;
          });
          if (step.id) contexts.steps[step.id] = { outputs };
          if (step.uses?.startsWith(`${ACTION_REPOSITORY}@`)) {
            state.result.replicateTo.legs.push(evaluate(step.with?.['replicate-to'] ?? '', contexts));
          }
          if (step.uses?.startsWith('actions/upload-artifact@')) {
            state.result.artifacts.push(evaluate(step.with!.name, contexts));
          }
        }
        // Matrix legs share one set of job outputs: the last leg's values stand.
        jobOutputs = Object.fromEntries(
          Object.entries((jobs.platform!.outputs as YamlMap) ?? {}).map(([name, value]) => [
            name,
            evaluate(value, contexts),
          ]),
        );
      }
      return jobOutputs;
    });

    // Then each call's `build` job: the merge.
    for (const state of states) {
      const temp = join(root, `call${state.index}-build`);
      mkdirSync(temp, { recursive: true });
      const contexts: Contexts = {
        inputs: state.inputs,
        steps: {},
        needs: { platform: { outputs: needs[state.index]! } },
        runner: { temp },
      };
      for (const step of (jobs.build!.steps as Step[]) ?? []) {
        const where = `call ${state.index + 1} build step ${step.id ?? step.uses ?? '?'}`;
        if (step.id === 'image') {
          state.result.mergeDigests = evaluate(step.with!['merge-digests'], contexts)
            .split('\n')
            .filter(Boolean);
          state.result.replicateTo.merge = evaluate(step.with!['replicate-to'] ?? '', contexts);
          continue;
        }
        const outputs = runStep(step, contexts, store, where, () => {
          throw new Error(`${where}: the build job does not build when distributed`);
        });
        if (step.id) contexts.steps[step.id] = { outputs };
      }
    }
    return states.map((state) => state.result);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function runStep(
  step: Step,
  contexts: Contexts,
  store: Map<string, Artifact>,
  where: string,
  push: (platform: string) => string,
): Record<string, string> {
  if (typeof step.run === 'string') return runScript(step, contexts, where);
  const uses = step.uses ?? '';
  if (uses.startsWith(`${ACTION_REPOSITORY}@`)) {
    const platform = evaluate(step.with!.platforms, contexts);
    return { digest: push(platform) };
  }
  if (uses.startsWith('actions/upload-artifact@')) {
    uploadArtifact(step.with!, contexts, store, where);
    return {};
  }
  if (uses.startsWith('actions/download-artifact@')) {
    downloadArtifacts(step.with!, contexts, store, where);
    return {};
  }
  if (SETUP_ACTIONS.some((prefix) => uses.startsWith(prefix))) return {};
  throw new Error(`${where}: ${uses} is not modelled`);
}

function uploadArtifact(
  given: YamlMap,
  contexts: Contexts,
  store: Map<string, Artifact>,
  where: string,
): void {
  const name = evaluate(given.name, contexts);
  if (name === '' || INVALID_ARTIFACT_NAME.test(name))
    throw new Error(`${where}: invalid artifact name "${name}"`);
  if (store.has(name) && evaluate(given.overwrite ?? false, contexts) !== 'true') {
    throw new Error(`${where}: an artifact named "${name}" already exists (409)`);
  }
  // `path: <dir>/*`: the files of that folder, by name.
  const path = evaluate(given.path, contexts);
  if (!path.endsWith('/*')) throw new Error(`${where}: path "${path}" is not modelled (only <dir>/*)`);
  const dir = path.slice(0, -2);
  const files = new Map(readdirSync(dir).map((file) => [file, readFileSync(join(dir, file), 'utf8')]));
  if (files.size === 0 && evaluate(given['if-no-files-found'] ?? 'warn', contexts) === 'error') {
    throw new Error(`${where}: no files found at ${path}`);
  }
  store.set(name, { files });
}

function downloadArtifacts(
  given: YamlMap,
  contexts: Contexts,
  store: Map<string, Artifact>,
  where: string,
): void {
  const pattern = evaluate(given.pattern, contexts);
  const target = evaluate(given.path, contexts);
  if (pattern === '' || evaluate(given['merge-multiple'] ?? false, contexts) !== 'true') {
    throw new Error(`${where}: only pattern + merge-multiple is modelled`);
  }
  const matches = picomatch(pattern);
  mkdirSync(target, { recursive: true });
  for (const [name, artifact] of store) {
    if (!matches(name)) continue;
    for (const [file, content] of artifact.files) writeFileSync(join(target, file), content);
  }
}
