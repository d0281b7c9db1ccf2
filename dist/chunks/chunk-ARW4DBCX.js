import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/registry/api.ts
import { createHash } from "node:crypto";
var httpModules = () => ({
  http: process.getBuiltinModule("node:http"),
  https: process.getBuiltinModule("node:https")
});
var MANIFEST_MEDIA_TYPES = [
  "application/vnd.docker.distribution.manifest.v2+json",
  "application/vnd.docker.distribution.manifest.list.v2+json",
  "application/vnd.oci.image.manifest.v1+json",
  "application/vnd.oci.image.index.v1+json"
];
var DEFAULT_TIMEOUT_MS = 3e4;
var RegistryApiError = class extends Error {
  status;
  transient;
  unauthorized;
  constructor(message, options) {
    super(message);
    this.name = "RegistryApiError";
    this.status = options.status;
    this.transient = options.transient ?? false;
    this.unauthorized = options.unauthorized ?? false;
  }
};
function parseChallenge(header) {
  const match = /^\s*(\w+)\s*(.*)$/s.exec(header ?? "");
  const scheme = match?.[1]?.toLowerCase();
  if (scheme === "basic") return { scheme: "basic" };
  if (scheme !== "bearer") return void 0;
  const params = {};
  for (const [, key, quoted, bare] of (match?.[2] ?? "").matchAll(
    /(\w+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g
  )) {
    if (key) params[key.toLowerCase()] = quoted !== void 0 ? quoted.replace(/\\(.)/g, "$1") : bare ?? "";
  }
  if (!params.realm) return void 0;
  return {
    scheme: "bearer",
    realm: params.realm,
    ...params.service ? { service: params.service } : {},
    ...params.scope ? { scope: params.scope } : {}
  };
}
function pushScope(repository) {
  return repositoryScope(repository, "pull,push");
}
function repositoryScope(repository, access) {
  return `repository:${repository}:${access}`;
}
function tokenUrl(challenge, scopes) {
  const url = new URL(challenge.realm);
  if (challenge.service) url.searchParams.set("service", challenge.service);
  for (const scope of new Set(scopes.filter(Boolean))) url.searchParams.append("scope", scope);
  return url;
}
function registryBaseUrl(host) {
  const hostname = host.replace(/:\d+$/, "").replace(/^\[|\]$/g, "");
  const loopback = hostname === "localhost" || hostname === "::1" || /^127(\.\d{1,3}){3}$/.test(hostname);
  return `${loopback ? "http" : "https"}://${host}`;
}
function mayCarryCredentials(url) {
  return url.protocol === "https:" || registryBaseUrl(url.host).startsWith("http:");
}
function isTransientStatus(status) {
  return status >= 500 || status === 429 || status === 408;
}
function sha256Digest(bytes) {
  return `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
}
function registryClient(options) {
  const base = registryBaseUrl(options.registry);
  const secure = base.startsWith("https:");
  const { http, https } = httpModules();
  const agent = secure ? new https.Agent({ keepAlive: true }) : new http.Agent({ keepAlive: true });
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const origin = new URL(base).origin;
  const send = (request2) => sendOnce(request2, { agent, origin, timeoutMs });
  const repositoryUrl = (path) => new URL(`/v2/${options.repository}/${path}`, base);
  let authorization;
  let handshake;
  const answer = (challenge) => handshake ??= respond(challenge).finally(() => handshake = void 0);
  const respond = async (challenge) => {
    const { username, password } = options.credentials();
    const basic = `Basic ${Buffer.from(`${username}:${password}`).toString("base64")}`;
    if (challenge.scheme === "basic") {
      if (!mayCarryCredentials(new URL(base))) throw refusedInsecure(base);
      return authorization = basic;
    }
    const url = tokenUrl(challenge, [
      challenge.scope ?? "",
      repositoryScope(options.repository, options.access ?? "pull,push")
    ]);
    if (!mayCarryCredentials(url)) throw refusedInsecure(url.origin);
    const res = await send({ method: "GET", url, headers: { Authorization: basic } });
    if (res.status === 401 || res.status === 403) {
      throw new RegistryApiError(`the registry's token endpoint refused the login (HTTP ${res.status})`, {
        status: res.status,
        unauthorized: true
      });
    }
    if (res.status !== 200) throw statusError("GET token", res);
    const body = parseJson(res.body);
    const token = typeof body.token === "string" ? body.token : body.access_token;
    if (typeof token !== "string" || !token) {
      throw new RegistryApiError("the registry's token endpoint answered no token", { status: res.status });
    }
    return authorization = `Bearer ${token}`;
  };
  const request = async (method, url, headers, body) => {
    const attempt = () => send({
      method,
      url,
      headers: { ...headers, ...authorization ? { Authorization: authorization } : {} },
      ...body ? { body } : {}
    });
    const sentWith = authorization;
    const first = await attempt();
    if (first.status !== 401) return first;
    if (authorization === sentWith) {
      const challenge = parseChallenge(headerValue(first.headers["www-authenticate"]));
      if (!challenge) {
        throw new RegistryApiError(
          `${method} ${url.pathname}: HTTP 401 without a challenge this client speaks`,
          {
            status: 401,
            unauthorized: true
          }
        );
      }
      await answer(challenge);
    }
    const second = await attempt();
    if (second.status === 401) {
      throw new RegistryApiError(`${method} ${url.pathname}: the registry refused the login (HTTP 401)`, {
        status: 401,
        unauthorized: true
      });
    }
    return second;
  };
  return {
    authorize: async () => {
      const res = await request("GET", new URL("/v2/", base), {});
      if (res.status !== 200) throw statusError("GET /v2/", res);
    },
    verifyLogin: async () => {
      const ping = await send({ method: "GET", url: new URL("/v2/", base), headers: {} });
      if (ping.status === 200) return;
      if (ping.status !== 401) throw statusError("GET /v2/", ping);
      const challenge = parseChallenge(headerValue(ping.headers["www-authenticate"]));
      if (!challenge) {
        throw new RegistryApiError("GET /v2/: HTTP 401 without a challenge this client speaks", {
          status: 401,
          unauthorized: true
        });
      }
      await answer(challenge);
      if (challenge.scheme === "basic") {
        const res = await request("GET", new URL("/v2/", base), {});
        if (res.status !== 200) throw statusError("GET /v2/", res);
      }
    },
    getManifest: async (digest) => {
      const res = await request("GET", repositoryUrl(`manifests/${digest}`), {
        Accept: MANIFEST_MEDIA_TYPES.join(", ")
      });
      if (res.status !== 200) throw statusError(`GET manifest ${digest}`, res);
      const actual = sha256Digest(res.body);
      if (actual !== digest) {
        throw new RegistryApiError(`GET manifest ${digest} answered other bytes (${actual})`, {
          status: res.status
        });
      }
      const mediaType = headerValue(res.headers["content-type"]) ?? mediaTypeOf(res.body);
      if (!mediaType)
        throw new RegistryApiError(`GET manifest ${digest}: no media type`, { status: res.status });
      return { digest, mediaType, bytes: res.body };
    },
    putManifest: async (tag, manifest) => {
      const res = await request(
        "PUT",
        repositoryUrl(`manifests/${encodeURIComponent(tag)}`),
        { "Content-Type": manifest.mediaType },
        manifest.bytes
      );
      if (res.status !== 201) throw statusError(`PUT manifest ${tag}`, res);
      const digest = headerValue(res.headers["docker-content-digest"]);
      if (!digest) {
        throw new RegistryApiError(`PUT manifest ${tag}: the registry answered no Docker-Content-Digest`, {
          status: res.status
        });
      }
      return digest;
    },
    close: () => agent.destroy()
  };
}
function refusedInsecure(origin) {
  return new RegistryApiError(`refusing to send credentials in clear text to ${origin}`, {});
}
function headerValue(value) {
  return Array.isArray(value) ? value[0] : value;
}
function parseJson(body) {
  try {
    const value = JSON.parse(body.toString("utf8"));
    return typeof value === "object" && value !== null ? value : {};
  } catch {
    return {};
  }
}
function mediaTypeOf(bytes) {
  const mediaType = parseJson(bytes).mediaType;
  return typeof mediaType === "string" ? mediaType : void 0;
}
function statusError(what, res) {
  const errors = parseJson(res.body).errors;
  const detail = Array.isArray(errors) ? errors.map((entry) => {
    const { code, message } = entry ?? {};
    return [code, message].filter((part) => typeof part === "string").join(": ");
  }).filter(Boolean).join("; ") : "";
  return new RegistryApiError(`${what}: HTTP ${res.status}${detail ? ` (${detail})` : ""}`, {
    status: res.status,
    transient: isTransientStatus(res.status)
  });
}
function sendOnce(request, options) {
  const { http, https } = httpModules();
  const transport = request.url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = transport.request(
      request.url,
      {
        method: request.method,
        headers: {
          ...request.headers,
          ...request.body ? { "Content-Length": String(request.body.length) } : {}
        },
        // The token realm may be another host: the registry's agent is for the registry only.
        ...request.url.origin === options.origin ? { agent: options.agent } : {},
        timeout: options.timeoutMs
      },
      (res) => {
        const chunks = [];
        res.on("data", (chunk) => chunks.push(chunk));
        res.on("error", (error) => reject(networkError(request, error)));
        res.on(
          "end",
          () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) })
        );
      }
    );
    req.on("timeout", () => req.destroy(new Error(`no answer within ${options.timeoutMs} ms`)));
    req.on("error", (error) => reject(networkError(request, error)));
    req.end(request.body);
  });
}
function networkError(request, error) {
  return new RegistryApiError(`${request.method} ${request.url.pathname}: ${error.message}`, {
    transient: true
  });
}

export {
  MANIFEST_MEDIA_TYPES,
  RegistryApiError,
  parseChallenge,
  pushScope,
  repositoryScope,
  tokenUrl,
  registryBaseUrl,
  isTransientStatus,
  sha256Digest,
  registryClient
};
