/**
 * The copy engine between two real distribution registries, each with its own storage and its
 * own OCIR-style Bearer front: what the target holds afterwards is read back from the target
 * itself, and what was sent is read from the front's record of the requests it let through.
 */
import { createCipheriv, createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import {
  registryClient,
  RegistryApiError,
  sha256Digest,
  type RegistryClient,
} from '../../src/registry/api.js';
import { copyImage, type CopyReport } from '../../src/registry/copy.js';
import {
  OCI_MANIFEST,
  pullEveryPlatform,
  pushBlob,
  pushImage,
  pushManifest,
  pushMultiPlatform,
  type RegistryLogin,
} from '../../test-support/registry-push.js';
import { startRegistry, type Registry } from '../../test-support/registry.js';

const USER = 'ns/ana.souza';
const PASSWORD = 'auth-token-1';
const REPO = 'ns/team/app';

let primary: Registry;
let replica: Registry;
const login = (registry: Registry): RegistryLogin => ({
  host: registry.host,
  username: USER,
  password: PASSWORD,
});
const connect = (registry: Registry, access: 'pull' | 'pull,push'): RegistryClient =>
  registryClient({
    registry: registry.host,
    repository: REPO,
    credentials: () => ({ username: USER, password: PASSWORD }),
    access,
  });

/** Copies primary → replica with a fresh pair of clients, as one region's copy does. */
async function copy(digest: string, tags: string[], lines: string[] = []): Promise<CopyReport> {
  const source = connect(primary, 'pull');
  const target = connect(replica, 'pull,push');
  try {
    return await copyImage(source, target, digest, tags, {
      retryDelayMs: 10,
      log: (line) => lines.push(line),
    });
  } finally {
    source.close();
    target.close();
  }
}

/** Requests the replica's front let through since `from`, as `METHOD kind` (`PUT manifest`, `PUT blob`…). */
function writesTo(registry: Registry, from = 0): string[] {
  return registry.authAttempts
    .slice(from)
    .filter((attempt) => attempt.ok && !['GET', 'HEAD'].includes(attempt.method))
    .map((attempt) => `${attempt.method} ${attempt.path.split('?')[0]}`);
}

/** The blob as the registry's backend stores it (no front), or undefined. */
async function storedBlob(registry: Registry, digest: string): Promise<Buffer | undefined> {
  const res = await fetch(`${registry.backendUrl}/v2/${REPO}/blobs/${digest}`);
  return res.status === 200 ? Buffer.from(await res.arrayBuffer()) : undefined;
}

beforeAll(async () => {
  const acceptsLogin = (username: string, password: string) => username === USER && password === PASSWORD;
  [primary, replica] = await Promise.all([startRegistry({ acceptsLogin }), startRegistry({ acceptsLogin })]);
});
afterAll(() => Promise.all([primary?.close(), replica?.close()]));

describe('copyImage between two registries with their own storage', () => {
  it('copies a single image: its blobs, then the manifest under every tag, the same digest', async () => {
    const image = await pushImage(login(primary), REPO, { seed: 'single', tag: 'v1' });
    const from = replica.authAttempts.length;
    const lines: string[] = [];
    const report = await copy(image.digest, ['v1', 'latest'], lines);

    expect(report).toEqual({
      digest: image.digest,
      blobsUploaded: 2,
      bytesUploaded: expect.any(Number) as number,
      blobsPresent: 0,
      manifestsPut: 0,
      tagsPut: ['latest', 'v1'],
      tagsPresent: [],
    });
    expect(await replica.manifestDigest(REPO, 'v1')).toBe(image.digest);
    expect(await replica.manifestDigest(REPO, 'latest')).toBe(image.digest);
    const stored = await replica.manifest(REPO, image.digest);
    expect(stored && sha256Digest(stored.bytes)).toBe(image.digest);
    const manifest = JSON.parse(stored!.bytes.toString()) as {
      config: { digest: string; size: number };
      layers: { digest: string; size: number }[];
    };
    for (const blob of [manifest.config, ...manifest.layers]) {
      const bytes = await storedBlob(replica, blob.digest);
      expect(bytes && sha256Digest(bytes)).toBe(blob.digest);
    }
    expect(report.bytesUploaded).toBe(
      manifest.config.size + manifest.layers.reduce((sum, l) => sum + l.size, 0),
    );
    // Two uploads (POST + PUT each), then the tags: nothing else was written.
    const writes = writesTo(replica, from);
    expect(writes.filter((w) => w.startsWith('POST'))).toHaveLength(2);
    expect(writes.filter((w) => w.startsWith('PUT') && w.includes('/blobs/uploads/'))).toHaveLength(2);
    expect(writes.filter((w) => w.includes('/manifests/')).sort()).toEqual([
      `PUT /v2/${REPO}/manifests/latest`,
      `PUT /v2/${REPO}/manifests/v1`,
    ]);
    expect(lines.some((line) => /blob sha256:[a-f0-9]{64} \([\d.]+ (B|KiB)\): uploaded in/.test(line))).toBe(
      true,
    );
  });

  it('copies a multi-platform index: platform and attestation manifests by digest before the index and its tags', async () => {
    const pushed = await pushMultiPlatform(login(primary), REPO, {
      seed: 'multi',
      architectures: ['amd64', 'arm64'],
      tags: ['2.0.0', '2.0'],
      attestations: true,
    });
    const from = replica.authAttempts.length;
    const report = await copy(pushed.index.digest, ['2.0.0', '2.0']);

    expect(report).toMatchObject({
      digest: pushed.index.digest,
      blobsUploaded: 7, // per platform: layer + config; per attestation: its statement, and one config for both
      blobsPresent: 0,
      manifestsPut: 4,
      tagsPut: ['2.0', '2.0.0'],
      tagsPresent: [],
    });
    for (const tag of ['2.0.0', '2.0'])
      expect(await replica.manifestDigest(REPO, tag)).toBe(pushed.index.digest);
    expect(await pullEveryPlatform(login(replica), REPO, '2.0.0')).toEqual(['linux/amd64', 'linux/arm64']);
    for (const attestation of pushed.attestations) {
      const stored = await replica.manifest(REPO, attestation.digest);
      expect(stored && sha256Digest(stored.bytes)).toBe(attestation.digest);
    }
    // Every manifest by digest came before the first tag.
    const manifests = writesTo(replica, from).filter((w) => w.includes('/manifests/'));
    const byDigest = [...pushed.platforms, ...pushed.attestations].map(
      (d) => `PUT /v2/${REPO}/manifests/${d.digest}`,
    );
    expect(manifests.slice(0, 4).sort()).toEqual(byDigest.sort());
    expect(manifests.slice(4).sort()).toEqual([
      `PUT /v2/${REPO}/manifests/2.0`,
      `PUT /v2/${REPO}/manifests/2.0.0`,
    ]);
  });

  it('a re-run finds everything in place: it uploads nothing and writes nothing', async () => {
    const pushed = await pushMultiPlatform(login(primary), REPO, {
      seed: 'rerun',
      architectures: ['amd64', 'arm64'],
      tags: ['3.0'],
    });
    await copy(pushed.index.digest, ['3.0', 'stable']);
    const from = replica.authAttempts.length;
    const again = await copy(pushed.index.digest, ['3.0', 'stable']);

    expect(again).toEqual({
      digest: pushed.index.digest,
      blobsUploaded: 0,
      bytesUploaded: 0,
      blobsPresent: 4,
      manifestsPut: 0,
      tagsPut: [],
      tagsPresent: ['3.0', 'stable'],
    });
    expect(writesTo(replica, from)).toEqual([]);
  });

  it('uploads only the blobs the target lacks, and moves a tag that holds another digest', async () => {
    const pushed = await pushMultiPlatform(login(primary), REPO, {
      seed: 'partial',
      architectures: ['amd64', 'arm64'],
      tags: ['4.0'],
    });
    // The replica already has the amd64 image (its two blobs and manifest) and a `4.0` of its own.
    const amd64 = pushed.platforms[0]!;
    const amd64Manifest = await primary.manifest(REPO, amd64.digest);
    const parsed = JSON.parse(amd64Manifest!.bytes.toString()) as {
      config: { digest: string };
      layers: { digest: string }[];
    };
    for (const blob of [parsed.config, ...parsed.layers]) {
      await pushBlob(login(replica), REPO, (await storedBlob(primary, blob.digest))!);
    }
    await pushManifest(login(replica), REPO, OCI_MANIFEST, amd64Manifest!.bytes, amd64.digest);
    const other = await pushImage(login(replica), REPO, { seed: 'another', tag: '4.0' });

    const report = await copy(pushed.index.digest, ['4.0']);
    expect(report).toMatchObject({ blobsUploaded: 2, blobsPresent: 2, manifestsPut: 1, tagsPut: ['4.0'] });
    expect(other.digest).not.toBe(pushed.index.digest);
    expect(await replica.manifestDigest(REPO, '4.0')).toBe(pushed.index.digest);
    expect(await pullEveryPlatform(login(replica), REPO, '4.0')).toEqual(['linux/amd64', 'linux/arm64']);
  });

  it('retries a transient 503 on a blob PUT and on a manifest PUT, and gets there', async () => {
    const pushed = await pushMultiPlatform(login(primary), REPO, {
      seed: 'flaky',
      architectures: ['amd64', 'arm64'],
      tags: ['5.0'],
    });
    replica.injectFault({ method: 'PUT', path: /\/blobs\/uploads\//, status: 503 });
    replica.injectFault({ method: 'PUT', path: /\/manifests\/sha256:/, status: 503 });
    replica.injectFault({ method: 'PUT', path: /\/manifests\/5\.0$/, dropConnection: true });
    const lines: string[] = [];
    const report = await copy(pushed.index.digest, ['5.0'], lines);

    expect(replica.pendingFaults()).toBe(0);
    expect(report).toMatchObject({ blobsUploaded: 4, manifestsPut: 2, tagsPut: ['5.0'] });
    expect(await pullEveryPlatform(login(replica), REPO, '5.0')).toEqual(['linux/amd64', 'linux/arm64']);
    const retries = lines.filter((line) => line.includes('trying again'));
    expect(retries).toHaveLength(3);
    expect(
      retries.some((line) =>
        /copy blob sha256:\S+ .* PUT blob sha256:\S+: HTTP 503 \(UNAVAILABLE/.test(line),
      ),
    ).toBe(true);
    expect(retries.some((line) => /put manifest sha256:\S+ to .*: HTTP 503/.test(line))).toBe(true);
    expect(retries.some((line) => line.startsWith(`put tag 5.0 to ${replica.host}/${REPO}`))).toBe(true);
  });

  it('fails naming the blob, the registry and the status when a failure outlasts the retries', async () => {
    const image = await pushImage(login(primary), REPO, { seed: 'down', tag: 'v6' });
    replica.injectFault({ method: 'PUT', path: /\/blobs\/uploads\//, status: 503, times: 6 });
    const source = connect(primary, 'pull');
    const target = connect(replica, 'pull,push');
    try {
      const error = await copyImage(source, target, image.digest, ['v6'], {
        retries: 2,
        retryDelayMs: 5,
      }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(RegistryApiError);
      expect((error as RegistryApiError).message).toMatch(
        new RegExp(
          `^copy blob sha256:[a-f0-9]{64} \\([\\d.]+ (B|KiB)\\) to ${replica.host}/${REPO}: PUT blob sha256:[a-f0-9]{64}: HTTP 503`,
        ),
      );
      expect(error).toMatchObject({ status: 503, transient: true });
    } finally {
      source.close();
      target.close();
    }
    // Both blobs (uploading side by side) used their 3 tries each; the tag was never put.
    expect(replica.pendingFaults()).toBe(0);
    expect(await replica.manifestDigest(REPO, 'v6')).toBeUndefined();
  });

  it('restarts a blob upload once when the PUT meets a 401, with a renewed token and a fresh download', async () => {
    const image = await pushImage(login(primary), REPO, { seed: 'renew', tag: 'v7' });
    const fromPrimary = primary.authAttempts.length;
    const fromReplica = replica.authAttempts.length;
    replica.injectFault({ method: 'PUT', path: /\/blobs\/uploads\//, status: 401 });
    const report = await copy(image.digest, ['v7']);

    expect(report).toMatchObject({ blobsUploaded: 2, tagsPut: ['v7'] });
    expect(replica.pendingFaults()).toBe(0);
    // The refused upload started over: three POSTs for two blobs, and one blob downloaded twice.
    const posts = writesTo(replica, fromReplica).filter((w) => w.startsWith('POST'));
    expect(posts).toHaveLength(3);
    const downloads = primary.authAttempts
      .slice(fromPrimary)
      .filter((a) => a.method === 'GET' && a.path.includes('/blobs/'));
    expect(downloads).toHaveLength(3);
    // The client asked the token endpoint again after the 401 (once for the first handshake, once after).
    const tokens = replica.authAttempts
      .slice(fromReplica)
      .filter((a) => a.path.startsWith('/20180419/docker/token'));
    expect(tokens).toHaveLength(2);
    expect(await replica.manifestDigest(REPO, 'v7')).toBe(image.digest);
  });
});

describe('copyImage checks what it reads', () => {
  /** A source whose blob answers other bytes than its digest: a corrupt store, or a broken proxy. */
  let server: http.Server;
  let host: string;
  const good = Buffer.from('the bytes the manifest names, padded to a few chunks '.repeat(4096));
  const bad = Buffer.from(good);
  bad[bad.length - 1] = 0x21;
  const layer = sha256Digest(good);
  const config = Buffer.from(
    '{"architecture":"amd64","os":"linux","rootfs":{"type":"layers","diff_ids":[]}}',
  );
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: {
        mediaType: 'application/vnd.oci.image.config.v1+json',
        digest: sha256Digest(config),
        size: config.length,
      },
      layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: layer, size: good.length }],
    }),
  );

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const path = req.url ?? '';
      const send = (type: string, body: Buffer) =>
        res
          .writeHead(200, { 'Content-Type': type, 'Content-Length': body.length })
          .end(req.method === 'HEAD' ? undefined : body);
      if (path === '/v2/') res.writeHead(200).end();
      else if (path.endsWith(`/manifests/${sha256Digest(manifest)}`)) send(OCI_MANIFEST, manifest);
      else if (path.endsWith(`/blobs/${sha256Digest(config)}`)) send('application/octet-stream', config);
      else if (path.endsWith(`/blobs/${layer}`)) send('application/octet-stream', bad);
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('refuses a blob whose bytes miss its digest: the target stores nothing of it, nor the tag', async () => {
    const source = registryClient({
      registry: host,
      repository: REPO,
      credentials: () => ({ username: '', password: '' }),
    });
    const target = connect(replica, 'pull,push');
    try {
      const error = await copyImage(source, target, sha256Digest(manifest), ['corrupt'], {
        retryDelayMs: 5,
      }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(RegistryApiError);
      expect((error as Error).message).toMatch(
        new RegExp(
          `^copy blob ${layer} \\(.*\\) to ${replica.host}/${REPO}: GET blob ${layer} answered other bytes \\(sha256:`,
        ),
      );
      expect(error).toMatchObject({ transient: false });
      expect(await target.headBlob(layer)).toBeUndefined();
      expect(await replica.manifestDigest(REPO, 'corrupt')).toBeUndefined();
    } finally {
      source.close();
      target.close();
    }
  });
});

describe('copyImage keeps memory bounded', () => {
  const SIZE = 256 * 1024 * 1024;
  const CHUNK = 1024 * 1024;

  /** `SIZE` incompressible bytes, the same on every call (AES-CTR of zeros), made as they are read. */
  function generated(): Readable {
    const cipher = createCipheriv('aes-128-ctr', Buffer.alloc(16, 7), Buffer.alloc(16, 1));
    const zeros = Buffer.alloc(CHUNK);
    let left = SIZE;
    return new Readable({
      read() {
        if (left === 0) {
          this.push(null);
          return;
        }
        const take = Math.min(CHUNK, left);
        left -= take;
        this.push(cipher.update(zeros.subarray(0, take)));
      },
    });
  }

  it('streams a 256 MiB layer: the process grows by a small fraction of it', async () => {
    const hash = createHash('sha256');
    for await (const chunk of generated()) hash.update(chunk as Buffer);
    const layer = `sha256:${hash.digest('hex')}`;
    const config = Buffer.from(
      '{"architecture":"amd64","os":"linux","rootfs":{"type":"layers","diff_ids":[]},"config":{"Labels":{"size":"big"}}}',
    );
    const pusher = connect(primary, 'pull,push');
    try {
      await pusher.uploadBlob(layer, SIZE, () => Promise.resolve(generated()));
    } finally {
      pusher.close();
    }
    const configDigest = await pushBlob(login(primary), REPO, config);
    const image = await pushManifest(
      login(primary),
      REPO,
      OCI_MANIFEST,
      {
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        config: {
          mediaType: 'application/vnd.oci.image.config.v1+json',
          digest: configDigest,
          size: config.length,
        },
        layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: layer, size: SIZE }],
      },
      'big',
    );

    global.gc?.();
    const before = process.memoryUsage.rss();
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
    const lines: string[] = [];
    try {
      const report = await copy(image.digest, ['big'], lines);
      expect(report).toMatchObject({
        blobsUploaded: 2,
        bytesUploaded: SIZE + config.length,
        tagsPut: ['big'],
      });
    } finally {
      clearInterval(sampler);
    }
    peak = Math.max(peak, process.memoryUsage.rss());
    // The fronts of both registries run in this process too: their streams count in the growth.
    const growth = peak - before;
    expect(growth).toBeLessThan(SIZE / 4);
    expect(await replica.manifestDigest(REPO, 'big')).toBe(image.digest);
    const head = await fetch(`${replica.backendUrl}/v2/${REPO}/blobs/${layer}`, { method: 'HEAD' });
    expect(Number(head.headers.get('content-length'))).toBe(SIZE);
    expect(
      lines.some((line) => line.includes(`blob ${layer} (256.0 MiB): uploading to ${replica.host}/${REPO}`)),
    ).toBe(true);
  });
});
