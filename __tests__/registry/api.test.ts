import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { manifestTagger } from '../../src/build-push/manifest-tagger.js';
import {
  parseChallenge,
  pushScope,
  registryBaseUrl,
  registryClient,
  RegistryApiError,
  sha256Digest,
  tokenUrl,
  type RegistryCredentials,
} from '../../src/registry/api.js';
import { parseBasicAuth, startRegistry, TOKEN_PATH, type Registry } from '../../test-support/registry.js';

describe('parseChallenge', () => {
  it("reads OCIR's Bearer challenge, quoted parameters with commas included", () => {
    expect(
      parseChallenge(
        'Bearer realm="https://gru.ocir.io/20180419/docker/token",service="gru.ocir.io",scope="repository:ns/app:pull,push"',
      ),
    ).toEqual({
      scheme: 'bearer',
      realm: 'https://gru.ocir.io/20180419/docker/token',
      service: 'gru.ocir.io',
      scope: 'repository:ns/app:pull,push',
    });
  });

  it('reads a Basic challenge and refuses what it cannot answer', () => {
    expect(parseChallenge('Basic realm="Registry Realm"')).toEqual({ scheme: 'basic' });
    expect(parseChallenge('Bearer service="x"')).toBeUndefined();
    expect(parseChallenge('Negotiate')).toBeUndefined();
    expect(parseChallenge(undefined)).toBeUndefined();
  });
});

describe('tokenUrl, pushScope, registryBaseUrl', () => {
  it('asks the realm for the service and each scope once', () => {
    const url = tokenUrl({ scheme: 'bearer', realm: 'https://r.example/token', service: 'r.example' }, [
      'repository:ns/app:pull',
      pushScope('ns/app'),
      pushScope('ns/app'),
      '',
    ]);
    expect(url.searchParams.get('service')).toBe('r.example');
    expect(url.searchParams.getAll('scope')).toEqual([
      'repository:ns/app:pull',
      'repository:ns/app:pull,push',
    ]);
  });

  it('speaks HTTPS to a registry, plain HTTP to loopback only (as docker does)', () => {
    expect(registryBaseUrl('gru.ocir.io')).toBe('https://gru.ocir.io');
    expect(registryBaseUrl('127.0.0.1:5000')).toBe('http://127.0.0.1:5000');
    expect(registryBaseUrl('localhost:5000')).toBe('http://localhost:5000');
    expect(registryBaseUrl('127.example.com')).toBe('https://127.example.com');
  });
});

/** Puts a blob at the backend (no auth): POST an upload, PUT its bytes with the digest. */
async function uploadBlob(backendUrl: string, repo: string, bytes: Buffer): Promise<string> {
  const digest = sha256Digest(bytes);
  const started = await fetch(`${backendUrl}/v2/${repo}/blobs/uploads/`, { method: 'POST' });
  const location = new URL(started.headers.get('location') ?? '', backendUrl);
  location.searchParams.set('digest', digest);
  const put = await fetch(location, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/octet-stream' },
    body: bytes,
  });
  if (put.status !== 201) throw new Error(`blob upload: HTTP ${put.status}`);
  return digest;
}

/** An OCI image (one layer) stored by digest only, as docker's first push leaves it before its tag. */
async function storeImage(registry: Registry, repo: string): Promise<{ digest: string; bytes: Buffer }> {
  const config = Buffer.from(
    JSON.stringify({ architecture: 'amd64', os: 'linux', nonce: randomBytes(8).toString('hex') }),
  );
  const layer = randomBytes(1024);
  const descriptor = async (mediaType: string, bytes: Buffer) => ({
    mediaType,
    digest: await uploadBlob(registry.backendUrl, repo, bytes),
    size: bytes.length,
  });
  const bytes = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: await descriptor('application/vnd.oci.image.config.v1+json', config),
      layers: [await descriptor('application/vnd.oci.image.layer.v1.tar', layer)],
    }),
  );
  const digest = sha256Digest(bytes);
  const put = await fetch(`${registry.backendUrl}/v2/${repo}/manifests/${digest}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/vnd.oci.image.manifest.v1+json' },
    body: bytes,
  });
  if (put.status !== 201) throw new Error(`manifest: HTTP ${put.status} ${await put.text()}`);
  return { digest, bytes };
}

describe('against the registry of the test world (OCIR-style Bearer front)', () => {
  const USER = 'ns/joao.silva';
  let password = 'auth-token-1';
  let registry: Registry;
  const REPO = 'ns/project/app';
  const credentials = (): RegistryCredentials => ({ username: USER, password });

  beforeAll(async () => {
    registry = await startRegistry({ acceptsLogin: (u, p) => u === USER && p === password });
  });
  afterAll(() => registry.close());
  beforeEach(() => {
    password = 'auth-token-1';
    registry.setLatency(0);
  });

  it('puts the identical manifest under several tags at once: each tag resolves to the digest', async () => {
    const image = await storeImage(registry, REPO);
    const tagger = manifestTagger({ registry: registry.host, repository: REPO, credentials });
    registry.authAttempts.length = 0;
    try {
      tagger.prepare();
      const answered = await Promise.all(
        ['1.2.3', '1.2', 'latest'].map((tag) => tagger.addTag(tag, image.digest)),
      );
      expect(answered).toEqual([image.digest, image.digest, image.digest]);
    } finally {
      tagger.close();
    }
    for (const tag of ['1.2.3', '1.2', 'latest']) {
      expect(await registry.manifestDigest(REPO, tag)).toBe(image.digest);
    }
    const stored = await fetch(`${registry.backendUrl}/v2/${REPO}/manifests/latest`, {
      headers: { Accept: 'application/vnd.oci.image.manifest.v1+json' },
    });
    expect(Buffer.from(await stored.arrayBuffer()).equals(image.bytes)).toBe(true);
    // The handshake went through the token endpoint once, with Basic; every manifest request used the token.
    const atToken = registry.authAttempts.filter((a) => a.path.startsWith(TOKEN_PATH));
    expect(atToken).toHaveLength(1);
    expect(atToken[0]).toMatchObject({ scheme: 'Basic', username: USER, ok: true });
    const manifestRequests = registry.authAttempts.filter((a) => a.path.includes('/manifests/'));
    expect(manifestRequests).toHaveLength(4);
    expect(manifestRequests.every((a) => a.scheme === 'Bearer' && a.ok)).toBe(true);
  });

  it('goes through the handshake with a delayed front too', async () => {
    const image = await storeImage(registry, REPO);
    registry.setLatency(30);
    const tagger = manifestTagger({ registry: registry.host, repository: REPO, credentials });
    try {
      expect(await tagger.addTag('slow', image.digest)).toBe(image.digest);
    } finally {
      tagger.close();
    }
    expect(await registry.manifestDigest(REPO, 'slow')).toBe(image.digest);
  });

  it('uses renewed credentials once the old ones are refused', async () => {
    const image = await storeImage(registry, REPO);
    let given = password;
    const client = registryClient({
      registry: registry.host,
      repository: REPO,
      credentials: () => ({ username: USER, password: given }),
    });
    try {
      const manifest = await client.getManifest(image.digest);
      password = 'auth-token-2'; // the login expires: it and its session token are refused from now on
      const refused = await client.putManifest('renewed', manifest).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(RegistryApiError);
      expect(refused).toMatchObject({ unauthorized: true, transient: false });
      given = 'auth-token-2'; // what a renewed login hands over
      expect(await client.putManifest('renewed', manifest)).toBe(image.digest);
    } finally {
      client.close();
    }
    expect(await registry.manifestDigest(REPO, 'renewed')).toBe(image.digest);
  });

  it('checks a login at the token endpoint, as docker login does, and keeps the token it got', async () => {
    const image = await storeImage(registry, REPO);
    const client = registryClient({ registry: registry.host, repository: REPO, credentials });
    registry.authAttempts.length = 0;
    try {
      await client.verifyLogin();
      await client.getManifest(image.digest);
    } finally {
      client.close();
    }
    expect(registry.authAttempts.map((a) => [a.scheme, a.path.startsWith(TOKEN_PATH), a.ok])).toEqual([
      ['Basic', true, true],
      ['Bearer', false, true],
    ]);
    const wrong = registryClient({
      registry: registry.host,
      repository: REPO,
      credentials: () => ({ username: USER, password: 'not-the-token' }),
    });
    try {
      await expect(wrong.verifyLogin()).rejects.toMatchObject({ status: 401, unauthorized: true });
    } finally {
      wrong.close();
    }
  });

  it('answers a 5xx and a reset as transient errors, a missing manifest as a permanent one', async () => {
    const image = await storeImage(registry, REPO);
    const client = registryClient({ registry: registry.host, repository: REPO, credentials });
    try {
      const manifest = await client.getManifest(image.digest);
      registry.injectFault({ method: 'PUT', path: /\/manifests\//, status: 503 });
      await expect(client.putManifest('flaky', manifest)).rejects.toMatchObject({
        status: 503,
        transient: true,
      });
      registry.injectFault({ method: 'PUT', path: /\/manifests\//, dropConnection: true });
      await expect(client.putManifest('flaky', manifest)).rejects.toMatchObject({ transient: true });
      expect(await client.putManifest('flaky', manifest)).toBe(image.digest);
      await expect(client.getManifest(sha256Digest(Buffer.from('none')))).rejects.toMatchObject({
        status: 404,
        transient: false,
      });
    } finally {
      client.close();
    }
  });
});

describe('against a registry that challenges with Basic', () => {
  const USER = 'ns/maria';
  const PASSWORD = 'tok:en';
  const manifests = new Map<string, { type: string; bytes: Buffer }>();
  const seen: string[] = [];
  let server: http.Server;
  let host: string;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const auth = parseBasicAuth(req.headers.authorization);
        seen.push(`${req.method} ${req.url} ${auth ? 'Basic' : 'none'}`);
        if (auth?.username !== USER || auth.password !== PASSWORD) {
          res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="stand-in"' }).end();
          return;
        }
        if (req.url === '/v2/') {
          res.writeHead(200).end('{}');
          return;
        }
        const reference = decodeURIComponent((req.url ?? '').split('/manifests/')[1] ?? '');
        if (req.method === 'PUT') {
          const bytes = Buffer.concat(chunks);
          const digest = sha256Digest(bytes);
          manifests.set(reference, { type: req.headers['content-type'] ?? '', bytes });
          manifests.set(digest, { type: req.headers['content-type'] ?? '', bytes });
          res.writeHead(201, { 'Docker-Content-Digest': digest }).end();
          return;
        }
        const stored = manifests.get(reference);
        if (!stored) res.writeHead(404).end();
        else res.writeHead(200, { 'Content-Type': stored.type }).end(stored.bytes);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('answers the challenge with Basic credentials and then sends them straight away', async () => {
    const bytes = Buffer.from('{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json"}');
    const digest = sha256Digest(bytes);
    manifests.set(digest, { type: 'application/vnd.oci.image.manifest.v1+json', bytes });
    const tagger = manifestTagger({
      registry: host,
      repository: 'ns/app',
      credentials: () => ({ username: USER, password: PASSWORD }),
    });
    try {
      expect(await tagger.addTag('a', digest)).toBe(digest);
      expect(await tagger.addTag('b', digest)).toBe(digest);
    } finally {
      tagger.close();
    }
    expect(manifests.get('a')?.bytes.equals(bytes)).toBe(true);
    expect(manifests.get('b')?.type).toBe('application/vnd.oci.image.manifest.v1+json');
    expect(seen).toEqual([
      'GET /v2/ none',
      'GET /v2/ Basic',
      `GET /v2/ns/app/manifests/${digest} Basic`,
      'PUT /v2/ns/app/manifests/a Basic',
      'PUT /v2/ns/app/manifests/b Basic',
    ]);
  });

  it('checks a Basic login with the GET /v2/ that carries it', async () => {
    const login = (password: string) =>
      registryClient({
        registry: host,
        repository: 'ns/app',
        credentials: () => ({ username: USER, password }),
      });
    seen.length = 0;
    const right = login(PASSWORD);
    const wrong = login('wrong');
    try {
      await right.verifyLogin();
      expect(seen).toEqual(['GET /v2/ none', 'GET /v2/ Basic']);
      await expect(wrong.verifyLogin()).rejects.toMatchObject({ status: 401, unauthorized: true });
    } finally {
      right.close();
      wrong.close();
    }
  });

  it('refuses bytes that do not hash to the digest asked for', async () => {
    const digest = sha256Digest(Buffer.from('the real one'));
    manifests.set(digest, { type: 'application/json', bytes: Buffer.from('something else') });
    const client = registryClient({
      registry: host,
      repository: 'ns/app',
      credentials: () => ({ username: USER, password: PASSWORD }),
    });
    try {
      await expect(client.getManifest(digest)).rejects.toThrow(/other bytes/);
    } finally {
      client.close();
    }
  });
});
