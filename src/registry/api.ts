/**
 * The registry's own HTTP API (the Distribution API), shared by both actions: reading a manifest by
 * digest (the prune reads indexes to keep their platform images) and putting the identical bytes
 * under another tag (what costs `docker push` a whole upload check per tag).
 * Authentication follows the registry's challenge: a request is tried, and a 401's
 * `WWW-Authenticate` says how to answer it: `Basic` (credentials on the request itself) or
 * `Bearer realm=…,service=…,scope=…` (the realm, OCIR's `/20180419/docker/token`, exchanges the
 * Basic credentials for a token). Credentials are read from a getter on each handshake, so a
 * renewed login is used as soon as it exists; they stay in memory, never in a log or on argv.
 */
import { createHash } from 'node:crypto';
import type { Agent, IncomingHttpHeaders } from 'node:http';

/**
 * node:http and node:https as CommonJS, when first used: an ESM import of node:http builds its
 * module facade at start-up, which evaluates Node's lazy undici getters (about 20 ms of every run).
 */
const httpModules = () => ({
  http: process.getBuiltinModule('node:http'),
  https: process.getBuiltinModule('node:https'),
});

/** What a client accepts for a manifest: docker v2 and OCI, single-platform and index. */
export const MANIFEST_MEDIA_TYPES = [
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.oci.image.index.v1+json',
] as const;

const DEFAULT_TIMEOUT_MS = 30_000;

export interface RegistryCredentials {
  username: string;
  password: string;
}

export type Challenge =
  { scheme: 'basic' } | { scheme: 'bearer'; realm: string; service?: string; scope?: string };

/** A manifest as stored: its exact bytes (the digest is theirs) and the type they were stored with. */
export interface Manifest {
  digest: string;
  mediaType: string;
  bytes: Buffer;
}

/** A registry request that failed; `transient` and `unauthorized` say what another attempt could change. */
export class RegistryApiError extends Error {
  readonly status: number | undefined;
  readonly transient: boolean;
  readonly unauthorized: boolean;

  constructor(message: string, options: { status?: number; transient?: boolean; unauthorized?: boolean }) {
    super(message);
    this.name = 'RegistryApiError';
    this.status = options.status;
    this.transient = options.transient ?? false;
    this.unauthorized = options.unauthorized ?? false;
  }
}

/** Reads one `WWW-Authenticate` challenge; undefined when it names no scheme this client speaks. */
export function parseChallenge(header: string | undefined): Challenge | undefined {
  const match = /^\s*(\w+)\s*(.*)$/s.exec(header ?? '');
  const scheme = match?.[1]?.toLowerCase();
  if (scheme === 'basic') return { scheme: 'basic' };
  if (scheme !== 'bearer') return undefined;
  const params: Record<string, string> = {};
  for (const [, key, quoted, bare] of (match?.[2] ?? '').matchAll(
    /(\w+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g,
  )) {
    if (key) params[key.toLowerCase()] = quoted !== undefined ? quoted.replace(/\\(.)/g, '$1') : (bare ?? '');
  }
  if (!params.realm) return undefined;
  return {
    scheme: 'bearer',
    realm: params.realm,
    ...(params.service ? { service: params.service } : {}),
    ...(params.scope ? { scope: params.scope } : {}),
  };
}

/** The token scope for reading and writing one repository, as docker asks it when pushing. */
export function pushScope(repository: string): string {
  return repositoryScope(repository, 'pull,push');
}

export function repositoryScope(repository: string, access: 'pull' | 'pull,push'): string {
  return `repository:${repository}:${access}`;
}

/** The realm's URL with the service and every scope asked for (one `scope` parameter each). */
export function tokenUrl(challenge: Extract<Challenge, { scheme: 'bearer' }>, scopes: string[]): URL {
  const url = new URL(challenge.realm);
  if (challenge.service) url.searchParams.set('service', challenge.service);
  for (const scope of new Set(scopes.filter(Boolean))) url.searchParams.append('scope', scope);
  return url;
}

/**
 * Docker's rule for a registry without a scheme: loopback answers plain HTTP (docker treats
 * 127.0.0.0/8 as insecure), anything else HTTPS, as OCIR does.
 */
export function registryBaseUrl(host: string): string {
  const hostname = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  const loopback = hostname === 'localhost' || hostname === '::1' || /^127(\.\d{1,3}){3}$/.test(hostname);
  return `${loopback ? 'http' : 'https'}://${host}`;
}

/** Credentials go over TLS, or to this machine: never in clear text across a network. */
function mayCarryCredentials(url: URL): boolean {
  return url.protocol === 'https:' || registryBaseUrl(url.host).startsWith('http:');
}

export function isTransientStatus(status: number): boolean {
  return status >= 500 || status === 429 || status === 408;
}

export function sha256Digest(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

interface HttpRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body?: Buffer;
}

interface HttpResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface RegistryClientOptions {
  /** `host[:port]`, as docker names the registry. */
  registry: string;
  /** `<namespace>/<repository>`: the repository's path on the registry. */
  repository: string;
  credentials: () => RegistryCredentials;
  /** What the token is asked for: `pull,push` (default) to tag, `pull` to read only. */
  access?: 'pull' | 'pull,push';
  /** Per request, connect to last byte. Default 30 s. */
  timeoutMs?: number;
}

export interface RegistryClient {
  /** The handshake alone (`GET /v2/` and, for Bearer, the token), so later requests go straight through. */
  authorize(): Promise<void>;
  /**
   * Checks the credentials as `docker login` does, one round trip shorter: `GET /v2/`, then the
   * answer to its challenge. A Bearer realm checks them as it issues the token (kept for the requests
   * that follow); Basic credentials are checked by the `GET /v2/` that carries them.
   */
  verifyLogin(): Promise<void>;
  getManifest(digest: string): Promise<Manifest>;
  /** PUTs the exact bytes under `tag`; resolves to the `Docker-Content-Digest` the registry answered. */
  putManifest(tag: string, manifest: Manifest): Promise<string>;
  /** Closes idle keep-alive connections, so the process can end. */
  close(): void;
}

export function registryClient(options: RegistryClientOptions): RegistryClient {
  const base = registryBaseUrl(options.registry);
  const secure = base.startsWith('https:');
  const { http, https } = httpModules();
  const agent = secure ? new https.Agent({ keepAlive: true }) : new http.Agent({ keepAlive: true });
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const origin = new URL(base).origin;
  const send = (request: HttpRequest) => sendOnce(request, { agent, origin, timeoutMs });
  const repositoryUrl = (path: string) => new URL(`/v2/${options.repository}/${path}`, base);

  let authorization: string | undefined;
  let handshake: Promise<string> | undefined;

  /** One handshake at a time: concurrent requests refused together wait for the same answer. */
  const answer = (challenge: Challenge): Promise<string> =>
    (handshake ??= respond(challenge).finally(() => (handshake = undefined)));

  const respond = async (challenge: Challenge): Promise<string> => {
    const { username, password } = options.credentials();
    const basic = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
    if (challenge.scheme === 'basic') {
      if (!mayCarryCredentials(new URL(base))) throw refusedInsecure(base);
      return (authorization = basic);
    }
    const url = tokenUrl(challenge, [
      challenge.scope ?? '',
      repositoryScope(options.repository, options.access ?? 'pull,push'),
    ]);
    if (!mayCarryCredentials(url)) throw refusedInsecure(url.origin);
    const res = await send({ method: 'GET', url, headers: { Authorization: basic } });
    if (res.status === 401 || res.status === 403) {
      throw new RegistryApiError(`the registry's token endpoint refused the login (HTTP ${res.status})`, {
        status: res.status,
        unauthorized: true,
      });
    }
    if (res.status !== 200) throw statusError('GET token', res);
    const body = parseJson(res.body) as { token?: unknown; access_token?: unknown };
    const token = typeof body.token === 'string' ? body.token : body.access_token;
    if (typeof token !== 'string' || !token) {
      throw new RegistryApiError("the registry's token endpoint answered no token", { status: res.status });
    }
    return (authorization = `Bearer ${token}`);
  };

  /** The request with the current authorization; a 401 is answered once, then it is the answer. */
  const request = async (method: string, url: URL, headers: Record<string, string>, body?: Buffer) => {
    const attempt = () =>
      send({
        method,
        url,
        headers: { ...headers, ...(authorization ? { Authorization: authorization } : {}) },
        ...(body ? { body } : {}),
      });
    const sentWith = authorization;
    const first = await attempt();
    if (first.status !== 401) return first;
    // Another request may have renewed the authorization meanwhile: use it before asking again.
    if (authorization === sentWith) {
      const challenge = parseChallenge(headerValue(first.headers['www-authenticate']));
      if (!challenge) {
        throw new RegistryApiError(
          `${method} ${url.pathname}: HTTP 401 without a challenge this client speaks`,
          {
            status: 401,
            unauthorized: true,
          },
        );
      }
      await answer(challenge);
    }
    const second = await attempt();
    if (second.status === 401) {
      throw new RegistryApiError(`${method} ${url.pathname}: the registry refused the login (HTTP 401)`, {
        status: 401,
        unauthorized: true,
      });
    }
    return second;
  };

  return {
    authorize: async () => {
      const res = await request('GET', new URL('/v2/', base), {});
      if (res.status !== 200) throw statusError('GET /v2/', res);
    },
    verifyLogin: async () => {
      const ping = await send({ method: 'GET', url: new URL('/v2/', base), headers: {} });
      if (ping.status === 200) return; // a registry open to all: there is nothing to check
      if (ping.status !== 401) throw statusError('GET /v2/', ping);
      const challenge = parseChallenge(headerValue(ping.headers['www-authenticate']));
      if (!challenge) {
        throw new RegistryApiError('GET /v2/: HTTP 401 without a challenge this client speaks', {
          status: 401,
          unauthorized: true,
        });
      }
      await answer(challenge);
      if (challenge.scheme === 'basic') {
        const res = await request('GET', new URL('/v2/', base), {});
        if (res.status !== 200) throw statusError('GET /v2/', res);
      }
    },
    getManifest: async (digest) => {
      const res = await request('GET', repositoryUrl(`manifests/${digest}`), {
        Accept: MANIFEST_MEDIA_TYPES.join(', '),
      });
      if (res.status !== 200) throw statusError(`GET manifest ${digest}`, res);
      // Content-addressed: bytes that hash otherwise are not the manifest that was pushed.
      const actual = sha256Digest(res.body);
      if (actual !== digest) {
        throw new RegistryApiError(`GET manifest ${digest} answered other bytes (${actual})`, {
          status: res.status,
        });
      }
      const mediaType = headerValue(res.headers['content-type']) ?? mediaTypeOf(res.body);
      if (!mediaType)
        throw new RegistryApiError(`GET manifest ${digest}: no media type`, { status: res.status });
      return { digest, mediaType, bytes: res.body };
    },
    putManifest: async (tag, manifest) => {
      const res = await request(
        'PUT',
        repositoryUrl(`manifests/${encodeURIComponent(tag)}`),
        { 'Content-Type': manifest.mediaType },
        manifest.bytes,
      );
      if (res.status !== 201) throw statusError(`PUT manifest ${tag}`, res);
      const digest = headerValue(res.headers['docker-content-digest']);
      if (!digest) {
        throw new RegistryApiError(`PUT manifest ${tag}: the registry answered no Docker-Content-Digest`, {
          status: res.status,
        });
      }
      return digest;
    },
    close: () => agent.destroy(),
  };
}

function refusedInsecure(origin: string): RegistryApiError {
  return new RegistryApiError(`refusing to send credentials in clear text to ${origin}`, {});
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function parseJson(body: Buffer): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(body.toString('utf8'));
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function mediaTypeOf(bytes: Buffer): string | undefined {
  const mediaType = parseJson(bytes).mediaType;
  return typeof mediaType === 'string' ? mediaType : undefined;
}

/** The registry's error codes (`{errors: [{code, message}]}`) say more than the status alone. */
function statusError(what: string, res: HttpResponse): RegistryApiError {
  const errors = parseJson(res.body).errors;
  const detail = Array.isArray(errors)
    ? errors
        .map((entry: unknown) => {
          const { code, message } = (entry ?? {}) as { code?: unknown; message?: unknown };
          return [code, message].filter((part) => typeof part === 'string').join(': ');
        })
        .filter(Boolean)
        .join('; ')
    : '';
  return new RegistryApiError(`${what}: HTTP ${res.status}${detail ? ` (${detail})` : ''}`, {
    status: res.status,
    transient: isTransientStatus(res.status),
  });
}

/** One HTTP exchange; a reset, a refused connection or a timeout is a transient RegistryApiError. */
function sendOnce(
  request: HttpRequest,
  options: { agent: Agent; origin: string; timeoutMs: number },
): Promise<HttpResponse> {
  const { http, https } = httpModules();
  const transport = request.url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = transport.request(
      request.url,
      {
        method: request.method,
        headers: {
          ...request.headers,
          ...(request.body ? { 'Content-Length': String(request.body.length) } : {}),
        },
        // The token realm may be another host: the registry's agent is for the registry only.
        ...(request.url.origin === options.origin ? { agent: options.agent } : {}),
        timeout: options.timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', (error) => reject(networkError(request, error)));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${options.timeoutMs} ms`)));
    req.on('error', (error) => reject(networkError(request, error)));
    req.end(request.body);
  });
}

function networkError(request: HttpRequest, error: Error): RegistryApiError {
  return new RegistryApiError(`${request.method} ${request.url.pathname}: ${error.message}`, {
    transient: true,
  });
}
