/**
 * Scenario 4: prune a repository of 3,000 images down to its 100 newest builds, with the prune
 * action (dist/prune.js, run as a job runs it) or one by one (bench/prune-one-by-one.ts: the OCI CLI
 * loop's requests, one after another), against the OCI API emulator answering after a set latency.
 * Every run gets a new emulator seeded afresh, so no run finds another's leftovers or a longer list,
 * and is checked afterwards against the emulator's state: a run that did not prune is an error, not
 * a number.
 */
import { join } from 'node:path';
import { startEmulator, type Emulator, type RecordedRequest } from '../test-support/emulator.js';
import { createTestKey, ocid } from '../test-support/keys.js';
import { nodeBinary, PROJECT_ROOT } from '../test-support/runner.js';
import { actionStep, endJob, startJob, stepResults } from './action-step.js';
import { measure, type CommandSpec, type Measurement } from './measure.js';

export const PRUNE_VARIANTS = ['action', 'one-by-one'] as const;
export type PruneVariant = (typeof PRUNE_VARIANTS)[number];

export const PRUNE_VARIANT_TITLES: Record<PruneVariant, string> = {
  action: 'action (`dist/prune.js`), 8 requests at a time',
  'one-by-one': 'one by one (`bench/prune-one-by-one.ts`, the CLI loop without the CLI)',
};

/** The repository every run prunes, and the rule it prunes by. */
export const PRUNE_SCENARIO = {
  /** Images carrying one `sha-<n>` tag each, one pushed every hour. */
  buildImages: 3_000,
  /** Release images besides (protected tags only, never selected): `latest` + `1.2.3`, and `1.2.2`. */
  releaseImages: 2,
  keepLast: 100,
  match: 'sha-*',
} as const;
export const PRUNE_DELETIONS = PRUNE_SCENARIO.buildImages - PRUNE_SCENARIO.keepLast;

/** Emulator answer delays: a hosted runner's round trip to an OCI region, and none. */
export const PRUNE_LATENCIES_MS = [30, 0] as const;

export interface PruneSample {
  wallMs: number;
  /** Every OCI API request the emulator answered, retries included. */
  requests: number;
  /** List pages (GET /container/images). */
  listRequests: number;
  /** Single-image reads (GET /container/images/{id}). */
  getRequests: number;
  /** DELETE /container/images/{id}. */
  deleteRequests: number;
  /** Peak RSS of the (one, node) process, in KiB. */
  peakKiB: number;
}

export interface PruneOptions {
  gnuTime: boolean;
  latencyMs: number;
}

const REPOSITORY = 'bench/prune';
const REGION = 'sa-saopaulo-1';
const HOUR_MS = 3_600_000;
/** The one-by-one baseline at 30 ms makes about 2,900 sequential round trips: minutes, not seconds. */
const RUN_TIMEOUT_MS = 600_000;

const key = createTestKey();
const tenancy = ocid.tenancy();
const user = {
  id: ocid.user(),
  name: 'bench-prune',
  fingerprint: key.fingerprint,
  publicKeyPem: key.publicKeyPem,
};

/** The API key as the secrets a workflow sets: in the environment, never on a command line. */
const apiKeyEnv = (emulator: Emulator) => ({
  OCI_CLI_TENANCY: tenancy,
  OCI_CLI_USER: user.id,
  OCI_CLI_FINGERPRINT: key.fingerprint,
  OCI_CLI_KEY_CONTENT: key.privateKeyPem,
  OCI_API_BASE_URL: emulator.url,
});

export async function runPruneVariant(variant: PruneVariant, options: PruneOptions): Promise<PruneSample> {
  const emulator = await startEmulator({ tenancy, namespace: 'benchns', users: [user] });
  try {
    const kept = seed(emulator);
    emulator.setLatency(options.latencyMs);
    const measurement =
      variant === 'action'
        ? await measureAction(emulator, options)
        : await measureOneByOne(emulator, options);
    expectPruned(emulator, kept, variant);
    return sample(measurement, emulator.requests);
  } finally {
    await emulator.close();
  }
}

/** Oldest first, as a registry fills up; returns the ids that must survive the prune. */
function seed(emulator: Emulator): Set<string> {
  emulator.addRepository({ displayName: REPOSITORY, compartmentId: tenancy });
  const now = Date.now();
  const kept = new Set<string>();
  const add = (versions: string[], ageMs: number) =>
    emulator.addImage({ repositoryName: REPOSITORY, versions, timeCreated: new Date(now - ageMs) });
  kept.add(add(['1.2.2'], (PRUNE_SCENARIO.buildImages + 0.5) * HOUR_MS).id);
  for (let age = PRUNE_SCENARIO.buildImages - 1; age >= 0; age--) {
    const image = add([`sha-${age}`], age * HOUR_MS + HOUR_MS / 2);
    if (age < PRUNE_SCENARIO.keepLast) kept.add(image.id);
  }
  kept.add(add(['1.2.3', 'latest'], HOUR_MS / 4).id);
  return kept;
}

async function measureAction(emulator: Emulator, options: PruneOptions): Promise<Measurement> {
  const job = startJob();
  try {
    const step = actionStep('prune', {
      job,
      inputs: {
        region: REGION,
        repository: REPOSITORY,
        match: PRUNE_SCENARIO.match,
        'keep-last': String(PRUNE_SCENARIO.keepLast),
      },
      env: apiKeyEnv(emulator),
    });
    const run = await measure(step.spec, { gnuTime: options.gnuTime, timeoutMs: RUN_TIMEOUT_MS });
    expectSuccess('the prune action', run);
    const { outputs } = stepResults(step);
    if (outputs['deleted-count'] !== String(PRUNE_DELETIONS)) {
      throw new Error(`the prune action reports deleted-count ${outputs['deleted-count']}:\n${run.output}`);
    }
    return run;
  } finally {
    endJob(job);
  }
}

async function measureOneByOne(emulator: Emulator, options: PruneOptions): Promise<Measurement> {
  const spec: CommandSpec = {
    command: nodeBinary(),
    args: [join(PROJECT_ROOT, 'bench', 'prune-one-by-one.ts')],
    cwd: PROJECT_ROOT,
    env: {
      PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
      ...apiKeyEnv(emulator),
      REGION,
      REPOSITORY,
      TAG_PREFIX: PRUNE_SCENARIO.match.replace(/\*$/, ''),
      KEEP_LAST: String(PRUNE_SCENARIO.keepLast),
    },
  };
  const run = await measure(spec, { gnuTime: options.gnuTime, timeoutMs: RUN_TIMEOUT_MS });
  expectSuccess('bench/prune-one-by-one.ts', run);
  return run;
}

function expectSuccess(what: string, run: Measurement): void {
  if (run.exitCode !== 0) throw new Error(`${what} failed (exit code ${run.exitCode}):\n${run.output}`);
}

/** Exactly the 100 newest builds and the releases are left: asked of the emulator, not of the client. */
function expectPruned(emulator: Emulator, kept: Set<string>, variant: PruneVariant): void {
  const left = emulator.images().filter((image) => image.repositoryName === REPOSITORY);
  const wrong = left.filter((image) => !kept.has(image.id));
  if (left.length !== kept.size || wrong.length > 0) {
    throw new Error(
      `${variant}: ${left.length} image(s) left, ${kept.size} expected; ${wrong.length} that should be gone`,
    );
  }
}

function sample(run: Measurement, requests: RecordedRequest[]): PruneSample {
  const count = (method: string, path: RegExp) =>
    requests.filter((request) => request.method === method && path.test(request.path)).length;
  return {
    wallMs: run.wallMs,
    requests: requests.length,
    listRequests: count('GET', /\/container\/images$/),
    getRequests: count('GET', /\/container\/images\/[^/]+$/),
    deleteRequests: count('DELETE', /\/container\/images\/[^/]+$/),
    peakKiB: run.largestKiB,
  };
}
