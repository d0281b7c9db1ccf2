/**
 * Scenario 2: what a run that stops at input validation costs, with the OCI SDK loaded lazily
 * (the bundle as shipped) and with it preloaded (`node --import` of its chunk before main.js:
 * what an eagerly loading bundle would pay on every run). A bare Node start is the floor.
 */
import { readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { nodeBinary, PROJECT_ROOT } from '../test-support/runner.js';
import { actionStep, endJob, startJob } from './action-step.js';
import { measure, type CommandSpec, type Measurement } from './measure.js';
import { staticGraph } from '../test-support/bundle-graph.js';

export const STARTUP_VARIANTS = [
  'node-bare',
  'fail-fast-lazy',
  'fail-fast-sdk-preloaded',
  'login-starts',
] as const;
export type StartupVariant = (typeof STARTUP_VARIANTS)[number];

export const STARTUP_VARIANT_TITLES: Record<StartupVariant, string> = {
  'node-bare': '`node -e ""` (the runtime alone)',
  'fail-fast-lazy': '`node dist/main.js`, no `repository` input (as shipped: SDK not loaded)',
  'fail-fast-sdk-preloaded':
    'the same with the SDK chunk preloaded (`node --import dist/chunks/control-plane-*.js`)',
  'login-starts': '`node dist/main.js` on the auth-token path, until its login reaches the registry',
};

export interface StartupSample {
  wallMs: number;
  peakKiB: number;
  /** From the spawn of node to the login's first request to the registry; 0 where there is none. */
  loginStartsMs: number;
}

/**
 * A registry that notes when its first request arrives and refuses it without a challenge: the
 * login's first request is the moment measured, and the run then fails at once.
 */
async function registryStandIn(): Promise<{ host: string; firstRequestAt(): number; close(): void }> {
  let firstAt = Number.NaN;
  const server = createServer((request, response) => {
    if (Number.isNaN(firstAt)) firstAt = Date.now();
    request.resume();
    response.writeHead(403).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { host: `127.0.0.1:${port}`, firstRequestAt: () => firstAt, close: () => server.close() };
}

const DIST = join(PROJECT_ROOT, 'dist');

/** The lazily loaded chunk holding the OCI SDK; its name carries a content hash. */
export function controlPlaneChunk(): string {
  const name = readdirSync(join(DIST, 'chunks')).find((file) => /^control-plane-.*\.js$/.test(file));
  if (!name) throw new Error('dist/chunks/control-plane-*.js is missing: run npm run build');
  return join(DIST, 'chunks', name);
}

/**
 * Bytes a run loads before it can fail (main.js and the chunks it imports statically), and what the
 * control-plane chunk adds with its own static imports (the SDK may sit in a chunk shared with prune).
 */
export function bundleSizes(): { startupBytes: number; sdkBytes: number } {
  const startup = staticGraph(join(DIST, 'main.js'));
  const sdk = [...staticGraph(controlPlaneChunk())].filter((file) => !startup.has(file));
  const total = (files: Iterable<string>) => [...files].reduce((sum, file) => sum + statSync(file).size, 0);
  return { startupBytes: total(startup), sdkBytes: total(sdk) };
}

export async function runStartupVariant(variant: StartupVariant, gnuTime: boolean): Promise<StartupSample> {
  if (variant === 'node-bare') {
    const spec: CommandSpec = { command: nodeBinary(), args: ['-e', ''], cwd: PROJECT_ROOT, env: {} };
    return toSample(await measure(spec, { gnuTime }), 0);
  }
  if (variant === 'login-starts') return loginStarts(gnuTime);
  const job = startJob();
  try {
    const nodeFlags =
      variant === 'fail-fast-sdk-preloaded' ? ['--import', pathToFileURL(controlPlaneChunk()).href] : [];
    // No `repository`: the action must refuse at input validation, before any side effect.
    const step = actionStep('main', { job, inputs: { region: 'sa-saopaulo-1' }, env: {}, nodeFlags });
    const measurement = await measure(step.spec, { gnuTime });
    if (measurement.exitCode === 0 || !/repository/i.test(measurement.output)) {
      throw new Error(`expected a failure naming the repository input, got:\n${measurement.output}`);
    }
    return toSample(measurement, 1);
  } finally {
    endJob(job);
  }
}

function toSample(measurement: Measurement, expectedExit: number, loginStartsMs = 0): StartupSample {
  if (measurement.exitCode !== expectedExit) {
    throw new Error(`exit code ${measurement.exitCode}, expected ${expectedExit}:\n${measurement.output}`);
  }
  return { wallMs: measurement.wallMs, peakKiB: measurement.largestKiB, loginStartsMs };
}

/** The auth-token path as a job runs it, up to the moment its login reaches the registry. */
async function loginStarts(gnuTime: boolean): Promise<StartupSample> {
  const job = startJob();
  const registry = await registryStandIn();
  try {
    const inputs = {
      region: 'sa-saopaulo-1',
      registry: registry.host,
      namespace: 'axaxnpcrorw5',
      username: 'joao.silva',
      'auth-token': 'bench-auth-token',
      repository: 'bench/startup',
      context: join(PROJECT_ROOT, 'demo', 'app'),
      tags: 'run-1\nlatest',
    };
    const step = actionStep('main', { job, inputs, env: {} });
    const spawnedAtMs = Date.now();
    const measurement = await measure(step.spec, { gnuTime });
    const loginStartsMs = registry.firstRequestAt() - spawnedAtMs;
    if (!Number.isFinite(loginStartsMs) || !/login/i.test(measurement.output)) {
      throw new Error(`the action did not reach its login:\n${measurement.output}`);
    }
    return toSample(measurement, 1, loginStartsMs);
  } finally {
    endJob(job);
    registry.close();
  }
}
