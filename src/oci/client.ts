/**
 * The one place that wires the OCI SDK: the API key (decrypted by Node) or a session (keyless sign-in,
 * instance principal: session.ts) as request signer, the timed
 * HTTP client, the region or the endpoint override (`baseUrl`, env OCI_API_BASE_URL), the retry
 * policy, and the SDK's logger and console chatter sent to the `log` callback. The resource modules
 * (tenancy, registry-token, repositories, repository-images) take service clients from here and run
 * every request through `call`.
 *
 * Only reachable through dynamic imports from the entries: loading it loads oci-common.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { createPrivateKey } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import * as common from 'oci-common';
import { isRetryable, OciNetworkError, statusOf } from './errors.js';
import { DEFAULT_REQUEST_TIMEOUT_MS, fieldsOf, timedHttpClient } from './http.js';
import { BRIEF_RETRY, parseRetryAfter, retryDelayMs, type RetryPolicy } from './retry-policy.js';
import { withSdkWarningsTo } from './sdk-warnings.js';
import type { ApiKey } from '../common/inputs.js';
import type { OciSession } from './session.js';

export interface OciClientOptions {
  /** The API signing key; or */
  apiKey?: ApiKey;
  /** a session (`ST$<token>` signatures): keyless sign-in or an instance principal. One of the two. */
  session?: OciSession;
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
  /** Default BRIEF_RETRY. */
  retry?: RetryPolicy;
}

/** What every SDK service client looks like to the wiring: built from auth params, then placed. */
export interface ServiceClient {
  region: common.Region;
  endpoint: string;
}
export type ServiceClientClass<Client extends ServiceClient> = new (
  params: common.AuthParams,
  configuration?: common.ClientConfiguration,
) => Client;

export interface OciClient {
  readonly tenancy: string;
  readonly userId: string;
  readonly log: (message: string) => void;
  /** The signed, placed client of that service; one instance per class. */
  service<Client extends ServiceClient>(Client: ServiceClientClass<Client>): Client;
  /**
   * A client of a service reached at a per-resource endpoint (a vault's crypto endpoint), signed like
   * the others and placed at `endpoint`, or at the base URL override when one is set. One per call.
   */
  serviceAt<Client extends { endpoint: string }>(
    Client: new (params: common.AuthParams, configuration?: common.ClientConfiguration) => Client,
    endpoint: string,
  ): Client;
  /**
   * Runs one SDK request under the retry policy: 429, 5xx and lost answers are tried again with
   * backoff (each retry logged), anything else is thrown at once, as the SDK's OciError or an
   * OciNetworkError.
   */
  call<T>(operation: () => Promise<T>): Promise<T>;
  /** HTTP requests sent so far, retries included. */
  requestCount(): number;
}

/** What the HTTP layer saw of one attempt: the retry loop reads the server's Retry-After from it. */
interface AttemptRecord {
  retryAfterMs?: number;
}

export function connectOci(options: OciClientOptions): OciClient {
  const log = options.log ?? (() => undefined);
  routeSdkLogger(log);
  const { apiKey, session } = options;
  const policy = options.retry ?? BRIEF_RETRY;
  const region = common.Region.fromRegionId(options.regionId) as common.Region | undefined;
  if (!region) {
    throw new Error(
      `Region ${options.regionId} is unknown to the OCI SDK: describe it in env OCI_REGION_METADATA or ~/.oci/regions-config.json`,
    );
  }
  const provider: common.AuthenticationDetailsProvider = session
    ? session.signer
    : apiKey
      ? new common.SimpleAuthenticationDetailsProvider(
          apiKey.tenancy,
          apiKey.user,
          apiKey.fingerprint,
          signingKeyPem(apiKey),
          null,
          region,
        )
      : missingCredential();
  let requests = 0;
  const attempts = new AsyncLocalStorage<AttemptRecord>();
  // One signing HTTP client for every service (the key is parsed once).
  const params: common.AuthParams = {
    httpClient: timedHttpClient(
      new common.DefaultRequestSigner(provider),
      options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
      {
        sent: () => {
          requests += 1;
        },
        answered: (response) => {
          const record = attempts.getStore();
          if (record && !response.ok)
            record.retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
        },
      },
    ),
  };
  const configuration: common.ClientConfiguration = {
    // Retries are ours (call below): one policy, a time budget, Retry-After, our log lines.
    retryConfiguration: {
      terminationStrategy: new common.MaxAttemptsTerminationStrategy(1),
      retryCondition: () => false,
    },
    // A breaker shared by all calls of a client only delays the verdict of a single short run.
    circuitBreaker: new common.CircuitBreaker({ disableClientCircuitBreaker: true }),
  };
  const baseUrl = options.baseUrl?.replace(/\/+$/, '');
  const services = new Map<ServiceClientClass<ServiceClient>, ServiceClient>();

  async function attempt<T>(operation: () => Promise<T>): Promise<T> {
    const started = Date.now();
    for (let attempt = 1; ; attempt += 1) {
      const record: AttemptRecord = {};
      try {
        return await attempts.run(record, operation);
      } catch (caught) {
        const error = signedWith(asError(caught), session);
        const delay = isRetryable(error)
          ? retryDelayMs(policy, attempt, Date.now() - started, record.retryAfterMs)
          : undefined;
        if (delay === undefined) throw error;
        log(
          `Retrying ${requestOf(error)} in ${(delay / 1000).toFixed(1)} s (attempt ${attempt + 1}): ${reasonOf(error)}`,
        );
        await sleep(delay);
      }
    }
  }

  return {
    tenancy: session?.tenancy ?? apiKey!.tenancy,
    userId: session?.principal ?? apiKey!.user,
    log,
    service<Client extends ServiceClient>(Client: ServiceClientClass<Client>): Client {
      const known = services.get(Client);
      if (known) return known as Client;
      const client = new Client(params, configuration);
      client.region = region;
      if (baseUrl) client.endpoint = baseUrl; // after the region, whose setter sets the endpoint too
      services.set(Client, client);
      return client;
    },
    serviceAt(Client, endpoint) {
      const client = new Client(params, configuration);
      client.endpoint = baseUrl ?? endpoint;
      return client;
    },
    call: (operation) => withSdkWarningsTo(log, () => attempt(operation)),
    requestCount: () => requests,
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

function missingCredential(): never {
  throw new Error('connectOci: give an API key or a session');
}

/**
 * A refusal of a session's signature is explained by what made the session (errors.ts reads
 * `signedWith`): the service user's or the instance's policies, not an API key.
 */
function signedWith(error: unknown, session: OciSession | undefined): unknown {
  if (session && typeof error === 'object' && error !== null && statusOf(error) !== undefined) {
    Object.assign(error, { signedWith: session.kind });
  }
  return error;
}

/** The SDK logs through one global logger; point it at our debug log rather than nowhere or the console. */
function routeSdkLogger(log: (message: string) => void): void {
  const write = (message?: unknown, ...rest: unknown[]) =>
    log(`OCI SDK: ${[message, ...rest].map(String).join(' ')}`);
  common.LOG.logger = { level: 'debug', debug: write, info: write, warn: write, error: write, trace: write };
}

/** OCI errors pass through as they are; the SDK throws plain objects for requests without an answer. */
function asError(error: unknown): unknown {
  if (error instanceof Error || typeof error !== 'object' || error === null) return error;
  const { message, code } = fieldsOf(error);
  if (message === undefined) return error;
  const endpoint = (error as { requestEndpoint?: unknown }).requestEndpoint;
  return new OciNetworkError(message, code, typeof endpoint === 'string' ? endpoint : undefined);
}

/** `GET https://…/n`, as the SDK records it on its errors. */
function requestOf(error: unknown): string {
  if (error instanceof OciNetworkError) return error.endpoint ?? 'the request';
  const endpoint =
    typeof error === 'object' && error !== null
      ? (error as { requestEndpoint?: unknown }).requestEndpoint
      : undefined;
  return typeof endpoint === 'string' ? endpoint : 'the request';
}

function reasonOf(error: unknown): string {
  const status = statusOf(error);
  if (status !== undefined) {
    const code = (error as { serviceCode?: unknown }).serviceCode;
    return `${status}${typeof code === 'string' ? ` ${code}` : ''}`;
  }
  return fieldsOf(error).message ?? String(error);
}
