/**
 * `replicate-to` end to end: the committed bundle pushes to the primary region, then copies the image
 * registry to registry into two more regions, each with its own registry storage (a cross-region
 * mount cannot work there) and its own emulator state. Every assertion reads the regions themselves:
 * each registry's digest for each tag, each region's repositories and images in the emulator, and
 * what each registry front counted (blobs uploaded, manifests put).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareBackends, type Backends } from '../../test-support/backends.js';
import { removeImageReferences } from '../../test-support/docker-images.js';
import { runAction, type ActionRun, type RunActionOptions } from '../../test-support/runner.js';
import { startKeyless } from './keyless.js';
import { filesUnder, freshHome, leaks, startWorld, type World, type WorldRegion } from './world.js';

const REPLICA_REGIONS = ['sa-vinhedo-1', 'us-ashburn-1'];
/** A fixed creation time: the same context builds the same image, run after run. */
const SOURCE_DATE_EPOCH = '1700000000';
const MANIFEST_TYPES = [
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.index.v1+json',
].join(', ');

let world: World;
let workDir: string;

beforeAll(async () => {
  if (!existsSync('dist/main.js')) throw new Error("dist/ is missing: run 'npm run build' first");
  workDir = mkdtempSync(join(tmpdir(), 'replicate-e2e-'));
  world = await startWorld({ replicaRegions: REPLICA_REGIONS });
}, 120_000);

afterAll(async () => {
  try {
    await world?.close();
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}, 120_000);

/** A build context FROM scratch whose one file makes the image its own. */
function context(name: string, text = `hello from ${name}\n`): string {
  const dir = join(workDir, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\nCOPY hello.txt /\n');
  writeFileSync(join(dir, 'hello.txt'), text);
  return dir;
}

/** `keyless`: only the OCI API base URL here; the caller gives the keyless inputs and the ID token. */
type Credentials = 'api-key' | 'auth-token' | 'auth-token-and-api-key' | 'keyless';

function credentialInputs(credentials: Credentials): {
  inputs: Record<string, string>;
  env: Record<string, string>;
} {
  const authToken = {
    namespace: world.namespace,
    username: world.iamUser.name,
    'auth-token': world.iamUser.authToken,
  };
  if (credentials === 'auth-token') return { inputs: authToken, env: {} };
  if (credentials === 'keyless') {
    return { inputs: { compartment: world.compartment }, env: { OCI_API_BASE_URL: world.apiBaseUrl } };
  }
  const apiKey = { inputs: { compartment: world.compartment }, env: world.apiKeyEnv };
  return credentials === 'api-key' ? apiKey : { inputs: { ...apiKey.inputs, ...authToken }, env: apiKey.env };
}

interface Job {
  main: ActionRun;
  post: ActionRun;
  home: string;
}

/** The main step and its post step, as one job of a workflow, replicating to every replica region. */
async function runJob(
  inputs: Record<string, string>,
  options: {
    credentials?: Credentials;
    env?: Record<string, string>;
    home?: string;
    idToken?: RunActionOptions['idToken'];
  } = {},
): Promise<Job> {
  const credentials = credentialInputs(options.credentials ?? 'api-key');
  const home = options.home ?? freshHome();
  const all = {
    region: world.region,
    registry: world.registry.host,
    'replicate-to': world.replicateTo,
    retries: '2',
    ...credentials.inputs,
    ...inputs,
  };
  const env = { HOME: home, SOURCE_DATE_EPOCH, ...credentials.env, ...options.env };
  const main = await runAction({
    entry: 'main',
    inputs: all,
    env,
    timeoutMs: 150_000,
    ...(options.idToken ? { idToken: options.idToken } : {}),
  });
  const post = await runAction({ entry: 'post', inputs: all, env, stateFrom: main });
  return { main, post, home };
}

const errorsOf = (run: ActionRun) => run.annotations.filter((a) => a.level === 'error').map((a) => a.message);

function replicasOf(run: ActionRun): Array<{ region: string; registry: string; image: string }> {
  return JSON.parse(run.outputs.replicas ?? 'null') as Array<{
    region: string;
    registry: string;
    image: string;
  }>;
}

const expectedReplica = (region: WorldRegion, repository: string, digest: string) => ({
  region: region.id,
  registry: region.host,
  image: `${region.host}/${world.namespace}/${repository}@${digest}`,
});

async function manifestOf(region: WorldRegion, repo: string, reference: string) {
  const res = await fetch(`${region.registry.backendUrl}/v2/${repo}/manifests/${reference}`, {
    headers: { Accept: MANIFEST_TYPES },
  });
  return {
    status: res.status,
    body: res.status === 200 ? ((await res.json()) as Record<string, unknown>) : {},
  };
}

/**
 * The region holds `digest` under every tag: its registry answers it, and its emulator state
 * records the image with those tags in the repository it ensured.
 */
async function expectHeld(region: WorldRegion, repository: string, tags: string[], digest: string) {
  const repo = `${world.namespace}/${repository}`;
  for (const tag of tags) {
    expect({ region: region.id, tag, digest: await region.registry.manifestDigest(repo, tag) }).toEqual({
      region: region.id,
      tag,
      digest,
    });
  }
  const image = region.emulator.images().find((i) => i.repositoryName === repository && i.digest === digest);
  expect({ region: region.id, versions: image?.versions.map((v) => v.version).sort() }).toEqual({
    region: region.id,
    versions: [...tags].sort(),
  });
}

/** Nothing secret on a command line, in the log, outputs, state, summary, or a file the job left. */
function expectNoSecrets(job: Job, secrets: string[]) {
  const traces = [job.main, job.post].flatMap((run) => [
    ['log', run.log],
    ['outputs', JSON.stringify(run.outputs)],
    ['state', JSON.stringify(run.state)],
    ['summary', run.summary],
    ['command lines', run.commandLines.join('\n')],
  ]);
  traces.push(...filesUnder(job.home).map((file) => [file.path, file.text]));
  expect(secrets.length).toBeGreaterThan(0);
  for (const secret of secrets) {
    const leaked = traces.filter(([, text]) => leaks(text ?? '', secret)).map(([where]) => where);
    expect({ secret: secret.slice(0, 6) + '…', leaked }).toEqual({
      secret: secret.slice(0, 6) + '…',
      leaked: [],
    });
  }
}

const replicas = () => world.replicas;
const resetTraffic = () => world.regions.forEach((region) => region.registry.resetTraffic());

describe('a single image (the engine pushes it), with the API key', () => {
  const repository = 'multi/app';
  const tags = ['1.0.0', 'latest'];
  let job: Job;

  beforeAll(async () => {
    resetTraffic();
    job = await runJob({ repository, context: context('app'), tags: tags.join('\n') });
  }, 180_000);

  it('succeeds, and every region answers the primary digest for every tag', async () => {
    expect(errorsOf(job.main)).toEqual([]);
    expect(job.main.exitCode).toBe(0);
    const digest = job.main.outputs.digest!;
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(await world.registry.manifestDigest(`${world.namespace}/${repository}`, '1.0.0')).toBe(digest);
    for (const region of replicas()) await expectHeld(region, repository, tags, digest);
  });

  it('lists each region in the replicas output, the metadata and the summary', () => {
    const digest = job.main.outputs.digest!;
    const expected = replicas().map((region) => expectedReplica(region, repository, digest));
    expect(replicasOf(job.main)).toEqual(expected);
    expect(JSON.parse(job.main.outputs.metadata!).replicas).toEqual(expected);
    for (const replica of expected)
      expect(job.main.summary).toContain(`| ${replica.region} | \`${replica.image}\``);
  });

  it('ensured the repository in each region like the primary: compartment, private, mutable', () => {
    const primary = world.emulator.repositories().find((r) => r.displayName === repository)!;
    expect(primary.compartmentId).toBe(world.compartment);
    for (const region of replicas()) {
      const created = region.emulator.repositories().find((r) => r.displayName === repository);
      expect({ region: region.id, ...created }).toMatchObject({
        region: region.id,
        compartmentId: world.compartment,
        isPublic: false,
        isImmutable: false,
      });
      expect(created!.id).not.toBe(primary.id);
    }
  });

  it('uploaded the blobs each region lacked, through the registry API (no mount could work)', () => {
    for (const region of replicas()) {
      const traffic = region.registry.traffic();
      // A config and one layer, each uploaded once; the manifest put by digest and under each tag.
      expect({ region: region.id, blobs: traffic.blobUploads.length }).toEqual({
        region: region.id,
        blobs: 2,
      });
      expect(traffic.mountAttempts.filter((attempt) => attempt.mounted)).toEqual([]);
      expect(
        traffic.manifestPuts
          .map((put) => put.reference)
          .filter((ref) => !ref.startsWith('sha256:'))
          .sort(),
      ).toEqual([...tags].sort());
    }
  });

  it("each region's registry token came from that region's own API; none leaks", () => {
    const tokens = world.regions.flatMap((region) => region.emulator.issuedTokens());
    for (const region of replicas()) {
      expect({ region: region.id, issued: region.emulator.issuedTokens().length > 0 }).toEqual({
        region: region.id,
        issued: true,
      });
    }
    expect(job.main.log).toMatch(/sa-vinhedo-1: registry token issued by sa-vinhedo-1/);
    expect(job.main.log).toMatch(/us-ashburn-1: holds sha256:[0-9a-f]{64} under 1\.0\.0, latest/);
    expectNoSecrets(job, [world.key.privateKeyPem, ...tokens]);
  });

  it('a re-run finds everything in every region and uploads nothing there', async () => {
    resetTraffic();
    const again = await runJob({ repository, context: context('app'), tags: tags.join('\n') });
    expect(errorsOf(again.main)).toEqual([]);
    expect(again.main.outputs.digest).toBe(job.main.outputs.digest);
    for (const region of replicas()) {
      const traffic = region.registry.traffic();
      expect({ region: region.id, blobs: traffic.blobUploads, manifests: traffic.manifestPuts }).toEqual({
        region: region.id,
        blobs: [],
        manifests: [],
      });
      await expectHeld(region, repository, tags, job.main.outputs.digest!);
    }
    expect(replicasOf(again.main)).toEqual(replicasOf(job.main));
  }, 180_000);
});

describe('with an auth token', () => {
  it('logs in to every region with the same auth token; the API key still ensures each repository', async () => {
    const repository = 'multi/token';
    for (const region of world.regions) region.registry.authAttempts.length = 0;
    const issuedBefore = world.regions.map((region) => region.emulator.issuedTokens().length);
    const job = await runJob(
      { repository, context: context('token'), tags: 't1' },
      { credentials: 'auth-token-and-api-key' },
    );
    expect(errorsOf(job.main)).toEqual([]);
    const digest = job.main.outputs.digest!;
    for (const region of replicas()) await expectHeld(region, repository, ['t1'], digest);
    // No registry token anywhere: the auth token is the login of every region.
    expect(world.regions.map((region) => region.emulator.issuedTokens().length)).toEqual(issuedBefore);
    for (const region of replicas()) {
      const logins = region.registry.authAttempts.filter(
        (attempt) => attempt.scheme === 'Basic' && attempt.ok,
      );
      expect(logins.length).toBeGreaterThan(0);
      expect(new Set(logins.map((attempt) => attempt.username))).toEqual(
        new Set([`${world.namespace}/${world.iamUser.name}`]),
      );
    }
    expectNoSecrets(job, [world.iamUser.authToken, world.key.privateKeyPem]);
  }, 180_000);

  it('alone (no OCI API): the image reaches every registry, and no OCI API is asked', async () => {
    const repository = 'multi/token-only';
    world.emulator.requests.length = 0;
    const job = await runJob(
      { repository, context: context('token-only'), tags: 'solo' },
      { credentials: 'auth-token' },
    );
    expect(errorsOf(job.main)).toEqual([]);
    const digest = job.main.outputs.digest!;
    for (const region of replicas()) {
      expect(await region.registry.manifestDigest(`${world.namespace}/${repository}`, 'solo')).toBe(digest);
      // Created by the push itself, as OCIR does without the API: in the root compartment.
      const created = region.emulator.repositories().find((r) => r.displayName === repository);
      expect(created?.compartmentId).toBe(world.tenancy);
    }
    expect(world.emulator.requests).toEqual([]);
    expect(replicasOf(job.main)).toEqual(
      replicas().map((region) => expectedReplica(region, repository, digest)),
    );
    expectNoSecrets(job, [world.iamUser.authToken]);
  }, 180_000);
});

describe('keyless sign-in', () => {
  it("one session signs every region's calls; each region issues its own registry token", async () => {
    const keyless = await startKeyless(world);
    try {
      const repository = 'multi/keyless';
      const issuedBefore = replicas().map((region) => region.emulator.issuedTokens().length);
      const job = await runJob(
        { repository, context: context('keyless'), tags: 'k1', ...keyless.inputs },
        { credentials: 'keyless', idToken: { service: keyless.github } },
      );
      expect(errorsOf(job.main)).toEqual([]);
      const digest = job.main.outputs.digest!;
      for (const region of replicas()) await expectHeld(region, repository, ['k1'], digest);
      // One exchange at the identity domain for the whole run, every region included.
      expect(keyless.domain.exchanges).toHaveLength(1);
      const issuedNow = replicas().map((region) => region.emulator.issuedTokens().length);
      issuedNow.forEach((count, index) => expect(count).toBeGreaterThan(issuedBefore[index]!));
      expectNoSecrets(job, [
        ...keyless.secrets(),
        ...replicas().flatMap((region) => region.emulator.issuedTokens()),
      ]);
    } finally {
      await keyless.close();
    }
  }, 180_000);
});

describe('an immutable repository in one replica region', () => {
  const repository = 'multi/locked';
  let first: Job;

  beforeAll(async () => {
    const [vinhedo] = replicas();
    vinhedo!.emulator.addRepository({
      displayName: repository,
      compartmentId: world.compartment,
      isImmutable: true,
    });
    first = await runJob({ repository, context: context('locked-1'), tags: 'v1' });
  }, 180_000);

  // The second image takes the local name v1: the first keeps only its digest reference, dropped here.
  afterAll(async () => {
    const reference = `${world.registry.host}/${world.namespace}/${repository}@${first.main.outputs.digest}`;
    expect(await removeImageReferences([reference])).toEqual([]);
  });

  it('receives the image like the others (the tag is new there)', async () => {
    expect(errorsOf(first.main)).toEqual([]);
    for (const region of replicas()) await expectHeld(region, repository, ['v1'], first.main.outputs.digest!);
  });

  it('skips the same image run again: its tag already holds it', async () => {
    resetTraffic();
    const again = await runJob({ repository, context: context('locked-1'), tags: 'v1' });
    expect(errorsOf(again.main)).toEqual([]);
    expect(again.main.outputs.digest).toBe(first.main.outputs.digest);
    const [vinhedo] = replicas();
    expect(vinhedo!.registry.traffic().manifestPuts).toEqual([]);
    expect(vinhedo!.registry.traffic().blobUploads).toEqual([]);
  }, 180_000);

  it('refuses another image under that tag before writing anything there; the other region takes it', async () => {
    resetTraffic();
    const [vinhedo, ashburn] = replicas();
    const other = await runJob({ repository, context: context('locked-2', 'another image\n'), tags: 'v1' });
    expect(other.main.exitCode).not.toBe(0);
    const digest = other.main.outputs.digest!;
    expect(digest).not.toBe(first.main.outputs.digest);
    const failure = errorsOf(other.main).join('\n');
    expect(failure).toMatch(/Replication failed in sa-vinhedo-1:/);
    expect(failure).toMatch(
      /immutable in sa-vinhedo-1 and 'v1' \(sha256:[0-9a-f]{64}\) already holds another image/,
    );
    expect(failure).toMatch(/The image is in sa-saopaulo-1 \(primary\), us-ashburn-1\./);
    // Nothing was written in Vinhedo: the tag holds the first image, no blob went up.
    expect(vinhedo!.registry.traffic()).toMatchObject({ blobUploads: [], manifestPuts: [] });
    await expectHeld(vinhedo!, repository, ['v1'], first.main.outputs.digest!);
    await expectHeld(ashburn!, repository, ['v1'], digest);
    expect(replicasOf(other.main)).toEqual([expectedReplica(ashburn!, repository, digest)]);
    expect(other.main.summary).toMatch(/\| sa-vinhedo-1 \| \*\*failed\*\*: the repository is immutable/);
  }, 180_000);
});

describe('a fault in one region', () => {
  it('lets the other regions finish, fails naming the region and its cause, and keeps the outputs', async () => {
    const repository = 'multi/faulty';
    const [vinhedo, ashburn] = replicas();
    // Vinhedo: one transient failure, retried. Ashburn: its registry keeps failing this repository's
    // manifest PUTs (the faults left over touch no other repository).
    vinhedo!.registry.injectFault({
      method: 'PUT',
      path: /multi\/faulty\/blobs\/uploads\//,
      status: 503,
      times: 1,
    });
    ashburn!.registry.injectFault({
      method: 'PUT',
      path: /multi\/faulty\/manifests\//,
      status: 500,
      times: 50,
    });
    const job = await runJob({ repository, context: context('faulty'), tags: 'f1' });
    expect(job.main.exitCode).not.toBe(0);
    expect(vinhedo!.registry.pendingFaults()).toBe(0);
    const digest = job.main.outputs.digest!;
    expect(job.main.outputs.pushed).toBe('true');
    await expectHeld(vinhedo!, repository, ['f1'], digest);
    expect(await ashburn!.registry.manifestDigest(`${world.namespace}/${repository}`, 'f1')).toBeUndefined();
    const failure = errorsOf(job.main).join('\n');
    expect(failure).toMatch(
      /Replication failed in us-ashburn-1:\n- us-ashburn-1 \(127\.0\.0\.1:\d+\): .*HTTP 500/,
    );
    expect(failure).toMatch(/The image is in sa-saopaulo-1 \(primary\), sa-vinhedo-1\./);
    expect(replicasOf(job.main)).toEqual([expectedReplica(vinhedo!, repository, digest)]);
    expect(job.main.summary).toMatch(/\| us-ashburn-1 \| \*\*failed\*\*/);
  }, 180_000);
});

describe('a multi-platform index built by BuildKit (docker-container builder)', () => {
  let backends: Backends;

  beforeAll(async () => {
    backends = await prepareBackends(['buildx-container']);
  }, 180_000);

  afterAll(async () => {
    await backends?.close();
  }, 120_000);

  it('reaches every region: the index, each platform image, every tag', async () => {
    const backend = backends.available.find((b) => b.name === 'buildx-container');
    if (!backend) throw new Error(`no docker-container builder: ${JSON.stringify(backends.notRun)}`);
    const repository = 'multi/index';
    const job = await runJob(
      { repository, context: context('index'), tags: 'i1\ni2', platforms: 'linux/amd64,linux/arm64' },
      { env: { DOCKER_CONFIG: backend.dockerConfig() } },
    );
    expect(errorsOf(job.main)).toEqual([]);
    const digest = job.main.outputs.digest!;
    const repo = `${world.namespace}/${repository}`;
    const primary = await manifestOf(world.regions[0]!, repo, digest);
    const children = (primary.body.manifests as Array<{ digest: string }>).map((entry) => entry.digest);
    expect(children.length).toBeGreaterThanOrEqual(2);
    for (const region of replicas()) {
      await expectHeld(region, repository, ['i1', 'i2'], digest);
      for (const child of children) {
        expect({ region: region.id, child, status: (await manifestOf(region, repo, child)).status }).toEqual({
          region: region.id,
          child,
          status: 200,
        });
      }
    }
    expect(replicasOf(job.main)).toEqual(
      replicas().map((region) => expectedReplica(region, repository, digest)),
    );
  }, 300_000);
});
