/**
 * The emulator and the registry as one OCIR: pushes (by docker, and by plain registry API calls)
 * show in the Artifacts API, and deletes and untags through the real OCI SDK reach the registry.
 */
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as common from 'oci-common';
import { ArtifactsClient } from 'oci-artifacts';
import { ensureDocker } from '../test-support/dockerd.js';
import { createTestKey, ocid } from '../test-support/keys.js';
import {
  KeyedSerializer,
  pushedImage,
  startLinkedWorld,
  type LinkedWorld,
} from '../test-support/linked-world.js';
import { parseManifestPath, type Registry } from '../test-support/registry.js';
import { apiBaseUrl } from '../src/common/oci-connection.js';
import { ContainerRegistryClient } from 'oci-containerregistry';
import { pullEveryPlatform, pushMultiPlatform } from '../test-support/registry-push.js';

const key = createTestKey();
const tenancy = ocid.tenancy();
const namespace = 'lnkworld0ns1';
const user = { id: ocid.user(), name: 'joao.silva', authToken: 'linked-auth-token-Q8;v' };
const login = { username: `${namespace}/${user.name}`, password: user.authToken };
const MANIFEST_TYPE = 'application/vnd.docker.distribution.manifest.v2+json';

function docker(args: string[], input?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile('docker', args, { timeout: 90_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
    child.stdin?.end(input ?? '');
  });
}

/** SDK clients as the action builds them: `region`, then the endpoint OCI_API_BASE_URL gives it. */
function sdkClient<T extends { region: common.Region; endpoint: string }>(
  Client: new (
    params: { authenticationDetailsProvider: common.AuthenticationDetailsProvider },
    configuration: common.ClientConfiguration,
  ) => T,
  world: LinkedWorld,
  region: common.Region,
): T {
  const provider = new common.SimpleAuthenticationDetailsProvider(
    tenancy,
    user.id,
    key.fingerprint,
    key.privateKeyPem,
    null,
    region,
  );
  const client = new Client(
    { authenticationDetailsProvider: provider },
    {
      retryConfiguration: { terminationStrategy: new common.MaxAttemptsTerminationStrategy(1) },
      circuitBreaker: new common.CircuitBreaker({ disableClientCircuitBreaker: true }),
    },
  );
  client.region = region;
  client.endpoint = apiBaseUrl(world.emulator.regionUrlTemplate, region.regionId)!;
  return client;
}

function artifactsClient(world: LinkedWorld): ArtifactsClient {
  const provider = new common.SimpleAuthenticationDetailsProvider(
    tenancy,
    user.id,
    key.fingerprint,
    key.privateKeyPem,
    null,
    common.Region.SA_SAOPAULO_1,
  );
  const client = new ArtifactsClient(
    { authenticationDetailsProvider: provider },
    {
      retryConfiguration: { terminationStrategy: new common.MaxAttemptsTerminationStrategy(1) },
      circuitBreaker: new common.CircuitBreaker({ disableClientCircuitBreaker: true }),
    },
  );
  client.region = common.Region.SA_SAOPAULO_1;
  client.endpoint = world.emulator.url; // after the region, whose setter sets the endpoint too
  return client;
}

async function startWorld(options: { isRepositoryCreatedOnFirstPush?: boolean } = {}) {
  return startLinkedWorld({
    tenancy,
    namespace,
    users: [{ ...user, fingerprint: key.fingerprint, publicKeyPem: key.publicKeyPem }],
    ...options,
  });
}

/** Pushes a one-layer image through the auth front with plain registry API calls; its digest. */
async function pushThroughFront(
  world: LinkedWorld,
  repo: string,
  reference: string | undefined,
  seed: string,
  registry: Registry = world.registry,
) {
  const front = `http://${registry.host}`;
  const auth = {
    Authorization: `Basic ${Buffer.from(`${login.username}:${login.password}`).toString('base64')}`,
  };
  const sha = (data: Buffer) => `sha256:${createHash('sha256').update(data).digest('hex')}`;
  const upload = async (data: Buffer) => {
    const started = await fetch(`${front}/v2/${repo}/blobs/uploads/`, { method: 'POST', headers: auth });
    expect(started.status).toBe(202);
    const location = new URL(started.headers.get('location') ?? '', front);
    location.searchParams.set('digest', sha(data));
    const put = await fetch(location, {
      method: 'PUT',
      headers: { ...auth, 'Content-Type': 'application/octet-stream' },
      body: data,
    });
    expect(put.status).toBe(201);
    return { digest: sha(data), size: data.length };
  };
  const config = Buffer.from(
    JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [] }, seed }),
  );
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MANIFEST_TYPE,
      config: { mediaType: 'application/vnd.docker.container.image.v1+json', ...(await upload(config)) },
      layers: [
        {
          mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
          ...(await upload(Buffer.from(`layer ${seed}`))),
        },
      ],
    }),
  );
  const digest = sha(manifest);
  const put = await fetch(`${front}/v2/${repo}/manifests/${reference ?? digest}`, {
    method: 'PUT',
    headers: { ...auth, 'Content-Type': MANIFEST_TYPE },
    body: manifest,
  });
  expect(put.status).toBe(201);
  expect(put.headers.get('docker-content-digest')).toBe(digest);
  return digest;
}

/** Whether the registry still holds the manifest, whatever its tags. */
async function manifestExists(world: LinkedWorld, repo: string, digest: string): Promise<boolean> {
  const res = await fetch(`${world.registry.backendUrl}/v2/${repo}/manifests/${digest}`, {
    method: 'HEAD',
    headers: { Accept: MANIFEST_TYPE },
  });
  return res.status === 200;
}

const versionsOf = (image: { versions: Array<{ version: string }> } | undefined) =>
  image?.versions.map((entry) => entry.version).sort();

describe('pure parts', () => {
  test('manifest paths: names with slashes, tags and digests', () => {
    expect(parseManifestPath('/v2/ns/project-x/api/manifests/1.0.0')).toEqual({
      repository: 'ns/project-x/api',
      reference: '1.0.0',
    });
    expect(parseManifestPath(`/v2/ns/api/manifests/sha256%3A${'a'.repeat(64)}`)).toEqual({
      repository: 'ns/api',
      reference: `sha256:${'a'.repeat(64)}`,
    });
    expect(parseManifestPath('/v2/ns/api/blobs/uploads/')).toBeUndefined();
    expect(parseManifestPath('/v2/ns/api/manifests/')).toBeUndefined();
  });

  test('a push is recorded under the name without the namespace, tagged unless by digest', () => {
    const digest = `sha256:${'b'.repeat(64)}`;
    expect(pushedImage('ns', { repository: 'ns/project-x/api', reference: 'v1', digest })).toEqual({
      repositoryName: 'project-x/api',
      digest,
      tag: 'v1',
    });
    expect(pushedImage('ns', { repository: 'ns/api', reference: digest, digest })).toEqual({
      repositoryName: 'api',
      digest,
    });
    expect(pushedImage('ns', { repository: 'other/api', reference: 'v1', digest })).toBeUndefined();
    expect(pushedImage('ns', { repository: 'nsx/api', reference: 'v1', digest })).toBeUndefined();
  });

  test('the serializer runs one key in order, other keys meanwhile, and survives a failure', async () => {
    const serializer = new KeyedSerializer();
    const events: string[] = [];
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const first = serializer.run('a', async () => {
      await gate;
      events.push('a1');
      throw new Error('a1 failed');
    });
    const second = serializer.run('a', async () => {
      events.push('a2');
      return 2;
    });
    const other = serializer.run('b', async () => {
      events.push('b1');
      return 'b';
    });
    await expect(other).resolves.toBe('b');
    expect(events).toEqual(['b1']);
    release();
    await expect(first).rejects.toThrow('a1 failed');
    await expect(second).resolves.toBe(2);
    expect(events).toEqual(['b1', 'a1', 'a2']);
  });
});

describe('docker push, then delete and untag through the OCI SDK', () => {
  let world: LinkedWorld;
  let dockerConfig: string;
  let context: string;
  const repositoryName = 'project-x/linked';
  const repo = `${namespace}/${repositoryName}`;

  beforeAll(async () => {
    await ensureDocker();
    world = await startWorld();
    dockerConfig = mkdtempSync(join(tmpdir(), 'linked-docker-config-'));
    context = mkdtempSync(join(tmpdir(), 'linked-context-'));
  });
  afterAll(async () => {
    await world?.close();
    rmSync(dockerConfig, { recursive: true, force: true });
    rmSync(context, { recursive: true, force: true });
  });

  test('one image with both tags and the registry digest; untag, then delete, reach the registry', async () => {
    const images = ['1.0.0', 'stable'].map((tag) => `${world.registry.host}/${repo}:${tag}`);
    try {
      writeFileSync(join(context, 'Dockerfile'), 'FROM scratch\nCOPY hello.txt /\n');
      writeFileSync(join(context, 'hello.txt'), `linked ${randomBytes(8).toString('hex')}\n`);
      const config = ['--config', dockerConfig];
      const loggedIn = await docker(
        [...config, 'login', world.registry.host, '-u', login.username, '--password-stdin'],
        login.password,
      );
      expect(loggedIn).toMatchObject({ code: 0 });
      expect(await docker([...config, 'build', '-t', images[0]!, '-t', images[1]!, context])).toMatchObject({
        code: 0,
      });
      for (const image of images) expect(await docker([...config, 'push', image])).toMatchObject({ code: 0 });

      const digest = await world.registry.manifestDigest(repo, '1.0.0');
      expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(await world.registry.manifestDigest(repo, 'stable')).toBe(digest);

      // No repository was made first: OCIR creates it in the root compartment on first push.
      expect(world.emulator.repositories()).toMatchObject([
        { displayName: repositoryName, compartmentId: tenancy },
      ]);
      const client = artifactsClient(world);
      const listed = await client.listContainerImages({ compartmentId: tenancy, repositoryName });
      expect(listed.containerImageCollection.items).toHaveLength(1);
      const imageId = listed.containerImageCollection.items[0]!.id;
      const { containerImage } = await client.getContainerImage({ imageId });
      expect(containerImage.digest).toBe(digest);
      expect(containerImage.versions.map((entry) => entry.version).sort()).toEqual(['1.0.0', 'stable']);
      expect(String(containerImage.timeCreated)).toBe(world.emulator.images()[0]?.timeCreated);
      expect(Number.isNaN(Date.parse(String(containerImage.timeCreated)))).toBe(false);

      await client.removeContainerVersion({ imageId, removeContainerVersionDetails: { version: '1.0.0' } });
      expect(await world.registry.manifestDigest(repo, '1.0.0')).toBeUndefined();
      expect(await world.registry.manifestDigest(repo, 'stable')).toBe(digest);
      expect(await world.registry.tags(repo)).toEqual(['stable']);
      // The registry's own state is true: docker pulls the remaining tag with the same digest.
      expect(await docker(['rmi', '-f', ...images])).toMatchObject({ code: 0 });
      const pulled = await docker([...config, 'pull', images[1]!]);
      expect(pulled).toMatchObject({ code: 0 });
      expect(pulled.stdout).toContain(digest);
      expect((await docker([...config, 'pull', images[0]!])).code).not.toBe(0);

      await client.deleteContainerImage({ imageId });
      expect(await world.registry.manifestDigest(repo, 'stable')).toBeUndefined();
      expect(await world.registry.tags(repo)).toEqual([]);
      expect(await manifestExists(world, repo, digest!)).toBe(false);
      expect(world.emulator.images()).toEqual([]);
    } finally {
      await docker(['rmi', '-f', ...images]);
    }
  });
});

describe('pushes and deletes by registry API calls', () => {
  let world: LinkedWorld;
  let client: ArtifactsClient;

  beforeAll(async () => {
    world = await startWorld();
    client = artifactsClient(world);
  });
  afterAll(async () => {
    await world?.close();
  });

  const imagesIn = (repositoryName: string) =>
    world.emulator.images().filter((image) => image.repositoryName === repositoryName);

  test('a push by digest adds an untagged image; tagging it later adds a version to it', async () => {
    const digest = await pushThroughFront(world, `${namespace}/bydigest`, undefined, 'd1');
    expect(imagesIn('bydigest')).toMatchObject([{ digest, versions: [] }]);
    await pushThroughFront(world, `${namespace}/bydigest`, 'v1', 'd1');
    await pushThroughFront(world, `${namespace}/bydigest`, 'v1', 'd1'); // again: no change
    expect(imagesIn('bydigest')).toHaveLength(1);
    expect(versionsOf(imagesIn('bydigest')[0])).toEqual(['v1']);
  });

  test('a multi-platform push: the index carries the tags, each platform image and attestation is an untagged image', async () => {
    const repo = `${namespace}/multi`;
    const pushed = await pushMultiPlatform({ host: world.registry.host, ...login }, repo, {
      seed: 'mp1',
      architectures: ['amd64', 'arm64'],
      tags: ['1.2.3', 'latest'],
      attestations: true,
    });
    const byDigest = new Map(imagesIn('multi').map((image) => [image.digest, versionsOf(image)]));
    expect(byDigest).toEqual(
      new Map([
        ...[...pushed.platforms, ...pushed.attestations].map((child): [string, string[]] => [
          child.digest,
          [],
        ]),
        [pushed.index.digest, ['1.2.3', 'latest']],
      ]),
    );
    expect(await pullEveryPlatform({ host: world.registry.host, ...login }, repo, '1.2.3')).toEqual([
      'linux/amd64',
      'linux/arm64',
    ]);
  });

  test('a tag pushed onto another digest moves in the emulator as in the registry', async () => {
    const repo = `${namespace}/moving`;
    const first = await pushThroughFront(world, repo, 'latest', 'm1');
    await pushThroughFront(world, repo, 'v1', 'm1');
    const second = await pushThroughFront(world, repo, 'latest', 'm2');
    expect(await world.registry.manifestDigest(repo, 'latest')).toBe(second);
    const byDigest = new Map(imagesIn('moving').map((image) => [image.digest, versionsOf(image)]));
    expect(byDigest).toEqual(
      new Map([
        [first, ['v1']],
        [second, ['latest']],
      ]),
    );
  });

  test('a repository made first keeps its compartment; names outside the namespace are not recorded', async () => {
    const compartment = ocid.compartment();
    world.emulator.addRepository({ displayName: 'made-first', compartmentId: compartment });
    await pushThroughFront(world, `${namespace}/made-first`, 'v1', 'f1');
    expect(imagesIn('made-first')).toMatchObject([{ compartmentId: compartment }]);
    await pushThroughFront(world, 'elsewhere/api', 'v1', 'f2');
    expect(world.emulator.repositories().map((repository) => repository.displayName)).not.toContain('api');
  });

  test('eight concurrent untags of one image leave exactly the kept tag, on the same digest', async () => {
    const repo = `${namespace}/concurrent`;
    const removed = Array.from({ length: 8 }, (_, index) => `pr-${index}`);
    let digest = '';
    for (const tag of [...removed, 'keep']) digest = await pushThroughFront(world, repo, tag, 'c1');
    const [image] = imagesIn('concurrent');
    expect(versionsOf(image)).toEqual([...removed, 'keep'].sort());

    await Promise.all(
      removed.map((version) =>
        client.removeContainerVersion({ imageId: image!.id, removeContainerVersionDetails: { version } }),
      ),
    );
    expect(await world.registry.tags(repo)).toEqual(['keep']);
    expect(await world.registry.manifestDigest(repo, 'keep')).toBe(digest);
    expect(versionsOf(imagesIn('concurrent')[0])).toEqual(['keep']);
  });

  test('removing the last version leaves the image pullable by digest, as in OCIR', async () => {
    const repo = `${namespace}/lastversion`;
    const digest = await pushThroughFront(world, repo, 'only', 'l1');
    const [image] = imagesIn('lastversion');
    await client.removeContainerVersion({
      imageId: image!.id,
      removeContainerVersionDetails: { version: 'only' },
    });
    expect(await world.registry.tags(repo)).toEqual([]);
    expect(await manifestExists(world, repo, digest)).toBe(true);
    expect(imagesIn('lastversion')).toMatchObject([{ digest, versions: [] }]);
  });

  test('eight concurrent deletes remove each manifest and leave the other images', async () => {
    const repo = `${namespace}/bulk`;
    const digests: string[] = [];
    for (let index = 0; index < 10; index += 1)
      digests.push(await pushThroughFront(world, repo, `b${index}`, `b${index}`));
    const doomed = imagesIn('bulk').filter((image) => !['b8', 'b9'].includes(image.versions[0]!.version));
    expect(doomed).toHaveLength(8);

    await Promise.all(doomed.map((image) => client.deleteContainerImage({ imageId: image.id })));
    expect(await world.registry.tags(repo)).toEqual(['b8', 'b9']);
    for (const image of doomed) expect(await manifestExists(world, repo, image.digest)).toBe(false);
    expect(await world.registry.manifestDigest(repo, 'b9')).toBe(digests[9]);
  });

  test('deleting a repository deletes its manifests', async () => {
    const repo = `${namespace}/doomed-repo`;
    const digest = await pushThroughFront(world, repo, 'v1', 'r1');
    const repository = world.emulator
      .repositories()
      .find((candidate) => candidate.displayName === 'doomed-repo');
    await client.deleteContainerRepository({ repositoryId: repository!.id });
    expect(await world.registry.tags(repo)).toEqual([]);
    expect(await manifestExists(world, repo, digest)).toBe(false);
  });

  test('images seeded only in the emulator delete and untag without the registry', async () => {
    world.emulator.addRepository({ displayName: 'seeded', compartmentId: tenancy });
    const seeded = world.emulator.addImage({ repositoryName: 'seeded', versions: ['a', 'b'] });
    await client.removeContainerVersion({
      imageId: seeded.id,
      removeContainerVersionDetails: { version: 'a' },
    });
    await client.deleteContainerImage({ imageId: seeded.id });
    expect(imagesIn('seeded')).toEqual([]);
  });
});

test('without isRepositoryCreatedOnFirstPush a push to a missing repository is not recorded', async () => {
  const world = await startWorld({ isRepositoryCreatedOnFirstPush: false });
  try {
    await pushThroughFront(world, `${namespace}/not-made`, 'v1', 'n1');
    expect(world.emulator.repositories()).toEqual([]);
    expect(world.emulator.images()).toEqual([]);
  } finally {
    await world.close();
  }
});

describe('regions: a registry with its own storage per region', () => {
  let world: LinkedWorld;
  let home: LinkedWorld['regions'][number];
  let vinhedo: LinkedWorld['regions'][number];
  const VINHEDO = common.Region.SA_VINHEDO_1;
  const basic = (username: string, password: string) =>
    `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
  const sha = (data: Buffer) => `sha256:${createHash('sha256').update(data).digest('hex')}`;

  beforeAll(async () => {
    world = await startLinkedWorld({
      tenancy,
      namespace,
      users: [{ ...user, fingerprint: key.fingerprint, publicKeyPem: key.publicKeyPem }],
      replicaRegions: ['sa-vinhedo-1'],
    });
    home = world.inRegion('sa-saopaulo-1');
    vinhedo = world.inRegion('sa-vinhedo-1');
  });
  afterAll(async () => {
    await world?.close();
  });
  beforeEach(() => {
    for (const region of world.regions) region.registry.resetTraffic();
  });

  /** A session token from a front's token endpoint for `repo`, or the status it refused with. */
  async function sessionToken(registry: Registry, authorization: string, repo: string) {
    const res = await fetch(
      `http://${registry.host}/20180419/docker/token?scope=repository:${repo}:pull,push`,
      { headers: { Authorization: authorization } },
    );
    return { status: res.status, token: res.ok ? ((await res.json()) as { token: string }).token : '' };
  }

  /** The config and layer digests of a manifest the registry holds. */
  async function blobsOf(registry: Registry, repo: string, digest: string): Promise<string[]> {
    const stored = await registry.manifest(repo, digest);
    const body = JSON.parse(stored!.bytes.toString('utf8')) as {
      config: { digest: string };
      layers: Array<{ digest: string }>;
    };
    return [body.config.digest, ...body.layers.map((layer) => layer.digest)];
  }

  test('two regions, two registries and two fronts, in order, the home region first', () => {
    expect(world.regions.map((region) => region.id)).toEqual(['sa-saopaulo-1', 'sa-vinhedo-1']);
    expect(world.registry).toBe(home.registry);
    expect(vinhedo.registry.host).not.toBe(home.registry.host);
    expect(vinhedo.registry.backendUrl).not.toBe(home.registry.backendUrl);
    expect(vinhedo.emulator).toBe(world.emulator.inRegion('sa-vinhedo-1'));
    expect(() => world.inRegion('us-ashburn-1')).toThrow(/no region us-ashburn-1/);
  });

  test("a push shows in its own region's API only; a delete there reaches that region's registry only", async () => {
    const repo = `${namespace}/regional/app`;
    const digest = await pushThroughFront(world, repo, 'v1', 'r1', vinhedo.registry);
    expect(vinhedo.emulator.images()).toMatchObject([{ repositoryName: 'regional/app', digest }]);
    expect(versionsOf(vinhedo.emulator.images()[0])).toEqual(['v1']);
    expect(home.emulator.images()).toEqual([]);
    expect(await home.registry.tags(repo)).toEqual([]);

    // The same bytes pushed to the home region too: one image in each, each registry its own copy.
    expect(await pushThroughFront(world, repo, 'v1', 'r1', home.registry)).toBe(digest);
    const [image] = vinhedo.emulator.images();
    await sdkClient(ArtifactsClient, world, VINHEDO).deleteContainerImage({ imageId: image!.id });
    expect(await vinhedo.registry.manifest(repo, digest)).toBeUndefined();
    expect(await home.registry.manifestDigest(repo, 'v1')).toBe(digest);
    expect(home.emulator.images()).toMatchObject([{ digest, repositoryName: 'regional/app' }]);
  });

  test('a multi-platform push to a replica region is recorded there whole; an untag there reaches its registry', async () => {
    const repo = `${namespace}/regional/multi`;
    const pushed = await pushMultiPlatform({ host: vinhedo.registry.host, ...login }, repo, {
      seed: 'regional-mp',
      architectures: ['amd64', 'arm64'],
      tags: ['1.0.0', 'latest'],
      attestations: true,
    });
    const byDigest = new Map(
      vinhedo.emulator
        .images()
        .filter((image) => image.repositoryName === 'regional/multi')
        .map((image): [string, string[] | undefined] => [image.digest, versionsOf(image)]),
    );
    expect(byDigest).toEqual(
      new Map<string, string[]>([
        [pushed.index.digest, ['1.0.0', 'latest']],
        ...[...pushed.platforms, ...pushed.attestations].map((child): [string, string[]] => [
          child.digest,
          [],
        ]),
      ]),
    );
    expect(home.emulator.images().filter((image) => image.repositoryName === 'regional/multi')).toEqual([]);

    const index = vinhedo.emulator.images().find((image) => image.digest === pushed.index.digest)!;
    await sdkClient(ArtifactsClient, world, VINHEDO).removeContainerVersion({
      imageId: index.id,
      removeContainerVersionDetails: { version: 'latest' },
    });
    expect(await vinhedo.registry.tags(repo)).toEqual(['1.0.0']);
    expect(await vinhedo.registry.manifestDigest(repo, '1.0.0')).toBe(pushed.index.digest);
  });

  test('a registry token logs in only at its own region; an auth token at both', async () => {
    const repo = `${namespace}/regional/tokens`;
    const registryToken = async (region: common.Region) =>
      (await sdkClient(ContainerRegistryClient, world, region).getAccessToken({})).accessToken.token;
    const vinhedoToken = await registryToken(VINHEDO);
    const homeToken = await registryToken(common.Region.SA_SAOPAULO_1);
    expect(vinhedo.emulator.issuedTokens()).toEqual([vinhedoToken]);

    expect(await sessionToken(vinhedo.registry, basic('BEARER_TOKEN', vinhedoToken), repo)).toMatchObject({
      status: 200,
    });
    // Refused as any dead registry token is: the login fails, and straight on /v2/ too.
    expect((await sessionToken(home.registry, basic('BEARER_TOKEN', vinhedoToken), repo)).status).toBe(401);
    expect((await sessionToken(vinhedo.registry, basic('BEARER_TOKEN', homeToken), repo)).status).toBe(401);
    const straight = await fetch(`http://${home.registry.host}/v2/${repo}/tags/list`, {
      headers: { Authorization: basic('BEARER_TOKEN', vinhedoToken) },
    });
    expect(straight.status).toBe(401);

    // A session of one front is unknown at the other: invalid_token, as for an expired one.
    const { token: session } = await sessionToken(
      vinhedo.registry,
      basic('BEARER_TOKEN', vinhedoToken),
      repo,
    );
    const elsewhere = await fetch(`http://${home.registry.host}/v2/${repo}/tags/list`, {
      headers: { Authorization: `Bearer ${session}` },
    });
    expect(elsewhere.status).toBe(401);
    expect(elsewhere.headers.get('www-authenticate')).toMatch(/error="invalid_token"/);
    const there = await fetch(`http://${vinhedo.registry.host}/v2/${repo}/tags/list`, {
      headers: { Authorization: `Bearer ${session}` },
    });
    expect(there.status).not.toBe(401);

    for (const region of world.regions) {
      expect(await sessionToken(region.registry, basic(login.username, login.password), repo)).toMatchObject({
        status: 200,
      });
    }
  });

  test("a blob of the other region cannot be mounted: 202, and the upload is counted; a mount in one region's storage works", async () => {
    const source = `${namespace}/regional/source`;
    const digest = await pushThroughFront(world, source, 'v1', 'mount', home.registry);
    const [, layer] = await blobsOf(home.registry, source, digest);
    const auth = { Authorization: basic(login.username, login.password) };
    const mount = (registry: Registry, repo: string) =>
      fetch(`http://${registry.host}/v2/${repo}/blobs/uploads/?mount=${layer}&from=${source}`, {
        method: 'POST',
        headers: auth,
      });

    const inHome = await mount(home.registry, `${namespace}/regional/mounted`);
    expect(inHome.status).toBe(201);
    const target = `${namespace}/regional/replica`;
    const inVinhedo = await mount(vinhedo.registry, target);
    expect(inVinhedo.status).toBe(202);
    const data = Buffer.from('layer mount');
    expect(sha(data)).toBe(layer);
    const location = new URL(inVinhedo.headers.get('location')!, `http://${vinhedo.registry.host}`);
    location.searchParams.set('digest', layer!);
    const put = await fetch(location, { method: 'PUT', headers: auth, body: data });
    expect(put.status).toBe(201);

    expect(home.registry.traffic().mountAttempts).toEqual([
      {
        repository: `${namespace}/regional/mounted`,
        from: source,
        digest: layer,
        status: 201,
        mounted: true,
      },
    ]);
    expect(vinhedo.registry.traffic()).toEqual({
      mountAttempts: [{ repository: target, from: source, digest: layer, status: 202, mounted: false }],
      blobUploads: [{ repository: target, digest: layer, bytes: data.length }],
      manifestPuts: [],
    });
  });

  test('each front counts its own uploads (every chunk) and manifest PUTs until reset', async () => {
    const repo = `${namespace}/regional/counted`;
    const digest = await pushThroughFront(world, repo, 'v2', 'counted', vinhedo.registry);
    const blobs = await blobsOf(vinhedo.registry, repo, digest);
    const traffic = vinhedo.registry.traffic();
    expect(traffic.blobUploads.map((upload) => upload.digest)).toEqual(blobs);
    expect(traffic.blobUploads[1]).toEqual({
      repository: repo,
      digest: blobs[1],
      bytes: Buffer.byteLength('layer counted'),
    });
    expect(traffic.manifestPuts).toEqual([{ repository: repo, reference: 'v2', digest }]);
    expect(home.registry.traffic()).toEqual({ blobUploads: [], manifestPuts: [], mountAttempts: [] });

    // A chunked upload: POST, two PATCHes, and the PUT carrying the last chunk.
    vinhedo.registry.resetTraffic();
    const auth = { Authorization: basic(login.username, login.password) };
    const chunks = [randomBytes(70_000), randomBytes(50_000), randomBytes(1_000)];
    const whole = Buffer.concat(chunks);
    const front = `http://${vinhedo.registry.host}`;
    let next = (
      await fetch(`${front}/v2/${repo}/blobs/uploads/`, { method: 'POST', headers: auth })
    ).headers.get('location')!;
    let offset = 0;
    for (const chunk of chunks.slice(0, 2)) {
      const patch = await fetch(new URL(next, front), {
        method: 'PATCH',
        headers: {
          ...auth,
          'Content-Type': 'application/octet-stream',
          'Content-Range': `${offset}-${offset + chunk.length - 1}`,
        },
        body: chunk,
      });
      expect(patch.status).toBe(202);
      offset += chunk.length;
      next = patch.headers.get('location')!;
    }
    const last = new URL(next, front);
    last.searchParams.set('digest', sha(whole));
    const put = await fetch(last, { method: 'PUT', headers: auth, body: chunks[2] });
    expect(put.status).toBe(201);
    expect(vinhedo.registry.traffic().blobUploads).toEqual([
      { repository: repo, digest: sha(whole), bytes: whole.length },
    ]);
    vinhedo.registry.resetTraffic();
    expect(vinhedo.registry.traffic()).toEqual({ blobUploads: [], manifestPuts: [], mountAttempts: [] });
  });

  test("a fault injected at one region's registry leaves the other's alone", async () => {
    vinhedo.registry.injectFault({ method: 'PUT', path: /\/manifests\//, status: 503 });
    await pushThroughFront(world, `${namespace}/regional/faulty`, 'v1', 'faulty', home.registry);
    expect(vinhedo.registry.pendingFaults()).toBe(1);
    await expect(
      pushThroughFront(world, `${namespace}/regional/faulty`, 'v1', 'faulty', vinhedo.registry),
    ).rejects.toThrow();
    expect(vinhedo.registry.pendingFaults()).toBe(0);
    expect(vinhedo.emulator.images()).not.toContainEqual(
      expect.objectContaining({ repositoryName: 'regional/faulty' }),
    );
    expect(vinhedo.registry.traffic().manifestPuts).toEqual([]);
    // The fault used up, the same push goes through.
    await pushThroughFront(world, `${namespace}/regional/faulty`, 'v1', 'faulty', vinhedo.registry);
    expect(vinhedo.emulator.images()).toContainEqual(
      expect.objectContaining({ repositoryName: 'regional/faulty' }),
    );
  });
});
