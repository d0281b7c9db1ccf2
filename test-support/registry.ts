/**
 * A real registry standing in for OCIR: the CNCF distribution registry (Debian package
 * `docker-registry`) on 127.0.0.1, behind an auth front that challenges as OCIR does. An
 * unauthenticated /v2/ request gets `401` with `WWW-Authenticate: Bearer realm="http://<front>/20180419/docker/token",
 * service="<front>",scope="…"`; the front serves that token endpoint itself, checks the request's
 * Basic credentials with `acceptsLogin` (the OCI emulator's `<namespace>/<user>` + auth token, or
 * `BEARER_TOKEN` + an issued token) and answers a short-lived session token, which /v2/ requests
 * then carry as `Authorization: Bearer`. So docker and BuildKit go through OCIR's token flow.
 * A session token is good only while the login it was issued for is still accepted: an expired
 * registry token fails the next push, as on OCIR. Basic credentials sent straight to /v2/ are
 * accepted too, for plain-HTTP clients in tests (docker, challenged with Bearer, never sends them).
 * Docker treats 127.0.0.0/8 registries as insecure, so plain HTTP works without TLS.
 *
 * The front reports every manifest the registry accepted (`onManifestPushed`), and the backend
 * operations `deleteManifest` and `setTags` let the OCI emulator's deletes reach the registry:
 * test-support/linked-world.ts joins the two into one OCIR.
 *
 * The front also counts what clients sent through it (`traffic()`, `resetTraffic()`): each blob upload
 * completed (digest, and the bytes sent for it over POST/PATCH/PUT), each manifest PUT the registry
 * accepted (reference), and each cross-repository mount attempt with its answer (201 mounted, 202 an
 * upload to do instead). Each registry has its own storage: a mount can only find blobs of this one.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordRegistryHost } from './leak-guard.js';
import { waitUntil } from './wait.js';

export const REGISTRY_BINARY = '/usr/bin/docker-registry';
/** OCIR's token endpoint path, served by the front itself. */
export const TOKEN_PATH = '/20180419/docker/token';
/** How long a session token from the token endpoint lives unless `RegistryOptions` say otherwise. */
export const SESSION_TOKEN_LIFETIME_SECONDS = 300;

/** Media types a client accepts for a manifest: docker v2 and OCI, single-platform and index. */
const MANIFEST_MEDIA_TYPES = [
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.oci.image.index.v1+json',
].join(', ');

/** Connection-level headers a proxy must not forward (RFC 9110 §7.6.1). */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

/**
 * One request that carried credentials: Basic at the token endpoint (a login or a push asking for a
 * session token) or straight on /v2/, or a session token on /v2/ (`username`: the login it was
 * issued to; '' when the front never issued it).
 */
export interface AuthAttempt {
  username: string;
  ok: boolean;
  method: string;
  path: string;
  scheme: 'Basic' | 'Bearer';
}

/** A failure the next matching authenticated request(s) meet instead of reaching the registry. */
export interface RegistryFault {
  /** HTTP method, any case. Default: any. */
  method?: string;
  /** Request path without the query: a string matches exactly, a RegExp is tested. Default: any. */
  path?: string | RegExp;
  /** Answer this status (default 503) with a registry-style error body; 401 as the front refuses a credential. */
  status?: number;
  /** Destroy the connection without an answer instead (a reset, for the client). */
  dropConnection?: boolean;
  /** Hold the request this long, then let it through unharmed (a slow download, say). */
  delayMs?: number;
  /** How many requests it affects. Default 1. */
  times?: number;
}

type PendingFault = RegistryFault & { times: number };

/** A manifest the registry accepted through the front (`PUT /v2/<repository>/manifests/<reference>` → 201). */
export interface ManifestPush {
  /** The registry path, `<namespace>/<repository name>`. */
  repository: string;
  /** The tag, or the digest when pushed by digest (as docker does for the images of an index). */
  reference: string;
  /** `Docker-Content-Digest` of the stored manifest. */
  digest: string;
  /** The `Content-Type` it was pushed with (an index or an image manifest). */
  mediaType?: string;
}

/** A blob upload the registry completed (`201` to the final PUT, or to a monolithic POST). */
export interface BlobUpload {
  /** The registry path, `<namespace>/<repository name>`. */
  repository: string;
  digest: string;
  /** Request body bytes the client sent for this upload through the front (every chunk). */
  bytes: number;
}

/** A manifest PUT the registry accepted (201). */
export interface ManifestPut {
  repository: string;
  /** The tag, or the digest for a push by digest. */
  reference: string;
  digest: string;
}

/** `POST /v2/<repository>/blobs/uploads/?mount=<digest>&from=<repository>`, as the registry answered it. */
export interface MountAttempt {
  repository: string;
  from: string;
  digest: string;
  /** 201: mounted; 202: not mounted, an upload session was opened instead. */
  status: number;
  mounted: boolean;
}

/** What clients did through one front since it started or since `resetTraffic()`, in order. */
export interface RegistryTraffic {
  blobUploads: BlobUpload[];
  manifestPuts: ManifestPut[];
  mountAttempts: MountAttempt[];
}

export interface RegistryOptions {
  acceptsLogin(username: string, password: string): boolean | Promise<boolean>;
  /**
   * Awaited before the client sees the 201, so whatever it records is there once the push returns.
   * A failure answers the client 500: the registry keeps the manifest, but the test hears of it.
   */
  onManifestPushed?(push: ManifestPush): void | Promise<void>;
  /** Lifetime of the session tokens the token endpoint issues. Default SESSION_TOKEN_LIFETIME_SECONDS. */
  sessionTokenLifetimeSeconds?: number;
  /** Delay before the front handles each request, as a round trip to a distant region. Default 0. */
  latencyMs?: number;
}

export interface Registry {
  /** `127.0.0.1:<port>` of the auth front: what the action gets as its `registry` input. */
  host: string;
  /** The unauthenticated registry itself, for assertions only. */
  backendUrl: string;
  /** One entry per request through the front that carried credentials (see AuthAttempt). */
  authAttempts: AuthAttempt[];
  /** The digest the registry stores for `repo:tag`, or undefined when there is no such tag. */
  manifestDigest(repo: string, tag: string): Promise<string | undefined>;
  /** The stored manifest `repo@reference` (tag or digest), bytes as pushed; undefined when there is none. */
  manifest(repo: string, reference: string): Promise<{ mediaType: string; bytes: Buffer } | undefined>;
  /** Tags of `repo`, sorted; empty when the repository does not exist. */
  tags(repo: string): Promise<string[]>;
  /**
   * Deletes the manifest `digest` of `repo` with every tag on it, at the backend (no push is
   * reported). False when the registry has no such manifest.
   */
  deleteManifest(repo: string, digest: string): Promise<boolean>;
  /**
   * Leaves exactly `tags` on the manifest `digest` of `repo` (none: it stays, pullable by digest),
   * at the backend. Distribution 2.8.2 cannot delete a tag (`DELETE /v2/<name>/manifests/<tag>`
   * answers 400 DIGEST_INVALID), so this deletes the manifest by digest, which drops all its tags,
   * and puts the very same bytes back by digest and under each tag: the digest does not change, and
   * the registry checks its blobs again as for any push. Meanwhile the manifest's other tags are
   * briefly missing; callers serialise the calls for one digest. False when there is no such manifest.
   */
  setTags(repo: string, digest: string, tags: readonly string[]): Promise<boolean>;
  /** Snapshot of the uploads, manifest PUTs and mount attempts through the front (see RegistryTraffic). */
  traffic(): RegistryTraffic;
  /** Forgets the traffic so far: the next `traffic()` counts from now. */
  resetTraffic(): void;
  /** Makes the front fail matching requests, e.g. a 503 on a manifest PUT, to test retries. */
  injectFault(fault: RegistryFault): void;
  /** Delays every later request through the front (token endpoint included) by `ms`; 0 for none. */
  setLatency(ms: number): void;
  /** Faults not used up yet. */
  pendingFaults(): number;
  close(): Promise<void>;
}

export async function startRegistry(options: RegistryOptions): Promise<Registry> {
  const dir = mkdtempSync(join(tmpdir(), 'registry-'));
  let backend: Backend | undefined;
  try {
    backend = await startBackend(dir);
    const { port: backendPort, process: backendProcess } = backend;
    const agent = new http.Agent({ keepAlive: true });
    const authAttempts: AuthAttempt[] = [];
    const faults: PendingFault[] = [];
    const sessions = new Map<string, Session>();
    const traffic = new TrafficCounter();
    const latency = { ms: options.latencyMs ?? 0 };
    const front = http.createServer((req, res) => {
      const handle = () =>
        handleFrontRequest(req, res, {
          backendPort,
          agent,
          options,
          authAttempts,
          faults,
          sessions,
          traffic,
        });
      if (latency.ms > 0) setTimeout(() => void handle(), latency.ms);
      else void handle();
    });
    await new Promise<void>((resolve, reject) => {
      front.once('error', reject);
      front.listen(0, '127.0.0.1', resolve);
    });
    const frontPort = (front.address() as AddressInfo).port;
    recordRegistryHost(`127.0.0.1:${frontPort}`);
    const backendUrl = `http://127.0.0.1:${backendPort}`;

    let closed: Promise<void> | undefined;
    return {
      host: `127.0.0.1:${frontPort}`,
      backendUrl,
      authAttempts,
      manifestDigest: (repo, tag) => manifestDigest(backendUrl, repo, tag),
      manifest: (repo, reference) => storedManifest(backendUrl, repo, reference),
      tags: (repo) => listTags(backendUrl, repo),
      deleteManifest: (repo, digest) => deleteManifest(backendUrl, repo, digest),
      setTags: (repo, digest, tags) => setTags(backendUrl, repo, digest, tags),
      setLatency: (ms) => {
        latency.ms = ms;
      },
      traffic: () => traffic.snapshot(),
      resetTraffic: () => traffic.reset(),
      injectFault: (fault) => faults.push({ ...fault, times: fault.times ?? 1 }),
      pendingFaults: () => faults.reduce((sum, fault) => sum + fault.times, 0),
      close: () =>
        (closed ??= (async () => {
          front.closeAllConnections();
          await new Promise<void>((resolve) => front.close(() => resolve()));
          agent.destroy();
          await stopProcess(backendProcess);
          rmSync(dir, { recursive: true, force: true });
        })()),
    };
  } catch (error) {
    if (backend) await stopProcess(backend.process);
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** `user:password` from an `Authorization: Basic …` header; the password may contain colons. */
export function parseBasicAuth(
  header: string | undefined,
): { username: string; password: string } | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/** A session token the token endpoint issued, with the login it was issued for. */
interface Session {
  username: string;
  password: string;
  /** Repository names of the granted scopes (any action: the scope check is loose). */
  repositories: Set<string>;
  expiresAt: number;
}

interface FrontContext {
  backendPort: number;
  agent: http.Agent;
  options: RegistryOptions;
  authAttempts: AuthAttempt[];
  faults: PendingFault[];
  sessions: Map<string, Session>;
  traffic: TrafficCounter;
}

async function handleFrontRequest(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: FrontContext,
): Promise<void> {
  const path = req.url ?? '/';
  const pathname = path.split('?')[0] ?? path;
  const method = req.method ?? 'GET';
  if (pathname === TOKEN_PATH) {
    const fault = takeFault(ctx.faults, method, pathname);
    if (fault) failRequest(req, res, fault);
    else await serveToken(req, res, ctx);
    return;
  }
  if (path === '/v2' || path.startsWith('/v2/')) {
    const verdict = await authorized(req, ctx, pathname);
    if (verdict !== 'ok') {
      rejectUnauthenticated(req, res, verdict === 'invalid-token');
      return;
    }
  }
  const fault = takeFault(ctx.faults, method, pathname);
  if (fault?.delayMs !== undefined) {
    await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
  } else if (fault) {
    failRequest(req, res, fault);
    return;
  }
  proxy(req, res, ctx);
}

function accepts(ctx: FrontContext, username: string, password: string): Promise<boolean> {
  return Promise.resolve()
    .then(() => ctx.options.acceptsLogin(username, password))
    .catch(() => false);
}

/**
 * A /v2/ request's credentials: a live session token covering its repository, or a good Basic
 * login. `invalid-token`: a session token that is unknown, expired or whose login is gone.
 */
async function authorized(
  req: IncomingMessage,
  ctx: FrontContext,
  pathname: string,
): Promise<'ok' | 'denied' | 'invalid-token'> {
  const record = (scheme: AuthAttempt['scheme'], username: string, ok: boolean) =>
    ctx.authAttempts.push({ username, ok, method: req.method ?? 'GET', path: req.url ?? pathname, scheme });
  const bearer = parseBearerAuth(req.headers.authorization);
  if (bearer !== undefined) {
    const session = ctx.sessions.get(bearer);
    const repository = repositoryOfPath(pathname);
    const live =
      session !== undefined &&
      session.expiresAt > Date.now() &&
      // Never outlives the login: an expired registry token fails the push, as on OCIR.
      (await accepts(ctx, session.username, session.password));
    const ok = live && (repository === undefined || session.repositories.has(repository));
    record('Bearer', session?.username ?? '', ok);
    return ok ? 'ok' : live ? 'denied' : 'invalid-token';
  }
  const credentials = parseBasicAuth(req.headers.authorization);
  if (!credentials) return 'denied';
  const ok = await accepts(ctx, credentials.username, credentials.password);
  record('Basic', credentials.username, ok);
  return ok ? 'ok' : 'denied';
}

/**
 * OCIR's token endpoint: Basic credentials of the login in, `{token, access_token, scope, expires_in}`
 * out. No refresh token, so docker keeps the Basic login and asks again for each push.
 */
async function serveToken(req: IncomingMessage, res: ServerResponse, ctx: FrontContext): Promise<void> {
  req.resume();
  const url = new URL(req.url ?? '/', 'http://front');
  const credentials = parseBasicAuth(req.headers.authorization);
  const ok = credentials ? await accepts(ctx, credentials.username, credentials.password) : false;
  if (credentials) {
    ctx.authAttempts.push({
      username: credentials.username,
      ok,
      method: req.method ?? 'GET',
      path: req.url ?? TOKEN_PATH,
      scheme: 'Basic',
    });
  }
  if (!credentials || !ok) {
    sendJson(res, 401, {
      errors: [{ code: 'UNAUTHORIZED', message: 'authentication required', detail: null }],
    });
    return;
  }
  const scopes = url.searchParams
    .getAll('scope')
    .flatMap((scope) => scope.split(' '))
    .filter(Boolean);
  const lifetimeSeconds = ctx.options.sessionTokenLifetimeSeconds ?? SESSION_TOKEN_LIFETIME_SECONDS;
  const token = randomBytes(24).toString('base64url');
  ctx.sessions.set(token, {
    ...credentials,
    repositories: new Set(scopes.map(repositoryOfScope).filter((name) => name !== undefined)),
    expiresAt: Date.now() + lifetimeSeconds * 1000,
  });
  sendJson(res, 200, {
    token,
    access_token: token,
    scope: scopes.join(' '),
    expires_in: lifetimeSeconds,
    issued_at: new Date().toISOString(),
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** The token from an `Authorization: Bearer …` header. */
export function parseBearerAuth(header: string | undefined): string | undefined {
  return /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1];
}

/** `<name>` of a scope `repository:<name>:<actions>` (names hold no colon; a host:port prefix is not sent). */
export function repositoryOfScope(scope: string): string | undefined {
  return /^repository:(?<name>[^:]+):[^:]*$/.exec(scope)?.groups?.name;
}

/** The repository a /v2/ path addresses, or undefined for `/v2/`, `/v2/_catalog` and the like. */
export function repositoryOfPath(pathname: string): string | undefined {
  return /^\/v2\/(?<name>.+?)\/(?:manifests|blobs|tags|referrers)\//.exec(pathname)?.groups?.name;
}

/** The challenge's scope for a request: what it needs of its repository, empty for the base. */
export function challengeScope(method: string, pathname: string): string {
  const repository = repositoryOfPath(pathname);
  if (repository === undefined) return '';
  const pull = method === 'GET' || method === 'HEAD';
  return `repository:${repository}:${pull ? 'pull' : 'pull,push'}`;
}

/** The `WWW-Authenticate` challenge OCIR answers, pointing at the front's own token endpoint. */
export function bearerChallenge(frontHost: string, scope: string, invalidToken = false): string {
  const challenge = `Bearer realm="http://${frontHost}${TOKEN_PATH}",service="${frontHost}",scope="${scope}"`;
  return invalidToken ? `${challenge},error="invalid_token"` : challenge;
}

function takeFault(faults: PendingFault[], method: string, path: string): RegistryFault | undefined {
  const index = faults.findIndex(
    (fault) =>
      (!fault.method || fault.method.toUpperCase() === method) &&
      (fault.path === undefined ||
        (typeof fault.path === 'string' ? fault.path === path : fault.path.test(path))),
  );
  const fault = faults[index];
  if (!fault) return undefined;
  fault.times -= 1;
  if (fault.times <= 0) faults.splice(index, 1);
  return fault;
}

function failRequest(req: IncomingMessage, res: ServerResponse, fault: RegistryFault): void {
  if (fault.dropConnection) {
    req.socket.destroy();
    return;
  }
  // A refused credential answers as the front itself does, so clients read it as one.
  if (fault.status === 401) {
    rejectUnauthenticated(req, res);
    return;
  }
  req.resume();
  const body = JSON.stringify({ errors: [{ code: 'UNAVAILABLE', message: 'injected fault', detail: null }] });
  res.writeHead(fault.status ?? 503, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Docker-Distribution-API-Version': 'registry/2.0',
  });
  res.end(body);
}

function rejectUnauthenticated(req: IncomingMessage, res: ServerResponse, invalidToken = false): void {
  // The Host the client used is the front's address as the client knows it.
  const frontHost = req.headers.host ?? String(req.socket.localAddress);
  const pathname = (req.url ?? '/').split('?')[0] ?? '/';
  const body = JSON.stringify({
    errors: [{ code: 'UNAUTHORIZED', message: 'authentication required', detail: null }],
  });
  // Answered once any upload is read: a client still sending its body sees the 401, not a reset.
  req.resume();
  req.once('end', () => answer());
  const answer = () => {
    res.writeHead(401, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
      'Docker-Distribution-API-Version': 'registry/2.0',
      'WWW-Authenticate': bearerChallenge(
        frontHost,
        challengeScope(req.method ?? 'GET', pathname),
        // A token refused as dead (expired, or its login gone) is named so (RFC 6750): a client
        // that cached it fetches a new one instead of trying it again.
        invalidToken,
      ),
    });
    res.end(body);
  };
}

/** Repository and reference of a manifest path (`/v2/<name>/manifests/<reference>`, no query). */
export function parseManifestPath(path: string): { repository: string; reference: string } | undefined {
  const match = /^\/v2\/(?<repository>.+)\/manifests\/(?<reference>[^/]+)$/.exec(path);
  if (!match?.groups) return undefined;
  const { repository = '', reference = '' } = match.groups;
  return { repository, reference: decodeURIComponent(reference) };
}

/** The push a backend answer completes, if it is a manifest accepted by a PUT. */
function acceptedPush(req: IncomingMessage, upstreamRes: IncomingMessage): ManifestPush | undefined {
  if (req.method !== 'PUT' || upstreamRes.statusCode !== 201) return undefined;
  const target = parseManifestPath((req.url ?? '').split('?')[0] ?? '');
  const digest = upstreamRes.headers['docker-content-digest'];
  if (!target || typeof digest !== 'string') return undefined;
  const mediaType = req.headers['content-type'];
  return { ...target, digest, ...(mediaType ? { mediaType } : {}) };
}

/**
 * Streams the request to the registry and its answer back. The Host header is kept, so the
 * registry builds upload Location URLs that point at the front, not at itself. An accepted
 * manifest is reported before the client hears of it.
 */
function proxy(req: IncomingMessage, res: ServerResponse, ctx: FrontContext): void {
  const sent = { bytes: 0 };
  req.on('data', (chunk: Buffer) => (sent.bytes += chunk.length));
  const headers = withoutHopByHop(req.headers);
  delete headers.authorization; // the backend has no auth: credentials stop at the front
  const upstream = http.request(
    {
      host: '127.0.0.1',
      port: ctx.backendPort,
      method: req.method,
      path: req.url,
      headers,
      agent: ctx.agent,
    },
    (upstreamRes) => {
      ctx.traffic.observe(req, upstreamRes, sent.bytes);
      const forward = () => {
        res.writeHead(
          upstreamRes.statusCode ?? 502,
          upstreamRes.statusMessage,
          withoutHopByHop(upstreamRes.headers),
        );
        upstreamRes.pipe(res);
        upstreamRes.on('error', () => res.destroy());
      };
      const push = acceptedPush(req, upstreamRes);
      if (!push || !ctx.options.onManifestPushed) {
        forward();
        return;
      }
      Promise.resolve()
        .then(() => ctx.options.onManifestPushed?.(push))
        .then(forward, (error: unknown) => {
          upstreamRes.resume();
          const body = JSON.stringify({
            errors: [{ code: 'UNKNOWN', message: `onManifestPushed failed: ${String(error)}`, detail: null }],
          });
          res.writeHead(500, {
            'Content-Type': 'application/json; charset=utf-8',
            'Content-Length': Buffer.byteLength(body),
            'Docker-Distribution-API-Version': 'registry/2.0',
          });
          res.end(body);
        });
    },
  );
  upstream.on('error', (error) => {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    res.writeHead(502, { 'Content-Type': 'text/plain' });
    res.end(`registry backend unreachable: ${error.message}\n`);
  });
  req.on('error', () => upstream.destroy());
  res.on('close', () => {
    if (!res.writableFinished) upstream.destroy();
  });
  req.pipe(upstream);
}

/**
 * Counts, from each backend answer, what clients uploaded: bytes sent per upload session (keyed by
 * its id in the upload URL) until the PUT that completes it, accepted manifests, and mounts.
 */
class TrafficCounter {
  private blobUploads: BlobUpload[] = [];
  private manifestPuts: ManifestPut[] = [];
  private mountAttempts: MountAttempt[] = [];
  /** Bytes sent so far to each open upload session. */
  private readonly openUploads = new Map<string, number>();

  observe(req: IncomingMessage, upstreamRes: IncomingMessage, bytes: number): void {
    const url = new URL(req.url ?? '/', 'http://front');
    const status = upstreamRes.statusCode ?? 0;
    const method = req.method ?? 'GET';
    const contentDigest = upstreamRes.headers['docker-content-digest'];
    const manifest = parseManifestPath(url.pathname);
    if (manifest && method === 'PUT' && status === 201 && typeof contentDigest === 'string') {
      this.manifestPuts.push({ ...manifest, digest: contentDigest });
      return;
    }
    const upload = /^\/v2\/(?<repository>.+)\/blobs\/uploads\/(?<id>[^/]*)$/.exec(url.pathname)?.groups;
    if (upload?.repository === undefined) return;
    const { repository, id = '' } = upload;
    const sessionOf = (location: string | undefined) =>
      location === undefined
        ? undefined
        : /\/blobs\/uploads\/(?<id>[^/?]+)/.exec(new URL(location, 'http://front').pathname)?.groups?.id;
    const completed = (digest: string, total: number) =>
      this.blobUploads.push({ repository, digest, bytes: total });

    if (method === 'POST') {
      const mount = url.searchParams.get('mount');
      if (mount !== null) {
        this.mountAttempts.push({
          repository,
          from: url.searchParams.get('from') ?? '',
          digest: mount,
          status,
          mounted: status === 201,
        });
        if (status === 201) return;
      }
      if (status === 201 && typeof contentDigest === 'string') completed(contentDigest, bytes);
      const session = status === 202 ? sessionOf(upstreamRes.headers.location) : undefined;
      if (session !== undefined) this.openUploads.set(session, bytes);
      return;
    }
    if (id === '' || status < 200 || status > 299) return;
    const total = (this.openUploads.get(id) ?? 0) + bytes;
    if (method === 'PATCH') this.openUploads.set(id, total);
    if (method === 'PUT' && status === 201) {
      this.openUploads.delete(id);
      completed(
        typeof contentDigest === 'string' ? contentDigest : (url.searchParams.get('digest') ?? ''),
        total,
      );
    }
  }

  snapshot(): RegistryTraffic {
    return structuredClone({
      blobUploads: this.blobUploads,
      manifestPuts: this.manifestPuts,
      mountAttempts: this.mountAttempts,
    });
  }

  reset(): void {
    this.blobUploads = [];
    this.manifestPuts = [];
    this.mountAttempts = [];
  }
}

function withoutHopByHop(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name.toLowerCase())));
}

async function manifestDigest(backendUrl: string, repo: string, tag: string): Promise<string | undefined> {
  const res = await fetch(`${backendUrl}/v2/${repo}/manifests/${encodeURIComponent(tag)}`, {
    method: 'HEAD',
    headers: { Accept: MANIFEST_MEDIA_TYPES },
  });
  if (res.status === 404) return undefined;
  if (!res.ok) throw new Error(`HEAD manifest ${repo}:${tag}: HTTP ${res.status}`);
  return res.headers.get('docker-content-digest') ?? undefined;
}

async function storedManifest(
  backendUrl: string,
  repo: string,
  reference: string,
): Promise<{ mediaType: string; bytes: Buffer } | undefined> {
  const res = await fetch(`${backendUrl}/v2/${repo}/manifests/${encodeURIComponent(reference)}`, {
    headers: { Accept: MANIFEST_MEDIA_TYPES },
  });
  if (res.status === 404) return undefined;
  if (!res.ok) throw new Error(`GET manifest ${repo}@${reference}: HTTP ${res.status}`);
  return { mediaType: res.headers.get('content-type') ?? '', bytes: Buffer.from(await res.arrayBuffer()) };
}

async function listTags(backendUrl: string, repo: string): Promise<string[]> {
  const res = await fetch(`${backendUrl}/v2/${repo}/tags/list`);
  if (res.status === 404) return [];
  if (!res.ok) throw new Error(`GET tags of ${repo}: HTTP ${res.status}`);
  const body = (await res.json()) as { tags?: string[] | null };
  return [...(body.tags ?? [])].sort();
}

async function deleteManifest(backendUrl: string, repo: string, digest: string): Promise<boolean> {
  const res = await fetch(`${backendUrl}/v2/${repo}/manifests/${digest}`, { method: 'DELETE' });
  if (res.status === 404) return false;
  if (res.status !== 202)
    throw new Error(`DELETE manifest ${repo}@${digest}: HTTP ${res.status} ${await res.text()}`);
  return true;
}

async function setTags(
  backendUrl: string,
  repo: string,
  digest: string,
  tags: readonly string[],
): Promise<boolean> {
  // Tags and digests need no escaping (`[A-Za-z0-9_.-]`, `sha256:<hex>`).
  const manifestUrl = (reference: string) => `${backendUrl}/v2/${repo}/manifests/${reference}`;
  // Accept every type, else the registry would convert or refuse and the bytes (the digest) change.
  const stored = await fetch(manifestUrl(digest), { headers: { Accept: MANIFEST_MEDIA_TYPES } });
  if (stored.status === 404) return false;
  if (!stored.ok) throw new Error(`GET manifest ${repo}@${digest}: HTTP ${stored.status}`);
  const mediaType = stored.headers.get('content-type') ?? '';
  const bytes = Buffer.from(await stored.arrayBuffer());
  if (!(await deleteManifest(backendUrl, repo, digest))) return false;
  for (const reference of [digest, ...tags]) {
    const put = await fetch(manifestUrl(reference), {
      method: 'PUT',
      headers: { 'Content-Type': mediaType },
      body: bytes,
    });
    const putDigest = put.headers.get('docker-content-digest');
    if (put.status !== 201 || putDigest !== digest) {
      throw new Error(
        `PUT manifest ${repo}:${reference} again: HTTP ${put.status}, digest ${putDigest ?? 'none'} (expected ${digest}) ${await put.text()}`,
      );
    }
  }
  return true;
}

interface Backend {
  port: number;
  process: ChildProcess;
}

/**
 * Starts docker-registry with our own config: loopback only, storage in `dir`, deletes
 * enabled, no auth. Retries on another port if the one picked was taken meanwhile.
 */
async function startBackend(dir: string): Promise<Backend> {
  if (!existsSync(REGISTRY_BINARY)) {
    throw new Error(
      `${REGISTRY_BINARY} is missing: install the Debian package docker-registry (see .ci/run)`,
    );
  }
  let lastError: unknown;
  for (let attempt = 1; attempt <= 3; attempt++) {
    const port = await freeLoopbackPort();
    const configPath = join(dir, 'config.yml');
    const logPath = join(dir, 'registry.log');
    writeFileSync(configPath, registryConfig(port, join(dir, 'storage')));
    const log = openSync(logPath, 'w');
    // A clean environment: REGISTRY_* variables would override the config file.
    const child = spawn(REGISTRY_BINARY, ['serve', configPath], {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
      stdio: ['ignore', log, log],
    });
    closeSync(log);
    // Never outlive the test process, even when it dies without calling close().
    const killOnExit = () => child.kill('SIGKILL');
    process.once('exit', killOnExit);
    child.once('exit', () => process.off('exit', killOnExit));
    let exited: string | undefined;
    child.once('exit', (code, signal) => (exited = `exited early (${signal ?? code})`));
    child.once('error', (error) => (exited = `could not start ${REGISTRY_BINARY}: ${error.message}`));
    try {
      await waitUntil(
        `docker-registry on 127.0.0.1:${port}`,
        async () => (await fetch(`http://127.0.0.1:${port}/v2/`)).status === 200,
        { timeoutMs: 20_000, intervalMs: 50, whyNotYet: () => exited },
      );
      return { port, process: child };
    } catch (error) {
      await stopProcess(child);
      lastError = new Error(
        `${(error as Error).message}\n--- registry log ---\n${readFileSync(logPath, 'utf8')}`,
      );
    }
  }
  throw lastError;
}

export function registryConfig(port: number, storageDir: string): string {
  return [
    'version: 0.1',
    'log:',
    '  level: warn',
    '  accesslog:',
    '    disabled: true',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${storageDir}`,
    '  delete:',
    '    enabled: true',
    '  maintenance:',
    '    uploadpurging:',
    '      enabled: false',
    'http:',
    `  addr: 127.0.0.1:${port}`,
    '  headers:',
    '    X-Content-Type-Options: [nosniff]',
    '',
  ].join('\n');
}

async function freeLoopbackPort(): Promise<number> {
  const probe = http.createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', resolve);
  });
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const killTimer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(killTimer);
}
