import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import {
  checkoutCommitTime,
  isForkPullRequest,
  loadGitContext,
  readGitContext,
  type GitContext,
} from '../../src/github/context.js';
import { eventEnv, eventPayload, eventPayloadPath, type EventName } from '../fixtures/events.js';

const REPOSITORY = {
  repository: 'acme/project-x-api',
  repositoryUrl: 'https://github.com/acme/project-x-api',
  serverUrl: 'https://github.com',
};

function recorded(event: EventName): GitContext {
  return readGitContext(eventEnv(event), eventPayload(event));
}

describe('readGitContext from recorded runs', () => {
  it.each<[string, EventName, GitContext]>([
    [
      '1: push to the default branch',
      'push_main',
      {
        eventName: 'push',
        sha: '8a3f0c9e1b2d4f6a7c8e9d0b1a2c3e4f5a6b7c8d',
        ref: 'refs/heads/main',
        branch: 'main',
        defaultBranch: 'main',
        isDefaultBranch: true,
        ...REPOSITORY,
        isFork: false,
        commitTime: '2025-10-09T10:53:20+02:00',
      },
    ],
    [
      '2: push to another branch',
      'push_feature',
      {
        eventName: 'push',
        sha: 'c0ffee5a1b2c3d4e5f60718293a4b5c6d7e8f901',
        ref: 'refs/heads/feature/Login',
        branch: 'feature/Login',
        defaultBranch: 'main',
        isDefaultBranch: false,
        ...REPOSITORY,
        isFork: false,
        commitTime: '2025-10-09T10:53:20+02:00',
      },
    ],
    [
      '3: tag push',
      'tag_v1.2.3',
      {
        eventName: 'push',
        sha: '3d5e7f9a1b3c5d7e9f1a3b5c7d9e1f3a5b7c9d1e',
        ref: 'refs/tags/v1.2.3',
        tag: 'v1.2.3',
        defaultBranch: 'main',
        isDefaultBranch: false,
        ...REPOSITORY,
        isFork: false,
        commitTime: '2025-10-09T10:53:20+02:00',
      },
    ],
    [
      '4: pull request: the head commit, not GITHUB_SHA (the merge commit)',
      'pull_request_opened',
      {
        eventName: 'pull_request',
        sha: 'b16b00b5c0de4a11ce5eed5a1b2c3d4e5f607182',
        ref: 'refs/pull/42/merge',
        prNumber: 42,
        defaultBranch: 'main',
        isDefaultBranch: false,
        ...REPOSITORY,
        headRepository: 'acme/project-x-api',
        isFork: false,
      },
    ],
    [
      '5: pull request from a fork',
      'pull_request_fork',
      {
        eventName: 'pull_request',
        sha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
        ref: 'refs/pull/57/merge',
        prNumber: 57,
        defaultBranch: 'main',
        isDefaultBranch: false,
        ...REPOSITORY,
        headRepository: 'contributor/project-x-api',
        isFork: true,
      },
    ],
    [
      '6: pull_request_target: the PR ref, not the base branch it runs on',
      'pull_request_target_fork',
      {
        eventName: 'pull_request_target',
        sha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
        ref: 'refs/pull/57/merge',
        prNumber: 57,
        defaultBranch: 'main',
        isDefaultBranch: false,
        ...REPOSITORY,
        headRepository: 'contributor/project-x-api',
        isFork: true,
      },
    ],
    [
      '7: schedule: no repository in the payload, still the default branch',
      'schedule',
      {
        eventName: 'schedule',
        sha: '8a3f0c9e1b2d4f6a7c8e9d0b1a2c3e4f5a6b7c8d',
        ref: 'refs/heads/main',
        branch: 'main',
        isDefaultBranch: true,
        ...REPOSITORY,
        isFork: false,
      },
    ],
    [
      '8: workflow_dispatch',
      'workflow_dispatch',
      {
        eventName: 'workflow_dispatch',
        sha: '7b8c9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708',
        ref: 'refs/heads/main',
        branch: 'main',
        defaultBranch: 'main',
        isDefaultBranch: true,
        ...REPOSITORY,
        isFork: false,
      },
    ],
  ])('%s', (_title, event, expected) => {
    expect(recorded(event)).toEqual(expected);
  });

  it('synchronize carries the new head', () => {
    expect(recorded('pull_request_synchronize').sha).toBe('d4c3b2a1f0e9d8c7b6a5948372615049a8b7c6d5');
  });
});

describe('readGitContext edge cases', () => {
  const prEnv = {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_REF: 'refs/pull/9/merge',
    GITHUB_SHA: 'merge',
    GITHUB_REPOSITORY: 'acme/api',
  };

  it('a deleted fork (head.repo null) is a fork', () => {
    const payload = {
      number: 9,
      pull_request: {
        number: 9,
        head: { sha: 'head', repo: null },
        base: { repo: { full_name: 'acme/api' } },
      },
    };
    const ctx = readGitContext(prEnv, payload);
    expect(ctx).toMatchObject({ sha: 'head', prNumber: 9, isFork: true });
    expect(ctx.headRepository).toBeUndefined();
  });

  it('without a payload, a PR ref still gives the number (and the only sha known)', () => {
    expect(readGitContext(prEnv, {})).toMatchObject({
      sha: 'merge',
      ref: 'refs/pull/9/merge',
      prNumber: 9,
      isFork: false,
    });
  });

  it('no environment at all (a local run): empty but usable', () => {
    expect(readGitContext({}, undefined)).toEqual({
      eventName: '',
      sha: '',
      ref: '',
      isDefaultBranch: false,
      repository: '',
      repositoryUrl: '',
      serverUrl: 'https://github.com',
      isFork: false,
    });
  });

  it('GitHub Enterprise server URL', () => {
    const ctx = readGitContext(
      { GITHUB_SERVER_URL: 'https://ghe.example.com/', GITHUB_REPOSITORY: 'team/app' },
      {},
    );
    expect(ctx.repositoryUrl).toBe('https://ghe.example.com/team/app');
  });
});

describe('commitTime: the commit time the payload carries, for the commit the run is about', () => {
  const SHA = '8a3f0c9e1b2d4f6a7c8e9d0b1a2c3e4f5a6b7c8d';
  const env = { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main', GITHUB_SHA: SHA };
  const commit = (id: string, timestamp: unknown) => ({ id, timestamp });

  it.each<[string, Record<string, string>, object, string | undefined]>([
    [
      '1: push: head_commit',
      env,
      { head_commit: commit(SHA, '2025-10-09T10:53:20+02:00') },
      '2025-10-09T10:53:20+02:00',
    ],
    ['2: push deleting a branch: head_commit null', env, { head_commit: null }, undefined],
    [
      '3: head_commit of another commit',
      env,
      { head_commit: commit('0'.repeat(40), '2025-10-09T10:53:20Z') },
      undefined,
    ],
    ['4: a timestamp that does not parse', env, { head_commit: commit(SHA, 'yesterday') }, undefined],
    ['5: a timestamp that is not a string', env, { head_commit: commit(SHA, 1760000000) }, undefined],
    [
      '6: merge_group',
      { ...env, GITHUB_EVENT_NAME: 'merge_group' },
      { merge_group: { head_commit: commit(SHA, '2025-10-09T08:53:20Z') } },
      '2025-10-09T08:53:20Z',
    ],
    [
      '7: workflow_run of another commit than GITHUB_SHA',
      { ...env, GITHUB_EVENT_NAME: 'workflow_run' },
      { workflow_run: { head_commit: commit('f'.repeat(40), '2025-10-09T08:53:20Z') } },
      undefined,
    ],
    [
      '8: workflow_dispatch: no commit in the payload',
      { ...env, GITHUB_EVENT_NAME: 'workflow_dispatch' },
      {},
      undefined,
    ],
  ])('%s', (_title, runEnv, payload, expected) => {
    expect(readGitContext(runEnv, payload).commitTime).toBe(expected);
  });

  it.each<EventName>([
    'pull_request_opened',
    'pull_request_fork',
    'pull_request_target_fork',
    'schedule',
    'workflow_dispatch',
  ])('recorded %s: none (the payload has no commit time)', (event) => {
    expect(recorded(event).commitTime).toBeUndefined();
  });
});

describe('checkoutCommitTime', () => {
  let dir: string;
  let first: string;
  let second: string;
  const git = (args: string[], committed = '2025-10-09T10:53:20+02:00') =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'T',
        GIT_AUTHOR_EMAIL: 't@example.com',
        GIT_COMMITTER_NAME: 'T',
        GIT_COMMITTER_EMAIL: 't@example.com',
        GIT_COMMITTER_DATE: committed,
        GIT_CONFIG_GLOBAL: '/dev/null',
      },
    }).trim();

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'checkout-'));
    git(['init', '--quiet']);
    git(['commit', '--quiet', '--allow-empty', '-m', 'first'], '2025-10-09T10:53:20+02:00');
    first = git(['rev-parse', 'HEAD']);
    git(['commit', '--quiet', '--allow-empty', '-m', 'second'], '2025-11-01T00:00:05+00:00');
    second = git(['rev-parse', 'HEAD']);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the committer time of the given commit, not of HEAD', async () => {
    expect(new Date((await checkoutCommitTime(dir, first))!).toISOString()).toBe('2025-10-09T08:53:20.000Z');
    expect(new Date((await checkoutCommitTime(dir, second))!).toISOString()).toBe('2025-11-01T00:00:05.000Z');
  });

  it('HEAD when no commit is named (a local run)', async () => {
    expect(new Date((await checkoutCommitTime(dir, ''))!).toISOString()).toBe('2025-11-01T00:00:05.000Z');
  });

  it.each<[string, () => [string, string]]>([
    [
      'a commit the checkout lacks (a shallow clone)',
      () => [dir, 'b16b00b5c0de4a11ce5eed5a1b2c3d4e5f607182'],
    ],
    ['no repository', () => [tmpdir(), first]],
    ['a workspace that does not exist', () => [join(dir, 'missing'), first]],
    ['a revision that is not a commit id (never reaches git as an option)', () => [dir, '--output=/tmp/x']],
  ])('undefined for %s', async (_title, args) => {
    expect(await checkoutCommitTime(...args())).toBeUndefined();
  });
});

describe('isForkPullRequest', () => {
  it.each<[EventName, boolean]>([
    ['pull_request_fork', true],
    ['pull_request_opened', false],
    // pull_request_target runs with the base repository's secrets.
    ['pull_request_target_fork', false],
    ['push_main', false],
    ['schedule', false],
  ])('%s → %s', (event, expected) => {
    expect(isForkPullRequest(recorded(event))).toBe(expected);
  });
});

describe('loadGitContext', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('reads process.env and the payload file', () => {
    process.env = {
      ...saved,
      ...eventEnv('pull_request_fork'),
      GITHUB_EVENT_PATH: eventPayloadPath('pull_request_fork'),
    };
    expect(loadGitContext()).toEqual(recorded('pull_request_fork'));
  });

  it('treats a missing payload file as an empty payload', () => {
    process.env = { ...saved, ...eventEnv('push_main'), GITHUB_EVENT_PATH: '/nonexistent/event.json' };
    expect(loadGitContext()).toMatchObject({ branch: 'main', isDefaultBranch: false });
  });

  it('fails on a payload that is not JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'event-'));
    try {
      const path = join(dir, 'event.json');
      writeFileSync(path, '{not json');
      process.env = { ...saved, ...eventEnv('push_main'), GITHUB_EVENT_PATH: path };
      expect(() => loadGitContext()).toThrow(
        `The event payload at GITHUB_EVENT_PATH (${path}) is not valid JSON`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
