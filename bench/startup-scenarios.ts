/**
 * Scenario 2: what a run that stops at input validation costs, with the OCI SDK loaded lazily
 * (the bundle as shipped) and with it preloaded (`node --import` of its chunk before main.js:
 * what an eagerly loading bundle would pay on every run). A bare Node start is the floor.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { nodeBinary, PROJECT_ROOT } from '../test-support/runner.js';
import { actionStep, endJob, startJob } from './action-step.js';
import { measure, type CommandSpec, type Measurement } from './measure.js';

export const STARTUP_VARIANTS = ['node-bare', 'fail-fast-lazy', 'fail-fast-sdk-preloaded'] as const;
export type StartupVariant = (typeof STARTUP_VARIANTS)[number];

export const STARTUP_VARIANT_TITLES: Record<StartupVariant, string> = {
  'node-bare': '`node -e ""` (the runtime alone)',
  'fail-fast-lazy': '`node dist/main.js`, no `repository` input (as shipped: SDK not loaded)',
  'fail-fast-sdk-preloaded':
    'the same with the SDK chunk preloaded (`node --import dist/chunks/control-plane-*.js`)',
};

export interface StartupSample {
  wallMs: number;
  peakKiB: number;
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

/** Files reachable from `entry` through static imports (`import … from "./x.js"`, bare `import "./x.js"`). */
function staticGraph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const source = readFileSync(entry, 'utf8');
  for (const [, specifier] of source.matchAll(/(?:^|\n)(?:import|export)[^'"()]*?(?:from\s*)?"(\.[^"]+)"/g)) {
    staticGraph(join(dirname(entry), specifier!), seen);
  }
  return seen;
}

export async function runStartupVariant(variant: StartupVariant, gnuTime: boolean): Promise<StartupSample> {
  if (variant === 'node-bare') {
    const spec: CommandSpec = { command: nodeBinary(), args: ['-e', ''], cwd: PROJECT_ROOT, env: {} };
    return toSample(await measure(spec, { gnuTime }), 0);
  }
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

function toSample(measurement: Measurement, expectedExit: number): StartupSample {
  if (measurement.exitCode !== expectedExit) {
    throw new Error(`exit code ${measurement.exitCode}, expected ${expectedExit}:\n${measurement.output}`);
  }
  return { wallMs: measurement.wallMs, peakKiB: measurement.largestKiB };
}
