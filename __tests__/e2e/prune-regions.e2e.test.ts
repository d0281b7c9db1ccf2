/**
 * The prune action with `replicate-to`, run as the runner runs the committed bundle, in a world of
 * two regions: São Paulo (the primary) and Vinhedo, each with its own registry storage, its own
 * emulator state behind a `/<region-id>` prefix and its own registry tokens. The same images are
 * pushed to both (digest for digest, as the build-push action's replication leaves them), and
 * Vinhedo holds one more. The assertions read each region's registry and emulator state: a preview
 * removed in both, a retention run in both (each reading its own indexes with its own token), the
 * same with keyless sign-in (one session, a registry token per region), and a region that fails
 * while the other finishes.
 */
import { existsSync } from 'node:fs';
import { previewMarker } from '../../src/github/preview-comment.js';
import { ACTIONS_BOT, startGithubApi, type GithubApi } from '../../test-support/github-api.js';
import {
  pullEveryPlatform,
  pushImage,
  pushManifest,
  pushMultiPlatform,
  type RegistryLogin,
} from '../../test-support/registry-push.js';
import { runAction, type ActionRun } from '../../test-support/runner.js';
import { eventPayload } from '../fixtures/events.js';
import { startKeyless } from './keyless.js';
import { freshHome, leaks, startWorld, type World, type WorldRegion } from './world.js';

const DAY = 24 * 3_600_000;
const IMAGES_PATH = '/20160918/container/images';
const TOKEN = 'ghs_regionsT0ken7Qp2Wx9Rz4Mn6Bv8Lk1Jh3';
const GITHUB_REPO = 'acme/project-x-api';

let world: World;
let api: GithubApi;
let saoPaulo: WorldRegion;
let vinhedo: WorldRegion;

beforeAll(async () => {
  if (!existsSync('dist/prune.js')) throw new Error("dist/prune.js is missing: run 'npm run build' first");
  world = await startWorld({ replicaRegions: ['sa-vinhedo-1'] });
  [saoPaulo, vinhedo] = world.regions as [WorldRegion, WorldRegion];
  api = await startGithubApi({ token: TOKEN, repositories: [GITHUB_REPO] });
});

afterAll(async () => {
  await api?.close();
  await world?.close();
});

/** An auth token logs in at every region's registry. */
const loginTo = (region: WorldRegion): RegistryLogin => ({
  host: region.host,
  username: `${world.namespace}/${world.iamUser.name}`,
  password: world.iamUser.authToken,
});

const path = (repository: string) => `${world.namespace}/${repository}`;

function prune(inputs: Record<string, string>, event?: { name: string; payload: object }) {
  return runAction({
    entry: 'prune',
    inputs: {
      region: world.region,
      registry: saoPaulo.host,
      'replicate-to': world.replicateTo,
      ...inputs,
    },
    env: { ...world.apiKeyEnv, GITHUB_API_URL: api.url, HOME: freshHome() },
    ...(event ? { event } : {}),
  });
}

const imagesIn = (region: WorldRegion, repository: string) =>
  region.emulator.images().filter((image) => image.repositoryName === repository);
const tagsIn = (region: WorldRegion, repository: string) =>
  new Map(
    imagesIn(region, repository).map((image) => [image.digest, image.versions.map((v) => v.version).sort()]),
  );
/** The image writes (deletes, untags) each region's API received since `since`. */
const writesIn = (region: WorldRegion, since: number) =>
  world.emulator.requests
    .slice(since)
    .filter(
      (request) =>
        request.region === region.id &&
        request.path.startsWith(`${IMAGES_PATH}/`) &&
        (request.method === 'DELETE' || request.method === 'POST'),
    );

/** The same image in every region, under every tag, as replication leaves it; the digest. */
async function pushEverywhere(repository: string, seed: string, tags: string[]): Promise<string> {
  const digests = new Set<string>();
  for (const region of world.regions) digests.add(await pushSingle(region, repository, seed, tags));
  expect(digests.size).toBe(1);
  return [...digests][0]!;
}

async function pushSingle(region: WorldRegion, repository: string, seed: string, tags: string[]) {
  const login = loginTo(region);
  const image = await pushImage(login, path(repository), { seed, tag: tags[0] });
  const stored = await region.registry.manifest(path(repository), image.digest);
  for (const tag of tags.slice(1)) {
    await pushManifest(login, path(repository), image.mediaType, stored!.bytes, tag);
  }
  return image.digest;
}

function expectSuccess(run: ActionRun) {
  expect({ exitCode: run.exitCode, errors: run.annotations.filter((a) => a.level === 'error') }).toEqual({
    exitCode: 0,
    errors: [],
  });
}

const deletedOf = (run: ActionRun) =>
  JSON.parse(run.outputs.deleted ?? 'null') as Array<{ tag: string | null; digest: string; region: string }>;

function closedPullRequest(number: number) {
  const payload = structuredClone(eventPayload('pull_request_opened')) as {
    number: number;
    action: string;
    pull_request: { number: number; state: string; merged?: boolean };
  };
  payload.number = number;
  payload.action = 'closed';
  payload.pull_request.number = number;
  Object.assign(payload.pull_request, { state: 'closed', merged: true });
  return { name: 'pull_request', payload };
}

describe('prune with replicate-to: every region, one plan and one report each', () => {
  it('a closed pull request: its preview tag goes in both regions; one comment says so, once', async () => {
    const repository = 'dr/previews';
    const shared = await pushEverywhere(repository, 'preview-7', ['pr-7', 'sha-7777777']);
    const alone = await pushEverywhere(repository, 'preview-8', ['pr-8']);
    const main = await pushEverywhere(repository, 'main', ['main']);
    // The build's preview comment names the primary region's repository.
    const marker = previewMarker(`gru.ocir.io/${world.namespace}/${repository}`);
    api.seedComments(GITHUB_REPO, 7, [`${marker}\nPreview image: pr-7`], ACTIONS_BOT);
    const before = world.emulator.requests.length;
    const githubBefore = api.requests.length;

    const run = await prune(
      { repository, tags: 'pr-7, pr-8', 'pr-comment': 'true', 'github-token': TOKEN },
      closedPullRequest(7),
    );
    expectSuccess(run);

    for (const region of world.regions) {
      // Each region's registry: the preview tags are gone, every other tag is where it was.
      expect({
        region: region.id,
        'pr-7': await region.registry.manifestDigest(path(repository), 'pr-7'),
        'pr-8': await region.registry.manifestDigest(path(repository), 'pr-8'),
        sha: await region.registry.manifestDigest(path(repository), 'sha-7777777'),
        main: await region.registry.manifestDigest(path(repository), 'main'),
        alone: await region.registry.manifest(path(repository), alone),
      }).toEqual({ region: region.id, sha: shared, main });
      // Each region's API: the shared image untagged, the preview-only image deleted.
      expect(tagsIn(region, repository)).toEqual(
        new Map([
          [shared, ['sha-7777777']],
          [main, ['main']],
        ]),
      );
      // Each region's own images were written, each write conditioned on its read.
      const ids = new Map(imagesIn(region, repository).map((image) => [image.digest, image.id]));
      const writes = writesIn(region, before);
      expect(writes.map((request) => [request.method, request.path])).toEqual(
        expect.arrayContaining([['POST', `${IMAGES_PATH}/${ids.get(shared)}/actions/removeVersion`]]),
      );
      expect(writes.filter((request) => request.method === 'DELETE')).toHaveLength(1);
      expect(writes.every((request) => typeof request.ifMatch === 'string')).toBe(true);
    }
    expect(writesIn(saoPaulo, before).map((request) => request.path)).not.toEqual(
      writesIn(vinhedo, before).map((request) => request.path),
    );

    const byRegion = (region: string) => deletedOf(run).filter((entry) => entry.region === region);
    for (const region of world.regions) {
      expect(byRegion(region.id)).toEqual(
        expect.arrayContaining([
          { tag: 'pr-7', digest: shared, region: region.id },
          { tag: 'pr-8', digest: alone, region: region.id },
        ]),
      );
    }
    expect(deletedOf(run)).toHaveLength(4);
    expect(deletedOf(run)[0]!.region).toBe('sa-saopaulo-1');
    expect(run.outputs['deleted-count']).toBe('4');
    expect(run.outputs['kept-count']).toBe('4');
    // One report per region: a log line naming it, and a job summary section each.
    for (const region of world.regions) {
      expect(run.log).toMatch(
        new RegExp(`^\\[${region.id}\\] Plan: delete 1 image\\(s\\) whole, remove tags from 1 image`, 'm'),
      );
      expect(run.summary).toContain(`## OCIR prune of \`${repository}\` in ${region.id}`);
    }
    // The comment: updated once, for both regions.
    const comments = api.comments(GITHUB_REPO, 7);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toMatch(/Preview image removed/);
    expect(comments[0]!.body).toContain('`pr-7`');
    const commentWrites = api.requests
      .slice(githubBefore)
      .filter((request) => request.method !== 'GET' && request.path.includes('/comments'));
    expect(commentWrites.map((request) => request.method)).toEqual(['PATCH']);
  });

  it('retention: each region planned on its own images, indexes read with its own registry token', async () => {
    const repository = 'dr/retention';
    const releases = new Map<string, Awaited<ReturnType<typeof pushMultiPlatform>>>();
    const builds = new Map<string, string>();
    const danglings = new Map<string, string>();
    for (const region of world.regions) {
      const login = loginTo(region);
      releases.set(
        region.id,
        await pushMultiPlatform(login, path(repository), {
          seed: 'rel',
          architectures: ['amd64', 'arm64'],
          tags: ['1.2.3', 'sha-1111111'],
          attestations: true,
        }),
      );
      const build = await pushMultiPlatform(login, path(repository), {
        seed: 'old',
        architectures: ['amd64'],
        tags: ['sha-2222222'],
      });
      builds.set(region.id, build.index.digest);
      danglings.set(region.id, (await pushImage(login, path(repository), { seed: 'dangling' })).digest);
    }
    // A build only Vinhedo holds (a replication that went there alone): its plan has it, São Paulo's not.
    const onlyVinhedo = await pushSingle(vinhedo, repository, 'only-vinhedo', ['sha-3333333']);
    for (const region of world.regions) region.emulator.ageImages(repository, 40 * DAY);
    // Digest for digest, as replication leaves them.
    expect(releases.get(vinhedo.id)!.index.digest).toBe(releases.get(saoPaulo.id)!.index.digest);
    const tokensBefore = new Map(world.regions.map((region) => [region.id, region.emulator.issuedTokens()]));
    const before = world.emulator.requests.length;

    const run = await prune({ repository, match: 'sha-*', 'older-than': '30d', untagged: 'true' });
    expectSuccess(run);

    const release = releases.get(saoPaulo.id)!;
    for (const region of world.regions) {
      // The release pulls on every platform from each region's own registry.
      expect(await pullEveryPlatform(loginTo(region), path(repository), '1.2.3')).toEqual([
        'linux/amd64',
        'linux/arm64',
      ]);
      const left = tagsIn(region, repository);
      expect(left.get(release.index.digest)).toEqual(['1.2.3']);
      for (const child of [...release.platforms, ...release.attestations])
        expect(left.get(child.digest)).toEqual([]);
      // The commit build and the dangling manifest are gone from this region's API and registry.
      expect(left.has(builds.get(region.id)!)).toBe(false);
      expect(left.has(danglings.get(region.id)!)).toBe(false);
      expect(await region.registry.manifest(path(repository), danglings.get(region.id)!)).toBeUndefined();
      expect(writesIn(region, before).every((request) => typeof request.ifMatch === 'string')).toBe(true);
      // Each region issued the registry token its indexes were read with (a token is good only there).
      expect(region.emulator.issuedTokens().length).toBeGreaterThan(tokensBefore.get(region.id)!.length);
    }
    expect(tagsIn(vinhedo, repository).has(onlyVinhedo)).toBe(false);
    expect(await vinhedo.registry.manifest(path(repository), onlyVinhedo)).toBeUndefined();

    // Each region read its own tagged images' manifests: Vinhedo one more.
    expect(run.log).toMatch(
      /^\[sa-saopaulo-1\] Read 2 manifest\(s\): 2 index\(es\) reference 5 manifest\(s\), which are kept$/m,
    );
    expect(run.log).toMatch(
      /^\[sa-vinhedo-1\] Read 3 manifest\(s\): 2 index\(es\) reference 5 manifest\(s\), which are kept$/m,
    );
    const deleted = deletedOf(run);
    expect(deleted.filter((entry) => entry.region === saoPaulo.id)).toHaveLength(3);
    expect(deleted.filter((entry) => entry.region === vinhedo.id)).toEqual(
      expect.arrayContaining([
        { tag: 'sha-1111111', digest: release.index.digest, region: vinhedo.id },
        { tag: 'sha-2222222', digest: builds.get(vinhedo.id), region: vinhedo.id },
        { tag: null, digest: danglings.get(vinhedo.id), region: vinhedo.id },
        { tag: 'sha-3333333', digest: onlyVinhedo, region: vinhedo.id },
      ]),
    );
    expect(deleted).toHaveLength(7);
    expect(run.outputs['deleted-count']).toBe('7');
    for (const token of world.regions.flatMap((region) => region.emulator.issuedTokens()))
      expect(leaks(run.log + run.summary, token)).toBe(false);
  });

  it('keyless: one sign-in serves both regions; each region issues the registry token its indexes are read with', async () => {
    const keyless = await startKeyless(world);
    try {
      const repository = 'dr/keyless';
      const danglings = new Map<string, string>();
      for (const region of world.regions) {
        const login = loginTo(region);
        await pushMultiPlatform(login, path(repository), {
          seed: 'keyless-rel',
          architectures: ['amd64', 'arm64'],
          tags: ['2.0.0'],
        });
        danglings.set(region.id, (await pushImage(login, path(repository), { seed: 'keyless-old' })).digest);
        region.emulator.ageImages(repository, 40 * DAY);
      }
      const sessionsBefore = world.emulator.sessionTokens.issued().length;
      const tokensBefore = new Map(
        world.regions.map((region) => [region.id, region.emulator.issuedTokens()]),
      );
      const before = world.emulator.requests.length;

      const run = await runAction({
        entry: 'prune',
        inputs: {
          region: world.region,
          registry: saoPaulo.host,
          'replicate-to': world.replicateTo,
          repository,
          'older-than': '30d',
          untagged: 'true',
          ...keyless.inputs,
        },
        // No API key: only the endpoint of the local world.
        env: { OCI_API_BASE_URL: world.apiBaseUrl, HOME: freshHome() },
        idToken: { service: keyless.github },
      });
      expectSuccess(run);

      for (const region of world.regions) {
        expect(await pullEveryPlatform(loginTo(region), path(repository), '2.0.0')).toEqual([
          'linux/amd64',
          'linux/arm64',
        ]);
        expect(await region.registry.manifest(path(repository), danglings.get(region.id)!)).toBeUndefined();
        expect(region.emulator.issuedTokens().length).toBe(tokensBefore.get(region.id)!.length + 1);
      }
      // One GitHub token, one session for both regions; every API request signed with it.
      expect(keyless.github.issued()).toHaveLength(1);
      expect(world.emulator.sessionTokens.issued().length).toBe(sessionsBefore + 1);
      const signed = world.emulator.requests.slice(before).filter((request) => request.keyId !== undefined);
      expect(new Set(signed.map((request) => request.region))).toEqual(new Set([saoPaulo.id, vinhedo.id]));
      expect(signed.every((request) => request.keyId!.startsWith('ST$') && request.status < 400)).toBe(true);
      const secrets = [...keyless.secrets(), ...vinhedo.emulator.issuedTokens()];
      for (const secret of secrets) {
        expect({
          secret: secret.slice(0, 6),
          leaked: leaks(run.log + run.summary + JSON.stringify(run.outputs), secret),
        }).toEqual({
          secret: secret.slice(0, 6),
          leaked: false,
        });
      }
    } finally {
      await keyless.close();
    }
  });

  it('a region that fails lets the other finish; the step then fails naming it', async () => {
    const repository = 'dr/fault';
    const digest = await pushEverywhere(repository, 'preview-9', ['pr-9']);
    // Vinhedo's API refuses the repository lookup: that region stops before it has a plan.
    world.emulator.injectFault({
      region: vinhedo.id,
      method: 'GET',
      path: '/20160918/container/repositories',
      status: 404,
      code: 'NotAuthorizedOrNotFound',
      message: 'Authorization failed or requested resource not found',
    });

    const run = await prune({ repository, tags: 'pr-9' });
    expect(run.exitCode).toBe(1);
    expect(world.emulator.pendingFaults()).toBe(0);

    // São Paulo went through: gone from its registry and API.
    expect(await saoPaulo.registry.manifestDigest(path(repository), 'pr-9')).toBeUndefined();
    expect(imagesIn(saoPaulo, repository)).toEqual([]);
    // Vinhedo is as it was.
    expect(await vinhedo.registry.manifestDigest(path(repository), 'pr-9')).toBe(digest);
    expect(tagsIn(vinhedo, repository)).toEqual(new Map([[digest, ['pr-9']]]));

    const errors = run.annotations.filter((annotation) => annotation.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(
      /^The prune failed in 1 region of 2, sa-vinhedo-1; it went through in sa-saopaulo-1 /,
    );
    expect(errors[0]!.message).toMatch(/\nsa-vinhedo-1: .*NotAuthorizedOrNotFound/s);
    // The outputs keep what did happen.
    expect(deletedOf(run)).toEqual([{ tag: 'pr-9', digest, region: saoPaulo.id }]);
    expect(run.outputs['deleted-count']).toBe('1');
    expect(run.outputs['kept-count']).toBe('0');
    expect(run.summary).toContain(`## OCIR prune of \`${repository}\` in sa-saopaulo-1`);
    expect(run.summary).toContain(`## OCIR prune of \`${repository}\` in sa-vinhedo-1: failed`);
  });
});
