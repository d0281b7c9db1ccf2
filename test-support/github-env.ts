/**
 * The GitHub context a runner derives from the triggering event: GITHUB_REF, GITHUB_SHA,
 * GITHUB_HEAD_REF … agree with the payload as they do on github.com, so tag derivation sees a
 * consistent world. Pure: the runner harness adds the file paths.
 */

export interface WorkflowEvent {
  name: string;
  payload: object;
}

export const DEFAULT_REPOSITORY = 'octo-org/octo-repo';
export const DEFAULT_SHA = '0123456789abcdef0123456789abcdef01234567';
/** GITHUB_SHA of a pull_request run: the synthetic merge commit, not the PR head. */
export const DEFAULT_MERGE_SHA = 'fedcba9876543210fedcba9876543210fedcba98';

/** A push of DEFAULT_SHA to main, the event a test gets when it names none. */
export function defaultPushEvent(): WorkflowEvent {
  const [owner, name] = DEFAULT_REPOSITORY.split('/');
  return {
    name: 'push',
    payload: {
      ref: 'refs/heads/main',
      before: '0'.repeat(40),
      after: DEFAULT_SHA,
      repository: {
        name,
        full_name: DEFAULT_REPOSITORY,
        owner: { login: owner, name: owner },
        default_branch: 'main',
        html_url: `https://github.com/${DEFAULT_REPOSITORY}`,
      },
      head_commit: { id: DEFAULT_SHA, message: 'Initial commit', timestamp: '2025-01-01T00:00:00Z' },
    },
  };
}

interface PayloadShape {
  ref?: string;
  after?: string;
  number?: number;
  repository?: { full_name?: string; owner?: { login?: string } };
  pull_request?: {
    number?: number;
    merge_commit_sha?: string;
    head?: { ref?: string };
    base?: { ref?: string };
  };
}

/** GITHUB_* variables that follow from the event (everything but file paths and run ids). */
export function githubEventEnv(event: WorkflowEvent): Record<string, string> {
  const payload = event.payload as PayloadShape;
  const repository = payload.repository?.full_name ?? DEFAULT_REPOSITORY;
  const pr = payload.pull_request;
  let ref = payload.ref ?? 'refs/heads/main';
  let sha = payload.after ?? DEFAULT_SHA;
  if (pr && event.name === 'pull_request') {
    ref = `refs/pull/${payload.number ?? pr.number}/merge`;
    sha = pr.merge_commit_sha ?? DEFAULT_MERGE_SHA;
  }
  if (pr && event.name === 'pull_request_target') ref = `refs/heads/${pr.base?.ref ?? 'main'}`;
  return {
    GITHUB_EVENT_NAME: event.name,
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: payload.repository?.owner?.login ?? repository.split('/')[0] ?? '',
    GITHUB_SHA: sha,
    GITHUB_REF: ref,
    GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags|pull)\//, ''),
    GITHUB_REF_TYPE: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    ...(pr ? { GITHUB_HEAD_REF: pr.head?.ref ?? '', GITHUB_BASE_REF: pr.base?.ref ?? '' } : {}),
  };
}

/**
 * The claims GitHub puts in a job's OIDC token, from the job's GITHUB_* variables: `sub` is
 * `repo:<owner>/<repo>:environment:<name>` for a job with an environment, `repo:…:pull_request` on
 * pull_request events, else `repo:…:ref:<ref>`.
 */
export function githubOidcClaims(
  env: Record<string, string | undefined>,
  environment?: string,
): Record<string, string> & { sub: string; repository: string } {
  const repository = env.GITHUB_REPOSITORY ?? DEFAULT_REPOSITORY;
  const ref = env.GITHUB_REF ?? 'refs/heads/main';
  const event = env.GITHUB_EVENT_NAME ?? 'push';
  const sub = environment
    ? `repo:${repository}:environment:${environment}`
    : event === 'pull_request'
      ? `repo:${repository}:pull_request`
      : `repo:${repository}:ref:${ref}`;
  return {
    sub,
    repository,
    repository_owner: env.GITHUB_REPOSITORY_OWNER ?? repository.split('/')[0] ?? '',
    ref,
    ref_type: env.GITHUB_REF_TYPE ?? 'branch',
    sha: env.GITHUB_SHA ?? DEFAULT_SHA,
    event_name: event,
    actor: env.GITHUB_ACTOR ?? 'octocat',
    run_id: env.GITHUB_RUN_ID ?? '1',
    workflow: env.GITHUB_WORKFLOW ?? 'build',
    ...(environment ? { environment } : {}),
  };
}
