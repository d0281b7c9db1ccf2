/**
 * A stand-in for the GitHub API's issue comments, on 127.0.0.1 (random port), with GitHub's wire
 * format, so octokit talks to it unchanged once GITHUB_API_URL (or octokit's baseUrl) is `api.url`:
 *
 *   GET   /repos/{owner}/{repo}/issues/{n}/comments      per_page (default 30, max 100), page;
 *                                                         `Link` header with rel="next"/"last"/"first"/"prev"
 *   POST  /repos/{owner}/{repo}/issues/{n}/comments      {body} → 201 with the comment
 *   PATCH /repos/{owner}/{repo}/issues/comments/{id}      {body} → 200 with the comment
 *   POST  /graphql                                        `query { viewer { login … } }` → the token's account
 *
 * Every request needs `Authorization: token <t>` or `Bearer <t>` with a token the server knows (else
 * 401 "Bad credentials"). Each token acts as one account, as on GitHub: `token` is the workflow's
 * GITHUB_TOKEN, an installation token of the GitHub Actions app whose comments are written by
 * `github-actions[bot]` (with `performed_via_github_app`); `tokens` adds others, a person's personal
 * token or another app's installation token. A comment's `user` is the account of the token that
 * posted it. As on GitHub, a token that may write to the repository may edit anyone's comment.
 * With access 'read' a token may list but not write: POST and PATCH answer 403 "Resource not
 * accessible by integration", as GitHub does for a fork's read-only token.
 * Requests are recorded without the token; tests seed and read comments directly.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface GithubUser {
  login: string;
  id: number;
  node_id: string;
  type: 'User' | 'Bot';
  site_admin: boolean;
}

/** The app a comment was made through (installation tokens), as GitHub embeds it. */
export interface GithubApp {
  id: number;
  slug: string;
  node_id: string;
  name: string;
}

export interface IssueComment {
  url: string;
  html_url: string;
  issue_url: string;
  id: number;
  node_id: string;
  user: GithubUser;
  created_at: string;
  updated_at: string;
  body: string;
  author_association: string;
  performed_via_github_app: GithubApp | null;
}

export interface RecordedGithubRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  query: Record<string, string>;
  /** How the request authenticated; the token itself is never recorded. */
  auth: 'token' | 'bearer' | 'none' | 'rejected';
  /** The login of the account the token acts as, when it was accepted. */
  actor?: string;
  body?: unknown;
  status: number;
}

/** An account a token acts as: a person, or an app's bot with the app it belongs to. */
export interface TokenAccount {
  user: GithubUser;
  app?: GithubApp;
}

export interface GithubApiOptions {
  /** The workflow's GITHUB_TOKEN: acts as github-actions[bot]. */
  token: string;
  /** Other accepted tokens and the accounts they act as. */
  tokens?: Record<string, TokenAccount>;
  /** 'read': the token of a fork's pull request run, which may not comment. */
  access?: 'write' | 'read';
  /** Repositories that exist (owner/name); any other answers 404. */
  repositories: string[];
}

export interface GithubApi {
  /** Base URL to give octokit (GITHUB_API_URL). */
  url: string;
  requests: RecordedGithubRequest[];
  setAccess(access: 'write' | 'read'): void;
  /** Comments of an issue or pull request, oldest first. */
  comments(repository: string, issue: number): IssueComment[];
  /** Adds comments as other users would write them (default: a person, joao-silva). */
  seedComments(
    repository: string,
    issue: number,
    bodies: string[],
    user?: Partial<GithubUser>,
  ): IssueComment[];
  close(): Promise<void>;
}

export const HUMAN: GithubUser = {
  login: 'joao-silva',
  id: 4815162,
  node_id: 'MDQ6VXNlcjQ4MTUxNjI=',
  type: 'User',
  site_admin: false,
};
/** Who GITHUB_TOKEN comments as, and the app it comments through. */
export const ACTIONS_BOT: GithubUser = {
  login: 'github-actions[bot]',
  id: 41898282,
  node_id: 'MDM6Qm90NDE4OTgyODI=',
  type: 'Bot',
  site_admin: false,
};
export const ACTIONS_APP: GithubApp = {
  id: 15368,
  slug: 'github-actions',
  node_id: 'MDM6QXBwMTUzNjg=',
  name: 'GitHub Actions',
};
const DOCS = 'https://docs.github.com/rest/issues/comments';

interface StoredComment {
  repository: string;
  issue: number;
  comment: IssueComment;
}

export async function startGithubApi(options: GithubApiOptions): Promise<GithubApi> {
  let access = options.access ?? 'write';
  const stored: StoredComment[] = [];
  const requests: RecordedGithubRequest[] = [];
  let nextId = 2_140_000_001;
  let clock = Date.parse('2025-10-09T10:00:00Z');
  let url = '';

  const accounts = new Map<string, TokenAccount>([
    [options.token, { user: ACTIONS_BOT, app: ACTIONS_APP }],
    ...Object.entries(options.tokens ?? {}),
  ]);

  const repositoryExists = (repository: string) =>
    options.repositories.some((name) => name.toLowerCase() === repository.toLowerCase());

  const addComment = (
    repository: string,
    issue: number,
    body: string,
    { user, app }: TokenAccount,
  ): IssueComment => {
    const id = nextId++;
    // A strictly later time per write, so updated_at visibly moves.
    const at = new Date((clock += 1000)).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const comment: IssueComment = {
      url: `${url}/repos/${repository}/issues/comments/${id}`,
      html_url: `https://github.com/${repository}/pull/${issue}#issuecomment-${id}`,
      issue_url: `${url}/repos/${repository}/issues/${issue}`,
      id,
      node_id: `IC_kwDO${Buffer.from(String(id)).toString('base64').replace(/=+$/, '')}`,
      user,
      created_at: at,
      updated_at: at,
      body,
      author_association: user.type === 'Bot' ? 'NONE' : 'MEMBER',
      performed_via_github_app: app ?? null,
    };
    stored.push({ repository, issue, comment });
    return comment;
  };

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      send(res, 500, { message: `stand-in failure: ${(error as Error).message}` });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const parsed = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = parsed.pathname;
    const query = Object.fromEntries(parsed.searchParams);
    const method = req.method ?? 'GET';
    const text = await readBody(req);
    const record: RecordedGithubRequest = { method, path, query, auth: 'none', status: 0 };
    requests.push(record);
    const reply = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      send(res, status, payload, headers);
    };

    const { auth, account } = authenticate(req.headers.authorization, accounts);
    record.auth = auth;
    if (account) record.actor = account.user.login;
    if (!account) {
      return reply(401, {
        message: auth === 'none' ? 'Requires authentication' : 'Bad credentials',
        documentation_url: 'https://docs.github.com/rest',
        status: '401',
      });
    }
    let body: unknown;
    if (text !== '') {
      try {
        body = JSON.parse(text) as unknown;
      } catch {
        return reply(400, {
          message: 'Problems parsing JSON',
          documentation_url: 'https://docs.github.com/rest',
          status: '400',
        });
      }
      record.body = body;
    }

    if (path === '/graphql' && method === 'POST') return reply(200, graphql(body, account));

    const list = /^\/repos\/([^/]+\/[^/]+)\/issues\/(\d+)\/comments$/.exec(path);
    const single = /^\/repos\/([^/]+\/[^/]+)\/issues\/comments\/(\d+)$/.exec(path);
    const repository = decodeURIComponent((list ?? single)?.[1] ?? '');
    if ((!list && !single) || !repositoryExists(repository)) {
      return reply(404, {
        message: 'Not Found',
        documentation_url: 'https://docs.github.com/rest',
        status: '404',
      });
    }

    if (list && method === 'GET') {
      const issue = Number(list[2]);
      const perPage = Math.min(Math.max(Number(query.per_page ?? 30) || 30, 1), 100);
      const page = Math.max(Number(query.page ?? 1) || 1, 1);
      const all = stored.filter((c) => sameRepository(c.repository, repository) && c.issue === issue);
      const items = all.slice((page - 1) * perPage, page * perPage).map((c) => c.comment);
      const last = Math.max(Math.ceil(all.length / perPage), 1);
      const link = linkHeader(`${url}${path}`, query, page, last, perPage);
      return reply(200, items, link ? { link } : {});
    }
    if (list && method === 'POST') {
      if (access === 'read') return reply(403, forbidden('create-an-issue-comment'));
      const commentBody = bodyText(body);
      if (commentBody === undefined) return reply(422, missingBody());
      return reply(201, addComment(repository, Number(list[2]), commentBody, account));
    }
    if (single && method === 'PATCH') {
      if (access === 'read') return reply(403, forbidden('update-an-issue-comment'));
      const found = stored.find(
        (c) => sameRepository(c.repository, repository) && c.comment.id === Number(single[2]),
      );
      if (!found)
        return reply(404, {
          message: 'Not Found',
          documentation_url: `${DOCS}#update-an-issue-comment`,
          status: '404',
        });
      const commentBody = bodyText(body);
      if (commentBody === undefined) return reply(422, missingBody());
      found.comment.body = commentBody;
      found.comment.updated_at = new Date((clock += 1000)).toISOString().replace(/\.\d{3}Z$/, 'Z');
      return reply(200, found.comment);
    }
    if (single && method === 'GET') {
      const found = stored.find(
        (c) => sameRepository(c.repository, repository) && c.comment.id === Number(single[2]),
      );
      return found
        ? reply(200, found.comment)
        : reply(404, {
            message: 'Not Found',
            documentation_url: 'https://docs.github.com/rest',
            status: '404',
          });
    }
    return reply(404, {
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest',
      status: '404',
    });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    requests,
    setAccess(value) {
      access = value;
    },
    comments(repository, issue) {
      return stored
        .filter((c) => sameRepository(c.repository, repository) && c.issue === issue)
        .map((c) => structuredClone(c.comment));
    },
    seedComments(repository, issue, bodies, user = {}) {
      const author = { ...HUMAN, ...user };
      return bodies.map((body) =>
        addComment(repository, issue, body, {
          user: author,
          ...(author.login === ACTIONS_BOT.login ? { app: ACTIONS_APP } : {}),
        }),
      );
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

function authenticate(
  header: string | undefined,
  accounts: Map<string, TokenAccount>,
): { auth: RecordedGithubRequest['auth']; account?: TokenAccount } {
  if (!header) return { auth: 'none' };
  const match = /^(token|bearer)\s+(\S+)$/i.exec(header.trim());
  const account = match ? accounts.get(match[2]!) : undefined;
  if (!account) return { auth: 'rejected' };
  return { auth: match![1]!.toLowerCase() === 'token' ? 'token' : 'bearer', account };
}

/**
 * GitHub's GraphQL endpoint for the one query the action asks: `viewer`, the token's own account
 * (every kind of token may ask it). `login` is the REST `user.login` (`github-actions[bot]` for an
 * installation token's bot), `databaseId` the REST `user.id`. Anything else is answered as GitHub
 * answers a field it does not know: 200 with `errors`.
 */
function graphql(body: unknown, account: TokenAccount): unknown {
  const query = (body as { query?: unknown } | undefined)?.query;
  const selection =
    typeof query === 'string' ? /^\s*(?:query\s*)?\{\s*viewer\s*\{([^{}]*)\}\s*\}\s*$/.exec(query) : null;
  if (!selection) {
    return { errors: [{ message: 'stand-in: only `query { viewer { … } }` is modelled', locations: [] }] };
  }
  const fields: Record<string, unknown> = {
    login: account.user.login,
    databaseId: account.user.id,
    id: account.user.node_id,
  };
  const asked = selection[1]!.split(/[\s,]+/).filter(Boolean);
  const unknown = asked.filter((field) => !(field in fields));
  if (unknown.length > 0) {
    return {
      errors: unknown.map((field) => ({
        path: ['query', 'viewer', field],
        extensions: { code: 'undefinedField', typeName: 'User', fieldName: field },
        message: `Field '${field}' doesn't exist on type 'User'`,
      })),
    };
  }
  return { data: { viewer: Object.fromEntries(asked.map((field) => [field, fields[field]])) } };
}

function sameRepository(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function bodyText(body: unknown): string | undefined {
  const value = (body as { body?: unknown } | undefined)?.body;
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function forbidden(anchor: string) {
  return {
    message: 'Resource not accessible by integration',
    documentation_url: `${DOCS}#${anchor}`,
    status: '403',
  };
}

function missingBody() {
  return {
    message: 'Invalid request.\n\nNo subschema in "anyOf" matched.\n"body" wasn\'t supplied.',
    documentation_url: `${DOCS}#create-an-issue-comment`,
    status: '422',
  };
}

/** GitHub's pagination header: absent when everything fits on one page. */
function linkHeader(
  base: string,
  query: Record<string, string>,
  page: number,
  last: number,
  perPage: number,
): string | undefined {
  if (last <= 1) return undefined;
  const at = (n: number) => {
    const params = new URLSearchParams({ ...query, per_page: String(perPage), page: String(n) });
    return `<${base}?${params.toString()}>`;
  };
  const links: string[] = [];
  if (page > 1) links.push(`${at(page - 1)}; rel="prev"`);
  if (page < last) links.push(`${at(page + 1)}; rel="next"`, `${at(last)}; rel="last"`);
  if (page > 1) links.push(`${at(1)}; rel="first"`);
  return links.join(', ');
}

function send(
  res: ServerResponse,
  status: number,
  payload: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(payload);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    'x-github-media-type': 'github.v3; format=json',
    'x-github-request-id': `0400:${Math.floor(Math.random() * 1e6).toString(16)}`,
    ...headers,
  });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
