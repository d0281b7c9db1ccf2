/**
 * The OCI emulator, driven through the real OCI SDK clients (the same code paths the action uses) and,
 * for requests the SDK would never send (tampered, unsigned), through raw fetch.
 */
import { jest } from '@jest/globals';
import { constants, createHash, verify } from 'node:crypto';
import * as common from 'oci-common';
import { ArtifactsClient } from 'oci-artifacts';
import { ContainerRegistryClient } from 'oci-containerregistry';
import { IdentityClient, requests as identityRequests } from 'oci-identity';
import { KmsCryptoClient, KmsVaultClient } from 'oci-keymanagement';
import { ObjectStorageClient } from 'oci-objectstorage';
import { VulnerabilityScanningClient } from 'oci-vulnerabilityscanning';
import { startEmulator, type Emulator, type Throttle } from '../test-support/emulator.js';
import { Throttling } from '../test-support/emulator/throttle.js';
import { createTestKey, ocid, ociFingerprint, type TestKey } from '../test-support/keys.js';
import { apiBaseUrl } from '../src/common/oci-connection.js';

const REGION = common.Region.SA_SAOPAULO_1;
const NAMESPACE = 'axaxnpcrorw5';

let key: TestKey;
let otherKey: TestKey;
let tenancy: string;
let compartment: string;
let emulator: Emulator;
const iamUser = { id: ocid.user(), name: 'joao.silva', authToken: 'iam-token-Xq7;zP' };
const federatedUser = {
  id: ocid.user(),
  name: 'oracleidentitycloudservice/maria@example.com',
  authToken: 'fed-9L',
};
const keylessTokenUser = { id: ocid.user(), name: 'no.token' };

beforeAll(async () => {
  // The SDK warns on every failed call, expected 401/404/409 included.
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  key = createTestKey();
  otherKey = createTestKey();
  tenancy = ocid.tenancy();
  compartment = ocid.compartment();
  const apiKey = { fingerprint: key.fingerprint, publicKeyPem: key.publicKeyPem };
  emulator = await startEmulator({
    tenancy,
    namespace: NAMESPACE,
    users: [
      { ...iamUser, ...apiKey },
      { ...federatedUser, ...apiKey },
      { ...keylessTokenUser, ...apiKey },
    ],
  });
});

afterAll(async () => {
  await emulator.close();
  jest.restoreAllMocks();
});

// --- SDK clients as the action builds them, minus retries and circuit breaker (faults must surface) --------

interface Signing {
  privateKeyPem?: string;
  passphrase?: string | null;
  fingerprint?: string;
  userId?: string;
}

function provider(signing: Signing = {}): common.SimpleAuthenticationDetailsProvider {
  return new common.SimpleAuthenticationDetailsProvider(
    tenancy,
    signing.userId ?? iamUser.id,
    signing.fingerprint ?? key.fingerprint,
    signing.privateKeyPem ?? key.privateKeyPem,
    signing.passphrase ?? null,
    REGION,
  );
}

function noRetries(): common.ClientConfiguration {
  return {
    retryConfiguration: common.NoRetryConfigurationDetails,
    circuitBreaker: new common.CircuitBreaker({ disableClientCircuitBreaker: true }),
  };
}

function pointed<T extends { region: common.Region; endpoint: string }>(client: T): T {
  client.region = REGION;
  client.endpoint = emulator.url;
  return client;
}

const objectStorage = (signing?: Signing) =>
  pointed(new ObjectStorageClient({ authenticationDetailsProvider: provider(signing) }, noRetries()));
const identity = (signing?: Signing) =>
  pointed(new IdentityClient({ authenticationDetailsProvider: provider(signing) }, noRetries()));
const artifacts = (signing?: Signing) =>
  pointed(new ArtifactsClient({ authenticationDetailsProvider: provider(signing) }, noRetries()));
const containerRegistry = (signing?: Signing) =>
  pointed(new ContainerRegistryClient({ authenticationDetailsProvider: provider(signing) }, noRetries()));

/** The OciError a call fails with (or a marker when it does not fail). */
async function failure(call: Promise<unknown>): Promise<{ statusCode?: number; serviceCode?: string }> {
  try {
    await call;
  } catch (error: unknown) {
    return error instanceof common.OciError ? error : { serviceCode: `not an OciError: ${String(error)}` };
  }
  return { serviceCode: 'no failure' };
}

// --- keys ----------------------------------------------------------------------------------------------

describe('test keys', () => {
  it('computes the OCI fingerprint (MD5 of the DER public key) as openssl does', () => {
    // openssl rsa -pubin -in pub.pem -outform DER | openssl md5 -c
    const publicKeyPem = [
      '-----BEGIN PUBLIC KEY-----',
      'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAlaOnO6AJrB4EBpqVXPlF',
      'iiKNfFabWAfAjzAckEhbT3KS6gcKIXyc1Jbtdk7mc1kInDsZevN1nuuPNyzef+kx',
      'RQtDxFxgpae9ym0nKc5J9j3DFwyzlpH8Bs7+Xj6PDLWJqy0pg5DjditWOykOWMuO',
      'ftkva+ctH4hsgZqI9bzKf4JAJgI4D69EyReOjSJhENeDc91rml2nxqvkmAnNhEhu',
      '+stxAhWp4x0a50Vg9ZijhstcBDRgp+hZ6cOoNxb74/pLOAM93C92nbjUYHJkY/B0',
      'ecJO9D4XcSSS480ahfHXjdR/t9sFHEXpPb2Fg1mncChZBGryGeYjnmySkYjCgGpz',
      '7wIDAQAB',
      '-----END PUBLIC KEY-----',
    ].join('\n');
    expect(ociFingerprint(publicKeyPem)).toBe('e5:46:07:f1:b2:52:fe:f9:db:06:0f:62:43:e4:41:64');
  });

  it('makes a key in the PEM flavours users paste, with a fingerprint and a passphrase', () => {
    expect(key.privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect(key.encryptedPrivateKeyPem).toMatch(/^-----BEGIN ENCRYPTED PRIVATE KEY-----\n/);
    expect(key.encryptedPkcs1PrivateKeyPem).toMatch(
      /^-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\n/,
    );
    expect(key.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
    expect(key.fingerprint).toMatch(/^[0-9a-f]{2}(:[0-9a-f]{2}){15}$/);
    expect(key.fingerprint).toBe(ociFingerprint(key.publicKeyPem));
    expect(key.fingerprint).not.toBe(otherKey.fingerprint);
    expect(key.passphrase.length).toBeGreaterThanOrEqual(16);
  });

  it.each([
    ['plain PKCS#8', () => ({ privateKeyPem: key.privateKeyPem })],
    ['encrypted PKCS#8', () => ({ privateKeyPem: key.encryptedPrivateKeyPem, passphrase: key.passphrase })],
    [
      'encrypted PKCS#1',
      () => ({ privateKeyPem: key.encryptedPkcs1PrivateKeyPem, passphrase: key.passphrase }),
    ],
  ])('signs with the %s key through the SDK', async (_flavour, signing) => {
    const response = await objectStorage(signing()).getNamespace({});
    expect(response.value).toBe(NAMESPACE);
  });

  it('makes well-formed OCIDs', () => {
    expect(ocid.tenancy()).toMatch(/^ocid1\.tenancy\.oc1\.\.aaaaaaaa[a-z2-7]{52}$/);
    expect(ocid.user()).toMatch(/^ocid1\.user\.oc1\.\.[a-z2-7]{60}$/);
    expect(ocid.compartment()).toMatch(/^ocid1\.compartment\.oc1\.\.[a-z2-7]{60}$/);
    expect(ocid.of('containerrepo', 'sa-saopaulo-1')).toMatch(
      /^ocid1\.containerrepo\.oc1\.sa-saopaulo-1\.[a-z2-7]{60}$/,
    );
    expect(ocid.user()).not.toBe(ocid.user());
  });
});

// --- namespace and users --------------------------------------------------------------------------------

describe('namespace and users', () => {
  it('answers GetNamespace with the bare namespace string and records the signed request', async () => {
    emulator.requests.length = 0;
    const response = await objectStorage().getNamespace({});
    expect(response.value).toBe(NAMESPACE);
    expect(emulator.requests).toEqual([
      {
        method: 'GET',
        path: '/n',
        query: {},
        keyId: `${tenancy}/${iamUser.id}/${key.fingerprint}`,
        status: 200,
      },
    ]);
  });

  it('answers GetUser with IAM and federated user names', async () => {
    const iam = await identity().getUser({ userId: iamUser.id });
    expect(iam.user).toMatchObject({
      id: iamUser.id,
      name: 'joao.silva',
      compartmentId: tenancy,
      lifecycleState: 'ACTIVE',
    });
    const federated = await identity({ userId: federatedUser.id }).getUser({ userId: federatedUser.id });
    expect(federated.user.name).toBe('oracleidentitycloudservice/maria@example.com');
  });

  it('answers 404 NotAuthorizedOrNotFound for an unknown user', async () => {
    const error = await failure(identity().getUser({ userId: ocid.user() }));
    expect(error).toMatchObject({ statusCode: 404, serviceCode: 'NotAuthorizedOrNotFound' });
  });

  it('gives the container configuration of the tenancy', async () => {
    const response = await artifacts().getContainerConfiguration({ compartmentId: tenancy });
    expect(response.containerConfiguration).toEqual({
      isRepositoryCreatedOnFirstPush: true,
      namespace: NAMESPACE,
    });
  });
});

// --- repositories --------------------------------------------------------------------------------------

describe('container repositories', () => {
  it('creates a repository in a compartment and gets it back with its visibility and immutability', async () => {
    const created = await artifacts().createContainerRepository({
      createContainerRepositoryDetails: {
        compartmentId: compartment,
        displayName: 'project-x/api',
        isImmutable: true,
        isPublic: false,
      },
    });
    expect(created.containerRepository).toMatchObject({
      compartmentId: compartment,
      displayName: 'project-x/api',
      namespace: NAMESPACE,
      isImmutable: true,
      isPublic: false,
      lifecycleState: 'AVAILABLE',
      imageCount: 0,
      createdBy: iamUser.id,
    });
    const id = created.containerRepository.id;
    expect(id).toMatch(/^ocid1\.containerrepo\.oc1\.sa-saopaulo-1\./);

    const fetched = await artifacts().getContainerRepository({ repositoryId: id });
    expect(fetched.containerRepository).toMatchObject({ id, isImmutable: true, isPublic: false });
    expect(emulator.repositories().find((repository) => repository.id === id)).toMatchObject({
      compartmentId: compartment,
      isPublic: false,
    });
    const post = emulator.requests.find((request) => request.method === 'POST');
    expect(post?.body).toEqual({
      compartmentId: compartment,
      displayName: 'project-x/api',
      isImmutable: true,
      isPublic: false,
    });
  });

  it('finds a repository by name tenancy-wide; list items have no isImmutable', async () => {
    const response = await artifacts().listContainerRepositories({
      compartmentId: tenancy,
      compartmentIdInSubtree: true,
      displayName: 'project-x/api',
    });
    const { items, remainingItemsCount } = response.containerRepositoryCollection;
    expect(items).toHaveLength(1);
    expect(remainingItemsCount).toBe(0);
    expect(response.opcNextPage).toBeFalsy();
    expect(items[0]).toMatchObject({
      displayName: 'project-x/api',
      compartmentId: compartment,
      isPublic: false,
    });
    expect(items[0]).not.toHaveProperty('isImmutable');

    const inRoot = await artifacts().listContainerRepositories({
      compartmentId: tenancy,
      displayName: 'project-x/api',
    });
    expect(inRoot.containerRepositoryCollection.items).toEqual([]);
  });

  it('refuses a second repository of the same name, even in another compartment, with 409', async () => {
    const error = await failure(
      artifacts().createContainerRepository({
        createContainerRepositoryDetails: { compartmentId: tenancy, displayName: 'project-x/api' },
      }),
    );
    expect(error).toMatchObject({ statusCode: 409, serviceCode: 'NotAuthorizedOrResourceAlreadyExists' });
    expect(
      emulator.repositories().filter((repository) => repository.displayName === 'project-x/api'),
    ).toHaveLength(1);
  });

  it('allows compartmentIdInSubtree only on the tenancy (400 elsewhere)', async () => {
    const error = await failure(
      artifacts().listContainerRepositories({ compartmentId: compartment, compartmentIdInSubtree: true }),
    );
    expect(error).toMatchObject({ statusCode: 400, serviceCode: 'InvalidParameter' });
  });

  it('rejects an invalid repository name with 400', async () => {
    const error = await failure(
      artifacts().createContainerRepository({
        createContainerRepositoryDetails: { compartmentId: compartment, displayName: 'Project-X/API' },
      }),
    );
    expect(error).toMatchObject({ statusCode: 400, serviceCode: 'InvalidParameter' });
  });

  it('paginates with limit, opc-next-page and remainingItemsCount', async () => {
    const paged = ocid.compartment();
    const names = Array.from({ length: 23 }, (_, index) => `paged/repo-${String(index).padStart(2, '0')}`);
    for (const displayName of names) emulator.addRepository({ displayName, compartmentId: paged });

    const seen: string[] = [];
    const remaining: number[] = [];
    let page: string | undefined;
    do {
      const response = await artifacts().listContainerRepositories({ compartmentId: paged, limit: 10, page });
      seen.push(...response.containerRepositoryCollection.items.map((item) => item.displayName));
      remaining.push(response.containerRepositoryCollection.remainingItemsCount);
      page = response.opcNextPage;
    } while (page);

    expect(remaining).toEqual([13, 3, 0]);
    expect(seen).toHaveLength(23);
    expect([...seen].sort()).toEqual(names);
    // Default order: newest first (same timestamps fall back to creation order).
    expect(seen[0]).toBe('paged/repo-22');
  });

  it('rejects a bad limit or page token with 400', async () => {
    expect(
      await failure(artifacts().listContainerRepositories({ compartmentId: tenancy, limit: 0 })),
    ).toMatchObject({
      statusCode: 400,
    });
    expect(
      await failure(artifacts().listContainerRepositories({ compartmentId: tenancy, page: 'bogus' })),
    ).toMatchObject({
      statusCode: 400,
    });
  });

  it('deletes a repository and its images', async () => {
    const repository = emulator.addRepository({ displayName: 'to-delete/app', compartmentId: compartment });
    emulator.addImage({ repositoryName: 'to-delete/app', versions: ['1.0.0'] });
    await artifacts().deleteContainerRepository({ repositoryId: repository.id });
    const error = await failure(artifacts().getContainerRepository({ repositoryId: repository.id }));
    expect(error).toMatchObject({ statusCode: 404, serviceCode: 'NotAuthorizedOrNotFound' });
    expect(emulator.images().filter((image) => image.repositoryId === repository.id)).toEqual([]);
  });
});

// --- images --------------------------------------------------------------------------------------------

describe('container images', () => {
  const repositoryName = 'images/web';
  const at = (minute: number) => new Date(Date.UTC(2025, 0, 1, 12, minute)).toISOString();

  beforeAll(() => {
    emulator.addRepository({ displayName: repositoryName, compartmentId: compartment });
    emulator.addImage({ repositoryName, versions: ['pr-1'], timeCreated: at(1) });
    emulator.addImage({ repositoryName, versions: ['1.0.0', '1.0'], timeCreated: at(2) });
    emulator.addImage({ repositoryName, versions: ['pr-2'], timeCreated: at(3) });
    emulator.addImage({ repositoryName, versions: ['1.1.0', '1.1', 'latest'], timeCreated: at(4) });
    emulator.addImage({ repositoryName, versions: [], timeCreated: at(5) });
  });

  async function listAll(request: Partial<Parameters<ArtifactsClient['listContainerImages']>[0]>) {
    const items = [];
    let page: string | undefined;
    do {
      const response = await artifacts().listContainerImages({ compartmentId: tenancy, ...request, page });
      items.push(...response.containerImageCollection.items);
      page = response.opcNextPage;
    } while (page);
    return items;
  }

  it('lists the images of a repository newest first, over several pages', async () => {
    const items = await listAll({
      compartmentIdInSubtree: true,
      repositoryName,
      limit: 2,
      sortBy: 'TIMECREATED' as never,
    });
    expect(items.map((item) => item.displayName)).toEqual([
      `${repositoryName}@${emulator.images().find((image) => image.timeCreated === at(5))?.digest}`,
      `${repositoryName}:latest`,
      `${repositoryName}:pr-2`,
      `${repositoryName}:1.0`,
      `${repositoryName}:pr-1`,
    ]);
    const ascending = await listAll({
      compartmentId: compartment,
      repositoryName,
      sortOrder: 'ASC' as never,
    });
    expect(ascending.map((item) => item.timeCreated)).toEqual(
      [at(1), at(2), at(3), at(4), at(5)].map((time) => new Date(time).toISOString()),
    );
  });

  it('filters by version and gets an image with its versions', async () => {
    const [summary, ...others] = await listAll({
      compartmentIdInSubtree: true,
      repositoryName,
      version: '1.1',
    });
    expect(others).toEqual([]);
    const { containerImage } = await artifacts().getContainerImage({ imageId: summary?.id ?? '' });
    expect(containerImage.repositoryName).toBe(repositoryName);
    expect(containerImage.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(containerImage.versions.map((entry) => entry.version)).toEqual(['1.1.0', '1.1', 'latest']);
    expect(containerImage.versions[0]).toMatchObject({ createdBy: iamUser.id });
  });

  it('untags with removeVersion and deletes an image', async () => {
    const [pr2] = await listAll({ compartmentIdInSubtree: true, repositoryName, version: 'pr-2' });
    const untagged = await artifacts().removeContainerVersion({
      imageId: pr2?.id ?? '',
      removeContainerVersionDetails: { version: 'pr-2' },
    });
    expect(untagged.containerImage.versions).toEqual([]);
    expect(await listAll({ compartmentIdInSubtree: true, repositoryName, version: 'pr-2' })).toEqual([]);

    const missing = await failure(
      artifacts().removeContainerVersion({
        imageId: pr2?.id ?? '',
        removeContainerVersionDetails: { version: 'pr-2' },
      }),
    );
    expect(missing).toMatchObject({ statusCode: 404 });

    await artifacts().deleteContainerImage({ imageId: pr2?.id ?? '' });
    expect(emulator.images().some((image) => image.id === pr2?.id)).toBe(false);
    expect(await failure(artifacts().getContainerImage({ imageId: pr2?.id ?? '' }))).toMatchObject({
      statusCode: 404,
    });
  });

  it('answers an etag that changes with the image versions, and 412 to a write with a stale if-match', async () => {
    const seeded = emulator.addImage({ repositoryName, versions: ['sha-e1', 'sha-e2'], timeCreated: at(7) });
    const read = await artifacts().getContainerImage({ imageId: seeded.id });
    expect(read.etag).toMatch(/^[0-9a-f]{64}$/);
    // Read again, unchanged: the same etag.
    expect((await artifacts().getContainerImage({ imageId: seeded.id })).etag).toBe(read.etag);

    // Another workflow tags it: a new etag, and the writes conditioned on the old one are refused.
    emulator.addImage({ repositoryName, digest: seeded.digest, versions: ['1.9.0'] });
    const tagged = await artifacts().getContainerImage({ imageId: seeded.id });
    expect(tagged.etag).not.toBe(read.etag);
    const staleDelete = await failure(
      artifacts().deleteContainerImage({ imageId: seeded.id, ifMatch: read.etag }),
    );
    const staleUntag = await failure(
      artifacts().removeContainerVersion({
        imageId: seeded.id,
        removeContainerVersionDetails: { version: 'sha-e1' },
        ifMatch: read.etag,
      }),
    );
    for (const refused of [staleDelete, staleUntag]) {
      expect(refused).toMatchObject({ statusCode: 412, serviceCode: 'PreconditionFailed' });
      expect((refused as { message?: string }).message).toMatch(/modified/);
    }
    expect(emulator.images().find((image) => image.id === seeded.id)?.versions).toHaveLength(3);
    const refusedRequests = emulator.requests.filter((request) => request.status === 412);
    expect(refusedRequests.map((request) => request.ifMatch)).toEqual([read.etag, read.etag]);

    // With the current etag the untag goes through and answers the next etag; the delete then needs that one.
    const untagged = await artifacts().removeContainerVersion({
      imageId: seeded.id,
      removeContainerVersionDetails: { version: 'sha-e1' },
      ifMatch: tagged.etag,
    });
    expect(untagged.etag).not.toBe(tagged.etag);
    expect(untagged.etag).toBe((await artifacts().getContainerImage({ imageId: seeded.id })).etag);
    expect(
      await failure(artifacts().deleteContainerImage({ imageId: seeded.id, ifMatch: tagged.etag })),
    ).toMatchObject({ statusCode: 412 });
    await artifacts().deleteContainerImage({ imageId: seeded.id, ifMatch: untagged.etag });
    expect(emulator.images().some((image) => image.id === seeded.id)).toBe(false);
  });

  it('moves the images of a repository back in time with ageImages', () => {
    const name = 'images/aged';
    emulator.addRepository({ displayName: name, compartmentId: compartment });
    const fresh = emulator.addImage({ repositoryName: name, versions: ['v1'], timeCreated: at(1) });
    emulator.ageImages(name, 24 * 3600_000);
    const [aged] = emulator.images().filter((image) => image.repositoryName === name);
    expect(Date.parse(aged!.timeCreated)).toBe(Date.parse(fresh.timeCreated) - 24 * 3600_000);
    expect(Date.parse(aged!.versions[0]!.timeCreated)).toBe(Date.parse(fresh.timeCreated) - 24 * 3600_000);
  });

  it('moves a tag to the newly pushed image, and adds tags when the digest is already there', () => {
    const moved = emulator.addImage({ repositoryName, versions: ['latest'], timeCreated: at(6) });
    const holders = emulator
      .images()
      .filter((image) => image.versions.some((entry) => entry.version === 'latest'));
    expect(holders.map((image) => image.id)).toEqual([moved.id]);

    const again = emulator.addImage({ repositoryName, digest: moved.digest, versions: ['2.0.0'] });
    expect(again.id).toBe(moved.id);
    expect(again.versions.map((entry) => entry.version)).toEqual(['latest', '2.0.0']);
  });

  it('reports the image count on the repository', async () => {
    const [summary] = (
      await artifacts().listContainerRepositories({ compartmentId: compartment, displayName: repositoryName })
    ).containerRepositoryCollection.items;
    expect(summary?.imageCount).toBe(
      emulator.images().filter((image) => image.repositoryName === repositoryName).length,
    );
  });
});

// --- registry credentials ------------------------------------------------------------------------------

describe('registry token and registry logins', () => {
  it('issues a registry token on the signed token endpoint and accepts it as BEARER_TOKEN', async () => {
    const response = await containerRegistry().getAccessToken({});
    const { token, accessToken, expiresIn } = response.accessToken;
    expect(token).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(accessToken).toBe(token);
    expect(expiresIn).toBe(3600);
    expect(emulator.issuedTokens()).toContain(token);
    expect(emulator.requests.at(-1)).toMatchObject({
      method: 'GET',
      path: '/20180419/docker/token',
      status: 200,
    });

    expect(emulator.acceptsRegistryLogin('BEARER_TOKEN', token)).toBe(true);
    expect(emulator.acceptsRegistryLogin('BEARER_TOKEN', `${token}x`)).toBe(false);
    expect(emulator.acceptsRegistryLogin(`${NAMESPACE}/joao.silva`, token)).toBe(false);
  });

  it('lets a token expire after its hour', async () => {
    let now = new Date();
    const clocked = await startEmulator({
      tenancy,
      namespace: NAMESPACE,
      users: [{ ...iamUser, fingerprint: key.fingerprint, publicKeyPem: key.publicKeyPem }],
      now: () => now,
    });
    try {
      const client = containerRegistry();
      client.endpoint = clocked.url;
      const { token } = (await client.getAccessToken({})).accessToken;
      expect(clocked.acceptsRegistryLogin('BEARER_TOKEN', token)).toBe(true);
      now = new Date(now.getTime() + 3601 * 1000);
      expect(clocked.acceptsRegistryLogin('BEARER_TOKEN', token)).toBe(false);
    } finally {
      await clocked.close();
    }
  });

  it.each([
    [`${NAMESPACE}/joao.silva`, 'iam-token-Xq7;zP', true],
    [`${NAMESPACE}/oracleidentitycloudservice/maria@example.com`, 'fed-9L', true],
    ['joao.silva', 'iam-token-Xq7;zP', false],
    ['othernamespace/joao.silva', 'iam-token-Xq7;zP', false],
    [`${NAMESPACE}/joao.silva`, 'fed-9L', false],
    [`${NAMESPACE}/maria@example.com`, 'fed-9L', false],
    [`${NAMESPACE}/no.token`, '', false],
    [`${NAMESPACE}/nobody`, 'iam-token-Xq7;zP', false],
  ])('auth-token login %s → %s', (username, password, accepted) => {
    expect(emulator.acceptsRegistryLogin(username, password)).toBe(accepted);
  });
});

// --- signatures ----------------------------------------------------------------------------------------

describe('request signatures', () => {
  /** A request signed by the SDK's own signer, then sent with fetch (optionally altered after signing). */
  async function signedFetch(
    method: common.Method,
    path: string,
    options: {
      body?: string;
      sentBody?: string;
      headers?: Record<string, string>;
      afterSigning?: Record<string, string>;
      excludeBody?: boolean;
    } = {},
  ): Promise<Response> {
    const headers = new Headers({ 'content-type': 'application/json', ...options.headers });
    const uri = `${emulator.url}${path}`;
    await new common.DefaultRequestSigner(provider()).signHttpRequest(
      { method, headers, uri, body: options.body },
      options.excludeBody ?? false,
    );
    for (const [name, value] of Object.entries(options.afterSigning ?? {})) headers.set(name, value);
    return fetch(uri, { method, headers, body: options.sentBody ?? options.body });
  }

  const createBody = (displayName: string) => JSON.stringify({ compartmentId: compartment, displayName });

  it('accepts a correctly signed raw request (control case for the tampering below)', async () => {
    const response = await signedFetch('GET', '/n');
    expect(response.status).toBe(200);
    expect(await response.json()).toBe(NAMESPACE);
  });

  it('rejects a request signed with another key under the registered keyId', async () => {
    const error = await failure(objectStorage({ privateKeyPem: otherKey.privateKeyPem }).getNamespace({}));
    expect(error).toMatchObject({ statusCode: 401, serviceCode: 'NotAuthenticated' });
    expect(emulator.requests.at(-1)).toMatchObject({ path: '/n', status: 401 });
  });

  it('rejects an unknown key (fingerprint not registered for the user)', async () => {
    const error = await failure(
      objectStorage({
        privateKeyPem: otherKey.privateKeyPem,
        fingerprint: otherKey.fingerprint,
      }).getNamespace({}),
    );
    expect(error).toMatchObject({ statusCode: 401, serviceCode: 'NotAuthenticated' });
  });

  it('rejects a request without a signature, with an OCI-shaped error', async () => {
    const response = await fetch(`${emulator.url}/n`);
    expect(response.status).toBe(401);
    expect(response.headers.get('opc-request-id')).toMatch(/^[0-9A-F]{32}$/);
    expect(await response.json()).toEqual({ code: 'NotAuthenticated', message: expect.any(String) });
  });

  it('rejects a body changed after signing, even with its digest header rewritten to match', async () => {
    const path = '/20160918/container/repositories';
    const original = createBody('signed/raw');
    const tampered = createBody('signed/bad'); // same length: only the content differs
    const digest = createHash('sha256').update(tampered).digest('base64');

    expect((await signedFetch('POST', path, { body: original, sentBody: tampered })).status).toBe(401);
    const rehashed = await signedFetch('POST', path, {
      body: original,
      sentBody: tampered,
      afterSigning: { 'x-content-sha256': digest },
    });
    expect(rehashed.status).toBe(401);
    expect(emulator.repositories().some((repository) => repository.displayName.startsWith('signed/'))).toBe(
      false,
    );

    expect((await signedFetch('POST', path, { body: original })).status).toBe(200);
  });

  it('rejects a POST whose body headers are not signed', async () => {
    const response = await signedFetch('POST', '/20160918/container/repositories', {
      body: JSON.stringify({ compartmentId: compartment, displayName: 'signed/unsigned-body' }),
      excludeBody: true,
    });
    expect(response.status).toBe(401);
  });

  it('rejects a signature dated more than 5 minutes away', async () => {
    const stale = new Date(Date.now() - 6 * 60 * 1000).toUTCString();
    expect((await signedFetch('GET', '/n', { headers: { 'x-date': stale } })).status).toBe(401);
    const recent = new Date(Date.now() - 60 * 1000).toUTCString();
    expect((await signedFetch('GET', '/n', { headers: { 'x-date': recent } })).status).toBe(200);
  });

  it('answers 404 on an unknown path and 405 on a wrong method, once authenticated', async () => {
    const unknown = await signedFetch('GET', '/20160918/nothing/here');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: 'NotFound' });
    expect((await signedFetch('PUT', '/n', { body: '{}' })).status).toBe(405);
  });
});

// --- faults --------------------------------------------------------------------------------------------

describe('injected faults', () => {
  it('returns an injected 429 once, then answers normally again', async () => {
    emulator.injectFault({ method: 'GET', path: '/20160918/container/repositories', status: 429 });
    expect(emulator.pendingFaults()).toBe(1);
    // Another path is not affected.
    expect((await objectStorage().getNamespace({})).value).toBe(NAMESPACE);

    const error = await failure(artifacts().listContainerRepositories({ compartmentId: tenancy }));
    expect(error).toMatchObject({ statusCode: 429, serviceCode: 'TooManyRequests' });
    expect(emulator.pendingFaults()).toBe(0);

    const next = await artifacts().listContainerRepositories({ compartmentId: compartment });
    expect(next.containerRepositoryCollection.items.length).toBeGreaterThan(0);
  });

  it('repeats a fault `times` times, matches paths by RegExp, and gives 5xx their OCI codes', async () => {
    emulator.injectFault({ path: /^\/20180419\//, status: 503, times: 2 });
    const client = containerRegistry();
    expect(await failure(client.getAccessToken({}))).toMatchObject({
      statusCode: 503,
      serviceCode: 'ServiceUnavailable',
    });
    expect(await failure(client.getAccessToken({}))).toMatchObject({ statusCode: 503 });
    expect((await client.getAccessToken({})).accessToken.token).toBeTruthy();
  });

  it('slows an answer down', async () => {
    emulator.injectFault({ path: '/n', delayMs: 300 });
    const started = Date.now();
    expect((await objectStorage().getNamespace({})).value).toBe(NAMESPACE);
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
  });

  it('drops the connection', async () => {
    emulator.injectFault({ path: '/n', dropConnection: true });
    const error = await failure(objectStorage().getNamespace({}));
    expect(error.serviceCode).toMatch(/^not an OciError/);
    expect(emulator.requests.at(-1)).toMatchObject({ path: '/n', status: 0 });
    expect((await objectStorage().getNamespace({})).value).toBe(NAMESPACE);
  });

  it('matches query parameters when the fault names some: a policy missing in one compartment', async () => {
    emulator.injectFault({
      path: '/20160918/container/repositories',
      query: { compartmentId: compartment },
      status: 404,
    });
    expect(
      (await artifacts().listContainerRepositories({ compartmentId: tenancy })).containerRepositoryCollection,
    ).toBeTruthy();
    expect(emulator.pendingFaults()).toBe(1);
    expect(
      await failure(artifacts().listContainerRepositories({ compartmentId: compartment, limit: 5 })),
    ).toMatchObject({
      statusCode: 404,
      serviceCode: 'NotAuthorizedOrNotFound',
    });
    expect(emulator.pendingFaults()).toBe(0);
  });

  it('leaves unauthenticated requests to the 401 without using up a fault', async () => {
    emulator.injectFault({ path: '/n', status: 500 });
    expect((await fetch(`${emulator.url}/n`)).status).toBe(401);
    expect(emulator.pendingFaults()).toBe(1);
    expect(await failure(objectStorage().getNamespace({}))).toMatchObject({
      statusCode: 500,
      serviceCode: 'InternalServerError',
    });
  });
});

// --- throttling ----------------------------------------------------------------------------------------

describe('throttling', () => {
  /** A raw signed GET, to see the answer's headers (the SDK keeps none on its errors). */
  async function signedGet(path: string): Promise<Response> {
    const headers = new Headers();
    const uri = `${emulator.url}${path}`;
    await new common.DefaultRequestSigner(provider()).signHttpRequest({ method: 'GET', headers, uri }, false);
    return fetch(uri, { headers });
  }

  afterEach(() => emulator.throttle(undefined));

  it('answers 429 TooManyRequests with Retry-After once the burst is spent, on the matching route only', async () => {
    emulator.throttle({ method: 'get', path: '/n', perSecond: 0.5, burst: 2 });
    expect((await signedGet('/n')).status).toBe(200);
    expect((await signedGet('/n')).status).toBe(200);
    const refused = await signedGet('/n');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(2);
    expect(await refused.json()).toEqual({ code: 'TooManyRequests', message: 'User-rate limit exceeded.' });
    expect(emulator.requests.at(-1)).toMatchObject({ path: '/n', status: 429 });
    // The SDK sees an OciError it can retry.
    expect(await failure(objectStorage().getNamespace({}))).toMatchObject({
      statusCode: 429,
      serviceCode: 'TooManyRequests',
    });
    expect((await containerRegistry().getAccessToken({})).accessToken.token).toBeTruthy();

    emulator.throttle(undefined);
    expect((await objectStorage().getNamespace({})).value).toBe(NAMESPACE);
  });

  it('can leave Retry-After out, and spends no token on an unauthenticated request', async () => {
    emulator.throttle({ path: /^\/20160918\/users\//, perSecond: 0.1, burst: 1, retryAfter: false });
    expect((await fetch(`${emulator.url}/20160918/users/${iamUser.id}`)).status).toBe(401);
    expect((await identity().getUser({ userId: iamUser.id })).user.name).toBe(iamUser.name);
    const refused = await signedGet(`/20160918/users/${iamUser.id}`);
    expect(refused.status).toBe(429);
    expect(refused.headers.has('retry-after')).toBe(false);
  });

  it('takes limits from the options too', async () => {
    const throttled = await startEmulator({
      tenancy,
      namespace: NAMESPACE,
      users: [{ ...iamUser, fingerprint: key.fingerprint, publicKeyPem: key.publicKeyPem }],
      throttle: [{ method: 'GET', perSecond: 0.1, burst: 1 }],
    });
    try {
      const client = new ObjectStorageClient({ authenticationDetailsProvider: provider() }, noRetries());
      client.region = REGION;
      client.endpoint = throttled.url;
      expect((await client.getNamespace({})).value).toBe(NAMESPACE);
      expect(await failure(client.getNamespace({}))).toMatchObject({ statusCode: 429 });
      expect(throttled.requests.map((request) => request.status)).toEqual([200, 429]);
    } finally {
      await throttled.close();
    }
  });
});

describe('token bucket', () => {
  function clocked(rule: Throttle) {
    let now = 0;
    const throttling = new Throttling([rule], () => now);
    return { throttling, advance: (ms: number) => (now += ms) };
  }

  it('lets `burst` through at once, then refills at `perSecond`, and a refusal takes no token', () => {
    const { throttling, advance } = clocked({ method: 'DELETE', perSecond: 20, burst: 3 });
    const admit = () => throttling.admit('DELETE', '/x');
    expect([admit(), admit(), admit()]).toEqual([undefined, undefined, undefined]);
    expect(admit()).toEqual({ retryAfterSeconds: 1, sendRetryAfter: true });
    advance(50); // one token back
    expect(admit()).toBeUndefined();
    expect(admit()).toBeDefined();
    advance(10_000); // never more than the burst
    expect([admit(), admit(), admit(), admit()].map((refusal) => refusal === undefined)).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(throttling.admit('GET', '/x')).toBeUndefined();
  });

  it('says how many whole seconds until a token is back', () => {
    const { throttling, advance } = clocked({ perSecond: 0.25, burst: 1 });
    expect(throttling.admit('GET', '/')).toBeUndefined();
    expect(throttling.admit('GET', '/')?.retryAfterSeconds).toBe(4);
    advance(2_500);
    expect(throttling.admit('GET', '/')?.retryAfterSeconds).toBe(2);
  });

  it('refuses nonsense limits', () => {
    expect(() => new Throttling([{ perSecond: 0 }])).toThrow(/perSecond/);
    expect(() => new Throttling([{ perSecond: 5, burst: 0.5 }])).toThrow(/burst/);
  });
});

// --- release gates: Vault keys, image signatures, vulnerability scanning ----------------------------------

describe('Vault keys (KMS crypto and vault APIs)', () => {
  const kmsCrypto = () => {
    const client = new KmsCryptoClient({ authenticationDetailsProvider: provider() }, noRetries());
    client.endpoint = emulator.url; // the vault's crypto endpoint, as the SDK is given it
    return client;
  };
  const message = Buffer.from('{"imageDigest":"sha256:00"}').toString('base64');

  it('signs a RAW message with RSA-PSS; the public half verifies it, and so does the verify API', async () => {
    const vaultKey = emulator.kms.createKey({ compartmentId: compartment });
    const { signedData } = await kmsCrypto().sign({
      signDataDetails: {
        message,
        keyId: vaultKey.keyId,
        keyVersionId: vaultKey.keyVersionId,
        signingAlgorithm: 'SHA_256_RSA_PKCS_PSS' as never,
        messageType: 'RAW' as never,
      },
    });
    expect(signedData).toMatchObject({ keyId: vaultKey.keyId, keyVersionId: vaultKey.keyVersionId });
    const pss = { padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_AUTO };
    const signature = Buffer.from(signedData.signature, 'base64');
    expect(
      verify('sha256', Buffer.from(message, 'base64'), { key: vaultKey.publicKeyPem, ...pss }, signature),
    ).toBe(true);
    expect(verify('sha256', Buffer.from('other'), { key: vaultKey.publicKeyPem, ...pss }, signature)).toBe(
      false,
    );
    const { verifiedData } = await kmsCrypto().verify({
      verifyDataDetails: {
        message,
        signature: signedData.signature,
        keyId: vaultKey.keyId,
        keyVersionId: vaultKey.keyVersionId,
        signingAlgorithm: 'SHA_256_RSA_PKCS_PSS' as never,
      },
    });
    expect(verifiedData.isSignatureValid).toBe(true);
    expect(emulator.requests.at(-1)).toMatchObject({ method: 'POST', path: '/20180608/verify', status: 200 });
  });

  it('answers 404 for an unknown key and 400 for a DIGEST message, which it does not model', async () => {
    const vaultKey = emulator.kms.createKey();
    const details = { message, keyId: vaultKey.keyId, signingAlgorithm: 'SHA_256_RSA_PKCS_PSS' as never };
    expect(
      await failure(kmsCrypto().sign({ signDataDetails: { ...details, keyId: `${vaultKey.keyId}x` } })),
    ).toMatchObject({
      statusCode: 404,
      serviceCode: 'NotAuthorizedOrNotFound',
    });
    expect(
      await failure(kmsCrypto().sign({ signDataDetails: { ...details, messageType: 'DIGEST' as never } })),
    ).toMatchObject({ statusCode: 400 });
  });

  it('gives the vault its crypto endpoint, the one the CLI derives from the key OCID', async () => {
    const vaultKey = emulator.kms.createKey();
    const vaults = pointed(new KmsVaultClient({ authenticationDetailsProvider: provider() }, noRetries()));
    const { vault } = await vaults.getVault({ vaultId: vaultKey.vaultId });
    const vaultExt = vaultKey.keyId.split('.')[4];
    expect(vault.cryptoEndpoint).toBe(`https://${vaultExt}-crypto.kms.sa-saopaulo-1.oraclecloud.com`);
    expect(vaultKey.keyId).toMatch(/^ocid1\.key\.oc1\.[\w-]+\.[\w-]+\.\w{60}$/);
  });

  it('refuses an unsigned sign request like any other (401)', async () => {
    const response = await fetch(`${emulator.url}/20180608/sign`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(401);
  });
});

describe('container image signatures', () => {
  it('stores a verified CLI-format signature and lists it on the image', async () => {
    emulator.addRepository({ displayName: 'signed/app', compartmentId: compartment });
    const image = emulator.addImage({ repositoryName: 'signed/app', versions: ['1.0.0'] });
    const vaultKey = emulator.kms.createKey({ compartmentId: compartment });
    const json = JSON.stringify({
      description: '',
      imageDigest: image.digest,
      kmsKeyId: vaultKey.keyId,
      kmsKeyVersionId: vaultKey.keyVersionId,
      metadata: '',
      region: 'sa-saopaulo-1',
      repositoryName: 'signed/app',
      signingAlgorithm: 'SHA_256_RSA_PKCS_PSS',
    });
    const crypto = new KmsCryptoClient({ authenticationDetailsProvider: provider() }, noRetries());
    crypto.endpoint = emulator.url;
    const sign = async (text: string) =>
      (
        await crypto.sign({
          signDataDetails: {
            message: Buffer.from(text).toString('base64'),
            keyId: vaultKey.keyId,
            keyVersionId: vaultKey.keyVersionId,
            signingAlgorithm: 'SHA_256_RSA_PKCS_PSS' as never,
          },
        })
      ).signedData.signature;
    const create = (text: string, signature: string) =>
      artifacts().createContainerImageSignature({
        createContainerImageSignatureDetails: {
          compartmentId: compartment,
          imageId: image.id,
          kmsKeyId: vaultKey.keyId,
          kmsKeyVersionId: vaultKey.keyVersionId,
          message: Buffer.from(text).toString('base64'),
          signature,
          signingAlgorithm: 'SHA_256_RSA_PKCS_PSS' as never,
        },
      });

    // Not the CLI's format: pretty-printed JSON, even when correctly signed.
    const pretty = JSON.stringify(JSON.parse(json), null, 1);
    expect(await failure(create(pretty, await sign(pretty)))).toMatchObject({ statusCode: 400 });
    // A signature made over another message.
    expect(await failure(create(json, await sign(`${json} `)))).toMatchObject({ statusCode: 400 });

    const { containerImageSignature } = await create(json, await sign(json));
    expect(containerImageSignature).toMatchObject({ imageId: image.id, lifecycleState: 'AVAILABLE' });
    const { containerImageSignatureCollection } = await artifacts().listContainerImageSignatures({
      compartmentId: tenancy,
      compartmentIdInSubtree: true,
      repositoryName: 'signed/app',
      imageDigest: image.digest,
    });
    expect(containerImageSignatureCollection.items.map((item) => item.id)).toEqual([
      containerImageSignature.id,
    ]);
    expect(emulator.imageSignatures().map((record) => record.id)).toContain(containerImageSignature.id);
  });
});

// --- compartments -----------------------------------------------------------------------------------------

describe('compartments (identity ListCompartments)', () => {
  // tenancy ─┬─ prod ─┬─ apps ── payments
  //          │        └─ data
  //          └─ security
  let tree: Emulator;
  const ids = { prod: '', apps: '', payments: '', data: '', security: '' };
  const client = () => {
    const identityClient = new IdentityClient({ authenticationDetailsProvider: provider() }, noRetries());
    identityClient.region = REGION;
    identityClient.endpoint = tree.url;
    return identityClient;
  };

  beforeAll(async () => {
    tree = await startEmulator({
      tenancy,
      namespace: NAMESPACE,
      users: [{ ...iamUser, fingerprint: key.fingerprint, publicKeyPem: key.publicKeyPem }],
    });
    ids.prod = tree.addCompartment({ name: 'prod' }).id;
    ids.apps = tree.addCompartment({ name: 'apps', parentId: ids.prod }).id;
    ids.payments = tree.addCompartment({ name: 'payments', parentId: ids.apps }).id;
    ids.data = tree.addCompartment({ name: 'data', parentId: ids.prod }).id;
    ids.security = tree.addCompartment({ name: 'security' }).id;
  });
  afterAll(() => tree.close());

  it('lists the direct children of a compartment, as the Compartment model has them', async () => {
    const { items } = await client().listCompartments({
      compartmentId: ids.prod,
      sortBy: identityRequests.ListCompartmentsRequest.SortBy.Name,
    });
    expect(items).toEqual([
      expect.objectContaining({
        id: ids.apps,
        compartmentId: ids.prod,
        name: 'apps',
        lifecycleState: 'ACTIVE',
      }),
      expect.objectContaining({ id: ids.data, compartmentId: ids.prod, name: 'data' }),
    ]);
    expect(Object.keys(items[0]!).sort()).toEqual(
      [
        'compartmentId',
        'definedTags',
        'description',
        'freeformTags',
        'id',
        'lifecycleState',
        'name',
        'timeCreated',
      ].sort(),
    );
    const top = await client().listCompartments({ compartmentId: tenancy });
    expect(top.items.map((item) => item.name).sort()).toEqual(['prod', 'security']);
  });

  it('lists the whole tree from the root with compartmentIdInSubtree, each with its parent, page by page', async () => {
    const first = await client().listCompartments({
      compartmentId: tenancy,
      compartmentIdInSubtree: true,
      accessLevel: identityRequests.ListCompartmentsRequest.AccessLevel.Any,
      lifecycleState: 'active',
      limit: 3,
    });
    expect(first.items).toHaveLength(3);
    expect(first.opcNextPage).toBeTruthy();
    const second = await client().listCompartments({
      compartmentId: tenancy,
      compartmentIdInSubtree: true,
      limit: 3,
      page: first.opcNextPage!,
    });
    expect(second.opcNextPage).toBeUndefined();
    const parents = Object.fromEntries(
      [...first.items, ...second.items].map((item) => [item.name, item.compartmentId]),
    );
    expect(parents).toEqual({
      prod: tenancy,
      apps: ids.prod,
      payments: ids.apps,
      data: ids.prod,
      security: tenancy,
    });
  });

  it('refuses the subtree below the root, an unknown access level, and an unknown compartment', async () => {
    expect(
      await failure(client().listCompartments({ compartmentId: ids.prod, compartmentIdInSubtree: true })),
    ).toMatchObject({ statusCode: 400, serviceCode: 'InvalidParameter' });
    expect(
      await failure(
        client().listCompartments({
          compartmentId: tenancy,
          accessLevel: 'SOME' as identityRequests.ListCompartmentsRequest.AccessLevel,
        }),
      ),
    ).toMatchObject({ statusCode: 400 });
    expect(await failure(client().listCompartments({ compartmentId: ocid.compartment() }))).toMatchObject({
      statusCode: 404,
      serviceCode: 'NotAuthorizedOrNotFound',
    });
  });

  it('filters by name and lifecycle state', async () => {
    expect(
      (await client().listCompartments({ compartmentId: ids.prod, name: 'data' })).items.map((i) => i.id),
    ).toEqual([ids.data]);
    expect(
      (await client().listCompartments({ compartmentId: ids.prod, lifecycleState: 'DELETED' })).items,
    ).toEqual([]);
  });

  it('a compartment that a repository names without having been added joins the root', async () => {
    const unseen = ocid.compartment();
    tree.addRepository({ displayName: 'unseen/app', compartmentId: unseen });
    expect(tree.compartments().find((record) => record.id === unseen)).toMatchObject({
      compartmentId: tenancy,
    });
    expect(() => tree.addCompartment({ parentId: ocid.compartment() })).toThrow(/no parent compartment/);
  });
});

describe('vulnerability scanning', () => {
  it('covers as OCI documents: no list takes the compartment and those below it, a list its own compartment', async () => {
    const scanned = await startEmulator({
      tenancy,
      namespace: NAMESPACE,
      users: [{ ...iamUser, fingerprint: key.fingerprint, publicKeyPem: key.publicKeyPem }],
    });
    try {
      const prod = scanned.addCompartment({ name: 'prod' }).id;
      const payments = scanned.addCompartment({ name: 'payments', parentId: prod }).id;
      const security = scanned.addCompartment({ name: 'security' }).id;
      const other = scanned.addCompartment({ name: 'other' }).id;
      for (const [name, compartmentId] of [
        ['payments/api', payments],
        ['prod/listed', prod],
        ['prod/unlisted', prod],
        ['other/app', other],
      ] as const) {
        scanned.addRepository({ displayName: name, compartmentId });
        scanned.addImage({ repositoryName: name, versions: ['1.0.0'] });
      }
      // Kept in security: prod and below, with no list; a list on payments' parent does not reach payments.
      const wide = scanned.scanning.addTarget({ compartmentId: security, registryCompartmentId: prod });
      scanned.scanning.addTarget({
        registryCompartmentId: prod,
        repositories: ['prod/listed', 'payments/api'],
      });
      const scanning = new VulnerabilityScanningClient(
        { authenticationDetailsProvider: provider() },
        noRetries(),
      );
      scanning.region = REGION;
      scanning.endpoint = scanned.url;
      const results = async (compartmentId: string) =>
        (await scanning.listContainerScanResults({ compartmentId, areSubcompartmentsIncluded: true }))
          .containerScanResultSummaryCollection.items;
      expect((await results(tenancy)).map((result) => result.repository).sort()).toEqual([
        'payments/api',
        'prod/listed',
        'prod/unlisted',
      ]);
      // Results live where their target is kept.
      expect((await results(security)).map((result) => result.containerScanTargetId)).toEqual([
        wide.id,
        wide.id,
        wide.id,
      ]);
      const listed = await scanning.listContainerScanTargets({ compartmentId: security });
      expect(listed.containerScanTargetSummaryCollection.items).toMatchObject([
        {
          id: wide.id,
          compartmentId: security,
          lifecycleState: 'ACTIVE',
          targetRegistry: { compartmentId: prod, repositories: [] },
        },
      ]);

      // A deleted target lists as DELETED and scans nothing new.
      scanned.scanning.deleteTarget(wide.id);
      scanned.addImage({ repositoryName: 'prod/unlisted', versions: ['2.0.0'] });
      expect((await results(tenancy)).filter((result) => result.image === '2.0.0')).toEqual([]);
      expect(
        (await scanning.listContainerScanTargets({ compartmentId: security }))
          .containerScanTargetSummaryCollection.items,
      ).toMatchObject([{ id: wide.id, lifecycleState: 'DELETED' }]);
      expect(
        await failure(scanning.listContainerScanTargets({ compartmentId: ocid.compartment() })),
      ).toMatchObject({
        statusCode: 404,
      });
    } finally {
      await scanned.close();
    }
  });

  it('makes a result for each image of a covered repository once its delay has passed', async () => {
    let now = new Date();
    const clocked = await startEmulator({
      tenancy,
      namespace: NAMESPACE,
      users: [{ ...iamUser, fingerprint: key.fingerprint, publicKeyPem: key.publicKeyPem }],
      now: () => now,
    });
    try {
      clocked.addRepository({ displayName: 'scanned/app', compartmentId: compartment });
      clocked.addRepository({ displayName: 'unscanned/app', compartmentId: compartment });
      const target = clocked.scanning.addTarget({
        registryCompartmentId: compartment,
        repositories: ['scanned/app'],
      });
      clocked.scanning.setOutcome(
        {
          delayMs: 60_000,
          problems: [
            {
              name: 'glibc',
              severity: 'CRITICAL',
              cveReference: 'CVE-2023-4911',
              packages: [{ name: 'libc6', version: '2.35', fixVersion: '2.35-0ubuntu3.4' }],
            },
            { name: 'zlib', severity: 'LOW' },
          ],
        },
        'scanned/app',
      );
      clocked.addImage({ repositoryName: 'scanned/app', versions: ['1.0.0'] });
      clocked.addImage({ repositoryName: 'unscanned/app', versions: ['1.0.0'] });
      const scanning = new VulnerabilityScanningClient(
        { authenticationDetailsProvider: provider() },
        noRetries(),
      );
      scanning.region = REGION;
      scanning.endpoint = clocked.url;
      const list = async () =>
        (
          await scanning.listContainerScanResults({
            compartmentId: tenancy,
            areSubcompartmentsIncluded: true,
          })
        ).containerScanResultSummaryCollection.items;

      const { containerScanTargetSummaryCollection } = await scanning.listContainerScanTargets({
        compartmentId: tenancy,
      });
      expect(containerScanTargetSummaryCollection.items).toMatchObject([
        { id: target.id, targetRegistry: { compartmentId: compartment, repositories: ['scanned/app'] } },
      ]);
      expect(await list()).toEqual([]);

      now = new Date(now.getTime() + 61_000);
      const results = await list();
      expect(results).toMatchObject([
        { repository: 'scanned/app', image: '1.0.0', highestProblemSeverity: 'CRITICAL', problemCount: 2 },
      ]);
      const { containerScanResult } = await scanning.getContainerScanResult({
        containerScanResultId: results[0]!.id,
      });
      expect(containerScanResult.problems).toMatchObject([
        {
          severity: 'CRITICAL',
          cveReference: 'CVE-2023-4911',
          vulnerablePackages: [{ name: 'libc6', version: '2.35', cveFixVersion: '2.35-0ubuntu3.4' }],
        },
        { severity: 'LOW', name: 'zlib' },
      ]);
    } finally {
      await clocked.close();
    }
  });
});

// --- regions -------------------------------------------------------------------------------------------

describe('regions', () => {
  const VINHEDO = common.Region.SA_VINHEDO_1;
  let regional: Emulator;

  beforeAll(async () => {
    regional = await startEmulator({
      tenancy,
      namespace: NAMESPACE,
      users: [{ ...iamUser, fingerprint: key.fingerprint, publicKeyPem: key.publicKeyPem }],
      replicaRegions: ['sa-vinhedo-1'],
    });
  });
  afterAll(() => regional.close());
  beforeEach(() => {
    regional.requests.length = 0;
  });

  /** A client as the action builds it for `region` from OCI_API_BASE_URL = the emulator's template. */
  function inRegion<T extends { region: common.Region; endpoint: string }>(
    client: T,
    region: common.Region,
  ): T {
    client.region = region;
    client.endpoint = apiBaseUrl(regional.regionUrlTemplate, region.regionId)!;
    return client;
  }
  const artifactsIn = (region: common.Region) =>
    inRegion(new ArtifactsClient({ authenticationDetailsProvider: provider() }, noRetries()), region);
  const registryIn = (region: common.Region) =>
    inRegion(new ContainerRegistryClient({ authenticationDetailsProvider: provider() }, noRetries()), region);

  it('names its regions and hands out the OCI_API_BASE_URL template', () => {
    expect(regional.region).toBe('sa-saopaulo-1');
    expect(regional.regions).toEqual(['sa-saopaulo-1', 'sa-vinhedo-1']);
    expect(regional.regionUrlTemplate).toBe(`${regional.url}/{region}`);
    expect(regional.inRegion('sa-vinhedo-1').url).toBe(`${regional.url}/sa-vinhedo-1`);
    expect(() => regional.inRegion('us-ashburn-1')).toThrow(/no region us-ashburn-1/);
  });

  it('keeps repositories and images per region; the home region answers with or without its prefix', async () => {
    const create = (region: common.Region) =>
      artifactsIn(region).createContainerRepository({
        createContainerRepositoryDetails: { compartmentId: compartment, displayName: 'regional/app' },
      });
    const inVinhedo = (await create(VINHEDO)).containerRepository;
    // Names are unique per region only: the same name in the home region is another repository.
    const inSaoPaulo = (await create(REGION)).containerRepository;
    expect(inVinhedo.id).toMatch(/^ocid1\.containerrepo\.oc1\.sa-vinhedo-1\./);
    expect(inSaoPaulo.id).toMatch(/^ocid1\.containerrepo\.oc1\.sa-saopaulo-1\./);
    expect(await failure(create(VINHEDO))).toMatchObject({ statusCode: 409 });

    const vinhedo = regional.inRegion('sa-vinhedo-1');
    vinhedo.addImage({ repositoryName: 'regional/app', versions: ['v1'] });
    regional.addImage({ repositoryName: 'regional/app', versions: ['home'] });
    const listed = async (client: ArtifactsClient) =>
      (await client.listContainerImages({ compartmentId: compartment })).containerImageCollection.items;
    expect(await listed(artifactsIn(VINHEDO))).toMatchObject([{ repositoryId: inVinhedo.id, version: 'v1' }]);
    const inHome = [{ repositoryId: inSaoPaulo.id, version: 'home' }];
    expect(await listed(artifactsIn(REGION))).toMatchObject(inHome);
    // The plain URL is the home region, as is its prefix.
    const plain = artifactsIn(REGION);
    plain.endpoint = regional.url;
    expect(await listed(plain)).toMatchObject(inHome);
    expect(regional.repositories().map((repository) => repository.id)).toEqual([inSaoPaulo.id]);
    const viewOfHome = regional.inRegion('sa-saopaulo-1');
    expect(viewOfHome.repositories().map((repository) => repository.id)).toEqual([inSaoPaulo.id]);
    expect(vinhedo.repositories().map((repository) => repository.id)).toEqual([inVinhedo.id]);
    expect(vinhedo.images()).toMatchObject([{ repositoryId: inVinhedo.id }]);
    expect(regional.images()).toMatchObject([{ repositoryId: inSaoPaulo.id }]);
    expect(viewOfHome.images()).toEqual(regional.images());
    expect(regional.requests.filter((request) => request.region === 'sa-vinhedo-1')).toHaveLength(3);
  });

  it('shares the identity: one key, users, compartments and namespace in every region', async () => {
    const child = regional.addCompartment({ name: 'shared' });
    const namespace = inRegion(
      new ObjectStorageClient({ authenticationDetailsProvider: provider() }, noRetries()),
      VINHEDO,
    );
    expect((await namespace.getNamespace({})).value).toBe(NAMESPACE);
    const identityInVinhedo = inRegion(
      new IdentityClient({ authenticationDetailsProvider: provider() }, noRetries()),
      VINHEDO,
    );
    expect((await identityInVinhedo.getUser({ userId: iamUser.id })).user.name).toBe(iamUser.name);
    const { items } = await identityInVinhedo.listCompartments({ compartmentId: tenancy });
    expect(items.map((item) => item.id)).toContain(child.id);
    expect(regional.requests.map(({ method, path, region }) => `${method} ${region} ${path}`)).toEqual([
      'GET sa-vinhedo-1 /n',
      `GET sa-vinhedo-1 /20160918/users/${iamUser.id}`,
      'GET sa-vinhedo-1 /20160918/compartments',
    ]);
  });

  it('a registry token is good only in the region that issued it; an auth token in every region', async () => {
    const { token } = (await registryIn(VINHEDO).getAccessToken({})).accessToken;
    const vinhedo = regional.inRegion('sa-vinhedo-1');
    expect(vinhedo.issuedTokens()).toEqual([token]);
    expect(regional.issuedTokens()).not.toContain(token);
    expect(vinhedo.acceptsRegistryLogin('BEARER_TOKEN', token)).toBe(true);
    expect(regional.acceptsRegistryLogin('BEARER_TOKEN', token)).toBe(false);

    const home = (await registryIn(REGION).getAccessToken({})).accessToken.token;
    expect(regional.acceptsRegistryLogin('BEARER_TOKEN', home)).toBe(true);
    expect(vinhedo.acceptsRegistryLogin('BEARER_TOKEN', home)).toBe(false);

    for (const region of [regional, vinhedo]) {
      expect(region.acceptsRegistryLogin(`${NAMESPACE}/joao.silva`, iamUser.authToken)).toBe(true);
    }
  });

  it('the signature covers the region prefix as sent', async () => {
    const sign = async (uri: string) => {
      const headers = new Headers();
      await new common.DefaultRequestSigner(provider()).signHttpRequest(
        { method: 'GET', headers, uri },
        false,
      );
      return headers;
    };
    const vinhedo = `${regional.url}/sa-vinhedo-1/n`;
    expect((await fetch(vinhedo, { headers: await sign(vinhedo) })).status).toBe(200);
    // Signed for the home region, sent to Vinhedo: the signed path is not the one received.
    expect((await fetch(vinhedo, { headers: await sign(`${regional.url}/n`) })).status).toBe(401);
    expect(regional.requests.at(-1)).toMatchObject({ path: '/n', region: 'sa-vinhedo-1', status: 401 });
  });

  it('a fault can target one region; an unknown region answers 404', async () => {
    regional.injectFault({ region: 'sa-vinhedo-1', path: '/20180419/docker/token', status: 500 });
    await registryIn(REGION).getAccessToken({});
    expect(regional.pendingFaults()).toBe(1);
    expect(await failure(registryIn(VINHEDO).getAccessToken({}))).toMatchObject({ statusCode: 500 });
    expect(regional.pendingFaults()).toBe(0);

    expect(
      await failure(
        artifactsIn(common.Region.US_ASHBURN_1).getContainerConfiguration({ compartmentId: tenancy }),
      ),
    ).toMatchObject({ statusCode: 404, serviceCode: 'NotFound' });
  });

  it('rejects a replica region that is the home region or no region id', async () => {
    const options = { tenancy, namespace: NAMESPACE, users: [] };
    await expect(startEmulator({ ...options, replicaRegions: ['sa-saopaulo-1'] })).rejects.toThrow(
      /given twice/,
    );
    await expect(startEmulator({ ...options, replicaRegions: ['vinhedo'] })).rejects.toThrow(
      /not a region id/,
    );
  });
});
