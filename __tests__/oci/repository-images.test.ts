/**
 * The prune's view of a repository, through the real OCI SDK against the emulator (signatures
 * verified), at the scale the prune is built for: thousands of images, throttled deletes, retries.
 */
import { jest } from '@jest/globals';
import { mapConcurrent } from '../../src/common/concurrency.js';
import type { RegistryImage } from '../../src/oci/images.js';
import {
  connectRepositoryImages,
  isNotFound,
  type RepositoryImagesOptions,
} from '../../src/oci/repository-images.js';
import { PATIENT_RETRY } from '../../src/oci/retry-policy.js';
import { startEmulator, type Emulator, type ImageRecord } from '../../test-support/emulator.js';
import { imageEtag } from '../../test-support/emulator/state.js';
import { createTestKey, ocid } from '../../test-support/keys.js';

const key = createTestKey();
const strangerKey = createTestKey();
const tenancy = ocid.tenancy();
const compartment = ocid.compartment();
const user = { id: ocid.user(), name: 'joao.silva' };
const IMAGES = '/20160918/container/images';
const IMAGE_COUNT = 2_150;
const at = (minutes: number) => new Date(Date.UTC(2025, 0, 1) + minutes * 60_000);

let emulator: Emulator;
let logs: string[];

beforeAll(async () => {
  emulator = await startEmulator({
    tenancy,
    namespace: 'grxmw2a9myyj',
    users: [{ ...user, fingerprint: key.fingerprint, publicKeyPem: key.publicKeyPem }],
  });
  emulator.addRepository({ displayName: 'project-x/api', compartmentId: compartment });
  emulator.addRepository({ displayName: 'project-x/web', compartmentId: tenancy });
  // A realistic mix: build tags, releases that gained more tags later, untagged leftovers.
  for (let i = 0; i < IMAGE_COUNT; i++) {
    const image = emulator.addImage({
      repositoryName: 'project-x/api',
      versions: i % 5 === 4 ? [] : [`sha-${i}`],
      timeCreated: at(i),
    });
    if (i % 5 === 1) {
      emulator.addImage({
        repositoryName: 'project-x/api',
        digest: image.digest,
        versions: [`pr-${i}`],
        timeCreated: at(i + 1),
      });
    }
    if (i % 10 === 1 || i % 10 === 3) {
      emulator.addImage({
        repositoryName: 'project-x/api',
        digest: image.digest,
        versions: [`1.${i}.0`, `1.${i}`],
        timeCreated: at(i + 2),
      });
    }
  }
  // Another repository's images never leak into this one's.
  for (let i = 0; i < 30; i++) emulator.addImage({ repositoryName: 'project-x/web', versions: [`sha-${i}`] });
});
afterAll(() => emulator.close());
beforeEach(() => {
  emulator.requests.length = 0;
  logs = [];
});
afterEach(() => {
  emulator.throttle(undefined);
  jest.restoreAllMocks();
});

function connect(overrides: Partial<RepositoryImagesOptions> = {}) {
  return connectRepositoryImages({
    apiKey: { tenancy, user: user.id, fingerprint: key.fingerprint, privateKey: key.privateKeyPem },
    regionId: 'sa-saopaulo-1',
    baseUrl: emulator.url,
    log: (message) => logs.push(message),
    ...overrides,
  });
}

/** The emulator's own record, in the shape the action works on. */
/** The image as the client reads it: the emulator's record, with the etag its GET answers. */
function asRegistryImage(record: ImageRecord): RegistryImage {
  return {
    etag: imageEtag(record),
    id: record.id,
    digest: record.digest,
    timeCreated: new Date(record.timeCreated),
    versions: record.versions.map((entry) => ({
      version: entry.version,
      timeCreated: new Date(entry.timeCreated),
    })),
  };
}

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

/** A repository of its own for a test that changes things. */
function seedRepository(name: string, count: number): ImageRecord[] {
  emulator.addRepository({ displayName: name, compartmentId: compartment });
  return Array.from({ length: count }, (_, i) =>
    emulator.addImage({ repositoryName: name, versions: [`sha-${i}`, `pr-${i}`], timeCreated: at(i) }),
  );
}

describe('listing', () => {
  it(`lists all ${IMAGE_COUNT} images with every tag, exactly as the registry holds them`, async () => {
    const api = connect();
    const repository = await api.findRepository('project-x/api');
    expect(repository?.compartmentId).toBe(compartment);
    emulator.requests.length = 0;
    const progress: [number, number][] = [];

    const images = await api.listImages(repository!.id, (done, total) => progress.push([done, total]));

    const expected = emulator
      .images()
      .filter((image) => image.repositoryId === repository!.id)
      .map(asRegistryImage);
    expect(expected).toHaveLength(IMAGE_COUNT);
    expect([...images].sort(byId)).toEqual(expected.sort(byId));
    // Newest first, as listed.
    const times = images.map((image) => image.timeCreated.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    // The mix really is there: untagged, single-, two- and four-tag images.
    expect(new Set(images.map((image) => image.versions.length))).toEqual(new Set([0, 1, 2, 3, 4]));

    const pages = Math.ceil(IMAGE_COUNT / 100);
    const lists = emulator.requests.filter((request) => request.path === IMAGES);
    const gets = emulator.requests.filter((request) => request.path.startsWith(`${IMAGES}/`));
    expect(lists).toHaveLength(pages);
    expect(lists[0]?.query).toMatchObject({
      compartmentId: tenancy,
      compartmentIdInSubtree: 'true',
      repositoryId: repository!.id,
      limit: '100',
      sortBy: 'TIMECREATED',
      sortOrder: 'DESC',
    });
    expect(gets).toHaveLength(IMAGE_COUNT);
    expect(emulator.requests).toHaveLength(pages + IMAGE_COUNT);
    expect(api.requestCount()).toBe(1 + 1 + pages + IMAGE_COUNT); // find: one list, one get
    expect(progress).toHaveLength(IMAGE_COUNT);
    expect(progress.at(-1)).toEqual([IMAGE_COUNT, IMAGE_COUNT]);
  });

  it('finds an image by a tag that is not its newest, with all its tags, in two requests', async () => {
    const api = connect();
    const repositoryId = emulator.repositories().find((r) => r.displayName === 'project-x/api')!.id;
    const holder = emulator
      .images()
      .find((image) => image.versions.some((entry) => entry.version === 'sha-13'))!;
    expect(holder.versions.map((entry) => entry.version)).toEqual(['sha-13', '1.13.0', '1.13']);

    await expect(api.imagesWithTag(repositoryId, 'sha-13')).resolves.toEqual([asRegistryImage(holder)]);
    expect(emulator.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      `GET ${IMAGES}`,
      `GET ${IMAGES}/${holder.id}`,
    ]);
    expect(emulator.requests[0]?.query).toMatchObject({ version: 'sha-13', repositoryId });
    await expect(api.imagesWithTag(repositoryId, 'no-such-tag')).resolves.toEqual([]);
    // The same tag in another repository is not this repository's.
    await expect(api.imagesWithTag(repositoryId, 'sha-2100')).resolves.toHaveLength(1);
    const web = emulator.repositories().find((r) => r.displayName === 'project-x/web')!.id;
    await expect(api.imagesWithTag(web, 'sha-2100')).resolves.toEqual([]);
  });

  it('counts the images of a repository with one request', async () => {
    const api = connect();
    const web = emulator.repositories().find((r) => r.displayName === 'project-x/web')!.id;
    await expect(api.countImages(web)).resolves.toBe(30);
    expect(emulator.requests).toHaveLength(1);
  });

  it('leaves out an image deleted between the list and its GET', async () => {
    const [first, second, third] = seedRepository('listing/race', 3);
    emulator.injectFault({ method: 'GET', path: `${IMAGES}/${second!.id}`, status: 404 });
    const images = await connect().listImages(first!.repositoryId);
    expect(images.map((image) => image.id).sort()).toEqual([first!.id, third!.id].sort());
  });
});

describe('removing', () => {
  it('deletes images and removes versions: the registry changes accordingly', async () => {
    const [keep, gone] = seedRepository('removing/basic', 2);
    const api = connect();
    await api.deleteImage(gone!.id);
    await api.removeVersion(keep!.id, 'pr-0');
    const left = emulator.images().filter((image) => image.repositoryName === 'removing/basic');
    expect(left.map((image) => [image.id, image.versions.map((entry) => entry.version)])).toEqual([
      [keep!.id, ['sha-0']],
    ]);
    expect(emulator.requests.map((request) => [request.method, request.path, request.body])).toEqual([
      ['DELETE', `${IMAGES}/${gone!.id}`, undefined],
      ['POST', `${IMAGES}/${keep!.id}/actions/removeVersion`, { version: 'pr-0' }],
    ]);
  });

  it('conditions a delete and an untag on an etag; a changed image is a 412 the caller recognises', async () => {
    const [image] = seedRepository('removing/conditional', 1);
    const api = connect();
    const read = await api.readImage(image!.id);
    expect(read).toEqual(asRegistryImage(image!));
    // A release tags it meanwhile: the etag of the read is stale.
    emulator.addImage({ repositoryName: 'removing/conditional', digest: image!.digest, versions: ['1.9.0'] });
    const changed = await api.deleteImage(image!.id, read!.etag).catch((error: unknown) => error);
    expect(api.isChanged(changed)).toBe(true);
    expect(api.isNotFound(changed)).toBe(false);
    const fresh = await api.readImage(image!.id);
    expect(fresh!.etag).not.toBe(read!.etag);
    const next = await api.removeVersion(image!.id, 'pr-0', fresh!.etag);
    expect(next).toBe((await api.readImage(image!.id))!.etag);
    const conditioned = emulator.requests.filter((request) => request.method !== 'GET');
    expect(conditioned.map((request) => [request.method, request.status, request.ifMatch])).toEqual([
      ['DELETE', 412, read!.etag],
      ['POST', 200, fresh!.etag],
    ]);
    expect(await api.readImage('ocid1.containerimage.oc1.sa-saopaulo-1.missing')).toBeUndefined();
  });

  it('a 404 on delete or untag is an error the caller recognises, sent once', async () => {
    const [image] = seedRepository('removing/missing', 1);
    const api = connect();
    await api.deleteImage(image!.id);
    const deleteAgain = await api.deleteImage(image!.id).catch((error: unknown) => error);
    const untag = await api.removeVersion(image!.id, 'sha-0').catch((error: unknown) => error);
    for (const error of [deleteAgain, untag]) {
      expect(isNotFound(error)).toBe(true);
      expect(api.isNotFound(error)).toBe(true);
      expect(error).toMatchObject({ statusCode: 404, serviceCode: 'NotAuthorizedOrNotFound' });
    }
    expect(isNotFound(new Error('other'))).toBe(false);
    expect(emulator.requests.map((request) => request.status)).toEqual([204, 404, 404]);
  });

  it('under throttling (20 deletes/s), every delete still goes through, after 429s and retries', async () => {
    const images = seedRepository('removing/throttled', 40);
    emulator.throttle({ method: 'DELETE', perSecond: 20, burst: 20 });
    const api = connect();
    await mapConcurrent(images, 8, (image) => api.deleteImage(image.id));

    expect(emulator.images().filter((image) => image.repositoryName === 'removing/throttled')).toEqual([]);
    const statuses = emulator.requests.map((request) => request.status);
    expect(statuses.filter((status) => status === 204)).toHaveLength(40);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThan(0);
    expect(statuses.every((status) => status === 204 || status === 429)).toBe(true);
    expect(api.requestCount()).toBe(emulator.requests.length);
    // Each retry is logged, waiting at least the Retry-After the emulator sent (whole seconds).
    const retries = logs.filter((line) => line.startsWith('Retrying DELETE'));
    expect(retries).toHaveLength(statuses.filter((status) => status === 429).length);
    for (const line of retries)
      expect(line).toMatch(/ in ([1-9]\d*\.\d) s \(attempt \d+\): 429 TooManyRequests$/);
  });

  it('retries a burst of 500s and a dropped connection', async () => {
    const [first, second] = seedRepository('removing/flaky', 2);
    emulator.injectFault({ method: 'DELETE', status: 500, times: 3 });
    emulator.injectFault({ method: 'DELETE', dropConnection: true });
    const api = connect({ retry: { ...PATIENT_RETRY, firstDelayMs: 20 } });
    await api.deleteImage(first!.id);
    await api.deleteImage(second!.id);
    expect(emulator.requests.map((request) => request.status)).toEqual([500, 500, 500, 0, 204, 204]);
    expect(emulator.images().filter((image) => image.repositoryName === 'removing/flaky')).toEqual([]);
  });

  it('gives up on a lasting 503 once the time budget is spent', async () => {
    const [image] = seedRepository('removing/down', 1);
    emulator.injectFault({ method: 'DELETE', status: 503, times: 1_000 });
    const api = connect({
      retry: { maxAttempts: 1_000, budgetMs: 1_000, firstDelayMs: 50, maxDelayMs: 200 },
    });
    await expect(api.deleteImage(image!.id)).rejects.toMatchObject({ statusCode: 503 });
    const attempts = emulator.requests.length;
    expect(attempts).toBeGreaterThan(3);
    expect(attempts).toBeLessThan(1_000);
    expect(emulator.images().some((record) => record.id === image!.id)).toBe(true);
  });

  it('never retries a 401: a key the tenancy does not know', async () => {
    const [image] = seedRepository('removing/denied', 1);
    const api = connect({
      apiKey: {
        tenancy,
        user: user.id,
        fingerprint: strangerKey.fingerprint,
        privateKey: strangerKey.privateKeyPem,
      },
    });
    await expect(api.deleteImage(image!.id)).rejects.toMatchObject({
      statusCode: 401,
      serviceCode: 'NotAuthenticated',
    });
    expect(emulator.requests).toHaveLength(1);
    expect(logs.filter((line) => line.startsWith('Retrying'))).toEqual([]);
  });
});
