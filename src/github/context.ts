/**
 * What the workflow run is about: event, commit, ref, pull request, repository. Read from the
 * runner's GITHUB_* variables and the event payload (the file at GITHUB_EVENT_PATH) rather than
 * through @actions/github, whose root import pulls octokit into the bundle for two fields.
 * `readGitContext` is pure; `loadGitContext` is the only reader of the process environment;
 * `checkoutCommitTime` asks git, for the one fact a pull request payload lacks.
 */
import { readFileSync } from 'node:fs';
import * as exec from '@actions/exec';

export interface GitContext {
  /** GITHUB_EVENT_NAME: push, pull_request, schedule, workflow_dispatch, … */
  eventName: string;
  /** The commit the tags name: the PR head on pull request events, not the synthetic merge commit. */
  sha: string;
  /** refs/heads/<branch>, refs/tags/<tag> or refs/pull/<n>/merge (also for pull_request_target). */
  ref: string;
  /** The pushed branch; absent for tags and pull requests. */
  branch?: string;
  /** The pushed git tag. */
  tag?: string;
  prNumber?: number;
  /** From the payload (`repository.default_branch`); absent in schedule payloads. */
  defaultBranch?: string;
  /** The run is on the repository's default branch (what `{{is_default_branch}}` means). */
  isDefaultBranch: boolean;
  /** owner/name */
  repository: string;
  /** https://github.com/owner/name (GitHub Enterprise: its own server URL). */
  repositoryUrl: string;
  serverUrl: string;
  /** owner/name of the pull request's head repository; absent when the fork was deleted. */
  headRepository?: string;
  /** A pull request whose head lives in another repository than its base. */
  isFork: boolean;
  /**
   * When `sha` was committed (ISO 8601, as the payload gives it), if the payload says: push events
   * do (`head_commit`); pull request payloads do not carry their head commit's time.
   */
  commitTime?: string;
}

type Env = Record<string, string | undefined>;
type Json = Record<string, unknown>;

/** Events whose payload carries `pull_request` and whose ref is the PR (refs/pull/<n>/merge). */
const PULL_REQUEST_EVENTS = [
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment',
];

/**
 * Events GitHub runs without the repository secrets when the pull request comes from a fork.
 * pull_request_target runs in the base repository with its secrets, so it is not one of them.
 */
const SECRETLESS_FORK_EVENTS = ['pull_request', 'pull_request_review', 'pull_request_review_comment'];

/** Builds the context from runner variables and the parsed event payload. Pure. */
export function readGitContext(env: Env, eventPayload: unknown): GitContext {
  const payload = asObject(eventPayload);
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const payloadRepository = asObject(payload.repository);
  const repository = env.GITHUB_REPOSITORY || asString(payloadRepository.full_name) || '';
  const defaultBranch = asString(payloadRepository.default_branch);
  const pullRequest = PULL_REQUEST_EVENTS.includes(eventName) ? asObject(payload.pull_request) : undefined;

  const common = {
    eventName,
    repository,
    repositoryUrl: repository ? `${serverUrl}/${repository}` : '',
    serverUrl,
    ...(defaultBranch ? { defaultBranch } : {}),
  };

  if (pullRequest && Object.keys(pullRequest).length > 0) {
    const head = asObject(pullRequest.head);
    const headRepo = head.repo === null ? null : asObject(head.repo);
    const baseRepo = asObject(asObject(pullRequest.base).repo);
    const prNumber =
      asNumber(pullRequest.number) ?? asNumber(payload.number) ?? prNumberFromRef(env.GITHUB_REF);
    const headRepository = headRepo ? asString(headRepo.full_name) : undefined;
    const baseRepository = asString(baseRepo.full_name) ?? repository;
    return {
      ...common,
      sha: asString(head.sha) ?? env.GITHUB_SHA ?? '',
      // pull_request_target runs on the base branch ref; the PR is what the tags must name.
      ref: prNumber !== undefined ? `refs/pull/${prNumber}/merge` : (env.GITHUB_REF ?? ''),
      ...(prNumber !== undefined ? { prNumber } : {}),
      isDefaultBranch: false,
      ...(headRepository ? { headRepository } : {}),
      // A deleted fork leaves head.repo null: still a fork, and certainly not this repository.
      isFork:
        headRepo === null ||
        (headRepository !== undefined ? headRepository !== baseRepository : headRepo.fork === true),
    };
  }

  const sha = env.GITHUB_SHA ?? '';
  const commitTime = commitTimeOf(payload, sha);

  const ref = env.GITHUB_REF || asString(payload.ref) || '';
  const branch = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
  const tag = ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined;
  const prNumber = prNumberFromRef(ref);
  return {
    ...common,
    sha,
    ref,
    ...(branch !== undefined ? { branch } : {}),
    ...(tag !== undefined ? { tag } : {}),
    ...(prNumber !== undefined ? { prNumber } : {}),
    isDefaultBranch: branch !== undefined && isDefaultBranch(eventName, branch, defaultBranch),
    isFork: false,
    ...(commitTime ? { commitTime } : {}),
  };
}

/**
 * Where payloads carry a commit with its time: push (`head_commit`), merge_group, workflow_run,
 * check_suite. Only a commit that is `sha` counts (a workflow_run's head is another run's commit),
 * and only a time that parses.
 */
function commitTimeOf(payload: Json, sha: string): string | undefined {
  const candidates = [
    payload.head_commit,
    asObject(payload.merge_group).head_commit,
    asObject(payload.workflow_run).head_commit,
    asObject(payload.check_suite).head_commit,
  ].map(asObject);
  for (const commit of candidates) {
    const time = asString(commit.timestamp);
    if (time && asString(commit.id) === sha && !Number.isNaN(Date.parse(time))) return time;
  }
  return undefined;
}

/**
 * The commit time of `revision` (default HEAD) in the checkout at `workspace`, from git; undefined
 * when there is no checkout, no git, or the commit was not fetched (a shallow pull request merge).
 * Silent: a missing checkout is normal and not worth a line in the log.
 */
export async function checkoutCommitTime(workspace: string, revision: string): Promise<string | undefined> {
  // Only a commit id reaches git's argv (never something it could read as an option).
  if (revision !== '' && !/^[0-9a-f]{7,64}$/i.test(revision)) return undefined;
  try {
    const result = await exec.getExecOutput('git', ['log', '-1', '--format=%cI', revision || 'HEAD', '--'], {
      cwd: workspace,
      silent: true,
      ignoreReturnCode: true,
    });
    const time = result.stdout.trim();
    return result.exitCode === 0 && time !== '' && !Number.isNaN(Date.parse(time)) ? time : undefined;
  } catch {
    // git is not installed, or the workspace does not exist.
    return undefined;
  }
}

/**
 * Scheduled runs always use the default branch, and their payload has no `repository`, so the
 * branch they name is the default one even though the payload cannot say which it is.
 */
function isDefaultBranch(eventName: string, branch: string, defaultBranch: string | undefined): boolean {
  return defaultBranch !== undefined ? branch === defaultBranch : eventName === 'schedule';
}

/**
 * The link to this workflow run, for messages that say which run did something. Pure; absent in a
 * local run without GITHUB_RUN_ID.
 */
export function workflowRunUrl(env: Env): string | undefined {
  const repository = env.GITHUB_REPOSITORY;
  const runId = env.GITHUB_RUN_ID;
  if (!repository || !runId) return undefined;
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const attempt =
    env.GITHUB_RUN_ATTEMPT && env.GITHUB_RUN_ATTEMPT !== '1' ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : '';
  return `${serverUrl}/${repository}/actions/runs/${runId}${attempt}`;
}

/** Reads process.env and the event payload file. A missing file (a local run) means an empty payload. */
export function loadGitContext(): GitContext {
  const env = process.env;
  return readGitContext(env, readEventPayload(env.GITHUB_EVENT_PATH));
}

function readEventPayload(path: string | undefined): unknown {
  if (!path) return {};
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return {};
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(
      `The event payload at GITHUB_EVENT_PATH (${path}) is not valid JSON: ${(error as Error).message}`,
    );
  }
}

/**
 * A pull request from a fork on an event that runs without the repository secrets: the action can
 * build and tag but has nothing to push with (the caller checks that no credentials were given).
 */
export function isForkPullRequest(ctx: GitContext): boolean {
  return ctx.isFork && SECRETLESS_FORK_EVENTS.includes(ctx.eventName);
}

/** The pull request a run is about: set only on pull request events, whose payload names it. */
export function pullRequestOf(ctx: GitContext): number | undefined {
  return PULL_REQUEST_EVENTS.includes(ctx.eventName) ? ctx.prNumber : undefined;
}

function prNumberFromRef(ref: string | undefined): number | undefined {
  const match = /^refs\/pull\/(\d+)\//.exec(ref ?? '');
  return match ? Number(match[1]) : undefined;
}

function asObject(value: unknown): Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function asNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}
