/**
 * The registry's own HTTP API (the Distribution API), shared by both actions: reading a manifest by
 * digest (the prune reads indexes to keep their platform images), putting the identical bytes
 * under another tag (what costs `docker push` a whole upload check per tag), and the blob and
 * manifest requests a registry-to-registry copy needs (src/registry/copy.ts): blobs travel as
 * streams, verified against their digest on the way, never held whole in memory.
 * Authentication follows the registry's challenge: a request is tried, and a 401's
 * `WWW-Authenticate` says how to answer it: `Basic` (credentials on the request itself) or
 * `Bearer realm=…,service=…,scope=…` (the realm, OCIR's `/20180419/docker/token`, exchanges the
 * Basic credentials for a token). Credentials are read from a getter on each handshake, so a
 * renewed login is used as soon as it exists; they stay in memory, never in a log or on argv.
 */
import { createHash } from 'node:crypto';
import type { Agent, IncomingHttpHeaders, IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';

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
/**
 * A blob PUT's answer may wait for the registry to commit what it was sent (moving, hashing a
 * multi-GB layer): more patience than for a small request once the last byte is out.
 */
const BLOB_COMMIT_TIMEOUT_MS = 300_000;
/** Redirects a blob request follows (a registry may send blob reads to its storage). */
const MAX_REDIRECTS = 3;

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

/** What HEAD answers for a manifest: the digest the registry stores under the reference, its type and size. */
export interface ManifestHead {
  digest: string;
  mediaType: string | undefined;
  size: number | undefined;
}

/** A blob being read: its size, and its bytes as a stream that fails if they do not hash to the digest. */
export interface BlobStream {
  size: number;
  stream: Readable;
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

/** The path segment of a manifest reference: a tag escaped, a digest (`sha256:…`) as it is. */
export function manifestReference(reference: string): string {
  return reference.includes(':') ? reference : encodeURIComponent(reference);
}

/** `sha256:<hex>` → the hash algorithm and hex value; undefined for what is no digest this client checks. */
export function parseDigest(digest: string): { algorithm: 'sha256' | 'sha512'; hex: string } | undefined {
  const match = /^(sha256|sha512):([a-f0-9]+)$/.exec(digest);
  if (!match) return undefined;
  const algorithm = match[1] as 'sha256' | 'sha512';
  const hex = match[2] ?? '';
  return hex.length === (algorithm === 'sha256' ? 64 : 128) ? { algorithm, hex } : undefined;
}

interface HttpRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  /** A Buffer is sent with its length; a stream is piped (backpressure included) with `contentLength`. */
  body?: Buffer | Readable;
  contentLength?: number;
  timeoutMs?: number;
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
  /** Per request, connect to last byte (streams: the longest silence). Default 30 s. */
  timeoutMs?: number;
}

export interface RegistryClient {
  /** `<registry>/<repository>`, for messages. */
  readonly name: string;
  /** The handshake alone (`GET /v2/` and, for Bearer, the token), so later requests go straight through. */
  authorize(): Promise<void>;
  /**
   * Checks the credentials as `docker login` does, one round trip shorter: `GET /v2/`, then the
   * answer to its challenge. A Bearer realm checks them as it issues the token (kept for the requests
   * that follow); Basic credentials are checked by the `GET /v2/` that carries them.
   */
  verifyLogin(): Promise<void>;
  getManifest(digest: string): Promise<Manifest>;
  /** What the registry stores under `reference` (a tag or a digest); undefined when nothing. */
  headManifest(reference: string): Promise<ManifestHead | undefined>;
  /**
   * PUTs the exact bytes under `reference`: a tag, or the manifest's own digest (an index's
   * platform images); resolves to the `Docker-Content-Digest` the registry answered.
   */
  putManifest(reference: string, manifest: Manifest): Promise<string>;
  /** The blob's size when the repository holds it, else undefined. */
  headBlob(digest: string): Promise<number | undefined>;
  /**
   * The blob as a stream of `size` bytes (`size`: the descriptor's, checked against the answer).
   * The stream fails instead of ending when the bytes do not hash to `digest` (its last chunk is
   * held back until they do), and with a transient error when the connection breaks.
   */
  getBlob(digest: string, size?: number): Promise<BlobStream>;
  /**
   * Uploads a blob of `size` bytes: POST an upload, then one PUT streaming the body with its
   * Content-Length (the spec's monolithic upload, which OCIR and distribution accept). `open` gives
   * the body, afresh for each try: a 401 on the PUT (a token that expired meanwhile) renews the
   * authorization and restarts the upload once, since a sent stream cannot be sent again.
   */
  uploadBlob(digest: string, size: number, open: () => Promise<Readable>): Promise<void>;
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
  const transport = { agent, origin, timeoutMs };
  const send = (request: HttpRequest) => sendOnce(request, transport);
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

  /** The current authorization, for the registry only: never to a redirect's other host. */
  const authorized = (url: URL, headers: Record<string, string>): Record<string, string> =>
    authorization && url.origin === origin ? { ...headers, Authorization: authorization } : headers;

  /**
   * After a 401 to a request sent with `sentWith`: answers the challenge, unless another request
   * renewed the authorization meanwhile (then that one is used).
   */
  const reauthorize = async (method: string, url: URL, res: IncomingMessage, sentWith?: string) => {
    if (authorization !== sentWith) return;
    const challenge = parseChallenge(headerValue(res.headers['www-authenticate']));
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
  };

  const refusedLogin = (method: string, url: URL) =>
    new RegistryApiError(`${method} ${url.pathname}: the registry refused the login (HTTP 401)`, {
      status: 401,
      unauthorized: true,
    });

  /**
   * The answer as a stream, with the current authorization; a 401 is answered once, then it is
   * the answer. With `follow`, redirects are followed (to another host without credentials).
   */
  const open = async (
    method: string,
    url: URL,
    headers: Record<string, string>,
    body?: Buffer,
    follow = false,
  ): Promise<IncomingMessage> => {
    const attempt = () =>
      exchange({ method, url, headers: authorized(url, headers), ...(body ? { body } : {}) }, transport);
    const sentWith = authorization;
    let res = await attempt();
    if (res.statusCode === 401) {
      res.resume();
      await reauthorize(method, url, res, sentWith);
      res = await attempt();
      if (res.statusCode === 401) {
        res.resume();
        throw refusedLogin(method, url);
      }
    }
    for (let hops = 0; follow && isRedirect(res.statusCode) && hops < MAX_REDIRECTS; hops++) {
      const location = headerValue(res.headers.location);
      if (!location) break;
      res.resume();
      const next = new URL(location, url);
      res = await exchange({ method, url: next, headers: authorized(next, headers) }, transport);
    }
    return res;
  };

  const request = async (method: string, url: URL, headers: Record<string, string>, body?: Buffer) =>
    collect(await open(method, url, headers, body), { method, url });

  /** POST: a new upload session; resolves to where its bytes go. */
  const startUpload = async (digest: string): Promise<URL> => {
    const res = await request('POST', repositoryUrl('blobs/uploads/'), {});
    if (res.status !== 202) throw statusError(`POST upload of blob ${digest}`, res);
    const location = headerValue(res.headers.location);
    if (!location) {
      throw new RegistryApiError(`POST upload of blob ${digest}: the registry answered no Location`, {
        status: res.status,
      });
    }
    const url = new URL(location, base);
    url.searchParams.set('digest', digest);
    return url;
  };

  /** The PUT that streams the blob; undefined when a 401 renewed the authorization (start again). */
  const putBlob = async (digest: string, size: number, url: URL, body: Readable, renew: boolean) => {
    const sentWith = authorization;
    const put = { method: 'PUT', url, headers: { 'Content-Type': 'application/octet-stream' } };
    let res: IncomingMessage;
    try {
      res = await exchange(
        {
          ...put,
          headers: authorized(url, put.headers),
          body,
          contentLength: size,
          timeoutMs: Math.max(timeoutMs, BLOB_COMMIT_TIMEOUT_MS),
        },
        transport,
      );
    } catch (error) {
      body.destroy();
      throw error;
    }
    // An early answer (a refusal) stops the stream: no need to send the rest of a large blob.
    const answered = await collect(res, put).catch(() => ({
      status: res.statusCode ?? 0,
      headers: res.headers,
      body: Buffer.alloc(0),
    }));
    body.destroy();
    if (answered.status === 401) {
      if (!renew) throw refusedLogin('PUT', url);
      await reauthorize('PUT', url, res, sentWith);
      return undefined;
    }
    if (answered.status !== 201) throw statusError(`PUT blob ${digest}`, answered);
    const stored = headerValue(answered.headers['docker-content-digest']);
    if (stored && stored !== digest) {
      throw new RegistryApiError(`PUT blob ${digest}: the registry stored ${stored}`, {
        status: answered.status,
      });
    }
    return stored ?? digest;
  };

  return {
    name: `${options.registry}/${options.repository}`,
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
    headManifest: async (reference) => {
      const res = await request('HEAD', repositoryUrl(`manifests/${manifestReference(reference)}`), {
        Accept: MANIFEST_MEDIA_TYPES.join(', '),
      });
      if (res.status === 404) return undefined;
      if (res.status !== 200) throw statusError(`HEAD manifest ${reference}`, res);
      const digest = answeredDigest(`HEAD manifest ${reference}`, res);
      const length = Number(headerValue(res.headers['content-length']));
      return {
        digest,
        mediaType: headerValue(res.headers['content-type']),
        size: Number.isSafeInteger(length) ? length : undefined,
      };
    },
    putManifest: async (reference, manifest) => {
      const res = await request(
        'PUT',
        repositoryUrl(`manifests/${manifestReference(reference)}`),
        { 'Content-Type': manifest.mediaType },
        manifest.bytes,
      );
      if (res.status !== 201) throw statusError(`PUT manifest ${reference}`, res);
      return answeredDigest(`PUT manifest ${reference}`, res);
    },
    headBlob: async (digest) => {
      const url = repositoryUrl(`blobs/${digest}`);
      const res = await collect(await open('HEAD', url, {}, undefined, true), { method: 'HEAD', url });
      if (res.status === 404) return undefined;
      if (res.status !== 200) throw statusError(`HEAD blob ${digest}`, res);
      const length = Number(headerValue(res.headers['content-length']));
      return Number.isSafeInteger(length) ? length : 0;
    },
    getBlob: async (digest, size) => {
      const expected = parseDigest(digest);
      if (!expected) throw new RegistryApiError(`GET blob ${digest}: not a sha256 or sha512 digest`, {});
      const url = repositoryUrl(`blobs/${digest}`);
      const res = await open('GET', url, {}, undefined, true);
      if (res.statusCode !== 200)
        throw statusError(`GET blob ${digest}`, await collect(res, { method: 'GET', url }));
      const length = Number(headerValue(res.headers['content-length']));
      const answered = Number.isSafeInteger(length) ? length : undefined;
      if (size !== undefined && answered !== undefined && answered !== size) {
        res.destroy();
        throw new RegistryApiError(`GET blob ${digest}: ${answered} bytes, the manifest says ${size}`, {
          status: 200,
        });
      }
      const total = size ?? answered;
      if (total === undefined) {
        res.destroy();
        throw new RegistryApiError(`GET blob ${digest}: the registry answered no Content-Length`, {
          status: 200,
        });
      }
      return {
        size: total,
        stream: verifiedStream(res, { digest, size: total, what: `GET blob ${digest}` }),
      };
    },
    uploadBlob: async (digest, size, openBody) => {
      for (const renew of [true, false]) {
        // The download first: a source that fails leaves no upload session behind at the target.
        const body = await openBody();
        const url = await startUpload(digest).catch((error: unknown) => {
          body.destroy();
          throw error;
        });
        if ((await putBlob(digest, size, url, body, renew)) !== undefined) return;
      }
    },
    close: () => agent.destroy(),
  };
}

function isRedirect(status: number | undefined): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}

/**
 * `res` passed through a check of its bytes: `size` of them hashing to `digest`. The last chunk
 * is held back until the check passes, so a consumer (an upload) never sends the whole of wrong
 * bytes. A broken connection fails the stream with a transient RegistryApiError naming `what`.
 */
function verifiedStream(
  res: IncomingMessage,
  expect: { digest: string; size: number; what: string },
): Readable {
  const { Transform } = process.getBuiltinModule('node:stream');
  const { algorithm } = parseDigest(expect.digest) ?? { algorithm: 'sha256' };
  const hash = createHash(algorithm);
  let received = 0;
  let held: Buffer | undefined;
  const verifier = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      received += chunk.length;
      if (received > expect.size) {
        done(new RegistryApiError(`${expect.what}: more than the ${expect.size} bytes expected`, {}));
        return;
      }
      hash.update(chunk);
      const previous = held;
      held = chunk;
      done(null, previous);
    },
    flush(done) {
      if (received < expect.size) {
        // A registry does not shorten a blob: the connection ended early.
        done(
          new RegistryApiError(`${expect.what}: the answer ended after ${received} of ${expect.size} bytes`, {
            transient: true,
          }),
        );
        return;
      }
      const actual = `${algorithm}:${hash.digest('hex')}`;
      if (actual !== expect.digest) {
        done(new RegistryApiError(`${expect.what} answered other bytes (${actual})`, {}));
        return;
      }
      done(null, held);
    },
  });
  res.on('error', (error) =>
    verifier.destroy(
      error instanceof RegistryApiError
        ? error
        : new RegistryApiError(`${expect.what}: ${error.message}`, { transient: true }),
    ),
  );
  // A consumer that gives up (a failed upload) releases the download too.
  verifier.on('close', () => {
    if (!res.complete) res.destroy();
  });
  res.pipe(verifier);
  return verifier;
}

function refusedInsecure(origin: string): RegistryApiError {
  return new RegistryApiError(`refusing to send credentials in clear text to ${origin}`, {});
}

/** The `Docker-Content-Digest` a manifest request was answered with; its absence is an error. */
function answeredDigest(what: string, res: Pick<HttpResponse, 'status' | 'headers'>): string {
  const digest = headerValue(res.headers['docker-content-digest']);
  if (!digest) {
    throw new RegistryApiError(`${what}: the registry answered no Docker-Content-Digest`, {
      status: res.status,
    });
  }
  return digest;
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

interface Transport {
  agent: Agent;
  origin: string;
  timeoutMs: number;
}

/** One HTTP exchange, whole; a reset, a refused connection or a timeout is a transient RegistryApiError. */
async function sendOnce(request: HttpRequest, transport: Transport): Promise<HttpResponse> {
  return collect(await exchange(request, transport), request);
}

/** The answer's body, read whole (manifests, tokens, error bodies: small). */
function collect(res: IncomingMessage, request: Pick<HttpRequest, 'method' | 'url'>): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('error', (error) => reject(networkError(request, error)));
    res.on('end', () =>
      resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
    );
  });
}

/**
 * Sends the request and resolves once the answer's head is in: its body is the caller's to read.
 * A stream body is piped with backpressure; the stream's own failure (e.g. bytes that miss their
 * digest) rejects as it is, a network failure as a transient RegistryApiError.
 */
function exchange(request: HttpRequest, transport: Transport): Promise<IncomingMessage> {
  const { http, https } = httpModules();
  const client = request.url.protocol === 'https:' ? https : http;
  const { body } = request;
  const length = Buffer.isBuffer(body) ? body.length : body ? request.contentLength : undefined;
  const timeoutMs = request.timeoutMs ?? transport.timeoutMs;
  // A body that failed before it could be sent (a download that broke or missed its digest while
  // the upload was being opened) is the cause, as it is when it fails on the way.
  if (body && !Buffer.isBuffer(body) && body.destroyed) {
    const cause = body.errored ?? new Error('the body was closed before it was sent');
    return Promise.reject(cause instanceof RegistryApiError ? cause : networkError(request, cause));
  }
  return new Promise((resolve, reject) => {
    const req = client.request(
      request.url,
      {
        method: request.method,
        headers: {
          ...request.headers,
          ...(length !== undefined ? { 'Content-Length': String(length) } : {}),
        },
        // The token realm may be another host: the registry's agent is for the registry only.
        ...(request.url.origin === transport.origin ? { agent: transport.agent } : {}),
        timeout: timeoutMs,
      },
      resolve,
    );
    // The body's own failure (e.g. bytes that miss their digest) is the cause: the request it ends
    // may only report a hang-up (stream.pipeline aborts it; a socket not yet connected says so too).
    let bodyError: Error | undefined;
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', (error) => {
      const cause = bodyError ?? error;
      reject(cause instanceof RegistryApiError ? cause : networkError(request, cause));
    });
    if (body && !Buffer.isBuffer(body)) {
      body.on('error', (error) => {
        bodyError = error;
        req.destroy(error);
      });
      req.on('close', () => body.destroy());
      body.pipe(req);
    } else {
      req.end(body);
    }
  });
}

function networkError(request: Pick<HttpRequest, 'method' | 'url'>, error: Error): RegistryApiError {
  return new RegistryApiError(`${request.method} ${request.url.pathname}: ${error.message}`, {
    transient: true,
  });
}
