/**
 * A pull request's preview image from birth to removal, as the reusable workflow runs it: the
 * build-push bundle on `pull_request` opened (tags pr-7 and sha-…, a preview comment), then the prune
 * bundle on `closed`. The registry is linked to the OCI emulator as OCIR is to its API, so the
 * assertions read what the registry itself serves afterwards, and the emulator's and GitHub
 * stand-in's own state.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { previewMarker } from '../../src/github/preview-comment.js';
import { startGithubApi, type GithubApi } from '../../test-support/github-api.js';
import { pushManifest } from '../../test-support/registry-push.js';
import { runAction, type ActionRun } from '../../test-support/runner.js';
import { waitUntil } from '../../test-support/wait.js';
import { eventPayload } from '../fixtures/events.js';
import { freshHome, leaks, startWorld, type World } from './world.js';

const APP = join(import.meta.dirname, '..', '..', 'demo', 'app');
const TOKEN = 'ghs_lifecycleT0ken7Qp2Wx9Rz4Mn6Bv8Lk1Jh3';
const GITHUB_REPO = 'acme/project-x-api';
const REPOSITORY = 'project-x/previews';
const HEAD_SHA = 'b16b00b5c0de4a11ce5eed5a1b2c3d4e5f607182';

let world: World;
let api: GithubApi;

beforeAll(async () => {
  if (!existsSync('dist/main.js') || !existsSync('dist/prune.js')) {
    throw new Error("dist/ is missing: run 'npm run build' first");
  }
  world = await startWorld();
  api = await startGithubApi({ token: TOKEN, repositories: [GITHUB_REPO] });
});

afterAll(async () => {
  await api?.close();
  await world?.close();
});

/** The recorded pull_request payload, renumbered and moved to `action`. */
function pullRequestEvent(number: number, action: 'opened' | 'synchronize' | 'closed') {
  const payload = structuredClone(eventPayload('pull_request_opened')) as {
    number: number;
    action: string;
    pull_request: { number: number; state: string; merged?: boolean };
  };
  payload.number = number;
  payload.action = action;
  payload.pull_request.number = number;
  if (action === 'closed') Object.assign(payload.pull_request, { state: 'closed', merged: true });
  return { name: 'pull_request', payload };
}

const pushToMain = () => ({ name: 'push', payload: eventPayload('push_main') as object });

const env = () => ({ ...world.apiKeyEnv, GITHUB_API_URL: api.url, HOME: freshHome() });

async function buildPush(event: { name: string; payload: object }, inputs: Record<string, string> = {}) {
  const allInputs = {
    region: 'sa-saopaulo-1',
    registry: world.registry.host,
    repository: REPOSITORY,
    context: APP,
    'pr-comment': 'true',
    'github-token': TOKEN,
    ...inputs,
  };
  const stepEnv = env();
  const main = await runAction({ entry: 'main', inputs: allInputs, env: stepEnv, event });
  await runAction({ entry: 'post', inputs: allInputs, env: stepEnv, event, stateFrom: main });
  expect({ exitCode: main.exitCode, log: main.exitCode === 0 ? '' : main.log }).toEqual({
    exitCode: 0,
    log: '',
  });
  return main;
}

function prune(event: { name: string; payload: object }, inputs: Record<string, string>) {
  return runAction({
    entry: 'prune',
    inputs: {
      region: 'sa-saopaulo-1',
      repository: REPOSITORY,
      'pr-comment': 'true',
      'github-token': TOKEN,
      ...inputs,
    },
    env: env(),
    event,
  });
}

const registryPath = () => `${world.namespace}/${REPOSITORY}`;
const digestOf = (tag: string) => world.registry.manifestDigest(registryPath(), tag);
const tagsInEmulator = (digest: string) =>
  world.emulator
    .images()
    .find((image) => image.repositoryName === REPOSITORY && image.digest === digest)
    ?.versions.map((entry) => entry.version)
    .sort();

function previewComments(number: number) {
  const marker = previewMarker(`${world.registry.host}/${world.namespace}/${REPOSITORY}`);
  return api.comments(GITHUB_REPO, number).filter((comment) => comment.body.includes(marker));
}

function expectTokenNowhere(run: ActionRun) {
  for (const text of [run.log, JSON.stringify(run.outputs), run.summary, run.commandLines.join('\n')]) {
    expect(leaks(text, TOKEN)).toBe(false);
  }
}

describe('PR preview lifecycle', () => {
  let mainDigest: string;
  let previewDigest: string;
  const shaTag = `sha-${HEAD_SHA.slice(0, 7)}`;

  it('push to main, then PR 7 opened: pr-7 and sha-… pushed, one preview comment', async () => {
    const main = await buildPush(pushToMain());
    mainDigest = main.outputs.digest!;
    const preview = await buildPush(pullRequestEvent(7, 'opened'));
    previewDigest = preview.outputs.digest!;
    expect(preview.outputs['tag-names']!.split('\n').sort()).toEqual(['pr-7', shaTag]);
    expect(await digestOf('pr-7')).toBe(previewDigest);
    expect(tagsInEmulator(previewDigest)).toEqual(['pr-7', shaTag]);
    expect(previewComments(7)).toHaveLength(1);
    expect(previewComments(7)[0]!.body).toContain(previewDigest);
  });

  it('PR 7 closed: prune removes pr-7; every other tag still resolves to its digest', async () => {
    const mainTags = await world.registry.tags(registryPath());
    const before = new Map(
      await Promise.all(mainTags.map(async (tag) => [tag, await digestOf(tag)] as const)),
    );

    const run = await prune(pullRequestEvent(7, 'closed'), { tags: 'pr-7' });
    expect({ exitCode: run.exitCode, errors: run.annotations }).toEqual({ exitCode: 0, errors: [] });

    // The registry itself: pr-7 is gone, everything else is where it was.
    expect(await digestOf('pr-7')).toBeUndefined();
    for (const [tag, digest] of before) {
      if (tag !== 'pr-7') expect({ tag, digest: await digestOf(tag) }).toEqual({ tag, digest });
    }
    expect(await digestOf(shaTag)).toBe(previewDigest);
    expect(before.get('main')).toBe(mainDigest);
    // The image carries sha-… too, so it was untagged, not deleted.
    expect(tagsInEmulator(previewDigest)).toEqual([shaTag]);
    expect(JSON.parse(run.outputs.deleted!)).toEqual([
      { tag: 'pr-7', digest: previewDigest, region: 'sa-saopaulo-1' },
    ]);
    expect(run.outputs['deleted-count']).toBe('1');
    expect(run.outputs['kept-count']).toBe('2');
    expect(run.summary).toContain('pr-7');

    // The same comment, now saying the preview is gone.
    const comments = previewComments(7);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toMatch(/Preview image removed/);
    expect(comments[0]!.body).toContain('`pr-7`');
    expectTokenNowhere(run);
  });

  it('an image that carries only the PR tag is deleted whole when the PR closes', async () => {
    const preview = await buildPush(pullRequestEvent(8, 'opened'), { tags: 'type=ref,event=pr' });
    const digest = preview.outputs.digest!;
    expect(await digestOf('pr-8')).toBe(digest);

    const run = await prune(pullRequestEvent(8, 'closed'), { tags: 'pr-8' });
    expect(run.exitCode).toBe(0);
    expect(await digestOf('pr-8')).toBeUndefined();
    // Gone from the registry by digest too, and from the API.
    expect(await world.registry.manifestDigest(registryPath(), digest)).toBeUndefined();
    expect(tagsInEmulator(digest)).toBeUndefined();
    expect(JSON.parse(run.outputs.deleted!)).toEqual([{ tag: 'pr-8', digest, region: 'sa-saopaulo-1' }]);
  });

  it('a release tagging the preview image while the PR closes keeps its tag: the delete is planned again', async () => {
    const preview = await buildPush(pullRequestEvent(10, 'opened'), { tags: 'type=ref,event=pr' });
    const digest = preview.outputs.digest!;
    const image = world.emulator.images().find((entry) => entry.digest === digest)!;
    // Hold the prune's delete until the release has tagged the same image.
    world.emulator.injectFault({
      method: 'DELETE',
      path: `/20160918/container/images/${image.id}`,
      delayMs: 2_000,
    });
    const before = world.emulator.requests.length;

    const closing = prune(pullRequestEvent(10, 'closed'), { tags: 'pr-10' });
    await waitUntil(
      'the prune to send its delete',
      async () =>
        world.emulator.requests
          .slice(before)
          .some((request) => request.method === 'DELETE' && request.path.endsWith(image.id)),
      { timeoutMs: 60_000, intervalMs: 20 },
    );
    const login = {
      host: world.registry.host,
      username: `${world.namespace}/${world.iamUser.name}`,
      password: world.iamUser.authToken,
    };
    const stored = await world.registry.manifest(registryPath(), digest);
    await pushManifest(login, registryPath(), stored!.mediaType, stored!.bytes, '2.0.0');
    const run = await closing;
    expect({ exitCode: run.exitCode, errors: run.annotations }).toEqual({ exitCode: 0, errors: [] });

    // The release's tag is where it was put; only the preview tag is gone.
    expect(await digestOf('2.0.0')).toBe(digest);
    expect(await digestOf('pr-10')).toBeUndefined();
    expect(tagsInEmulator(digest)).toEqual(['2.0.0']);
    expect(run.log).toContain('changed during the run: planned again');
    expect(JSON.parse(run.outputs.deleted!)).toEqual([{ tag: 'pr-10', digest, region: 'sa-saopaulo-1' }]);
    expect(previewComments(10)[0]!.body).toMatch(/Preview image removed/);
  });

  it('a dry run on close changes nothing in the registry and leaves the comment alone', async () => {
    const preview = await buildPush(pullRequestEvent(9, 'opened'));
    const commentBefore = previewComments(9)[0]!.body;
    const run = await prune(pullRequestEvent(9, 'closed'), { tags: 'pr-9', 'dry-run': 'true' });
    expect(run.exitCode).toBe(0);
    expect(await digestOf('pr-9')).toBe(preview.outputs.digest);
    expect(JSON.parse(run.outputs.deleted!)).toEqual([
      { tag: 'pr-9', digest: preview.outputs.digest, region: 'sa-saopaulo-1' },
    ]);
    expect(previewComments(9)[0]!.body).toBe(commentBefore);
    expect(run.summary).toMatch(/dry run/i);
  });
});
