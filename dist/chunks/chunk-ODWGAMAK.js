import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  require_oci_common
} from "./chunk-HQHPRU6P.js";
import {
  OciNetworkError,
  isPermanentNetworkCode,
  isRetryable,
  statusOf
} from "./chunk-2GS5O6KY.js";
import {
  __toESM
} from "./chunk-OQV333LO.js";

// src/oci/client.ts
var common2 = __toESM(require_oci_common(), 1);
import { AsyncLocalStorage } from "node:async_hooks";
import { createPrivateKey } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";

// src/oci/http.ts
var common = __toESM(require_oci_common(), 1);
var DEFAULT_REQUEST_TIMEOUT_MS = 3e4;
function timedHttpClient(signer, timeoutMs, observer) {
  return {
    async send(request, ...rest) {
      const fetcher = new common.FetchHttpClient(signer, null, { signal: AbortSignal.timeout(timeoutMs) });
      observer.sent();
      let response;
      try {
        response = await fetcher.send(request, ...rest);
      } catch (error) {
        throw networkFailure(error, request.uri, timeoutMs);
      }
      observer.answered(response);
      return response;
    }
  };
}
function networkFailure(error, uri, timeoutMs) {
  const host = hostOf(uri);
  const outer = fieldsOf(error);
  if (outer.name === "TimeoutError" || outer.name === "AbortError") {
    return Object.assign(new Error(`${host}: no answer within ${timeoutMs / 1e3} s (ETIMEDOUT)`), {
      code: "ETIMEDOUT"
    });
  }
  const cause = fieldsOf(outer.cause);
  const code = cause.code ?? outer.code;
  const detail = cause.message ?? outer.message ?? String(error);
  const failure = new Error(`${host}: ${detail}${code && !detail.includes(code) ? ` (${code})` : ""}`);
  return Object.assign(
    failure,
    code ? { code } : {},
    isPermanentNetworkCode(code) ? { shouldBeRetried: false } : {}
  );
}
function fieldsOf(error) {
  if (typeof error !== "object" || error === null) return {};
  const record = error;
  const text = (key) => typeof record[key] === "string" ? record[key] : void 0;
  return { name: text("name"), message: text("message"), code: text("code"), cause: record.cause };
}
function hostOf(uri) {
  try {
    return new URL(uri).host;
  } catch {
    return uri;
  }
}

// src/oci/retry-policy.ts
var BRIEF_RETRY = {
  maxAttempts: 4,
  budgetMs: 2e4,
  firstDelayMs: 500,
  maxDelayMs: 4e3
};
var PATIENT_RETRY = {
  maxAttempts: 100,
  budgetMs: 6e4,
  firstDelayMs: 500,
  maxDelayMs: 8e3
};
function retryDelayMs(policy, failedAttempts, elapsedMs, retryAfterMs, random = Math.random) {
  if (failedAttempts >= policy.maxAttempts) return void 0;
  const ceiling = Math.min(policy.firstDelayMs * 2 ** (failedAttempts - 1), policy.maxDelayMs);
  const backoff = ceiling / 2 + random() * ceiling / 2;
  const delay = Math.round(Math.max(backoff, retryAfterMs ?? 0));
  return elapsedMs + delay > policy.budgetMs ? void 0 : delay;
}
function parseRetryAfter(header, now = Date.now()) {
  if (header === null || header === void 0 || header.trim() === "") return void 0;
  const value = header.trim();
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1e3;
  const at = Date.parse(value);
  return Number.isNaN(at) ? void 0 : Math.max(0, at - now);
}

// src/oci/sdk-warnings.ts
var SDK_RETRIER_LINES = /^(Request cannot be retried|All retry attempts have exhausted|Request failed with Exception)/;
var inFlight = 0;
var consoleWarn;
var filtered;
var divert;
async function withSdkWarningsTo(log, call) {
  if (inFlight === 0) install();
  inFlight += 1;
  divert = log;
  try {
    return await call();
  } finally {
    inFlight -= 1;
    if (inFlight === 0) uninstall();
  }
}
function install() {
  const original = console.warn;
  consoleWarn = original;
  filtered = (...args) => {
    const text = args.map(String).join(" ");
    if (divert && SDK_RETRIER_LINES.test(text)) divert(`OCI SDK: ${text}`);
    else original.apply(console, args);
  };
  console.warn = filtered;
}
function uninstall() {
  if (consoleWarn && console.warn === filtered) console.warn = consoleWarn;
  consoleWarn = void 0;
  filtered = void 0;
  divert = void 0;
}

// src/oci/client.ts
function connectOci(options) {
  const log = options.log ?? (() => void 0);
  routeSdkLogger(log);
  const { apiKey, session } = options;
  const policy = options.retry ?? BRIEF_RETRY;
  const region = common2.Region.fromRegionId(options.regionId);
  if (!region) {
    throw new Error(
      `Region ${options.regionId} is unknown to the OCI SDK: describe it in env OCI_REGION_METADATA or ~/.oci/regions-config.json`
    );
  }
  const provider = session ? session.signer : apiKey ? new common2.SimpleAuthenticationDetailsProvider(
    apiKey.tenancy,
    apiKey.user,
    apiKey.fingerprint,
    signingKeyPem(apiKey),
    null,
    region
  ) : missingCredential();
  let requests = 0;
  const attempts = new AsyncLocalStorage();
  const params = {
    httpClient: timedHttpClient(
      new common2.DefaultRequestSigner(provider),
      options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
      {
        sent: () => {
          requests += 1;
        },
        answered: (response) => {
          const record = attempts.getStore();
          if (record && !response.ok)
            record.retryAfterMs = parseRetryAfter(response.headers.get("retry-after"));
        }
      }
    )
  };
  const configuration = {
    // Retries are ours (call below): one policy, a time budget, Retry-After, our log lines.
    retryConfiguration: {
      terminationStrategy: new common2.MaxAttemptsTerminationStrategy(1),
      retryCondition: () => false
    },
    // A breaker shared by all calls of a client only delays the verdict of a single short run.
    circuitBreaker: new common2.CircuitBreaker({ disableClientCircuitBreaker: true })
  };
  const baseUrl = options.baseUrl?.replace(/\/+$/, "");
  const services = /* @__PURE__ */ new Map();
  async function attempt(operation) {
    const started = Date.now();
    for (let attempt2 = 1; ; attempt2 += 1) {
      const record = {};
      try {
        return await attempts.run(record, operation);
      } catch (caught) {
        const error = signedWith(asError(caught), session);
        const delay = isRetryable(error) ? retryDelayMs(policy, attempt2, Date.now() - started, record.retryAfterMs) : void 0;
        if (delay === void 0) throw error;
        log(
          `Retrying ${requestOf(error)} in ${(delay / 1e3).toFixed(1)} s (attempt ${attempt2 + 1}): ${reasonOf(error)}`
        );
        await sleep(delay);
      }
    }
  }
  return {
    tenancy: session?.tenancy ?? apiKey.tenancy,
    userId: session?.principal ?? apiKey.user,
    log,
    service(Client) {
      const known = services.get(Client);
      if (known) return known;
      const client = new Client(params, configuration);
      client.region = region;
      if (baseUrl) client.endpoint = baseUrl;
      services.set(Client, client);
      return client;
    },
    serviceAt(Client, endpoint) {
      const client = new Client(params, configuration);
      client.endpoint = baseUrl ?? endpoint;
      return client;
    },
    call: (operation) => withSdkWarningsTo(log, () => attempt(operation)),
    requestCount: () => requests
  };
}
function signingKeyPem(apiKey) {
  try {
    const key = createPrivateKey({
      key: apiKey.privateKey,
      ...apiKey.passphrase ? { passphrase: apiKey.passphrase } : {}
    });
    return key.export({ type: "pkcs8", format: "pem" }).toString();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `The API signing key could not be read${apiKey.passphrase ? " with the given passphrase" : ""}: ${reason}`
    );
  }
}
function missingCredential() {
  throw new Error("connectOci: give an API key or a session");
}
function signedWith(error, session) {
  if (session && typeof error === "object" && error !== null && statusOf(error) !== void 0) {
    Object.assign(error, { signedWith: session.kind });
  }
  return error;
}
function routeSdkLogger(log) {
  const write = (message, ...rest) => log(`OCI SDK: ${[message, ...rest].map(String).join(" ")}`);
  common2.LOG.logger = { level: "debug", debug: write, info: write, warn: write, error: write, trace: write };
}
function asError(error) {
  if (error instanceof Error || typeof error !== "object" || error === null) return error;
  const { message, code } = fieldsOf(error);
  if (message === void 0) return error;
  const endpoint = error.requestEndpoint;
  return new OciNetworkError(message, code, typeof endpoint === "string" ? endpoint : void 0);
}
function requestOf(error) {
  if (error instanceof OciNetworkError) return error.endpoint ?? "the request";
  const endpoint = typeof error === "object" && error !== null ? error.requestEndpoint : void 0;
  return typeof endpoint === "string" ? endpoint : "the request";
}
function reasonOf(error) {
  const status = statusOf(error);
  if (status !== void 0) {
    const code = error.serviceCode;
    return `${status}${typeof code === "string" ? ` ${code}` : ""}`;
  }
  return fieldsOf(error).message ?? String(error);
}

export {
  BRIEF_RETRY,
  PATIENT_RETRY,
  connectOci
};
