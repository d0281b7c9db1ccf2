/**
 * The HTTP side: one node:http server on 127.0.0.1 for every emulated service and every region. A
 * leading `/<region id>` in the path picks the region's state (none: the home region's); the routes see
 * the path without it, while the signature check covers the path as sent. Each request is recorded,
 * its signature verified, then it meets any injected fault, then its route.
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { ApiError, defaultCodeFor } from './errors.js';
import { FaultQueue } from './faults.js';
import { resolveRoute } from './routes.js';
import type { Reply } from './routes.js';
import { instancePrincipalReply } from './instance-principal.js';
import { verifyRequestSignature } from './signature.js';
import { TenancyState } from './state.js';
import { Throttling } from './throttle.js';
import type { Emulator, EmulatorOptions, EmulatorRegion, RecordedRequest } from './types.js';

const MAX_BODY_BYTES = 1024 * 1024;
const DROP = Symbol('drop connection');
const INVALID_JSON = Symbol('invalid JSON');

/** A region identifier as the first path segment: `sa-vinhedo-1`, `us-gov-ashburn-1`, `me-dcc-muscat-1`. */
const REGION_PREFIX = /^\/(?<region>[a-z]{2}(?:-[a-z0-9]+)+-\d+)(?<rest>\/.*)?$/;

export async function startEmulator(options: EmulatorOptions): Promise<Emulator> {
  const state = new TenancyState(options);
  const states = new Map<string, TenancyState>([[state.region, state]]);
  for (const region of options.replicaRegions ?? []) {
    if (states.has(region)) throw new Error(`startEmulator: region ${region} is given twice`);
    if (!REGION_PREFIX.test(`/${region}`)) throw new Error(`startEmulator: '${region}' is not a region id`);
    states.set(region, new TenancyState({ ...options, region }, state));
  }
  const faults = new FaultQueue();
  const throttling = new Throttling(options.throttle);
  const requests: RecordedRequest[] = [];
  const closing = new AbortController();
  const defaultPageSize = options.defaultPageSize ?? 100;
  let latencyMs = options.latencyMs ?? 0;

  async function answer(
    method: string,
    path: string,
    query: URLSearchParams,
    received: Received,
    region: string | undefined,
  ) {
    const regionState = states.get(region ?? state.region);
    if (regionState === undefined) {
      const known = [...states.keys()].join(', ');
      return errorReply(new ApiError(404, 'NotFound', `No region ${region} here (regions: ${known}).`));
    }
    const instanceReply = instancePrincipalReply(
      { method, path, target: received.target, headers: received.headers, body: received.body },
      options.instance,
      state.sessionTokens,
      state.now(),
    );
    if (instanceReply) return instanceReply;
    const verification = verifyRequestSignature(
      { method, target: received.target, headers: received.headers, body: received.body },
      (keyId) => state.publicKeyFor(keyId),
      state.now(),
    );
    if (!verification.ok) return errorReply(new ApiError(401, 'NotAuthenticated', verification.reason));

    const refusal = throttling.admit(method, path);
    if (refusal !== undefined) {
      return {
        ...errorReply(new ApiError(429, 'TooManyRequests', 'User-rate limit exceeded.')),
        ...(refusal.sendRetryAfter ? { headers: { 'retry-after': String(refusal.retryAfterSeconds) } } : {}),
      };
    }

    const fault = faults.take(method, path, query, regionState.region);
    if (fault?.delayMs !== undefined) await sleep(fault.delayMs, undefined, { signal: closing.signal });
    if (fault?.dropConnection) return DROP;
    if (fault?.status !== undefined) {
      const code = fault.code ?? defaultCodeFor(fault.status);
      return errorReply(new ApiError(fault.status, code, fault.message ?? `Injected fault: ${code}.`));
    }

    const route = resolveRoute(method, path);
    if (!route.found) return errorReply(route.error);
    if (received.json === INVALID_JSON)
      return errorReply(new ApiError(400, 'InvalidParameter', 'The body is not JSON.'));
    try {
      return await route.handle({
        params: route.params,
        query,
        body: received.json,
        headers: received.headers,
        callerId: state.callerOf(verification.keyId),
        state: regionState,
        defaultPageSize,
      });
    } catch (error) {
      if (error instanceof ApiError) return errorReply(error);
      return errorReply(new ApiError(500, 'InternalServerError', String(error)));
    }
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = request.method ?? 'GET';
    const target = request.url ?? '/';
    const url = new URL(target, 'http://emulator.invalid');
    const { region, path } = splitRegion(url.pathname);
    const keyId = /keyId="([^"]*)"/.exec(request.headers.authorization ?? '')?.[1];
    const record: RecordedRequest = {
      method,
      path,
      ...(region === undefined ? {} : { region }),
      query: Object.fromEntries(url.searchParams),
      ...(keyId === undefined ? {} : { keyId }),
      ...(typeof request.headers['if-match'] === 'string' ? { ifMatch: request.headers['if-match'] } : {}),
      status: 0,
    };
    requests.push(record);

    const body = await readBody(request);
    if (body === undefined) {
      record.status = 413;
      send(
        request,
        response,
        errorReply(new ApiError(413, 'RequestEntityTooLarge', 'The body is too large.')),
      );
      return;
    }
    const received: Received = { target, headers: request.headers, body, json: parseJson(body) };
    if (body.length > 0) record.body = received.json === INVALID_JSON ? body.toString() : received.json;
    if (latencyMs > 0) await sleep(latencyMs, undefined, { signal: closing.signal });

    const reply = await answer(method, path, url.searchParams, received, region);
    if (reply === DROP) {
      request.socket.destroy();
      return;
    }
    record.status = reply.status;
    send(request, response, reply);
  }

  const server = createServer((request, response) => {
    // Handlers' failures are answered inside `handle`; what escapes is a client that went away or a close
    // during a delayed answer: nobody is left to answer.
    handle(request, response).catch(() => response.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  const regionView = (regionState: TenancyState, regionUrl: string): EmulatorRegion => ({
    region: regionState.region,
    url: regionUrl,
    repositories: () => regionState.repositories(),
    images: () => regionState.images(),
    addRepository: (repository) =>
      structuredClone(regionState.createRepository(repository, options.users[0]?.id ?? regionState.tenancy)),
    addImage: (image) => structuredClone(regionState.addImage(image)),
    ageImages: (repositoryName, ms) => regionState.ageImages(repositoryName, ms),
    recordPush: (push) => {
      const image = regionState.recordPush(push);
      return image === undefined ? undefined : structuredClone(image);
    },
    acceptsRegistryLogin: (username, password) => regionState.acceptsRegistryLogin(username, password),
    issuedTokens: () => regionState.issuedTokens(),
  });
  const views = new Map(
    [...states].map(([region, regionState]) => [region, regionView(regionState, `${url}/${region}`)]),
  );

  return {
    ...regionView(state, url),
    regionUrlTemplate: `${url}/{region}`,
    regions: [...states.keys()],
    inRegion: (region) => {
      const view = views.get(region);
      if (view === undefined) {
        throw new Error(
          `inRegion: no region ${region} in this emulator (regions: ${[...states.keys()].join(', ')})`,
        );
      }
      return view;
    },
    tenancy: state.tenancy,
    namespace: state.namespace,
    requests,
    addCompartment: (compartment) => state.compartments.add(compartment),
    compartments: () => state.compartments.compartments(),
    injectFault: (fault) => faults.add(fault),
    throttle: (rule) => (rule === undefined ? throttling.clear() : throttling.add(rule)),
    setLatency: (ms) => {
      latencyMs = ms;
    },
    pendingFaults: () => faults.pending(),
    kms: state.kms,
    sessionTokens: state.sessionTokens,
    imageSignatures: () => state.imageSignatures.all(),
    scanning: state.scanning,
    close: () =>
      new Promise<void>((resolve, reject) => {
        closing.abort();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** The region a path's first segment names, and the path without it; no region: the path as it is. */
function splitRegion(pathname: string): { region?: string; path: string } {
  const groups = REGION_PREFIX.exec(pathname)?.groups;
  if (groups?.region === undefined) return { path: pathname };
  return { region: groups.region, path: groups.rest ?? '/' };
}

interface Received {
  target: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
  /** Parsed body: undefined when empty, INVALID_JSON when it is not JSON. */
  json: unknown;
}

function errorReply(error: ApiError): Reply {
  return { status: error.status, body: { code: error.code, message: error.message } };
}

function send(request: IncomingMessage, response: ServerResponse, reply: Reply): void {
  const clientRequestId = request.headers['opc-client-request-id'];
  const headers: Record<string, string> = {
    'opc-request-id': randomBytes(16).toString('hex').toUpperCase(),
    ...(typeof clientRequestId === 'string' ? { 'opc-client-request-id': clientRequestId } : {}),
    ...reply.headers,
  };
  if (reply.text !== undefined) {
    response
      .writeHead(reply.status, {
        ...headers,
        'content-type': 'text/plain',
        'content-length': String(Buffer.byteLength(reply.text)),
      })
      .end(reply.text);
    return;
  }
  if (reply.body === undefined || reply.status === 204) {
    response.writeHead(reply.status, headers).end();
    return;
  }
  const payload = JSON.stringify(reply.body);
  response
    .writeHead(reply.status, {
      ...headers,
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(payload)),
    })
    .end(payload);
}

/** The whole body, or undefined when it exceeds MAX_BODY_BYTES. */
async function readBody(request: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function parseJson(body: Buffer): unknown {
  if (body.length === 0) return undefined;
  try {
    return JSON.parse(body.toString()) as unknown;
  } catch {
    return INVALID_JSON;
  }
}
