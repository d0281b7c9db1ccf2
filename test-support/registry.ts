/**
 * A real registry standing in for OCIR: the CNCF distribution registry (Debian package
 * `docker-registry`) on 127.0.0.1, behind an auth front that demands HTTP Basic credentials
 * on every /v2/ request and accepts only what `acceptsLogin` accepts (the OCI emulator's
 * `<namespace>/<user>` + auth token, or `BEARER_TOKEN` + an issued token).
 * Docker treats 127.0.0.0/8 registries as insecure, so plain HTTP works without TLS.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitUntil } from './wait.js';

export const REGISTRY_BINARY = '/usr/bin/docker-registry';
export const AUTH_REALM = 'OCIR emulator';

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

export interface AuthAttempt {
  username: string;
  ok: boolean;
  method: string;
  path: string;
}

/** A failure the next matching authenticated request(s) meet instead of reaching the registry. */
export interface RegistryFault {
  /** HTTP method, any case. Default: any. */
  method?: string;
  /** Request path without the query: a string matches exactly, a RegExp is tested. Default: any. */
  path?: string | RegExp;
  /** Answer this status (default 503) with a registry-style error body. */
  status?: number;
  /** Destroy the connection without an answer instead (a reset, for the client). */
  dropConnection?: boolean;
  /** How many requests it affects. Default 1. */
  times?: number;
}

type PendingFault = RegistryFault & { times: number };

export interface RegistryOptions {
  acceptsLogin(username: string, password: string): boolean | Promise<boolean>;
}

export interface Registry {
  /** `127.0.0.1:<port>` of the auth front: what the action gets as its `registry` input. */
  host: string;
  /** The unauthenticated registry itself, for assertions only. */
  backendUrl: string;
  /** One entry per request through the front that carried Basic credentials. */
  authAttempts: AuthAttempt[];
  /** The digest the registry stores for `repo:tag`, or undefined when there is no such tag. */
  manifestDigest(repo: string, tag: string): Promise<string | undefined>;
  /** Tags of `repo`, sorted; empty when the repository does not exist. */
  tags(repo: string): Promise<string[]>;
  /** Makes the front fail matching requests, e.g. a 503 on a manifest PUT, to test retries. */
  injectFault(fault: RegistryFault): void;
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
    const front = http.createServer((req, res) => {
      void handleFrontRequest(req, res, { backendPort, agent, options, authAttempts, faults });
    });
    await new Promise<void>((resolve, reject) => {
      front.once('error', reject);
      front.listen(0, '127.0.0.1', resolve);
    });
    const frontPort = (front.address() as AddressInfo).port;
    const backendUrl = `http://127.0.0.1:${backendPort}`;

    let closed: Promise<void> | undefined;
    return {
      host: `127.0.0.1:${frontPort}`,
      backendUrl,
      authAttempts,
      manifestDigest: (repo, tag) => manifestDigest(backendUrl, repo, tag),
      tags: (repo) => listTags(backendUrl, repo),
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

interface FrontContext {
  backendPort: number;
  agent: http.Agent;
  options: RegistryOptions;
  authAttempts: AuthAttempt[];
  faults: PendingFault[];
}

async function handleFrontRequest(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: FrontContext,
): Promise<void> {
  const path = req.url ?? '/';
  if (path === '/v2' || path.startsWith('/v2/')) {
    const credentials = parseBasicAuth(req.headers.authorization);
    let ok = false;
    if (credentials) {
      ok = await Promise.resolve(ctx.options.acceptsLogin(credentials.username, credentials.password)).catch(
        () => false,
      );
      ctx.authAttempts.push({ username: credentials.username, ok, method: req.method ?? 'GET', path });
    }
    if (!ok) {
      rejectUnauthenticated(req, res);
      return;
    }
  }
  const fault = takeFault(ctx.faults, req.method ?? 'GET', path.split('?')[0] ?? path);
  if (fault) {
    failRequest(req, res, fault);
    return;
  }
  proxy(req, res, ctx);
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
  req.resume();
  const body = JSON.stringify({ errors: [{ code: 'UNAVAILABLE', message: 'injected fault', detail: null }] });
  res.writeHead(fault.status ?? 503, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Docker-Distribution-API-Version': 'registry/2.0',
  });
  res.end(body);
}

function rejectUnauthenticated(req: IncomingMessage, res: ServerResponse): void {
  // Drain any upload so the client sees the 401 instead of a reset connection.
  req.resume();
  const body = JSON.stringify({
    errors: [{ code: 'UNAUTHORIZED', message: 'authentication required', detail: null }],
  });
  res.writeHead(401, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Docker-Distribution-API-Version': 'registry/2.0',
    'WWW-Authenticate': `Basic realm="${AUTH_REALM}"`,
  });
  res.end(body);
}

/**
 * Streams the request to the registry and its answer back. The Host header is kept, so the
 * registry builds upload Location URLs that point at the front, not at itself.
 */
function proxy(req: IncomingMessage, res: ServerResponse, ctx: FrontContext): void {
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
      res.writeHead(
        upstreamRes.statusCode ?? 502,
        upstreamRes.statusMessage,
        withoutHopByHop(upstreamRes.headers),
      );
      upstreamRes.pipe(res);
      upstreamRes.on('error', () => res.destroy());
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

async function listTags(backendUrl: string, repo: string): Promise<string[]> {
  const res = await fetch(`${backendUrl}/v2/${repo}/tags/list`);
  if (res.status === 404) return [];
  if (!res.ok) throw new Error(`GET tags of ${repo}: HTTP ${res.status}`);
  const body = (await res.json()) as { tags?: string[] | null };
  return [...(body.tags ?? [])].sort();
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
