/**
 * Retention that never loses what it has to keep, run as the nightly job runs it: the committed
 * prune bundle against the registry linked to the OCI emulator. Images are pushed through the
 * registry API (platform images and attestations by digest, the index by tag, as buildx pushes),
 * aged in the emulator, and the assertions read what the registry serves and what the emulator
 * recorded, down to the etag each write was conditioned on.
 */
import { existsSync } from 'node:fs';
import { runAction, type ActionRun } from '../../test-support/runner.js';
import {
  pullEveryPlatform,
  pushImage,
  pushManifest,
  pushMultiPlatform,
  type RegistryLogin,
} from '../../test-support/registry-push.js';
import { waitUntil } from '../../test-support/wait.js';
import { freshHome, leaks, startWorld, type World } from './world.js';

const DAY = 24 * 3_600_000;
const IMAGES_PATH = '/20160918/container/images';

let world: World;
let login: RegistryLogin;

beforeAll(async () => {
  if (!existsSync('dist/prune.js')) throw new Error("dist/prune.js is missing: run 'npm run build' first");
  world = await startWorld();
  login = {
    host: world.registry.host,
    username: `${world.namespace}/${world.iamUser.name}`,
    password: world.iamUser.authToken,
  };
});

afterAll(async () => {
  await world?.close();
});

function prune(repository: string, inputs: Record<string, string>) {
  return runAction({
    entry: 'prune',
    inputs: { region: 'sa-saopaulo-1', registry: world.registry.host, repository, ...inputs },
    env: { ...world.apiKeyEnv, HOME: freshHome() },
  });
}

const path = (repository: string) => `${world.namespace}/${repository}`;
const imagesIn = (repository: string) =>
  world.emulator.images().filter((image) => image.repositoryName === repository);
const tagsOf = (repository: string) =>
  new Map(imagesIn(repository).map((image) => [image.digest, image.versions.map((v) => v.version).sort()]));
const writes = (since: number) =>
  world.emulator.requests
    .slice(since)
    .filter(
      (request) =>
        request.path.startsWith(`${IMAGES_PATH}/`) &&
        (request.method === 'DELETE' || request.method === 'POST'),
    );

function expectSuccess(run: ActionRun) {
  expect({ exitCode: run.exitCode, errors: run.annotations.filter((a) => a.level === 'error') }).toEqual({
    exitCode: 0,
    errors: [],
  });
}

async function pushSingle(repository: string, seed: string, tags: string[]): Promise<string> {
  const image = await pushImage(login, path(repository), { seed, tag: tags[0] });
  for (const tag of tags.slice(1)) {
    await pushManifest(
      login,
      path(repository),
      image.mediaType,
      await manifestBody(repository, image.digest),
      tag,
    );
  }
  return image.digest;
}

/** The stored manifest's exact bytes, to put under another tag as a release workflow does. */
async function manifestBody(repository: string, digest: string): Promise<Buffer> {
  const stored = await world.registry.manifest(path(repository), digest);
  return stored!.bytes;
}

describe('retention keeps what it has to keep', () => {
  it('a multi-platform release aged past older-than still pulls on every platform; a dangling manifest goes', async () => {
    const repository = 'keep/multiplatform';
    const release = await pushMultiPlatform(login, path(repository), {
      seed: 'rel',
      architectures: ['amd64', 'arm64', 's390x'],
      tags: ['1.2.3', 'sha-1111111'],
      attestations: true,
    });
    // An index of a commit build, aged and selected whole: its children may go with it next time.
    const build = await pushMultiPlatform(login, path(repository), {
      seed: 'old',
      architectures: ['amd64'],
      tags: ['sha-2222222'],
    });
    // A manifest no index points at: what a re-pushed cache or a lost tag leaves behind.
    const dangling = await pushImage(login, path(repository), { seed: 'dangling' });
    world.emulator.ageImages(repository, 40 * DAY);
    // A young untagged manifest stays: it is not older than older-than.
    const young = await pushImage(login, path(repository), { seed: 'young' });
    const before = world.emulator.requests.length;

    const run = await prune(repository, { match: 'sha-*', 'older-than': '30d', untagged: 'true' });
    expectSuccess(run);

    // The release pulls on every platform, as before.
    expect(await pullEveryPlatform(login, path(repository), '1.2.3')).toEqual([
      'linux/amd64',
      'linux/arm64',
      'linux/s390x',
    ]);
    const left = tagsOf(repository);
    for (const child of [...release.platforms, ...release.attestations])
      expect(left.get(child.digest)).toEqual([]);
    expect(left.get(release.index.digest)).toEqual(['1.2.3']);
    expect(left.get(young.digest)).toEqual([]);
    // The commit build and the dangling manifest are gone, from the API and from the registry.
    expect(left.has(build.index.digest)).toBe(false);
    expect(left.has(dangling.digest)).toBe(false);
    expect(await world.registry.manifest(path(repository), dangling.digest)).toBeUndefined();
    // The commit build's platform image was referenced by its index when the run read it: kept this time.
    expect(left.get(build.platforms[0]!.digest)).toEqual([]);

    // One registry read per tagged image, no more; said in the log.
    expect(run.log).toMatch(/Read 2 manifest\(s\): 2 index\(es\) reference 7 manifest\(s\), which are kept/);
    expect(JSON.parse(run.outputs.deleted!)).toEqual(
      expect.arrayContaining([
        { tag: 'sha-1111111', digest: release.index.digest, region: 'sa-saopaulo-1' },
        { tag: 'sha-2222222', digest: build.index.digest, region: 'sa-saopaulo-1' },
        { tag: null, digest: dangling.digest, region: 'sa-saopaulo-1' },
      ]),
    );
    expect(JSON.parse(run.outputs.deleted!)).toHaveLength(3);
    expect(run.summary).toContain('referenced by a tagged index');
    // Every write was conditioned on the etag of the read.
    expect(writes(before).every((request) => typeof request.ifMatch === 'string')).toBe(true);
    // The registry token never shows.
    for (const token of world.emulator.issuedTokens())
      expect(leaks(run.log + run.summary, token)).toBe(false);
  });

  it('a tag added between the read and the delete survives, and every other selected image goes', async () => {
    const repository = 'keep/racing';
    const digests: string[] = [];
    for (const n of [1, 2, 3, 4])
      digests.push(await pushSingle(repository, `race${n}`, [`sha-${n}${n}${n}${n}`]));
    world.emulator.ageImages(repository, 40 * DAY);
    const target = imagesIn(repository).find((image) => image.digest === digests[1])!;
    // Hold the prune's delete of that image until the release has tagged it.
    world.emulator.injectFault({ method: 'DELETE', path: `${IMAGES_PATH}/${target.id}`, delayMs: 2_000 });
    const before = world.emulator.requests.length;

    const running = prune(repository, { match: 'sha-*', 'older-than': '30d' });
    await waitUntil(
      'the prune to send its delete of the image the release tags',
      async () =>
        world.emulator.requests
          .slice(before)
          .some((request) => request.method === 'DELETE' && request.path.endsWith(target.id)),
      { timeoutMs: 60_000, intervalMs: 20 },
    );
    // The release workflow tags the old build 1.9.0 meanwhile.
    await pushManifest(
      login,
      path(repository),
      'application/vnd.oci.image.manifest.v1+json',
      await manifestBody(repository, target.digest),
      '1.9.0',
    );
    const run = await running;
    expectSuccess(run);

    // The release tag survives, on the same digest; the build tag it was selected for is gone.
    expect(await world.registry.manifestDigest(path(repository), '1.9.0')).toBe(target.digest);
    expect(tagsOf(repository)).toEqual(new Map([[target.digest, ['1.9.0']]]));
    for (const digest of digests.filter((digest) => digest !== target.digest)) {
      expect(await world.registry.manifest(path(repository), digest)).toBeUndefined();
    }
    // The delete was refused (412) on the etag of the first read; the image was read again and untagged.
    const sent = writes(before);
    expect(sent.every((request) => typeof request.ifMatch === 'string')).toBe(true);
    const onTarget = sent.filter((request) => request.path.includes(target.id));
    expect(onTarget.map((request) => [request.method, request.status])).toEqual([
      ['DELETE', 412],
      ['POST', 200],
    ]);
    expect(onTarget[1]!.ifMatch).not.toBe(onTarget[0]!.ifMatch);
    const reads = world.emulator.requests
      .slice(before)
      .filter((request) => request.method === 'GET' && request.path === `${IMAGES_PATH}/${target.id}`);
    expect(reads).toHaveLength(2); // the listing's read, and one after the 412
    // Nothing else was read twice.
    const otherReads = world.emulator.requests
      .slice(before)
      .filter((request) => request.method === 'GET' && request.path.startsWith(`${IMAGES_PATH}/`))
      .filter((request) => !request.path.endsWith(target.id));
    expect(otherReads).toHaveLength(3);
    expect(new Set(otherReads.map((request) => request.path)).size).toBe(3);
    expect(run.log).toContain('changed during the run: planned again');
    expect(run.summary).toContain('changed during the run: planned again');
    expect(JSON.parse(run.outputs.deleted!)).toHaveLength(4);
    expect(run.outputs['kept-count']).toBe('1');
  });

  it.each([
    ['protect empty, as an unset variable gives', { protect: '' }],
    ['a custom protect list', { protect: 'main, keep-*' }],
  ])('%s keeps releases, flavoured releases, latest and buildcache', async (_name, protect) => {
    const repository = `keep/protect-${protect.protect ? 'custom' : 'empty'}`;
    const kept = {
      '1.2.3': await pushSingle(repository, 'p1', ['1.2.3', '1.2', '1']),
      '1.2.3-alpine': await pushSingle(repository, 'p2', ['1.2.3-alpine', '1-alpine']),
      latest: await pushSingle(repository, 'p3', ['latest']),
      buildcache: await pushSingle(repository, 'p4', ['buildcache']),
    };
    const doomed = await pushSingle(repository, 'p5', ['sha-5555555', 'pr-5']);
    const prerelease = await pushSingle(repository, 'p6', ['2.0.0-rc.1']);
    world.emulator.ageImages(repository, 40 * DAY);

    const run = await prune(repository, { match: '*', 'older-than': '30d', ...protect });
    expectSuccess(run);
    expect(run.log).toMatch(
      new RegExp(
        `^Protected tags: latest, semver \\(releases .*flavoured 1\\.2\\.3-alpine.*\\), buildcache${protect.protect ? ', main, keep-\\*' : ''}$`,
        'm',
      ),
    );
    expect(run.summary).toContain('Protected tags: latest, semver');
    const left = tagsOf(repository);
    expect(left.get(kept['1.2.3'])).toEqual(['1', '1.2', '1.2.3']);
    expect(left.get(kept['1.2.3-alpine'])).toEqual(['1-alpine', '1.2.3-alpine']);
    expect(left.get(kept.latest)).toEqual(['latest']);
    expect(left.get(kept.buildcache)).toEqual(['buildcache']);
    // Not releases: gone.
    expect(left.has(doomed)).toBe(false);
    expect(left.has(prerelease)).toBe(false);
    for (const [tag, digest] of Object.entries(kept)) {
      expect({ tag, digest: await world.registry.manifestDigest(path(repository), tag) }).toEqual({
        tag,
        digest,
      });
    }
  });

  it('no-default-protect: true drops the defaults on purpose: only the listed tags stay', async () => {
    const repository = 'keep/no-defaults';
    const listed = await pushSingle(repository, 'n1', ['1.2.3']);
    const latest = await pushSingle(repository, 'n2', ['latest']);
    world.emulator.ageImages(repository, 40 * DAY);
    const run = await prune(repository, {
      match: '*',
      'older-than': '30d',
      protect: 'semver',
      'no-default-protect': 'true',
    });
    expectSuccess(run);
    expect(run.log).toMatch(/^Protected tags: semver \(releases .*\)$/m);
    expect(tagsOf(repository)).toEqual(new Map([[listed, ['1.2.3']]]));
    expect(await world.registry.manifest(path(repository), latest)).toBeUndefined();
  });
});
