/**
 * Replication (issue 17): after the primary push, the same image in 2 more regions, each a
 * registry with its own storage answering 50 ms late (the world's latency). The image: 200 MiB in
 * 5 layers of random (incompressible) bytes, built once. Each run starts a new world (new, empty
 * registries, so every layer is uploaded to every region and docker has no blob it could mount),
 * and is checked afterwards against every region's registry: the primary's digest under the tag,
 * and every byte of the image uploaded to each region. Three ways:
 *   action  the action's main step with `replicate-to` (as a job runs it); the figure is its
 *           replication, from the end of its `docker push` (the primary push) to the step's exit,
 *           read from a `docker` on PATH that notes when each docker command ends;
 *   engine  the copy engine alone (bench/replicate-engine.ts, bundled, its own node process),
 *           after a `docker push` to the primary: both regions at once;
 *   docker  the usual way (bench/replicate.sh), after the same primary push: per region
 *           `docker login`, `docker tag`, `docker push`, one region after the other.
 * And once, the engine alone on a 1000 MiB image (5 layers of 200 MiB, pushed through the registry
 * API): its memory against the image's size.
 */
import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { build } from 'esbuild';
import { startWorld, type World } from '../__tests__/e2e/world.js';
import { readActionMetadata } from '../test-support/action-metadata.js';
import { OCI_MANIFEST, pushBlob, pushManifest } from '../test-support/registry-push.js';
import { nodeBinary, PROJECT_ROOT } from '../test-support/runner.js';
import { registryClient } from '../src/registry/api.js';
import { actionStep, endJob, startJob, stepResults } from './action-step.js';
import { measure, runToEnd, type CommandSpec, type Measurement } from './measure.js';
import { dockerEvents, recordingDocker, which } from './timeline-scenarios.js';

export const REPLICATE_VARIANTS = ['action', 'engine', 'docker'] as const;
export type ReplicateVariant = (typeof REPLICATE_VARIANTS)[number];

export const REPLICATE_VARIANT_TITLES: Record<ReplicateVariant, string> = {
  action: 'action (`replicate-to`), from the end of its primary `docker push` to its exit',
  engine: 'copy engine alone (`bench/replicate-engine.ts`), both regions at once',
  docker: 'usual way (`bench/replicate.sh`): per region `docker login`, `docker tag`, `docker push`',
};

/** The target: the action's replication over the usual way's, at most. */
export const REPLICATE_TARGET = 0.6;
export const REPLICA_REGIONS = ['sa-vinhedo-1', 'us-ashburn-1'] as const;
export const REPLICA_LATENCY_MS = 50;
export const REPLICATE_LAYERS = 5;
export const REPLICATE_LAYER_BYTES = 40 * 1024 * 1024;
/** The layers of the one large image the engine copies, to show its memory does not follow the size. */
export const LARGE_LAYER_BYTES = 200 * 1024 * 1024;
const REPOSITORY = 'bench/replicate';
const TAG = 'v1';

export interface ReplicateSample {
  /** The replication: what the variant adds once the primary holds the image (ms). */
  replicationMs: number;
  /** The whole measured process: the action's main step (build and primary push included), else the same as replicationMs. */
  stepMs: number;
  /** Peak RSS (VmHWM) of the node process (KiB); 0 for the usual way. */
  nodeKiB: number;
  /** Largest docker CLI process seen (KiB); 0 when none ran. */
  dockerCliKiB: number;
  /** Highest sum of the step's processes alive at once (KiB). */
  peakTreeKiB: number;
  /** Blob bytes each replica region received (the front's own count), in region order. */
  uploadedBytes: number[];
}

export interface ReplicateResults {
  samples: Partial<Record<ReplicateVariant, ReplicateSample[]>>;
  /** Variants not run, and why (the action before it has `replicate-to`). */
  skipped: Partial<Record<ReplicateVariant, string>>;
  /** The engine alone, once, on the large image (REPLICATE_LAYERS × LARGE_LAYER_BYTES). */
  large?: ReplicateSample;
}

export interface ReplicateImage {
  /** The local image (`bench-replicate:<nonce>`). */
  image: string;
  /** Its build context, for the action to build the very same layers (from the build cache). */
  context: string;
  /** The engine driver, bundled. */
  engineScript: string;
  close(): Promise<void>;
}

/** Whether the committed action takes `replicate-to` yet (issue-17-main builds it). */
export function actionReplicates(): boolean {
  return readActionMetadata(join(PROJECT_ROOT, 'action.yml')).inputNames.includes('replicate-to');
}

/** The 5-layer image, built once (`FROM scratch`, one COPY of 40 MiB of random bytes per layer), and the engine bundle. */
export async function prepareReplicateImage(): Promise<ReplicateImage> {
  const context = mkdtempSync(join(tmpdir(), 'bench-replicate-'));
  const image = `bench-replicate:${randomBytes(6).toString('hex')}`;
  const dockerfile = ['FROM scratch'];
  for (let layer = 1; layer <= REPLICATE_LAYERS; layer++) {
    const fd = openSync(join(context, `layer-${layer}.bin`), 'w');
    for (let written = 0; written < REPLICATE_LAYER_BYTES; written += 1024 * 1024) {
      writeSync(fd, randomBytes(1024 * 1024));
    }
    closeSync(fd);
    dockerfile.push(`COPY layer-${layer}.bin /layer-${layer}.bin`);
  }
  writeFileSync(join(context, 'Dockerfile'), `${dockerfile.join('\n')}\n`);
  await runToEnd('docker', ['build', '-q', '-t', image, context], {});
  const engineScript = join(context, 'replicate-engine.mjs');
  await build({
    entryPoints: [join(PROJECT_ROOT, 'bench', 'replicate-engine.ts')],
    outfile: engineScript,
    bundle: true,
    platform: 'node',
    target: 'node24',
    format: 'esm',
    logLevel: 'warning',
  });
  return {
    image,
    context,
    engineScript,
    close: async () => {
      await runToEnd('docker', ['rmi', '--force', image], {}).catch(() => undefined);
      rmSync(context, { recursive: true, force: true });
    },
  };
}

export interface ReplicateRunOptions {
  prepared: ReplicateImage;
  gnuTime: boolean;
}

/** One run of `variant` in a new world; checked against every region afterwards. */
export async function runReplicateVariant(
  variant: ReplicateVariant,
  options: ReplicateRunOptions,
): Promise<ReplicateSample> {
  const world = await startWorld({ replicaRegions: [...REPLICA_REGIONS] });
  const home = mkdtempSync(join(tmpdir(), 'bench-home-'));
  try {
    for (const replica of world.replicas) replica.registry.setLatency(REPLICA_LATENCY_MS);
    const measured =
      variant === 'action'
        ? await measureAction(world, home, options)
        : await measureAfterPrimaryPush(variant, world, home, options);
    const uploadedBytes = await expectReplicated(world);
    const { measurement } = measured;
    const peaks = (name: string) =>
      Math.max(0, ...measurement.memory.processes.filter((p) => p.name === name).map((p) => p.peakKiB));
    return {
      replicationMs: measured.replicationMs,
      stepMs: measurement.wallMs,
      nodeKiB: peaks('node'),
      dockerCliKiB: peaks('docker'),
      peakTreeKiB: measurement.memory.peakTreeKiB,
      uploadedBytes,
    };
  } finally {
    rmSync(home, { recursive: true, force: true });
    await world.close();
  }
}

interface Measured {
  measurement: Measurement;
  replicationMs: number;
}

const wallClockMs = () => performance.timeOrigin + performance.now();

async function measureAction(world: World, home: string, options: ReplicateRunOptions): Promise<Measured> {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-replicate-run-'));
  const events = join(scratch, 'events');
  writeFileSync(events, '');
  const inputs = {
    region: world.region,
    registry: world.registry.host,
    repository: REPOSITORY,
    context: options.prepared.context,
    tags: TAG,
    namespace: world.namespace,
    username: world.iamUser.name,
    'auth-token': world.iamUser.authToken,
    'replicate-to': world.replicateTo,
  };
  const env = {
    HOME: home,
    PATH: `${recordingDocker(scratch, await which('docker'), events)}:${process.env.PATH ?? '/usr/bin:/bin'}`,
  };
  const job = startJob();
  try {
    const main = actionStep('main', { job, inputs, env });
    const spawned = wallClockMs();
    const measurement = await measure(main.spec, { gnuTime: options.gnuTime, timeoutMs: 600_000 });
    const exited = spawned + measurement.wallMs;
    if (measurement.exitCode !== 0) throw new Error(`the action (main step) failed:\n${measurement.output}`);
    const { outputs, state } = stepResults(main);
    if (!outputs.replicas) throw new Error(`the main step gave no 'replicas' output:\n${measurement.output}`);
    const replicas = JSON.parse(outputs.replicas) as unknown[];
    if (replicas.length !== REPLICA_REGIONS.length) {
      throw new Error(`the main step replicated to ${replicas.length} region(s):\n${outputs.replicas}`);
    }
    // The primary push is the step's last `docker push`; what follows it is the replication.
    const timeline = dockerEvents(events);
    const push = timeline.findLastIndex((e) => e.kind === 'docker-start' && e.command === 'docker push');
    const pushEnd = timeline.slice(push + 1).find((e) => e.kind === 'docker-end');
    if (push < 0 || !pushEnd)
      throw new Error(`no primary 'docker push' in the main step:\n${measurement.output}`);
    // The post step (its logout) is part of the job, not of the replication: run, not timed.
    const post = actionStep('post', { job, inputs, env, state });
    const postRun = await measure(post.spec, { gnuTime: false });
    if (postRun.exitCode !== 0) throw new Error(`the action (post step) failed:\n${postRun.output}`);
    return { measurement, replicationMs: exited - pushEnd.atMs };
  } finally {
    endJob(job);
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The primary push by docker (not timed), then the engine or the usual way (timed). */
async function measureAfterPrimaryPush(
  variant: 'engine' | 'docker',
  world: World,
  home: string,
  options: ReplicateRunOptions,
): Promise<Measured> {
  const env = { HOME: home };
  const login = `${world.namespace}/${world.iamUser.name}`;
  const primaryImage = `${world.registry.host}/${world.namespace}/${REPOSITORY}:${TAG}`;
  await runToEnd(
    'docker',
    ['login', '-u', login, '--password-stdin', world.registry.host],
    env,
    world.iamUser.authToken,
  );
  await runToEnd('docker', ['tag', options.prepared.image, primaryImage], env);
  await runToEnd('docker', ['push', primaryImage], env);
  const digest = await world.registry.manifestDigest(`${world.namespace}/${REPOSITORY}`, TAG);
  if (!digest) throw new Error(`the primary push left no ${primaryImage}`);
  const spec: CommandSpec =
    variant === 'engine'
      ? engineSpec(world, digest, options.prepared.engineScript)
      : {
          command: 'bash',
          args: [join(PROJECT_ROOT, 'bench', 'replicate.sh')],
          cwd: PROJECT_ROOT,
          env: {
            PATH: process.env.PATH ?? '/usr/bin:/bin',
            HOME: home,
            SOURCE_IMAGE: primaryImage,
            REGISTRIES: world.replicas.map((r) => r.host).join(' '),
            NAMESPACE: world.namespace,
            OCI_USERNAME: world.iamUser.name,
            TOKEN: world.iamUser.authToken,
            REPOSITORY,
            TAG,
          },
        };
  try {
    const measurement = await measure(spec, { gnuTime: options.gnuTime, timeoutMs: 600_000 });
    if (measurement.exitCode !== 0) throw new Error(`${variant} failed:\n${measurement.output}`);
    return { measurement, replicationMs: measurement.wallMs };
  } finally {
    const references = world.regions.map((r) => `${r.host}/${world.namespace}/${REPOSITORY}:${TAG}`);
    await runToEnd('docker', ['rmi', '--force', ...references], {}).catch(() => undefined);
  }
}

/** The bundled engine driver copying `digest` from the primary to every replica region. */
function engineSpec(world: World, digest: string, script: string): CommandSpec {
  return {
    command: nodeBinary(),
    args: [script],
    cwd: PROJECT_ROOT,
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      SOURCE: world.registry.host,
      TARGETS: world.replicas.map((r) => r.host).join(' '),
      REPOSITORY: `${world.namespace}/${REPOSITORY}`,
      DIGEST: digest,
      TAGS: TAG,
      USERNAME: `${world.namespace}/${world.iamUser.name}`,
      PASSWORD: world.iamUser.authToken,
    },
  };
}

/**
 * The engine alone on a 1000 MiB image in a new world: 5 layers of 200 MiB of pseudo-random bytes
 * (AES-CTR, made as they are sent), pushed to the primary through the registry API, not docker.
 */
export async function runEngineOnLargeImage(options: ReplicateRunOptions): Promise<ReplicateSample> {
  const world = await startWorld({ replicaRegions: [...REPLICA_REGIONS] });
  try {
    for (const replica of world.replicas) replica.registry.setLatency(REPLICA_LATENCY_MS);
    const login = {
      host: world.registry.host,
      username: `${world.namespace}/${world.iamUser.name}`,
      password: world.iamUser.authToken,
    };
    const stored = `${world.namespace}/${REPOSITORY}`;
    const client = registryClient({
      registry: world.registry.host,
      repository: stored,
      credentials: () => ({ username: login.username, password: login.password }),
    });
    const layers = [];
    try {
      for (let layer = 0; layer < REPLICATE_LAYERS; layer++) {
        const key = randomBytes(16);
        const hash = createHash('sha256');
        for await (const chunk of generated(LARGE_LAYER_BYTES, key)) hash.update(chunk as Buffer);
        const digest = `sha256:${hash.digest('hex')}`;
        await client.uploadBlob(digest, LARGE_LAYER_BYTES, () =>
          Promise.resolve(generated(LARGE_LAYER_BYTES, key)),
        );
        layers.push({ mediaType: 'application/vnd.oci.image.layer.v1.tar', digest, size: LARGE_LAYER_BYTES });
      }
    } finally {
      client.close();
    }
    const config = Buffer.from(
      JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [] } }),
    );
    const configDigest = await pushBlob(login, stored, config);
    const configDescriptor = {
      mediaType: 'application/vnd.oci.image.config.v1+json',
      digest: configDigest,
      size: config.length,
    };
    const image = await pushManifest(
      login,
      stored,
      OCI_MANIFEST,
      { schemaVersion: 2, mediaType: OCI_MANIFEST, config: configDescriptor, layers },
      TAG,
    );
    const measurement = await measure(engineSpec(world, image.digest, options.prepared.engineScript), {
      gnuTime: options.gnuTime,
      timeoutMs: 600_000,
    });
    if (measurement.exitCode !== 0)
      throw new Error(`the engine failed on the large image:\n${measurement.output}`);
    const uploadedBytes = await expectReplicated(world, REPLICATE_LAYERS * LARGE_LAYER_BYTES);
    const node = Math.max(
      0,
      ...measurement.memory.processes.filter((p) => p.name === 'node').map((p) => p.peakKiB),
    );
    return {
      replicationMs: measurement.wallMs,
      stepMs: measurement.wallMs,
      nodeKiB: node,
      dockerCliKiB: 0,
      peakTreeKiB: measurement.memory.peakTreeKiB,
      uploadedBytes,
    };
  } finally {
    await world.close();
  }
}

/** `size` pseudo-random bytes, the same for the same key, made as they are read. */
function generated(size: number, key: Buffer): Readable {
  const cipher = createCipheriv('aes-128-ctr', key, Buffer.alloc(16));
  const zeros = Buffer.alloc(1024 * 1024);
  let left = size;
  return new Readable({
    read() {
      const take = Math.min(left, zeros.length);
      left -= take;
      this.push(take === 0 ? null : cipher.update(zeros.subarray(0, take)));
    },
  });
}

/**
 * Every replica region holds the primary's digest under the tag and received at least `minimum`
 * bytes of blobs (the front's count); resolves to the bytes each received.
 */
async function expectReplicated(
  world: World,
  minimum = REPLICATE_LAYERS * REPLICATE_LAYER_BYTES,
): Promise<number[]> {
  const stored = `${world.namespace}/${REPOSITORY}`;
  const primary = await world.registry.manifestDigest(stored, TAG);
  if (!primary) throw new Error(`the primary holds no ${stored}:${TAG}`);
  return Promise.all(
    world.replicas.map(async (replica) => {
      const digest = await replica.registry.manifestDigest(stored, TAG);
      if (digest !== primary)
        throw new Error(`${replica.id} holds ${digest ?? 'nothing'} for ${TAG}, not ${primary}`);
      const bytes = replica.registry.traffic().blobUploads.reduce((sum, upload) => sum + upload.bytes, 0);
      if (bytes < minimum)
        throw new Error(`${replica.id} received ${bytes} bytes of blobs, less than the image's layers`);
      return bytes;
    }),
  );
}
