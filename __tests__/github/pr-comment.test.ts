/**
 * The preview comment written through the real octokit of @actions/github to the local stand-in for
 * GitHub's issue-comments API: found again by its marker and its author on any page, updated rather
 * than duplicated, never someone else's comment, and every failure one warning, never a thrown error.
 */
import { readGitContext } from '../../src/github/context.js';
import {
  describeCommentFailure,
  markPreviewRemoved,
  ownMarkedComment,
  publishPreviewComment,
  updatePreviewComment,
  upsertPreviewComment,
  type CommentLog,
} from '../../src/github/pr-comment.js';
import { previewMarker } from '../../src/github/preview-comment.js';
import { ACTIONS_BOT, HUMAN, startGithubApi, type GithubApi } from '../../test-support/github-api.js';
import { eventEnv, eventPayload } from '../fixtures/events.js';

const TOKEN = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a';
/** A person's token: its comments are written by that person. */
const PERSONAL_TOKEN = 'github_pat_11AAQ3Z4Y0r8mLqVw2Xn5T_k7Jd9Hf3Pb6Rc1Gs4Ue8Wa2Yt5Iz0Oq7';
const RELEASE_MANAGER = { ...HUMAN, login: 'Release-Manager', id: 7700112, node_id: 'MDQ6VXNlcjc3MDAxMTI=' };
const REPO = 'acme/project-x-api';
const IMAGE = 'gru.ocir.io/grxmw2a9myyj/project-x/api';
const MARKER = previewMarker(IMAGE);
const DIGEST = 'sha256:' + 'ab'.repeat(32);

let api: GithubApi;
let prNumber = 100;

beforeAll(async () => {
  api = await startGithubApi({
    token: TOKEN,
    tokens: { [PERSONAL_TOKEN]: { user: RELEASE_MANAGER } },
    repositories: [REPO],
  });
});
afterAll(async () => {
  await api.close();
});
beforeEach(() => {
  api.setAccess('write');
  api.requests.length = 0;
  prNumber += 1; // each test its own pull request
});

function recordingLog(): CommentLog & { infos: string[]; warnings: string[] } {
  const infos: string[] = [];
  const warnings: string[] = [];
  return { infos, warnings, info: (m) => void infos.push(m), warning: (m) => void warnings.push(m) };
}

function request(body: string, log: CommentLog, overrides: { token?: string; marker?: string } = {}) {
  return {
    token: overrides.token ?? TOKEN,
    repository: REPO,
    prNumber,
    marker: overrides.marker ?? MARKER,
    body,
    log,
    apiUrl: api.url,
  };
}

const calls = () =>
  api.requests.map((r) => `${r.method} ${r.path}${r.query.page ? `?page=${r.query.page}` : ''}`);

describe('upsertPreviewComment', () => {
  it('creates the comment, then updates that one instead of adding a second', async () => {
    const log = recordingLog();
    await expect(upsertPreviewComment(request(`${MARKER}\nfirst`, log))).resolves.toBe('created');
    await expect(upsertPreviewComment(request(`${MARKER}\nsecond`, log))).resolves.toBe('updated');

    const comments = api.comments(REPO, prNumber);
    expect(comments.map((c) => c.body)).toEqual([`${MARKER}\nsecond`]);
    expect(calls()).toEqual([
      'POST /graphql',
      `GET /repos/${REPO}/issues/${prNumber}/comments`,
      `POST /repos/${REPO}/issues/${prNumber}/comments`,
      'POST /graphql',
      `GET /repos/${REPO}/issues/${prNumber}/comments`,
      `PATCH /repos/${REPO}/issues/comments/${comments[0]!.id}`,
    ]);
    expect(api.requests.every((r) => r.auth === 'token' && r.status < 300)).toBe(true);
    expect(comments[0]!.user.login).toBe('github-actions[bot]');
    expect(log.warnings).toEqual([]);
    expect(log.infos[0]).toBe(`Commented on pull request #${prNumber}: ${comments[0]!.html_url}`);
  });

  it('finds its comment on the second page of a long discussion', async () => {
    api.seedComments(
      REPO,
      prNumber,
      Array.from({ length: 130 }, (_, i) => `LGTM ${i}`),
    );
    const [ours] = api.seedComments(REPO, prNumber, [`${MARKER}\nold`], {
      login: 'github-actions[bot]',
      type: 'Bot',
    });
    api.seedComments(REPO, prNumber, ['one more']);
    const log = recordingLog();

    await expect(upsertPreviewComment(request(`${MARKER}\nnew`, log))).resolves.toBe('updated');

    expect(calls()).toEqual([
      'POST /graphql',
      `GET /repos/${REPO}/issues/${prNumber}/comments`,
      `GET /repos/${REPO}/issues/${prNumber}/comments?page=2`,
      `PATCH /repos/${REPO}/issues/comments/${ours!.id}`,
    ]);
    const comments = api.comments(REPO, prNumber);
    expect(comments).toHaveLength(132);
    expect(comments.filter((c) => c.body.includes(MARKER)).map((c) => c.body)).toEqual([`${MARKER}\nnew`]);
  });

  it('keeps one comment per image: another image of the same pull request gets its own', async () => {
    const web = previewMarker('gru.ocir.io/grxmw2a9myyj/project-x/web');
    const log = recordingLog();
    await upsertPreviewComment(request(`${MARKER}\napi`, log));
    await expect(upsertPreviewComment(request(`${web}\nweb`, log, { marker: web }))).resolves.toBe('created');
    await expect(upsertPreviewComment(request(`${web}\nweb 2`, log, { marker: web }))).resolves.toBe(
      'updated',
    );
    expect(api.comments(REPO, prNumber).map((c) => c.body)).toEqual([`${MARKER}\napi`, `${web}\nweb 2`]);
  });

  it('with a read-only token (a fork): one warning naming the permission, no throw, no comment', async () => {
    api.setAccess('read');
    const log = recordingLog();
    await expect(upsertPreviewComment(request(`${MARKER}\nx`, log))).resolves.toBe('failed');
    expect(log.warnings).toHaveLength(1);
    expect(log.warnings[0]).toContain('HTTP 403: Resource not accessible by integration');
    expect(log.warnings[0]).toContain('permissions: pull-requests: write');
    expect(api.comments(REPO, prNumber)).toEqual([]);
  });

  it('with a read-only token and an existing comment: the update fails with one warning', async () => {
    api.seedComments(REPO, prNumber, [`${MARKER}\nold`], ACTIONS_BOT);
    api.setAccess('read');
    const log = recordingLog();
    await expect(upsertPreviewComment(request(`${MARKER}\nnew`, log))).resolves.toBe('failed');
    expect(log.warnings).toHaveLength(1);
    expect(log.warnings[0]).toContain('pull-requests: write');
    expect(api.comments(REPO, prNumber).map((c) => c.body)).toEqual([`${MARKER}\nold`]);
  });

  it('with a wrong token: one warning about the token, which it never repeats', async () => {
    const wrong = 'ghs_wrongwrongwrongwrongwrongwrongwrong1';
    const log = recordingLog();
    await expect(upsertPreviewComment(request(`${MARKER}\nx`, log, { token: wrong }))).resolves.toBe(
      'failed',
    );
    expect(log.warnings).toHaveLength(1);
    expect(log.warnings[0]).toContain('HTTP 401: Bad credentials');
    expect(log.warnings[0]).toContain('github-token');
    expect([...log.warnings, ...log.infos].join('\n')).not.toContain(wrong);
    expect(api.requests.map((r) => r.auth)).toEqual(['rejected']);
  });

  it('with an unreachable API: one warning, no throw', async () => {
    const closed = await startGithubApi({ token: TOKEN, repositories: [REPO] });
    const url = closed.url;
    await closed.close();
    const log = recordingLog();
    await expect(upsertPreviewComment({ ...request(`${MARKER}\nx`, log), apiUrl: url })).resolves.toBe(
      'failed',
    );
    expect(log.warnings).toHaveLength(1);
    expect(log.warnings[0]).toMatch(/^Could not create or update the preview comment on pull request #\d+: /);
  });
});

describe('updatePreviewComment', () => {
  it('does nothing, with an info line, when the pull request has no preview comment', async () => {
    api.seedComments(REPO, prNumber, ['unrelated']);
    const log = recordingLog();
    await expect(updatePreviewComment(request(`${MARKER}\nremoved`, log))).resolves.toBe('skipped');
    expect(log.infos).toEqual([`Pull request #${prNumber} has no preview comment to update`]);
    expect(calls()).toEqual(['POST /graphql', `GET /repos/${REPO}/issues/${prNumber}/comments`]);
  });
});

describe("only a comment the token's own account wrote is ever updated", () => {
  it('a marker another user posted first is left alone: ours is created beside it, then updated', async () => {
    const [planted] = api.seedComments(REPO, prNumber, [`${MARKER}\ndocker pull evil.example/api:latest`]);
    const log = recordingLog();

    await expect(upsertPreviewComment(request(`${MARKER}\nfirst`, log))).resolves.toBe('created');
    await expect(upsertPreviewComment(request(`${MARKER}\nsecond`, log))).resolves.toBe('updated');

    const comments = api.comments(REPO, prNumber);
    expect(comments.map((c) => [c.user.login, c.body])).toEqual([
      [HUMAN.login, `${MARKER}\ndocker pull evil.example/api:latest`],
      ['github-actions[bot]', `${MARKER}\nsecond`],
    ]);
    expect(comments[0]!.updated_at).toBe(planted!.updated_at);
    expect(api.requests.filter((r) => r.method === 'PATCH').map((r) => r.path)).toEqual([
      `/repos/${REPO}/issues/comments/${comments[1]!.id}`,
    ]);
    expect(log.infos).toContain(
      'pr-comment: 1 comment(s) by other accounts than github-actions[bot] carry the preview marker; left as they are',
    );
    expect(log.warnings).toEqual([]);
  });

  it("another app's bot is another account too", async () => {
    api.seedComments(REPO, prNumber, [`${MARKER}\nby another app`], {
      login: 'preview-bot[bot]',
      id: 99001122,
      type: 'Bot',
    });
    const log = recordingLog();
    await expect(upsertPreviewComment(request(`${MARKER}\nours`, log))).resolves.toBe('created');
    expect(api.comments(REPO, prNumber).map((c) => c.body)).toEqual([
      `${MARKER}\nby another app`,
      `${MARKER}\nours`,
    ]);
  });

  it("a personal token updates its person's comment, not the bot's", async () => {
    const [bots] = api.seedComments(REPO, prNumber, [`${MARKER}\nby the bot`], ACTIONS_BOT);
    const log = recordingLog();
    const personal = (body: string) => request(body, log, { token: PERSONAL_TOKEN });

    await expect(upsertPreviewComment(personal(`${MARKER}\nfirst`))).resolves.toBe('created');
    await expect(upsertPreviewComment(personal(`${MARKER}\nsecond`))).resolves.toBe('updated');

    const comments = api.comments(REPO, prNumber);
    expect(comments.map((c) => [c.user.login, c.body])).toEqual([
      ['github-actions[bot]', bots!.body],
      [RELEASE_MANAGER.login, `${MARKER}\nsecond`],
    ]);
    expect(comments[1]!.performed_via_github_app).toBeNull();
    expect(new Set(api.requests.map((r) => r.actor))).toEqual(new Set([RELEASE_MANAGER.login]));
  });

  it('the removal notice never lands on a planted comment: skipped when only others carry the marker', async () => {
    api.seedComments(REPO, prNumber, [`${MARKER}\nplanted`]);
    const log = recordingLog();
    await expect(updatePreviewComment(request(`${MARKER}\nremoved`, log))).resolves.toBe('skipped');
    expect(api.comments(REPO, prNumber).map((c) => c.body)).toEqual([`${MARKER}\nplanted`]);
    expect(api.requests.map((r) => r.method)).toEqual(['POST', 'GET']);
  });

  it('ownMarkedComment: author and marker both, the login compared as GitHub does (any case)', () => {
    const comment = (login: string | null, body: string | null, id: number) => ({
      id,
      body,
      user: login === null ? null : { login },
    });
    const comments = [
      comment('joao-silva', `${MARKER} planted`, 1),
      comment(null, `${MARKER} ghost`, 2),
      comment('github-actions[bot]', 'no marker', 3),
      comment('github-actions[bot]', null, 4),
      comment('GitHub-Actions[bot]', `${MARKER} ours`, 5),
      comment('github-actions[bot]', `${MARKER} a later one`, 6),
    ];
    expect(ownMarkedComment(comments, 'github-actions[bot]', MARKER)?.id).toBe(5);
    expect(ownMarkedComment(comments, 'someone-else', MARKER)).toBeUndefined();
    expect(ownMarkedComment(comments, 'joao-silva', MARKER)?.id).toBe(1);
  });
});

describe('publishPreviewComment and markPreviewRemoved', () => {
  const prGit = () => readGitContext(eventEnv('pull_request_opened'), eventPayload('pull_request_opened'));

  it('publish writes the rendered preview on the event’s pull request; removal rewrites it', async () => {
    const git = prGit();
    const log = recordingLog();
    const preview = { repository: IMAGE, digest: DIGEST, tagNames: ['pr-42', 'sha-b16b00b'] };
    const before = api.comments(REPO, 42).length;
    expect(['created', 'updated']).toContain(
      await publishPreviewComment({ token: TOKEN, git, preview, log, apiUrl: api.url }),
    );
    const published = api.comments(REPO, 42).filter((c) => c.body.includes(MARKER));
    expect(published).toHaveLength(1);
    expect(published[0]!.body).toContain(`docker pull ${IMAGE}@${DIGEST}`);
    expect(published[0]!.body).toContain(`/commit/${git.sha})`);

    await expect(
      markPreviewRemoved({
        token: TOKEN,
        git,
        removal: { repository: IMAGE, removedTags: ['pr-42'], removedAt: new Date('2025-10-11T08:00:00Z') },
        log,
        apiUrl: api.url,
      }),
    ).resolves.toBe('updated');
    const after = api.comments(REPO, 42).filter((c) => c.body.includes(MARKER));
    expect(after).toHaveLength(1);
    expect(after[0]!.id).toBe(published[0]!.id);
    expect(after[0]!.body).toContain('### Preview image removed');
    expect(after[0]!.body).toContain('| Removed tags | `pr-42` |');
    expect(api.comments(REPO, 42).length).toBe(before + 1);
    expect(log.warnings).toEqual([]);
  });

  it('skip with an info line, and no request, when the run is not for a pull request', async () => {
    const git = readGitContext(eventEnv('push_main'), eventPayload('push_main'));
    const log = recordingLog();
    const preview = { repository: IMAGE, digest: DIGEST, tagNames: ['main'] };
    await expect(publishPreviewComment({ token: TOKEN, git, preview, log, apiUrl: api.url })).resolves.toBe(
      'skipped',
    );
    await expect(
      markPreviewRemoved({
        token: TOKEN,
        git,
        removal: { repository: IMAGE, removedTags: ['main'], removedAt: new Date() },
        log,
        apiUrl: api.url,
      }),
    ).resolves.toBe('skipped');
    expect(log.infos).toEqual([
      'pr-comment: skipped, this run is not for a pull request (event push)',
      'pr-comment: skipped, this run is not for a pull request (event push)',
    ]);
    expect(api.requests).toEqual([]);
  });

  it('skip with a warning when the token is empty', async () => {
    const log = recordingLog();
    const preview = { repository: IMAGE, digest: DIGEST, tagNames: ['pr-42'] };
    await expect(
      publishPreviewComment({ token: '', git: prGit(), preview, log, apiUrl: api.url }),
    ).resolves.toBe('skipped');
    expect(log.warnings).toHaveLength(1);
    expect(log.warnings[0]).toContain('github-token is empty');
    expect(api.requests).toEqual([]);
  });
});

describe('describeCommentFailure', () => {
  const apiError = (status: number, message: string) =>
    Object.assign(new Error(`${message} - https://docs.github.com/rest`), {
      status,
      response: { data: { message } },
    });

  it.each([
    [404, 'Not Found', 'HTTP 404: Not Found). Add "permissions: pull-requests: write"'],
    [403, 'Resource not accessible by integration', 'permissions: pull-requests: write'],
    [401, 'Bad credentials', 'Check the github-token input'],
    [422, 'Validation Failed', 'HTTP 422: Validation Failed. The build is not affected.'],
  ])('%i %s', (status, message, expected) => {
    expect(describeCommentFailure(apiError(status, message), 'update', 7, TOKEN)).toContain(expected);
  });

  it('cuts the token out of anything the error echoes', () => {
    const text = describeCommentFailure(new Error(`bad header token ${TOKEN}`), 'update', 7, TOKEN);
    expect(text).not.toContain(TOKEN);
    expect(text).toContain('bad header token ***');
  });
});
