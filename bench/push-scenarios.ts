/**
 * Scenario 1 and 3: build demo/app, tag it and push 1 or 4 tags to the local registry, with the
 * action (main + post step, as a job runs them) or with bench/push.sh, measuring time and memory,
 * with the registry front answering at once or 50 ms late (a hosted runner far from the region).
 * Each run gets a new build context, a new HOME (docker's credential file) and new tags, and is
 * checked afterwards against the registry itself: a run that did not push is an error, not a number.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { World } from '../__tests__/e2e/world.js';
import { DEFAULT_REPOSITORY, DEFAULT_SHA } from '../test-support/github-env.js';
import { PROJECT_ROOT } from '../test-support/runner.js';
import { actionStep, endJob, startJob, stepResults, type Job } from './action-step.js';
import { uniqueBuildContext } from './build-context.js';
import { measure, type CommandSpec, type Measurement } from './measure.js';
import type { ProcessPeak } from './proc-tree.js';

export const PUSH_VARIANTS = ['action-token', 'shell-token', 'shell-token-labels', 'action-apikey'] as const;
export type PushVariant = (typeof PUSH_VARIANTS)[number];

/** What the registry and the job look like: how many tags, how late every registry request is answered. */
export interface PushCase {
  id: string;
  tags: 1 | 4;
  latencyMs: number;
  /** The variants measured in this case (the API-key one once: it adds API calls, not registry work). */
  variants: readonly PushVariant[];
}

const COMPARED = ['action-token', 'shell-token-labels', 'shell-token'] as const;
export const PUSH_CASES: readonly PushCase[] = [
  { id: '1 tag', tags: 1, latencyMs: 0, variants: COMPARED },
  { id: '4 tags', tags: 4, latencyMs: 0, variants: [...COMPARED, 'action-apikey'] },
  { id: '1 tag, 50 ms', tags: 1, latencyMs: 50, variants: COMPARED },
  { id: '4 tags, 50 ms', tags: 4, latencyMs: 50, variants: COMPARED },
];
/** The case the memory table and the API-key comparison come from. */
export const MEMORY_CASE = '4 tags';

export const PUSH_VARIANT_TITLES: Record<PushVariant, string> = {
  'action-token': 'action, auth token + namespace',
  'shell-token': 'shell (`bench/push.sh`), auth token + namespace',
  'shell-token-labels': "shell, plus the action's six OCI `--label`s on `docker build`",
  'action-apikey': 'action, API key (namespace lookup, repository ensure, registry token)',
};

/** One run of a variant; the action's figures cover its main and post steps together. */
export interface PushSample {
  wallMs: number;
  /** Largest single process (KiB). */
  largestKiB: number;
  /** Highest sum of the step's processes alive at once (KiB). */
  peakTreeKiB: number;
  /** Peak of the action's node process (KiB); 0 for the shell. */
  nodeKiB: number;
  /** Largest docker CLI process seen (KiB). */
  dockerCliKiB: number;
}

interface Run {
  tags: string[];
  repository: string;
  context: string;
  home: string;
}

export interface PushOptions {
  world: World;
  gnuTime: boolean;
  /** Distinguishes the runs' tags, so each run is checked against what it pushed itself. */
  runId: string;
  pushCase: PushCase;
}

/** `run-<case>-<n>` first (new in every run), then the tags a release commonly adds. */
export function runTags(pushCase: Pick<PushCase, 'tags' | 'latencyMs'>, runId: string): string[] {
  const first = `run-${pushCase.tags}-${pushCase.latencyMs}-${runId}`;
  return [first, 'latest', 'main', `sha-${runId}`].slice(0, pushCase.tags);
}

export async function runPushVariant(variant: PushVariant, options: PushOptions): Promise<PushSample> {
  const context = uniqueBuildContext();
  const home = mkdtempSync(join(tmpdir(), 'bench-home-'));
  const run: Run = {
    tags: runTags(options.pushCase, options.runId),
    repository: `bench/${variant}`,
    context: context.dir,
    home,
  };
  try {
    options.world.registry.setLatency(options.pushCase.latencyMs);
    const measurements = await (
      variant.startsWith('shell')
        ? measureShell(run, options, variant === 'shell-token-labels').then((m) => [m])
        : measureAction(run, options, variant === 'action-apikey')
    ).finally(() => options.world.registry.setLatency(0));
    await expectPushed(run, options.world);
    return sample(measurements);
  } finally {
    await removeLocalImages(run, options.world);
    context.remove();
    rmSync(home, { recursive: true, force: true });
  }
}

async function measureAction(run: Run, options: PushOptions, withApiKey: boolean): Promise<Measurement[]> {
  const { world } = options;
  const credentials: { inputs: Record<string, string>; env: Record<string, string> } = withApiKey
    ? { inputs: { compartment: world.compartment }, env: world.apiKeyEnv }
    : {
        inputs: {
          namespace: world.namespace,
          username: world.iamUser.name,
          'auth-token': world.iamUser.authToken,
        },
        env: {},
      };
  const inputs: Record<string, string> = {
    region: 'sa-saopaulo-1',
    registry: world.registry.host,
    repository: run.repository,
    context: run.context,
    tags: run.tags.join('\n'),
    ...credentials.inputs,
  };
  const env = { HOME: run.home, ...credentials.env };
  const job: Job = startJob();
  try {
    const main = actionStep('main', { job, inputs, env });
    const mainRun = await measure(main.spec, { gnuTime: options.gnuTime });
    const { outputs, state } = stepResults(main);
    expectSuccess('the action (main step)', mainRun);
    if (outputs.pushed !== 'true') throw new Error(`main step did not push:\n${mainRun.output}`);
    // The API-key variant is only what it claims when the control plane was used.
    if (withApiKey && !outputs['repository-ocid']) {
      throw new Error(`main step did not ensure the repository:\n${mainRun.output}`);
    }
    const post = actionStep('post', { job, inputs, env, state });
    const postRun = await measure(post.spec, { gnuTime: options.gnuTime });
    expectSuccess('the action (post step)', postRun);
    return [mainRun, postRun];
  } finally {
    endJob(job);
  }
}

async function measureShell(run: Run, options: PushOptions, withLabels: boolean): Promise<Measurement> {
  const { world } = options;
  const labels = withLabels ? ociLabelArgs(run.tags[0] ?? '') : [];
  const spec: CommandSpec = {
    command: 'bash',
    args: [join(PROJECT_ROOT, 'bench', 'push.sh'), ...labels],
    cwd: PROJECT_ROOT,
    env: {
      PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
      HOME: run.home,
      REGISTRY: world.registry.host,
      NAMESPACE: world.namespace,
      OCI_USERNAME: world.iamUser.name,
      TOKEN: world.iamUser.authToken,
      REPOSITORY: run.repository,
      CONTEXT: run.context,
      TAG: run.tags[0] ?? '',
      EXTRA_TAGS: run.tags.slice(1).join(' '),
    },
  };
  const measurement = await measure(spec, { gnuTime: options.gnuTime });
  expectSuccess('bench/push.sh', measurement);
  return measurement;
}

/**
 * The labels the action puts on every image (SPEC §5.6), for the same job. With the legacy builder
 * each `--label` is a build step of its own, so they cost build time that is not the action's.
 */
function ociLabelArgs(version: string): string[] {
  const url = `https://github.com/${DEFAULT_REPOSITORY}`;
  const labels = {
    source: url,
    revision: DEFAULT_SHA,
    created: new Date().toISOString(),
    version,
    title: DEFAULT_REPOSITORY.split('/')[1] ?? DEFAULT_REPOSITORY,
    url,
  };
  return Object.entries(labels).flatMap(([key, value]) => [
    '--label',
    `org.opencontainers.image.${key}=${value}`,
  ]);
}

function expectSuccess(what: string, measurement: Measurement): void {
  if (measurement.exitCode !== 0) {
    throw new Error(`${what} failed (exit code ${measurement.exitCode}):\n${measurement.output}`);
  }
}

/** Every tag must be in the registry, on one digest: asked of the registry, not of the client. */
async function expectPushed(run: Run, world: World): Promise<void> {
  const stored = `${world.namespace}/${run.repository}`;
  const digests = await Promise.all(run.tags.map((tag) => world.registry.manifestDigest(stored, tag)));
  if (!digests[0] || digests.some((digest) => digest !== digests[0])) {
    throw new Error(`${stored}: tags ${run.tags.join(', ')} hold ${digests.join(', ')}, not one digest`);
  }
}

function sample(measurements: Measurement[]): PushSample {
  const processes = measurements.flatMap((m) => m.memory.processes);
  return {
    wallMs: measurements.reduce((sum, m) => sum + m.wallMs, 0),
    largestKiB: Math.max(...measurements.map((m) => m.largestKiB)),
    peakTreeKiB: Math.max(...measurements.map((m) => m.memory.peakTreeKiB)),
    nodeKiB: peakOf(processes, 'node'),
    dockerCliKiB: peakOf(processes, 'docker'),
  };
}

function peakOf(processes: ProcessPeak[], program: string): number {
  return Math.max(0, ...processes.filter((p) => p.name === program).map((p) => p.peakKiB));
}

/** Outside the timed part: the engine would otherwise keep every run's image. */
function removeLocalImages(run: Run, world: World): Promise<void> {
  const image = `${world.registry.host}/${world.namespace}/${run.repository}`;
  const references = run.tags.map((tag) => `${image}:${tag}`);
  return new Promise((resolve) => execFile('docker', ['rmi', '--force', ...references], () => resolve()));
}

/** Samples per case (by id), per variant measured in it. */
export type PushResults = Record<string, Partial<Record<PushVariant, PushSample[]>>>;
