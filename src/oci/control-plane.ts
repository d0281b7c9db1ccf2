/**
 * The OCI control plane through the OCI SDK: tenancy namespace, user name, registry token and
 * container repositories. The only module that imports the SDK; main.ts loads it with a dynamic
 * import, so runs that need no lookup never pay for it.
 *
 * Every client talks to the endpoints the SDK derives from the region, or to `baseUrl` when one is
 * given (the local emulator). Calls are signed with the API key, retried briefly on transient
 * failures only, and time-limited; the SDK's console chatter goes to the `log` callback.
 */
import { createPrivateKey, randomUUID } from 'node:crypto';
import * as common from 'oci-common';
import { ArtifactsClient } from 'oci-artifacts';
import { ContainerRegistryClient } from 'oci-containerregistry';
import { IdentityClient } from 'oci-identity';
import { ObjectStorageClient } from 'oci-objectstorage';
import { findInPages } from './pages.js';
import type { RepositoryInfo, RepositorySpec } from './repository.js';
import { withSdkWarningsTo } from './sdk-warnings.js';

export type { RepositoryInfo, RepositorySettings, RepositorySpec } from './repository.js';

export interface ApiKey {
  tenancy: string;
  user: string;
  fingerprint: string;
  /** PEM, PKCS#8 or PKCS#1, possibly encrypted under `passphrase`. */
  privateKey: string;
  passphrase?: string;
}

export interface ControlPlaneOptions {
  apiKey: ApiKey;
  /**
   * Region identifier, e.g. `sa-saopaulo-1`. A region newer than the SDK's table must be known to
   * oci-common the way resolveRegion learnt it: env OCI_REGION_METADATA or ~/.oci/regions-config.json.
   */
  regionId: string;
  /** Env OCI_API_BASE_URL: one base URL for every service (the emulator). Unset in real runs. */
  baseUrl?: string;
  /** Debug output: the SDK's own log lines and retries. Never receives secrets. */
  log?: (message: string) => void;
  /** Time limit of one HTTP request (each retry gets a fresh one). Default 30 s. */
  requestTimeoutMs?: number;
}

export interface ControlPlane {
  /** Service endpoints in use, for the debug log. */
  readonly endpoints: Readonly<
    Record<'objectStorage' | 'identity' | 'artifacts' | 'containerRegistry', string>
  >;
  /** The tenancy's Object Storage namespace (also the registry namespace). */
  namespace(): Promise<string>;
  /** The API key user's name: `joao.silva`, or `oracleidentitycloudservice/joao.silva` when federated. */
  userName(): Promise<string>;
  /** A short-lived registry token from the OCIR token endpoint: log in as BEARER_USERNAME with it. */
  registryToken(): Promise<string>;
  /** The repository of that name anywhere in the tenancy (names are unique per tenancy and region). */
  findRepository(name: string): Promise<RepositoryInfo | undefined>;
  /** Finds the repository, or creates it in `spec.compartmentId`; a concurrent create (409) counts as found. */
  ensureRepository(spec: RepositorySpec): Promise<RepositoryInfo & { created: boolean }>;
  /** For each tag that exists in the repository: the digest of the image that carries it. */
  tagDigests(repositoryId: string, tags: string[]): Promise<Map<string, string>>;
}

/** A request that got no HTTP answer (DNS, refused, reset, TLS, timeout), after any retries. */
export class OciNetworkError extends Error {
  readonly code: string | undefined;
  readonly endpoint: string | undefined;

  constructor(message: string, code?: string, endpoint?: string) {
    super(message);
    this.name = 'OciNetworkError';
    this.code = code;
    this.endpoint = endpoint;
  }
}

/** The retry policy: a CI step must fail in seconds, not after the SDK default's 8 attempts over ~90 s. */
export const RETRY_POLICY = {
  attempts: 4,
  /** Before the 2nd attempt; doubles up to `maxDelaySeconds`, plus up to 250 ms of jitter. */
  firstDelaySeconds: 0.5,
  maxDelaySeconds: 4,
} as const;

const TRANSIENT_STATUS = new Set([429, 500, 502, 503, 504]);
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
/** Listing page size: large pages, few round trips. */
const PAGE_LIMIT = 100;
const GONE = new Set(['DELETING', 'DELETED']);

/**
 * Whether a failed HTTP answer is worth another attempt: throttling and server errors only, never
 * 400/401/404/409 (a request, key, permission or name problem that a retry cannot cure). Requests
 * that got no answer at all are retried by the SDK unless networkFailure marks them permanent.
 */
export function isTransient(error: { statusCode: number }): boolean {
  return TRANSIENT_STATUS.has(error.statusCode);
}

const retryConfiguration: common.RetryConfiguration = {
  terminationStrategy: new common.MaxAttemptsTerminationStrategy(RETRY_POLICY.attempts),
  delayStrategy: {
    delay: ({ attemptCount }) =>
      Math.min(RETRY_POLICY.firstDelaySeconds * 2 ** attemptCount, RETRY_POLICY.maxDelaySeconds) +
      Math.random() / 4,
  },
  retryCondition: isTransient,
};

export function connectControlPlane(options: ControlPlaneOptions): ControlPlane {
  const log = options.log ?? (() => undefined);
  routeSdkLogger(log);
  const { apiKey } = options;
  const region = common.Region.fromRegionId(options.regionId) as common.Region | undefined;
  if (!region) {
    throw new Error(
      `Region ${options.regionId} is unknown to the OCI SDK: describe it in env OCI_REGION_METADATA or ~/.oci/regions-config.json`,
    );
  }
  const provider = new common.SimpleAuthenticationDetailsProvider(
    apiKey.tenancy,
    apiKey.user,
    apiKey.fingerprint,
    signingKeyPem(apiKey),
    null,
    region,
  );
  // One signing HTTP client for all four (the key is parsed once); the region is set on each below.
  const params = {
    httpClient: timedHttpClient(new common.DefaultRequestSigner(provider), options.requestTimeoutMs),
  };
  const configuration: common.ClientConfiguration = {
    retryConfiguration,
    // A breaker shared by all calls of a client only delays the verdict of a single short run.
    circuitBreaker: new common.CircuitBreaker({ disableClientCircuitBreaker: true }),
  };
  const baseUrl = options.baseUrl?.replace(/\/+$/, '');
  const place = <Client extends { region: common.Region; endpoint: string }>(client: Client): Client => {
    client.region = region;
    if (baseUrl) client.endpoint = baseUrl; // after the region, whose setter sets the endpoint too
    return client;
  };
  const objectStorage = place(new ObjectStorageClient(params, configuration));
  const identity = place(new IdentityClient(params, configuration));
  const artifacts = place(new ArtifactsClient(params, configuration));
  const containerRegistry = place(new ContainerRegistryClient(params, configuration));

  const call = <T>(operation: () => Promise<T>): Promise<T> =>
    withSdkWarningsTo(log, async () => {
      try {
        return await operation();
      } catch (error) {
        throw asError(error);
      }
    });

  async function findRepository(name: string): Promise<RepositoryInfo | undefined> {
    const summary = await call(() =>
      findInPages(
        async (page) => {
          const response = await artifacts.listContainerRepositories({
            compartmentId: apiKey.tenancy,
            compartmentIdInSubtree: true,
            displayName: name,
            limit: PAGE_LIMIT,
            ...(page ? { page } : {}),
          });
          return { items: response.containerRepositoryCollection.items, nextPage: response.opcNextPage };
        },
        (item) => item.displayName === name && !GONE.has(item.lifecycleState),
      ),
    );
    if (!summary) return undefined;
    // List items lack isImmutable.
    const { containerRepository } = await call(() =>
      artifacts.getContainerRepository({ repositoryId: summary.id }),
    );
    return repositoryInfo(containerRepository);
  }

  return {
    endpoints: {
      objectStorage: common.EndpointBuilder.updateEndpointTemplateForOptions(
        objectStorage.endpoint,
        undefined,
        false,
      ),
      identity: identity.endpoint,
      artifacts: artifacts.endpoint,
      containerRegistry: containerRegistry.endpoint,
    },

    namespace: () => call(async () => (await objectStorage.getNamespace({})).value),

    userName: () => call(async () => (await identity.getUser({ userId: apiKey.user })).user.name),

    async registryToken() {
      const { accessToken } = await call(() => containerRegistry.getAccessToken({}));
      const token = accessToken.token || accessToken.accessToken;
      if (!token) throw new Error('The OCIR token endpoint answered without a token');
      return token;
    },

    findRepository,

    async ensureRepository(spec) {
      const existing = await findRepository(spec.name);
      if (existing) return { ...existing, created: false };
      try {
        const { containerRepository } = await call(() =>
          artifacts.createContainerRepository({
            createContainerRepositoryDetails: {
              compartmentId: spec.compartmentId ?? apiKey.tenancy,
              displayName: spec.name,
              isPublic: spec.isPublic,
              isImmutable: spec.isImmutable,
            },
            // Makes the SDK's retry of a create whose answer was lost idempotent.
            opcRetryToken: randomUUID(),
          }),
        );
        return { ...repositoryInfo(containerRepository), created: true };
      } catch (error) {
        if (statusOf(error) !== 409) throw error;
        // Names are unique per tenancy: someone (a parallel job) created it meanwhile.
        log(`Creating repository ${spec.name} answered 409: looking it up again`);
        const raced = await findRepository(spec.name);
        if (raced) return { ...raced, created: false };
        throw error;
      }
    },

    async tagDigests(repositoryId, tags) {
      const pairs = await Promise.all(
        [...new Set(tags)].map(async (tag) => {
          const image = await call(() =>
            findInPages(
              async (page) => {
                const response = await artifacts.listContainerImages({
                  compartmentId: apiKey.tenancy,
                  compartmentIdInSubtree: true,
                  repositoryId,
                  version: tag,
                  limit: PAGE_LIMIT,
                  ...(page ? { page } : {}),
                });
                return { items: response.containerImageCollection.items, nextPage: response.opcNextPage };
              },
              (item) => item.repositoryId === repositoryId && !GONE.has(item.lifecycleState),
            ),
          );
          return image ? ([tag, image.digest] as const) : undefined;
        }),
      );
      return new Map(pairs.filter((pair) => pair !== undefined));
    },
  };
}

/**
 * The key as unencrypted PKCS#8, in memory only. Node decrypts it: the SDK's key parser (sshpk),
 * given a wrong passphrase, throws once and then again from an event handler, which would crash
 * the process with an uncaught exception.
 */
function signingKeyPem(apiKey: ApiKey): string {
  try {
    const key = createPrivateKey({
      key: apiKey.privateKey,
      ...(apiKey.passphrase ? { passphrase: apiKey.passphrase } : {}),
    });
    return key.export({ type: 'pkcs8', format: 'pem' }).toString();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `The API signing key could not be read${apiKey.passphrase ? ' with the given passphrase' : ''}: ${reason}`,
    );
  }
}

function repositoryInfo(repository: {
  id: string;
  displayName: string;
  compartmentId: string;
  isPublic: boolean;
  isImmutable: boolean;
}): RepositoryInfo {
  return {
    id: repository.id,
    name: repository.displayName,
    compartmentId: repository.compartmentId,
    isPublic: repository.isPublic,
    isImmutable: repository.isImmutable,
  };
}

/** The SDK logs through one global logger; point it at our debug log rather than nowhere or the console. */
function routeSdkLogger(log: (message: string) => void): void {
  const write = (message?: unknown, ...rest: unknown[]) =>
    log(`OCI SDK: ${[message, ...rest].map(String).join(' ')}`);
  common.LOG.logger = { level: 'debug', debug: write, info: write, warn: write, error: write, trace: write };
}

/**
 * oci-common's fetch client, with a fresh time limit per request and failures that name their
 * cause: fetch reports every network failure as "fetch failed", and the SDK keeps only that line.
 */
function timedHttpClient(
  signer: common.RequestSigner,
  timeoutMs = DEFAULT_REQUEST_TIMEOUT_MS,
): common.HttpClient {
  return {
    async send(request, ...rest) {
      const fetcher = new common.FetchHttpClient(signer, null, { signal: AbortSignal.timeout(timeoutMs) });
      try {
        return await fetcher.send(request, ...rest);
      } catch (error) {
        throw networkFailure(error, request.uri, timeoutMs);
      }
    },
  };
}

/** Codes of failures that another attempt will not cure: a host that does not exist, a certificate. */
const PERMANENT_NETWORK_CODES =
  /^(ENOTFOUND|CERT_|ERR_TLS_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT|UNABLE_TO_)/;

function networkFailure(error: unknown, uri: string, timeoutMs: number): Error {
  const host = hostOf(uri);
  // Duck-typed: fetch's errors may come from another realm (a test VM context), where instanceof fails.
  const outer = fieldsOf(error);
  if (outer.name === 'TimeoutError' || outer.name === 'AbortError') {
    return Object.assign(new Error(`${host}: no answer within ${timeoutMs / 1000} s (ETIMEDOUT)`), {
      code: 'ETIMEDOUT',
    });
  }
  const cause = fieldsOf(outer.cause);
  const code = cause.code ?? outer.code;
  const detail = cause.message ?? outer.message ?? String(error);
  const failure = new Error(`${host}: ${detail}${code && !detail.includes(code) ? ` (${code})` : ''}`);
  // The SDK's retrier reads these two: a host that does not exist or a bad certificate stays so.
  return Object.assign(
    failure,
    code ? { code } : {},
    code && PERMANENT_NETWORK_CODES.test(code) ? { shouldBeRetried: false } : {},
  );
}

function fieldsOf(error: unknown): { name?: string; message?: string; code?: string; cause?: unknown } {
  if (typeof error !== 'object' || error === null) return {};
  const record = error as Record<string, unknown>;
  const text = (key: string) => (typeof record[key] === 'string' ? record[key] : undefined);
  return { name: text('name'), message: text('message'), code: text('code'), cause: record.cause };
}

function hostOf(uri: string): string {
  try {
    return new URL(uri).host;
  } catch {
    return uri;
  }
}

/** OCI errors pass through as they are; the SDK throws plain objects for requests without an answer. */
function asError(error: unknown): unknown {
  if (error instanceof Error || typeof error !== 'object' || error === null) return error;
  const { message, code } = fieldsOf(error);
  if (message === undefined) return error;
  const endpoint = (error as { requestEndpoint?: unknown }).requestEndpoint;
  return new OciNetworkError(message, code, typeof endpoint === 'string' ? endpoint : undefined);
}

function statusOf(error: unknown): number | undefined {
  const status =
    typeof error === 'object' && error !== null ? (error as { statusCode?: unknown }).statusCode : undefined;
  return typeof status === 'number' ? status : undefined;
}
