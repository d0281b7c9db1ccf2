/**
 * Scenario 6: what reading index manifests costs the prune. With `untagged: true` the action reads
 * the manifest of every tagged image through the registry API before it plans (8 at a time), so the
 * platform images and attestations of a multi-platform release are never deleted as "untagged".
 * The same repository, every image 40 days old, is pruned with `older-than: 30d` and `untagged:
 * true` (the reads) or `untagged: false` (none), with a `match` that no tag matches; the plan
 * deletes nothing either way (every untagged image is a referenced platform image or attestation),
 * so the difference is the reads alone. The linked world
 * (OCI API emulator + registry) answers after the same latency on both APIs. A run must delete
 * nothing and, with the reads, read exactly one manifest per tagged image, or the benchmark stops.
 */
import { createTestKey, ocid } from '../test-support/keys.js';
import { startLinkedWorld, type LinkedWorld } from '../test-support/linked-world.js';
import { pushImage, pushMultiPlatform, type RegistryLogin } from '../test-support/registry-push.js';
import { actionStep, endJob, startJob, stepResults } from './action-step.js';
import { measure } from './measure.js';

export const INDEX_VARIANTS = ['reads', 'no-reads'] as const;
export type IndexVariant = (typeof INDEX_VARIANTS)[number];

export const INDEX_VARIANT_TITLES: Record<IndexVariant, string> = {
  reads: '`untagged: true`: one manifest read per tagged image',
  'no-reads': '`untagged: false`: no registry read',
};

/** The repository: single-platform builds and multi-platform releases, all tagged. */
export const INDEX_SCENARIO = {
  builds: 250,
  releases: 50,
  /** Each release: an index over these platforms, each with an attestation manifest. */
  architectures: ['amd64', 'arm64'],
} as const;
export const INDEX_TAGGED = INDEX_SCENARIO.builds + INDEX_SCENARIO.releases;
export const INDEX_UNTAGGED = INDEX_SCENARIO.releases * INDEX_SCENARIO.architectures.length * 2;

/** Answer delays of both the emulator and the registry: a hosted runner's round trip, and none. */
export const INDEX_LATENCIES_MS = [30, 0] as const;

export interface IndexSample {
  wallMs: number;
  /** Manifest GETs the registry answered (the index reads). */
  registryReads: number;
  /** OCI API requests the emulator answered. */
  apiRequests: number;
}

const REPOSITORY = 'bench/indexes';
const REGION = 'sa-saopaulo-1';
const key = createTestKey();
const tenancy = ocid.tenancy();
const namespace = 'benchidx';
const user = {
  id: ocid.user(),
  name: 'bench-indexes',
  authToken: 'bench-index-token-7Qp',
  fingerprint: key.fingerprint,
  publicKeyPem: key.publicKeyPem,
};

export interface IndexWorld {
  world: LinkedWorld;
  close(): Promise<void>;
}

/** The linked world, seeded once through the registry API: runs change nothing, so they share it. */
export async function startIndexWorld(): Promise<IndexWorld> {
  const world = await startLinkedWorld({ tenancy, namespace, users: [user] });
  const login: RegistryLogin = {
    host: world.registry.host,
    username: `${namespace}/${user.name}`,
    password: user.authToken,
  };
  const path = `${namespace}/${REPOSITORY}`;
  for (let n = 0; n < INDEX_SCENARIO.builds; n++) {
    await pushImage(login, path, { seed: `build-${n}`, tag: `sha-${n}` });
  }
  for (let n = 0; n < INDEX_SCENARIO.releases; n++) {
    await pushMultiPlatform(login, path, {
      seed: `release-${n}`,
      architectures: [...INDEX_SCENARIO.architectures],
      tags: [`1.${n}.0`],
      attestations: true,
    });
  }
  // Old enough for `untagged: true` to consider every platform image and attestation.
  world.emulator.ageImages(REPOSITORY, 40 * 24 * 3_600_000);
  const images = world.emulator.images().filter((image) => image.repositoryName === REPOSITORY);
  const untagged = images.filter((image) => image.versions.length === 0).length;
  if (images.length !== INDEX_TAGGED + INDEX_UNTAGGED || untagged !== INDEX_UNTAGGED) {
    throw new Error(
      `seeded ${images.length} images (${untagged} untagged), not ${INDEX_TAGGED + INDEX_UNTAGGED}`,
    );
  }
  return { world, close: () => world.close() };
}

export async function runIndexVariant(
  variant: IndexVariant,
  options: { indexWorld: IndexWorld; latencyMs: number; gnuTime: boolean },
): Promise<IndexSample> {
  const { world } = options.indexWorld;
  world.emulator.setLatency(options.latencyMs);
  world.registry.setLatency(options.latencyMs);
  const apiBefore = world.emulator.requests.length;
  const readsBefore = manifestReads(world);
  const job = startJob();
  try {
    const step = actionStep('prune', {
      job,
      inputs: {
        region: REGION,
        registry: world.registry.host,
        repository: REPOSITORY,
        // No tag is selected: what the run may delete are the untagged images alone.
        match: 'nightly-*',
        'older-than': '30d',
        untagged: String(variant === 'reads'),
      },
      env: {
        OCI_CLI_TENANCY: tenancy,
        OCI_CLI_USER: user.id,
        OCI_CLI_FINGERPRINT: key.fingerprint,
        OCI_CLI_KEY_CONTENT: key.privateKeyPem,
        OCI_API_BASE_URL: world.emulator.url,
      },
    });
    const run = await measure(step.spec, { gnuTime: options.gnuTime, timeoutMs: 300_000 });
    if (run.exitCode !== 0) throw new Error(`the prune action failed (exit ${run.exitCode}):\n${run.output}`);
    const { outputs } = stepResults(step);
    const registryReads = manifestReads(world) - readsBefore;
    const expectedReads = variant === 'reads' ? INDEX_TAGGED : 0;
    if (outputs['deleted-count'] !== '0' || registryReads !== expectedReads) {
      throw new Error(
        `${variant}: deleted-count ${outputs['deleted-count']}, ${registryReads} registry reads ` +
          `(expected 0 and ${expectedReads}):\n${run.output}`,
      );
    }
    return { wallMs: run.wallMs, registryReads, apiRequests: world.emulator.requests.length - apiBefore };
  } finally {
    endJob(job);
    world.emulator.setLatency(0);
    world.registry.setLatency(0);
  }
}

/** Manifest GETs by digest through the front: the registry answers them, the auth front counts them. */
function manifestReads(world: LinkedWorld): number {
  return world.registry.authAttempts.filter(
    (attempt) => attempt.method === 'GET' && /\/manifests\/sha256:/.test(attempt.path) && attempt.ok,
  ).length;
}
