/**
 * The committed prune bundle, run as the GitHub runner runs it, against the OCI API emulator seeded
 * with thousands of images. Assertions read the emulator's own state (what is left, which requests
 * arrived), not only what the action printed.
 */
import { existsSync } from 'node:fs';
import { startEmulator, type Emulator, type ImageRecord } from '../../test-support/emulator.js';
import { createTestKey, ocid } from '../../test-support/keys.js';
import { removeRunFiles, runAction, type ActionRun } from '../../test-support/runner.js';

const key = createTestKey();
const tenancy = ocid.tenancy();
const user = {
  id: ocid.user(),
  name: 'ci-bot',
  fingerprint: key.fingerprint,
  publicKeyPem: key.publicKeyPem,
};
const HOUR = 3_600_000;
/** A registry host where nothing listens (port 9, discard, is closed on loopback). */
const NO_REGISTRY = '127.0.0.1:9';
let emulator: Emulator;

beforeAll(async () => {
  if (!existsSync('dist/prune.js')) throw new Error("dist/prune.js is missing: run 'npm run build' first");
  emulator = await startEmulator({ tenancy, namespace: 'prunens', users: [user] });
});

afterAll(async () => {
  await emulator?.close();
  removeRunFiles();
});

/** A repository of `count` images, image i pushed i hours ago with the tags `tagsOf(i)`. */
function seed(name: string, count: number, tagsOf: (i: number) => string[]): ImageRecord[] {
  emulator.addRepository({ displayName: name, compartmentId: tenancy });
  const now = Date.now();
  // Oldest first, as a registry fills up.
  const images: ImageRecord[] = [];
  for (let i = count - 1; i >= 0; i--) {
    images.push(
      emulator.addImage({
        repositoryName: name,
        versions: tagsOf(i),
        timeCreated: new Date(now - i * HOUR - HOUR / 2),
      }),
    );
  }
  return images;
}

function prune(repository: string, inputs: Record<string, string>, env: Record<string, string> = {}) {
  return runAction({
    entry: 'prune',
    inputs: { region: 'sa-saopaulo-1', repository, ...inputs },
    env: {
      OCI_CLI_TENANCY: tenancy,
      OCI_CLI_USER: user.id,
      OCI_CLI_FINGERPRINT: key.fingerprint,
      OCI_CLI_KEY_CONTENT: key.privateKeyPem,
      OCI_API_BASE_URL: emulator.url,
      ...env,
    },
    timeoutMs: 110_000,
  });
}

const tagsLeft = (repository: string) =>
  new Map(
    emulator
      .images()
      .filter((image) => image.repositoryName === repository)
      .map((image) => [image.digest, image.versions.map((entry) => entry.version).sort()]),
  );

const deletedOutput = (run: ActionRun) =>
  JSON.parse(run.outputs.deleted ?? 'null') as Array<{ tag: string | null; digest: string }>;

function expectSuccess(run: ActionRun) {
  expect({ exitCode: run.exitCode, errors: run.annotations.filter((a) => a.level === 'error') }).toEqual({
    exitCode: 0,
    errors: [],
  });
}

describe('prune action against 2,000+ images', () => {
  it('keep-last: keeps the 100 newest sha-* images and the protected ones, deletes the other 2,000', async () => {
    const images = seed('keep/last', 2_102, (i) =>
      i === 0 ? ['latest', `sha-${i}`] : i === 1 ? ['1.2.3'] : [`sha-${i}`],
    );
    const run = await prune('keep/last', { match: 'sha-*', 'keep-last': '100' });
    expectSuccess(run);

    const left = tagsLeft('keep/last');
    // The newest image (latest + sha-0) and 1.2.3 are protected; sha-0 counts among the 100 newest.
    const expected = new Map(
      images
        .filter((_, index) => index >= images.length - 101)
        .map((image) => [image.digest, image.versions.map((entry) => entry.version).sort()]),
    );
    expect(left).toEqual(expected);
    expect(run.outputs['deleted-count']).toBe('2001');
    expect(run.outputs['kept-count']).toBe('101');
    expect(deletedOutput(run)).toHaveLength(2001);
    expect(run.summary).toMatch(/\| *tag *\| *digest *\| *age *\| *action *\|/);
    // The protect set, first thing in the log.
    expect(run.log).toMatch(/^Protected tags: latest, semver \(releases .*\), buildcache$/m);
    // Progress while removing, not only at the end.
    expect(run.log.match(/Removed \d+ of 2001/g)?.length ?? 0).toBeGreaterThanOrEqual(1);
  });

  it('older-than: removes what was pushed before the threshold; untagged images not while the indexes are unknown', async () => {
    // Image i is i hours (and a half) old; every 10th image is untagged.
    const images = seed('older/than', 2_000, (i) => (i % 10 === 5 ? [] : [`build-${i}`]));
    const tagged = await prune('older/than', { 'older-than': '30d', untagged: 'false' });
    expectSuccess(tagged);
    const left = tagsLeft('older/than');
    const expected = images.filter((image) => {
      const ageHours = (Date.now() - Date.parse(image.timeCreated)) / HOUR;
      return image.versions.length === 0 || ageHours < 720;
    });
    expect([...left.keys()].sort()).toEqual(expected.map((image) => image.digest).sort());

    // untagged: true reads the tagged images' manifests first (their indexes' platform images stay).
    // This world has no registry: the reads fail, so no untagged image goes, and the run says why.
    const unread = await prune('older/than', {
      'older-than': '30d',
      untagged: 'true',
      registry: NO_REGISTRY,
    });
    expectSuccess(unread);
    expect(tagsLeft('older/than')).toEqual(left);
    expect(deletedOutput(unread)).toEqual([]);
    const warning = unread.annotations.find((annotation) => annotation.level === 'warning')?.message ?? '';
    expect(warning).toMatch(
      /^Index manifests could not be read, so no untagged image is deleted in this run: /,
    );
    expect(warning).toContain(NO_REGISTRY);
    expect(unread.summary).toContain('Index manifests could not be read, so no untagged image was deleted');
    expect(unread.log).toMatch(/^Plan: delete 0 image\(s\) whole, remove tags from 0 image\(s\)/m);
  });

  it('PR cleanup: untags an image that carries other tags, deletes one that carries only the PR tag, by lookup', async () => {
    const images = seed('pr/cleanup', 2_000, (i) => [`sha-${i}`]);
    const shared = images[1_500]!;
    emulator.addImage({ repositoryName: 'pr/cleanup', digest: shared.digest, versions: ['pr-7'] });
    const alone = emulator.addImage({ repositoryName: 'pr/cleanup', versions: ['pr-8'] });
    const before = emulator.requests.length;

    const run = await prune('pr/cleanup', { tags: 'pr-7, pr-8' });
    expectSuccess(run);
    const left = tagsLeft('pr/cleanup');
    expect(left.get(shared.digest)).toEqual([`sha-${2_000 - 1 - 1_500}`]);
    expect(left.has(alone.digest)).toBe(false);
    expect(left.size).toBe(2_000);
    expect(deletedOutput(run)).toEqual(
      expect.arrayContaining([
        { tag: 'pr-7', digest: shared.digest, region: 'sa-saopaulo-1' },
        { tag: 'pr-8', digest: alone.digest, region: 'sa-saopaulo-1' },
      ]),
    );
    expect(run.outputs['kept-count']).toBe('2000');
    // Found by tag: a handful of requests, not a scan of 2,000 images.
    expect(emulator.requests.length - before).toBeLessThan(20);
  });

  it('dry-run: changes nothing, reports the plan in the outputs and the summary', async () => {
    seed('dry/run', 2_000, (i) => [`sha-${i}`]);
    const before = tagsLeft('dry/run');
    const requestsBefore = emulator.requests.length;
    const run = await prune('dry/run', { match: 'sha-*', 'keep-last': '10', 'dry-run': 'true' });
    expectSuccess(run);
    expect(tagsLeft('dry/run')).toEqual(before);
    const sent = emulator.requests.slice(requestsBefore);
    expect(sent.filter((request) => request.method !== 'GET')).toEqual([]);
    expect(run.outputs['deleted-count']).toBe('1990');
    expect(run.summary).toMatch(/dry run/i);
  });

  it('throttling: 429s are retried with backoff until every delete is through', async () => {
    seed('throttled', 300, (i) => [`sha-${i}`]);
    emulator.throttle({ method: 'DELETE', perSecond: 40, burst: 10 });
    try {
      const run = await prune('throttled', { match: 'sha-*', 'keep-last': '1' });
      expectSuccess(run);
      expect(tagsLeft('throttled').size).toBe(1);
      expect(emulator.requests.filter((request) => request.status === 429).length).toBeGreaterThan(0);
    } finally {
      emulator.throttle(undefined);
    }
  });

  it('a partial failure removes the rest, says what failed and exits non-zero', async () => {
    const images = seed('partial', 50, (i) => [`sha-${i}`]);
    const broken = images[10]!;
    emulator.injectFault({
      method: 'DELETE',
      path: `/20160918/container/images/${broken.id}`,
      status: 400,
      times: 50,
    });
    const run = await prune('partial', { match: 'sha-*', 'keep-last': '5' });
    expect(run.exitCode).toBe(1);
    const left = tagsLeft('partial');
    expect(left.size).toBe(6);
    expect(left.has(broken.digest)).toBe(true);
    expect(deletedOutput(run)).toHaveLength(44);
    const error = run.annotations.find((annotation) => annotation.level === 'error')?.message ?? '';
    expect(error).toMatch(/1 of 45 removal\(s\) failed/);
    expect(error).toContain(broken.digest);
    expect(run.summary).toMatch(/failed/);
  });

  it('fails with a clear error without the API key, before any request', async () => {
    emulator.addRepository({ displayName: 'no/key', compartmentId: tenancy });
    const before = emulator.requests.length;
    const run = await prune(
      'no/key',
      { tags: 'pr-1' },
      {
        OCI_CLI_TENANCY: '',
        OCI_CLI_USER: '',
        OCI_CLI_FINGERPRINT: '',
        OCI_CLI_KEY_CONTENT: '',
      },
    );
    expect(run.exitCode).toBe(1);
    expect(run.annotations.find((annotation) => annotation.level === 'error')?.message).toMatch(
      /needs credentials for it: keyless sign-in .*the API signing key \(OCI_CLI_USER, OCI_CLI_TENANCY, OCI_CLI_FINGERPRINT, OCI_CLI_KEY_CONTENT/,
    );
    expect(emulator.requests.length).toBe(before);
  });
});
