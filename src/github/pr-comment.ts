/**
 * The pull request's preview comment, on GitHub: found again among the issue comments (every page)
 * by its hidden marker AND its author, updated in place, created only when absent. @actions/github
 * (octokit) is imported only when a comment is really written, so runs without `pr-comment` start as
 * before. A comment never fails a run: every failure becomes one warning and an outcome of 'failed'.
 *
 * Only a comment the token's own account wrote is ever updated. The marker is public and anyone who
 * may comment can post it: a comment found by marker alone would let them have the action rewrite
 * their comment (or fail on it), and later change the pull command it shows. The account comes from
 * GraphQL `viewer { login }`, the one question every kind of token may ask about itself: REST
 * `GET /user` answers 403 to installation tokens (GITHUB_TOKEN, GitHub App tokens), a fixed
 * `github-actions[bot]` is wrong for an App token or a personal token, and a comment's
 * `performed_via_github_app` names an app, not the token, and is null for a person. `viewer.login` is
 * the login REST shows as a comment's `user.login` (`github-actions[bot]`, `<app>[bot]`, or the
 * person), unique at any moment; nobody can register a `[bot]` login.
 */
import type { getOctokit as GetOctokit } from '@actions/github';
import { pullRequestOf, workflowRunUrl, type GitContext } from './context.js';
import {
  hasMarker,
  previewMarker,
  renderPreviewComment,
  renderRemovedComment,
  type PushedPreview,
  type RemovedPreview,
} from './preview-comment.js';

export type CommentOutcome = 'created' | 'updated' | 'skipped' | 'failed';

export interface CommentLog {
  info(message: string): void;
  warning(message: string): void;
}

interface CommentTarget {
  /** Masked by the caller when it read the input; never logged here. */
  token: string;
  /** owner/name */
  repository: string;
  prNumber: number;
  log: CommentLog;
  /** GitHub REST API base; defaults to GITHUB_API_URL (GitHub Enterprise, or a local stand-in). */
  apiUrl?: string;
}

export interface CommentRequest extends CommentTarget {
  marker: string;
  body: string;
}

type Octokit = ReturnType<typeof GetOctokit>;

/** Bounds the whole exchange: a slow GitHub API must not hold the job for long. */
const BUDGET_MS = 60_000;
const PERMISSION_HINT =
  'Add "permissions: pull-requests: write" to the job; pull requests from forks always get a read-only token, so they get no comment.';

/** Updates our comment that carries `marker`, or creates it. */
export function upsertPreviewComment(request: CommentRequest): Promise<CommentOutcome> {
  return withOctokit(request, 'create or update', async (octokit) => {
    const existing = await findOwnComment(octokit, request);
    if (existing !== undefined) {
      await updateComment(octokit, request, existing);
      request.log.info(`Updated the preview comment on pull request #${request.prNumber}`);
      return 'updated';
    }
    const { owner, repo } = splitRepository(request.repository);
    const created = await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: request.prNumber,
      body: request.body,
    });
    request.log.info(`Commented on pull request #${request.prNumber}: ${created.data.html_url}`);
    return 'created';
  });
}

/** Updates our comment that carries `marker`; does nothing when there is none. */
export function updatePreviewComment(request: CommentRequest): Promise<CommentOutcome> {
  return withOctokit(request, 'update', async (octokit) => {
    const existing = await findOwnComment(octokit, request);
    if (existing === undefined) {
      request.log.info(`Pull request #${request.prNumber} has no preview comment to update`);
      return 'skipped';
    }
    await updateComment(octokit, request, existing);
    request.log.info(`Updated the preview comment on pull request #${request.prNumber}`);
    return 'updated';
  });
}

interface EventCommentOptions {
  token: string;
  git: GitContext;
  log: CommentLog;
  apiUrl?: string;
}

/** The build-push action's call: the comment for a pushed image, on pull request events only. */
export function publishPreviewComment(
  options: EventCommentOptions & { preview: Omit<PushedPreview, 'runUrl' | 'repositoryUrl' | 'commit'> },
): Promise<CommentOutcome> {
  const { git } = options;
  const runUrl = workflowRunUrl(process.env);
  const body = renderPreviewComment({
    ...options.preview,
    commit: git.sha,
    ...(git.repositoryUrl ? { repositoryUrl: git.repositoryUrl } : {}),
    ...(runUrl ? { runUrl } : {}),
  });
  return onPullRequest(options, previewMarker(options.preview.repository), body, upsertPreviewComment);
}

/**
 * The prune action's call, once it removed a pull request's preview tags: the existing comment now
 * says so (and keeps its marker). No comment, nothing written.
 */
export function markPreviewRemoved(
  options: EventCommentOptions & { removal: Omit<RemovedPreview, 'runUrl'> },
): Promise<CommentOutcome> {
  const runUrl = workflowRunUrl(process.env);
  const body = renderRemovedComment({ ...options.removal, ...(runUrl ? { runUrl } : {}) });
  return onPullRequest(options, previewMarker(options.removal.repository), body, updatePreviewComment);
}

async function onPullRequest(
  options: EventCommentOptions,
  marker: string,
  body: string,
  write: (request: CommentRequest) => Promise<CommentOutcome>,
): Promise<CommentOutcome> {
  const prNumber = pullRequestOf(options.git);
  if (prNumber === undefined || !options.git.repository) {
    options.log.info(
      `pr-comment: skipped, this run is not for a pull request (event ${options.git.eventName || 'unknown'})`,
    );
    return 'skipped';
  }
  if (!options.token) {
    options.log.warning(
      'pr-comment: skipped, github-token is empty; leave it at its default (${{ github.token }}) or pass a token that may write to pull requests',
    );
    return 'skipped';
  }
  return write({
    token: options.token,
    repository: options.git.repository,
    prNumber,
    marker,
    body,
    log: options.log,
    ...(options.apiUrl ? { apiUrl: options.apiUrl } : {}),
  });
}

async function withOctokit(
  target: CommentTarget,
  verb: string,
  work: (octokit: Octokit) => Promise<CommentOutcome>,
): Promise<CommentOutcome> {
  try {
    const [{ getOctokit }, { defaults }] = await Promise.all([
      import('@actions/github'),
      import('@actions/github/lib/utils'),
    ]);
    const octokit = getOctokit(target.token, {
      baseUrl: (target.apiUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
      // Keeps the proxy-aware fetch of @actions/github; adds the time budget.
      request: { ...defaults.request, signal: AbortSignal.timeout(BUDGET_MS) },
      log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    });
    return await work(octokit);
  } catch (error) {
    target.log.warning(describeCommentFailure(error, verb, target.prNumber, target.token));
    return 'failed';
  }
}

/** The login of the account the token acts as. */
async function tokenLogin(octokit: Octokit): Promise<string> {
  const { viewer } = await octokit.graphql<{ viewer: { login?: unknown } }>('query { viewer { login } }');
  if (typeof viewer.login !== 'string' || viewer.login === '') {
    throw new Error('GitHub did not say which account the token acts as (GraphQL viewer.login)');
  }
  return viewer.login;
}

/** The first comment that `login` wrote and that carries the marker; others' comments never count. */
export function ownMarkedComment<T extends { body?: string | null; user?: { login: string } | null }>(
  comments: T[],
  login: string,
  marker: string,
): T | undefined {
  // Logins are case-insensitive on GitHub.
  const author = login.toLowerCase();
  return comments.find(
    (comment) => comment.user?.login.toLowerCase() === author && hasMarker(comment.body, marker),
  );
}

async function findOwnComment(octokit: Octokit, request: CommentRequest): Promise<number | undefined> {
  const login = await tokenLogin(octokit);
  const { owner, repo } = splitRepository(request.repository);
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: request.prNumber,
    per_page: 100,
  });
  let othersMarked = 0;
  for await (const page of pages) {
    const found = ownMarkedComment(page.data, login, request.marker);
    if (found) return found.id;
    othersMarked += page.data.filter((comment) => hasMarker(comment.body, request.marker)).length;
  }
  if (othersMarked > 0) {
    request.log.info(
      `pr-comment: ${othersMarked} comment(s) by other accounts than ${login} carry the preview marker; left as they are`,
    );
  }
  return undefined;
}

async function updateComment(octokit: Octokit, request: CommentRequest, commentId: number): Promise<void> {
  const { owner, repo } = splitRepository(request.repository);
  await octokit.rest.issues.updateComment({ owner, repo, comment_id: commentId, body: request.body });
}

function splitRepository(repository: string): { owner: string; repo: string } {
  const [owner = '', repo = ''] = repository.split('/');
  return { owner, repo };
}

/**
 * One warning line a user can act on: the permission to add, the token to check, or what GitHub
 * answered. Pure; the token is cut out of anything an API error might echo.
 */
export function describeCommentFailure(
  error: unknown,
  verb: string,
  prNumber: number,
  token: string,
): string {
  const status = errorStatus(error);
  const message = errorMessage(error);
  const answer = status !== undefined && status !== 500 ? `HTTP ${status}: ${message}` : message;
  const reason =
    status === 403 || status === 404
      ? `the token may not write to pull requests (${answer}). ${PERMISSION_HINT}`
      : status === 401
        ? `GitHub rejected the token (${answer}). Check the github-token input (default: the job's github.token).`
        : `${answer}.`;
  const text = `Could not ${verb} the preview comment on pull request #${prNumber}: ${reason} The build is not affected.`;
  return token ? text.split(token).join('***') : text;
}

function errorStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

function errorMessage(error: unknown): string {
  const data = (error as { response?: { data?: unknown } } | null)?.response?.data;
  const apiMessage = (data as { message?: unknown } | null | undefined)?.message;
  if (typeof apiMessage === 'string' && apiMessage !== '') return apiMessage;
  return error instanceof Error ? error.message : String(error);
}
