/**
 * The control plane through the real OCI SDK against the OCI API emulator (signatures verified),
 * plus one stand-in server for what the emulator cannot show (a deleted namesake on page 1).
 */
import { jest } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  connectControlPlane,
  OciNetworkError,
  RETRY_POLICY,
  type ControlPlaneOptions,
} from '../../src/oci/control-plane.js';
import { BEARER_USERNAME } from '../../src/oci/username.js';
import { repositoryDrift } from '../../src/build-push/repository-drift.js';
import { startEmulator, type Emulator, type RecordedRequest } from '../../test-support/emulator.js';
import { createTestKey, ocid } from '../../test-support/keys.js';

const key = createTestKey();
const otherKey = createTestKey();
const tenancy = ocid.tenancy();
const namespace = 'grxmw2a9myyj';
const iamUser = { id: ocid.user(), name: 'joao.silva', authToken: 'iam-token' };
const federatedUser = { id: ocid.user(), name: 'oracleidentitycloudservice/maria@example.com' };
const REPOSITORIES = '/20160918/container/repositories';

let emulator: Emulator;
let logs: string[];

beforeEach(async () => {
  emulator = await startEmulator({
    tenancy,
    namespace,
    users: [
      { ...iamUser, fingerprint: key.fingerprint, publicKeyPem: key.publicKeyPem },
      { ...federatedUser, fingerprint: otherKey.fingerprint, publicKeyPem: otherKey.publicKeyPem },
    ],
    defaultPageSize: 7,
  });
  logs = [];
});
afterEach(async () => {
  await emulator.close();
  jest.restoreAllMocks();
});

function connect(overrides: Partial<ControlPlaneOptions> = {}) {
  return connectControlPlane({
    apiKey: { tenancy, user: iamUser.id, fingerprint: key.fingerprint, privateKey: key.privateKeyPem },
    regionId: 'sa-saopaulo-1',
    baseUrl: emulator.url,
    log: (message) => logs.push(message),
    ...overrides,
  });
}

const calls = (requests: RecordedRequest[]) =>
  requests.map((request) => `${request.method} ${request.path} ${request.status}`);

describe('lookups', () => {
  it('connecting calls nothing', () => {
    connect();
    expect(emulator.requests).toEqual([]);
  });

  it('namespace: one signed GetNamespace', async () => {
    await expect(connect().namespace()).resolves.toBe(namespace);
    expect(calls(emulator.requests)).toEqual(['GET /n 200']);
    expect(emulator.requests[0]?.keyId).toBe(`${tenancy}/${iamUser.id}/${key.fingerprint}`);
  });

  it('user name: IAM and federated', async () => {
    await expect(connect().userName()).resolves.toBe('joao.silva');
    const federated = connect({
      apiKey: {
        tenancy,
        user: federatedUser.id,
        fingerprint: otherKey.fingerprint,
        privateKey: otherKey.privateKeyPem,
      },
    });
    await expect(federated.userName()).resolves.toBe('oracleidentitycloudservice/maria@example.com');
    expect(calls(emulator.requests)).toEqual([
      `GET /20160918/users/${iamUser.id} 200`,
      `GET /20160918/users/${federatedUser.id} 200`,
    ]);
  });

  it('registry token: one the registry accepts for BEARER_TOKEN, never logged', async () => {
    const token = await connect().registryToken();
    expect(emulator.issuedTokens()).toEqual([token]);
    expect(emulator.acceptsRegistryLogin(BEARER_USERNAME, token)).toBe(true);
    expect(calls(emulator.requests)).toEqual(['GET /20180419/docker/token 200']);
    expect(logs.join('\n')).not.toContain(token);
  });

  it('the three lookups run concurrently, each once', async () => {
    const api = connect();
    const [ns, user, token] = await Promise.all([api.namespace(), api.userName(), api.registryToken()]);
    expect([ns, user, typeof token]).toEqual([namespace, 'joao.silva', 'string']);
    expect(calls(emulator.requests).sort()).toEqual(
      ['GET /n 200', `GET /20160918/users/${iamUser.id} 200`, 'GET /20180419/docker/token 200'].sort(),
    );
  });

  it.each([
    ['encrypted PKCS#8', key.encryptedPrivateKeyPem],
    ['encrypted PKCS#1 (oci setup keys)', key.encryptedPkcs1PrivateKeyPem],
  ])('signs with an %s key and its passphrase', async (_kind, privateKey) => {
    const api = connect({
      apiKey: {
        tenancy,
        user: iamUser.id,
        fingerprint: key.fingerprint,
        privateKey,
        passphrase: key.passphrase,
      },
    });
    await expect(api.namespace()).resolves.toBe(namespace);
  });

  it.each([
    [
      'a wrong passphrase',
      key.encryptedPrivateKeyPem,
      'not-the-passphrase',
      /could not be read with the given passphrase/,
    ],
    ['no passphrase for an encrypted key', key.encryptedPkcs1PrivateKeyPem, undefined, /could not be read/],
    ['no PEM at all', 'not a key', undefined, /could not be read/],
  ])('refuses %s at once, calling nothing', (_case, privateKey, passphrase, message) => {
    const apiKey = {
      tenancy,
      user: iamUser.id,
      fingerprint: key.fingerprint,
      privateKey,
      ...(passphrase ? { passphrase } : {}),
    };
    expect(() => connect({ apiKey })).toThrow(message);
    expect(emulator.requests).toEqual([]);
  });

  it('logs neither the private key nor the passphrase', async () => {
    const api = connect({
      apiKey: {
        tenancy,
        user: iamUser.id,
        fingerprint: key.fingerprint,
        privateKey: key.encryptedPrivateKeyPem,
        passphrase: key.passphrase,
      },
    });
    emulator.injectFault({ path: '/n', status: 500 });
    await api.namespace();
    const logged = logs.join('\n');
    expect(logged).not.toContain(key.passphrase);
    for (const line of key.encryptedPrivateKeyPem.split('\n').filter((l) => l.length > 20)) {
      expect(logged).not.toContain(line);
    }
  });
});

describe('repositories', () => {
  const compartments = [ocid.compartment(), ocid.compartment(), ocid.compartment()];

  function seedMany(count: number) {
    for (let i = 0; i < count; i++) {
      emulator.addRepository({
        displayName: `team-${i}/service`,
        compartmentId: compartments[i % 3] ?? tenancy,
      });
    }
  }

  it('finds a repository tenancy-wide, whatever its compartment, with its immutability', async () => {
    seedMany(30);
    const seeded = emulator.addRepository({
      displayName: 'project-x/api',
      compartmentId: compartments[2] ?? '',
      isImmutable: true,
    });
    await expect(connect().findRepository('project-x/api')).resolves.toEqual({
      id: seeded.id,
      name: 'project-x/api',
      namespace: 'grxmw2a9myyj',
      compartmentId: compartments[2],
      isPublic: false,
      isImmutable: true,
    });
    const [list, get] = emulator.requests;
    expect(list?.path).toBe(REPOSITORIES);
    expect(list?.query).toMatchObject({
      compartmentId: tenancy,
      compartmentIdInSubtree: 'true',
      displayName: 'project-x/api',
    });
    expect(get?.path).toBe(`${REPOSITORIES}/${seeded.id}`);
    expect(emulator.requests).toHaveLength(2);
  });

  it('answers undefined for a missing repository, after one list call', async () => {
    seedMany(10);
    await expect(connect().findRepository('project-x/api')).resolves.toBeUndefined();
    expect(calls(emulator.requests)).toEqual([`GET ${REPOSITORIES} 200`]);
  });

  it('creates a missing repository in the given compartment, private and mutable by default inputs', async () => {
    const api = connect();
    const created = await api.ensureRepository({
      name: 'project-x/api',
      compartmentId: compartments[1],
      isPublic: false,
      isImmutable: false,
    });
    const [stored] = emulator.repositories();
    expect(created).toEqual({
      id: stored?.id,
      name: 'project-x/api',
      namespace: 'grxmw2a9myyj',
      compartmentId: compartments[1],
      isPublic: false,
      isImmutable: false,
      created: true,
    });
    const post = emulator.requests.find((request) => request.method === 'POST');
    expect(post?.body).toEqual({
      compartmentId: compartments[1],
      displayName: 'project-x/api',
      isPublic: false,
      isImmutable: false,
    });

    // Once it exists, it is found and left alone.
    emulator.requests.length = 0;
    await expect(
      api.ensureRepository({
        name: 'project-x/api',
        compartmentId: compartments[1],
        isPublic: false,
        isImmutable: false,
      }),
    ).resolves.toMatchObject({ id: stored?.id, created: false });
    expect(emulator.requests.map((request) => request.method)).toEqual(['GET', 'GET']);
  });

  it('creates in the root compartment when none is given, honouring public and immutable', async () => {
    const created = await connect().ensureRepository({ name: 'tools/ci', isPublic: true, isImmutable: true });
    expect(created).toMatchObject({
      compartmentId: tenancy,
      isPublic: true,
      isImmutable: true,
      created: true,
    });
  });

  it('treats a concurrent create (409) as success, looking the repository up again', async () => {
    const api = connect();
    // The POST waits; meanwhile a parallel job creates the repository, so the POST meets a real 409.
    emulator.injectFault({ method: 'POST', path: REPOSITORIES, delayMs: 300 });
    const ensuring = api.ensureRepository({ name: 'project-x/api', isPublic: false, isImmutable: false });
    await waitFor(() => emulator.requests.some((request) => request.method === 'POST'));
    const parallel = emulator.addRepository({
      displayName: 'project-x/api',
      compartmentId: compartments[0] ?? '',
    });

    await expect(ensuring).resolves.toMatchObject({
      id: parallel.id,
      compartmentId: compartments[0],
      created: false,
    });
    expect(calls(emulator.requests)).toEqual([
      `GET ${REPOSITORIES} 200`,
      `POST ${REPOSITORIES} 409`,
      `GET ${REPOSITORIES} 200`,
      `GET ${REPOSITORIES}/${parallel.id} 200`,
    ]);
    expect(emulator.repositories()).toHaveLength(1);
  });

  it('passes a 409 on through when the repository still cannot be found', async () => {
    emulator.injectFault({ method: 'POST', path: REPOSITORIES, status: 409 });
    await expect(
      connect().ensureRepository({ name: 'project-x/api', isPublic: false, isImmutable: false }),
    ).rejects.toMatchObject({ statusCode: 409 });
    expect(emulator.requests.filter((request) => request.method === 'POST')).toHaveLength(1);
  });

  it('returns an existing repository as it is, with the data for a drift warning', async () => {
    emulator.addRepository({
      displayName: 'project-x/api',
      compartmentId: tenancy,
      isPublic: true,
      isImmutable: true,
    });
    const wanted = { isPublic: false, isImmutable: false };
    const existing = await connect().ensureRepository({ name: 'project-x/api', ...wanted });
    expect(existing).toMatchObject({ isPublic: true, isImmutable: true, created: false });
    expect(repositoryDrift(existing, wanted)).toEqual([
      expect.stringContaining('Repository project-x/api is public, but repository-public is false'),
      expect.stringContaining('Repository project-x/api is immutable, but repository-immutable is false'),
    ]);
    expect(emulator.requests.some((request) => request.method === 'POST')).toBe(false);
  });

  it('tag digests: the image carrying each tag, in this repository only', async () => {
    const repository = emulator.addRepository({
      displayName: 'project-x/api',
      compartmentId: compartments[0] ?? '',
      isImmutable: true,
    });
    emulator.addRepository({ displayName: 'project-x/web', compartmentId: tenancy });
    const current = emulator.addImage({ repositoryName: 'project-x/api', versions: ['1.2.3', 'latest'] });
    const previous = emulator.addImage({ repositoryName: 'project-x/api', versions: ['1.2.2'] });
    emulator.addImage({ repositoryName: 'project-x/web', versions: ['9.9.9'] });

    const digests = await connect().tagDigests(repository.id, [
      '1.2.3',
      'latest',
      '1.2.2',
      '9.9.9',
      'new',
      '1.2.3',
    ]);
    expect(digests).toEqual(
      new Map([
        ['1.2.3', current.digest],
        ['latest', current.digest],
        ['1.2.2', previous.digest],
      ]),
    );
    expect(emulator.requests).toHaveLength(5); // one list per distinct tag
    expect(emulator.requests[0]?.query).toMatchObject({
      repositoryId: repository.id,
      compartmentIdInSubtree: 'true',
    });
  });
});

describe('pagination', () => {
  let stub: Server;
  let seen: string[];
  afterEach(() => new Promise<void>((resolve) => stub.close(() => resolve())));

  it('follows opc-next-page past a deleted namesake on the first page', async () => {
    seen = [];
    const summary = (id: string, lifecycleState: string) => ({
      id,
      displayName: 'project-x/api',
      compartmentId: tenancy,
      isPublic: false,
      lifecycleState,
    });
    stub = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://stub');
      seen.push(`${url.pathname}?page=${url.searchParams.get('page') ?? ''}`);
      const json = (body: unknown, headers: Record<string, string> = {}) =>
        response.writeHead(200, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
      if (url.pathname === REPOSITORIES && !url.searchParams.has('page')) {
        return json(
          { items: [summary('ocid1.containerrepo.old', 'DELETED')], remainingItemsCount: 1 },
          { 'opc-next-page': 'p2' },
        );
      }
      if (url.pathname === REPOSITORIES)
        return json({ items: [summary('ocid1.containerrepo.live', 'AVAILABLE')], remainingItemsCount: 0 });
      return json({ ...summary('ocid1.containerrepo.live', 'AVAILABLE'), isImmutable: false });
    });
    await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', () => resolve()));
    const baseUrl = `http://127.0.0.1:${(stub.address() as AddressInfo).port}`;

    await expect(connect({ baseUrl }).findRepository('project-x/api')).resolves.toMatchObject({
      id: 'ocid1.containerrepo.live',
    });
    expect(seen).toEqual([
      `${REPOSITORIES}?page=`,
      `${REPOSITORIES}?page=p2`,
      `${REPOSITORIES}/ocid1.containerrepo.live?page=`,
    ]);
  });
});

describe('failures and retries', () => {
  it('retries a 429, quietly, then succeeds', async () => {
    const warn = jest.spyOn(console, 'warn');
    emulator.injectFault({ path: '/n', status: 429, times: 2 });
    await expect(connect().namespace()).resolves.toBe(namespace);
    expect(calls(emulator.requests)).toEqual(['GET /n 429', 'GET /n 429', 'GET /n 200']);
    expect(warn).not.toHaveBeenCalled();
    expect(logs.some((line) => line.includes('Retrying'))).toBe(true);
  });

  it('retries a dropped connection and a 502', async () => {
    emulator.injectFault({ path: '/n', dropConnection: true });
    emulator.injectFault({ path: '/n', status: 502 });
    await expect(connect().namespace()).resolves.toBe(namespace);
    expect(calls(emulator.requests)).toEqual(['GET /n 0', 'GET /n 502', 'GET /n 200']);
  });

  it(`gives up on a lasting 503 after ${RETRY_POLICY.maxAttempts} attempts`, async () => {
    emulator.injectFault({ path: '/n', status: 503, times: 100 });
    await expect(connect().namespace()).rejects.toMatchObject({
      statusCode: 503,
      serviceCode: 'ServiceUnavailable',
    });
    expect(emulator.requests).toHaveLength(RETRY_POLICY.maxAttempts);
  });

  it.each([
    [401, 'NotAuthenticated'],
    [400, 'LimitExceeded'],
    [404, 'NotAuthorizedOrNotFound'],
  ])('never retries a %i', async (status, code) => {
    const warn = jest.spyOn(console, 'warn');
    emulator.injectFault({ path: '/n', status, code });
    await expect(connect().namespace()).rejects.toMatchObject({ statusCode: status, serviceCode: code });
    expect(emulator.requests).toHaveLength(1);
    expect(warn).not.toHaveBeenCalled();
  });

  it('a key the tenancy does not know: 401 with the OCI error fields, once', async () => {
    const api = connect({
      apiKey: {
        tenancy,
        user: iamUser.id,
        fingerprint: otherKey.fingerprint,
        privateKey: otherKey.privateKeyPem,
      },
    });
    const error = await api.namespace().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ statusCode: 401, serviceCode: 'NotAuthenticated' });
    expect((error as { opcRequestId?: string }).opcRequestId).toMatch(/^[0-9A-F]{32}$/);
    expect(emulator.requests).toHaveLength(1);
  });

  it('limits each request in time, and retries one that hangs', async () => {
    emulator.injectFault({ path: '/n', delayMs: 5_000 });
    const started = Date.now();
    await expect(connect({ requestTimeoutMs: 300 }).namespace()).resolves.toBe(namespace);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(emulator.requests).toHaveLength(2);
  });

  it('names the cause of a request that got no answer', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', () => resolve()));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));

    const error = await connect({ baseUrl: `http://127.0.0.1:${port}` })
      .namespace()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OciNetworkError);
    expect(error).toMatchObject({
      code: 'ECONNREFUSED',
      message: expect.stringContaining(`127.0.0.1:${port}`),
    });
  });
});

describe('endpoints', () => {
  it('with a base URL, every client talks to it', () => {
    const api = connect({ baseUrl: `${emulator.url}/` });
    expect(api.endpoints).toEqual({
      objectStorage: emulator.url,
      identity: `${emulator.url}/20160918`,
      artifacts: `${emulator.url}/20160918`,
      containerRegistry: `${emulator.url}/20180419`,
    });
  });

  it.each([
    ['sa-saopaulo-1', 'sa-saopaulo-1.oraclecloud.com', 'sa-saopaulo-1.oci.oraclecloud.com'],
    ['us-langley-1', 'us-langley-1.oraclegovcloud.com', 'us-langley-1.oci.oraclegovcloud.com'],
    ['eu-frankfurt-2', 'eu-frankfurt-2.oraclecloud.eu', 'eu-frankfurt-2.oci.oraclecloud.eu'],
  ])('without one, the real endpoints of %s', (regionId, objectStorageHost, host) => {
    const api = connect({ regionId, baseUrl: undefined });
    expect(api.endpoints).toEqual({
      objectStorage: `https://objectstorage.${objectStorageHost}`,
      identity: `https://identity.${host}/20160918`,
      artifacts: `https://artifacts.${host}/20160918`,
      containerRegistry: `https://ocir.${host}/20180419`,
    });
    expect(emulator.requests).toEqual([]);
  });

  // Order matters: oci-common reads OCI_REGION_METADATA once, at its first unknown region.
  it('a region from OCI_REGION_METADATA gets the endpoints of its realm', async () => {
    process.env.OCI_REGION_METADATA = JSON.stringify({
      realmKey: 'oc99',
      realmDomainComponent: 'oraclecloud99.com',
      regionKey: 'xyz',
      regionIdentifier: 'xx-newcity-1',
    });
    try {
      expect(connect({ regionId: 'xx-newcity-1', baseUrl: undefined }).endpoints).toEqual({
        objectStorage: 'https://objectstorage.xx-newcity-1.oraclecloud99.com',
        identity: 'https://identity.xx-newcity-1.oci.oraclecloud99.com/20160918',
        artifacts: 'https://artifacts.xx-newcity-1.oci.oraclecloud99.com/20160918',
        containerRegistry: 'https://ocir.xx-newcity-1.oci.oraclecloud99.com/20180419',
      });
      await expect(connect({ regionId: 'xx-newcity-1' }).namespace()).resolves.toBe(namespace);
    } finally {
      delete process.env.OCI_REGION_METADATA;
    }
  });

  it('refuses a region the SDK cannot place, rather than guessing its realm', () => {
    expect(() => connect({ regionId: 'xx-nowhere-1' })).toThrow(/xx-nowhere-1 is unknown to the OCI SDK/);
  });
});

describe('SDK noise', () => {
  it('an expected 404 prints nothing on the console and goes to the debug log', async () => {
    const spies = (['warn', 'log', 'info', 'error', 'debug'] as const).map((method) =>
      jest.spyOn(console, method),
    );
    await expect(connect().findRepository('missing/repo')).resolves.toBeUndefined();
    emulator.injectFault({ path: '/n', status: 404 });
    await expect(connect().namespace()).rejects.toMatchObject({ statusCode: 404 });
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    expect(logs.some((line) => line.startsWith('OCI SDK: Request cannot be retried'))).toBe(true);
  });

  it('other console warnings still reach the console, and console.warn is restored', async () => {
    const original = console.warn;
    const warn = jest.fn();
    console.warn = warn;
    try {
      const api = connect();
      const pending = api.namespace();
      console.warn('something else');
      await pending;
      expect(warn).toHaveBeenCalledWith('something else');
      expect(console.warn).toBe(warn);
    } finally {
      console.warn = original;
    }
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 2_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
