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
var BLOB_COMMIT_TIMEOUT_MS = 3e5;
var MAX_REDIRECTS = 3;
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
function manifestReference(reference) {
  return reference.includes(":") ? reference : encodeURIComponent(reference);
}
function parseDigest(digest) {
  const match = /^(sha256|sha512):([a-f0-9]+)$/.exec(digest);
  if (!match) return void 0;
  const algorithm = match[1];
  const hex = match[2] ?? "";
  return hex.length === (algorithm === "sha256" ? 64 : 128) ? { algorithm, hex } : void 0;
}
function registryClient(options) {
  const base = registryBaseUrl(options.registry);
  const secure = base.startsWith("https:");
  const { http, https } = httpModules();
  const agent = secure ? new https.Agent({ keepAlive: true }) : new http.Agent({ keepAlive: true });
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const origin = new URL(base).origin;
  const transport = { agent, origin, timeoutMs };
  const send = (request2) => sendOnce(request2, transport);
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
  const authorized = (url, headers) => authorization && url.origin === origin ? { ...headers, Authorization: authorization } : headers;
  const reauthorize = async (method, url, res, sentWith) => {
    if (authorization !== sentWith) return;
    const challenge = parseChallenge(headerValue(res.headers["www-authenticate"]));
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
  };
  const refusedLogin = (method, url) => new RegistryApiError(`${method} ${url.pathname}: the registry refused the login (HTTP 401)`, {
    status: 401,
    unauthorized: true
  });
  const open = async (method, url, headers, body, follow = false) => {
    const attempt = () => exchange({ method, url, headers: authorized(url, headers), ...body ? { body } : {} }, transport);
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
  const request = async (method, url, headers, body) => collect(await open(method, url, headers, body), { method, url });
  const startUpload = async (digest) => {
    const res = await request("POST", repositoryUrl("blobs/uploads/"), {});
    if (res.status !== 202) throw statusError(`POST upload of blob ${digest}`, res);
    const location = headerValue(res.headers.location);
    if (!location) {
      throw new RegistryApiError(`POST upload of blob ${digest}: the registry answered no Location`, {
        status: res.status
      });
    }
    const url = new URL(location, base);
    url.searchParams.set("digest", digest);
    return url;
  };
  const putBlob = async (digest, size, url, body, renew) => {
    const sentWith = authorization;
    const put = { method: "PUT", url, headers: { "Content-Type": "application/octet-stream" } };
    let res;
    try {
      res = await exchange(
        {
          ...put,
          headers: authorized(url, put.headers),
          body,
          contentLength: size,
          timeoutMs: Math.max(timeoutMs, BLOB_COMMIT_TIMEOUT_MS)
        },
        transport
      );
    } catch (error) {
      body.destroy();
      throw error;
    }
    const answered = await collect(res, put).catch(() => ({
      status: res.statusCode ?? 0,
      headers: res.headers,
      body: Buffer.alloc(0)
    }));
    body.destroy();
    if (answered.status === 401) {
      if (!renew) throw refusedLogin("PUT", url);
      await reauthorize("PUT", url, res, sentWith);
      return void 0;
    }
    if (answered.status !== 201) throw statusError(`PUT blob ${digest}`, answered);
    const stored = headerValue(answered.headers["docker-content-digest"]);
    if (stored && stored !== digest) {
      throw new RegistryApiError(`PUT blob ${digest}: the registry stored ${stored}`, {
        status: answered.status
      });
    }
    return stored ?? digest;
  };
  return {
    name: `${options.registry}/${options.repository}`,
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
    headManifest: async (reference) => {
      const res = await request("HEAD", repositoryUrl(`manifests/${manifestReference(reference)}`), {
        Accept: MANIFEST_MEDIA_TYPES.join(", ")
      });
      if (res.status === 404) return void 0;
      if (res.status !== 200) throw statusError(`HEAD manifest ${reference}`, res);
      const digest = answeredDigest(`HEAD manifest ${reference}`, res);
      const length = Number(headerValue(res.headers["content-length"]));
      return {
        digest,
        mediaType: headerValue(res.headers["content-type"]),
        size: Number.isSafeInteger(length) ? length : void 0
      };
    },
    putManifest: async (reference, manifest) => {
      const res = await request(
        "PUT",
        repositoryUrl(`manifests/${manifestReference(reference)}`),
        { "Content-Type": manifest.mediaType },
        manifest.bytes
      );
      if (res.status !== 201) throw statusError(`PUT manifest ${reference}`, res);
      return answeredDigest(`PUT manifest ${reference}`, res);
    },
    headBlob: async (digest) => {
      const url = repositoryUrl(`blobs/${digest}`);
      const res = await collect(await open("HEAD", url, {}, void 0, true), { method: "HEAD", url });
      if (res.status === 404) return void 0;
      if (res.status !== 200) throw statusError(`HEAD blob ${digest}`, res);
      const length = Number(headerValue(res.headers["content-length"]));
      return Number.isSafeInteger(length) ? length : 0;
    },
    getBlob: async (digest, size) => {
      const expected = parseDigest(digest);
      if (!expected) throw new RegistryApiError(`GET blob ${digest}: not a sha256 or sha512 digest`, {});
      const url = repositoryUrl(`blobs/${digest}`);
      const res = await open("GET", url, {}, void 0, true);
      if (res.statusCode !== 200)
        throw statusError(`GET blob ${digest}`, await collect(res, { method: "GET", url }));
      const length = Number(headerValue(res.headers["content-length"]));
      const answered = Number.isSafeInteger(length) ? length : void 0;
      if (size !== void 0 && answered !== void 0 && answered !== size) {
        res.destroy();
        throw new RegistryApiError(`GET blob ${digest}: ${answered} bytes, the manifest says ${size}`, {
          status: 200
        });
      }
      const total = size ?? answered;
      if (total === void 0) {
        res.destroy();
        throw new RegistryApiError(`GET blob ${digest}: the registry answered no Content-Length`, {
          status: 200
        });
      }
      return {
        size: total,
        stream: verifiedStream(res, { digest, size: total, what: `GET blob ${digest}` })
      };
    },
    uploadBlob: async (digest, size, openBody) => {
      for (const renew of [true, false]) {
        const body = await openBody();
        const url = await startUpload(digest).catch((error) => {
          body.destroy();
          throw error;
        });
        if (await putBlob(digest, size, url, body, renew) !== void 0) return;
      }
    },
    close: () => agent.destroy()
  };
}
function isRedirect(status) {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}
function verifiedStream(res, expect) {
  const { Transform } = process.getBuiltinModule("node:stream");
  const { algorithm } = parseDigest(expect.digest) ?? { algorithm: "sha256" };
  const hash = createHash(algorithm);
  let received = 0;
  let held;
  const verifier = new Transform({
    transform(chunk, _encoding, done) {
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
        done(
          new RegistryApiError(`${expect.what}: the answer ended after ${received} of ${expect.size} bytes`, {
            transient: true
          })
        );
        return;
      }
      const actual = `${algorithm}:${hash.digest("hex")}`;
      if (actual !== expect.digest) {
        done(new RegistryApiError(`${expect.what} answered other bytes (${actual})`, {}));
        return;
      }
      done(null, held);
    }
  });
  res.on(
    "error",
    (error) => verifier.destroy(
      error instanceof RegistryApiError ? error : new RegistryApiError(`${expect.what}: ${error.message}`, { transient: true })
    )
  );
  verifier.on("close", () => {
    if (!res.complete) res.destroy();
  });
  res.pipe(verifier);
  return verifier;
}
function refusedInsecure(origin) {
  return new RegistryApiError(`refusing to send credentials in clear text to ${origin}`, {});
}
function answeredDigest(what, res) {
  const digest = headerValue(res.headers["docker-content-digest"]);
  if (!digest) {
    throw new RegistryApiError(`${what}: the registry answered no Docker-Content-Digest`, {
      status: res.status
    });
  }
  return digest;
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
async function sendOnce(request, transport) {
  return collect(await exchange(request, transport), request);
}
function collect(res, request) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    res.on("data", (chunk) => chunks.push(chunk));
    res.on("error", (error) => reject(networkError(request, error)));
    res.on(
      "end",
      () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) })
    );
  });
}
function exchange(request, transport) {
  const { http, https } = httpModules();
  const client = request.url.protocol === "https:" ? https : http;
  const { body } = request;
  const length = Buffer.isBuffer(body) ? body.length : body ? request.contentLength : void 0;
  const timeoutMs = request.timeoutMs ?? transport.timeoutMs;
  if (body && !Buffer.isBuffer(body) && body.destroyed) {
    const cause = body.errored ?? new Error("the body was closed before it was sent");
    return Promise.reject(cause instanceof RegistryApiError ? cause : networkError(request, cause));
  }
  return new Promise((resolve, reject) => {
    const req = client.request(
      request.url,
      {
        method: request.method,
        headers: {
          ...request.headers,
          ...length !== void 0 ? { "Content-Length": String(length) } : {}
        },
        // The token realm may be another host: the registry's agent is for the registry only.
        ...request.url.origin === transport.origin ? { agent: transport.agent } : {},
        timeout: timeoutMs
      },
      resolve
    );
    let bodyError;
    req.on("timeout", () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on("error", (error) => {
      const cause = bodyError ?? error;
      reject(cause instanceof RegistryApiError ? cause : networkError(request, cause));
    });
    if (body && !Buffer.isBuffer(body)) {
      body.on("error", (error) => {
        bodyError = error;
        req.destroy(error);
      });
      req.on("close", () => body.destroy());
      body.pipe(req);
    } else {
      req.end(body);
    }
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
  manifestReference,
  parseDigest,
  registryClient
};
