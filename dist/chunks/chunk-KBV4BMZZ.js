import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  ActionError,
  messageOf
} from "./chunk-6YBALY5C.js";
import {
  mapConcurrent
} from "./chunk-JCNSVIZG.js";
import {
  RegistryApiError,
  parseDigest
} from "./chunk-FDEZK4JF.js";

// src/common/retry.ts
var wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function withRetries(operation, options) {
  const sleep = options.sleep ?? wait;
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (attempt >= options.attempts || !options.isRetryable(error)) throw error;
      const delayMs = options.initialDelayMs * 2 ** (attempt - 1);
      options.onRetry?.(error, attempt, delayMs);
      await sleep(delayMs);
    }
  }
}

// src/build-push/registry-login.ts
var DEFAULT_TOKEN_LIFETIME_SECONDS = 3600;
var MAX_MARGIN_SECONDS = 600;
function refreshMarginSeconds(lifetimeSeconds) {
  return Math.min(MAX_MARGIN_SECONDS, lifetimeSeconds / 6);
}
function needsFreshLogin(issuedAtMs, lifetimeSeconds, nowMs) {
  return nowMs - issuedAtMs >= (lifetimeSeconds - refreshMarginSeconds(lifetimeSeconds)) * 1e3;
}
function freshLoginReason(credential, state, trigger, nowMs) {
  if (credential.kind !== "registry-token" || state.renewed) return void 0;
  const { issuedAtMs, lifetimeSeconds } = credential.issued;
  if (trigger === "refused") {
    return "The registry refused the registry token at push (401 Unauthorized): logging in again, once, with a fresh token";
  }
  if (!needsFreshLogin(issuedAtMs, lifetimeSeconds, nowMs)) return void 0;
  return `The registry token was issued ${duration((nowMs - issuedAtMs) / 1e3)} ago and lives ${duration(lifetimeSeconds)}: logging in again with a fresh one before the push`;
}
async function issueRegistryToken(grant, now) {
  const issuedAtMs = now();
  const { token, expiresInSeconds } = await grant();
  return { token, issuedAtMs, lifetimeSeconds: expiresInSeconds ?? DEFAULT_TOKEN_LIFETIME_SECONDS };
}
function registryLogin(credential, effects) {
  let current = credential;
  const state = { renewed: false };
  const password = () => current.kind === "auth-token" ? current.token : current.issued.token;
  const renew = async (trigger) => {
    const reason = freshLoginReason(current, state, trigger, effects.now());
    if (reason === void 0 || current.kind !== "registry-token") return false;
    state.renewed = true;
    effects.log(reason);
    current = { ...current, issued: await current.issue() };
    await effects.login(password());
    return true;
  };
  return {
    logIn: () => effects.login(password()),
    refreshBeforePush: async () => {
      await renew("before-push");
    },
    renewAfterRefusal: () => renew("refused")
  };
}
function duration(seconds) {
  if (seconds < 120) return `${Math.round(seconds * 10) / 10}s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 120 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

// src/registry/copy.ts
var PROGRESS_INTERVAL_MS = 1e4;
async function copyImage(source, target, digest, tags, options = {}) {
  const log = options.log ?? (() => void 0);
  const concurrency = options.concurrency ?? 4;
  const retrying = (what, operation) => withRetries(() => operation().catch((error) => Promise.reject(failure(what, error))), {
    attempts: (options.retries ?? 3) + 1,
    initialDelayMs: options.retryDelayMs ?? 1e3,
    isRetryable: (error) => error instanceof RegistryApiError && error.transient,
    onRetry: (error, attempt, delayMs) => log(`${messageOf(error)}; trying again in ${(delayMs / 1e3).toFixed(1)} s (attempt ${attempt + 1})`)
  });
  const report = {
    digest,
    blobsUploaded: 0,
    bytesUploaded: 0,
    blobsPresent: 0,
    manifestsPut: 0,
    tagsPut: [],
    tagsPresent: []
  };
  await Promise.all([
    retrying(`log in to ${source.name}`, () => source.authorize()),
    retrying(`log in to ${target.name}`, () => target.authorize())
  ]);
  const manifests = await readManifests(
    digest,
    concurrency,
    (child) => retrying(`read manifest ${child} from ${source.name}`, () => source.getManifest(child))
  );
  const plan = planCopy(digest, manifests);
  const missing = [];
  await eachConcurrent(plan.blobs, concurrency, async (blob) => {
    const size = await retrying(
      `check blob ${blob.digest} at ${target.name}`,
      () => target.headBlob(blob.digest)
    );
    if (size === void 0) missing.push(blob);
  });
  report.blobsPresent = plan.blobs.length - missing.length;
  const missingBytes = missing.reduce((sum, blob) => sum + blob.size, 0);
  log(
    `${target.name}: ${plan.blobs.length} blob(s), ${report.blobsPresent} already there, ${missing.length} to upload (${formatBytes(missingBytes)})`
  );
  await eachConcurrent(missing, concurrency, async (blob) => {
    await retrying(
      `copy blob ${blob.digest} (${formatBytes(blob.size)}) to ${target.name}`,
      () => copyBlob(source, target, blob, log)
    );
    report.blobsUploaded += 1;
    report.bytesUploaded += blob.size;
  });
  const byDigest = [...plan.children, ...tags.length === 0 ? [[digest]] : []];
  for (const level of byDigest) {
    await eachConcurrent(level, concurrency, async (child) => {
      const manifest = manifests.get(child);
      const stored = await retrying(
        `check manifest ${child} at ${target.name}`,
        () => target.headManifest(child)
      );
      if (stored?.digest === child) return;
      const answered = await retrying(
        `put manifest ${child} to ${target.name}`,
        () => target.putManifest(child, manifest)
      );
      expectDigest(answered, child, `put manifest ${child} to ${target.name}`);
      report.manifestsPut += 1;
    });
  }
  const root = manifests.get(digest);
  await eachConcurrent(tags, concurrency, async (tag) => {
    const stored = await retrying(`check tag ${tag} at ${target.name}`, () => target.headManifest(tag));
    if (stored?.digest === digest) {
      report.tagsPresent.push(tag);
      return;
    }
    const answered = await retrying(`put tag ${tag} to ${target.name}`, () => target.putManifest(tag, root));
    expectDigest(answered, digest, `put tag ${tag} to ${target.name}`);
    report.tagsPut.push(tag);
  });
  report.tagsPut.sort();
  report.tagsPresent.sort();
  log(
    `${target.name}: ${report.blobsUploaded} blob(s) uploaded (${formatBytes(report.bytesUploaded)}), ${report.manifestsPut} manifest(s) put by digest, tags put: ${report.tagsPut.join(", ") || "none"}` + (report.tagsPresent.length > 0 ? `, already there: ${report.tagsPresent.join(", ")}` : "")
  );
  return report;
}
function planCopy(root, manifests) {
  const blobs = /* @__PURE__ */ new Map();
  const depth = /* @__PURE__ */ new Map();
  const height = (digest, path) => {
    const known = depth.get(digest);
    if (known !== void 0) return known;
    if (path.includes(digest)) throw new RegistryApiError(`manifest ${digest} references itself`, {});
    const manifest = manifests.get(digest);
    if (!manifest) throw new RegistryApiError(`manifest ${digest} was not read`, {});
    const links = manifestLinks(manifest);
    for (const blob of links.blobs) if (!blobs.has(blob.digest)) blobs.set(blob.digest, blob);
    const own = links.manifests.length === 0 ? 0 : 1 + Math.max(...links.manifests.map((child) => height(child.digest, [...path, digest])));
    depth.set(digest, own);
    return own;
  };
  const top = height(root, []);
  const children = Array.from(
    { length: top },
    (_, level) => [...depth].filter(([digest, h]) => h === level && digest !== root).map(([digest]) => digest)
  ).filter((level) => level.length > 0);
  return { blobs: [...blobs.values()], children };
}
function manifestLinks(manifest) {
  let parsed;
  try {
    parsed = JSON.parse(manifest.bytes.toString("utf8"));
  } catch {
    throw new RegistryApiError(`manifest ${manifest.digest} is not JSON`, {});
  }
  const descriptors = (value, field) => {
    if (value === void 0) return [];
    if (!Array.isArray(value))
      throw new RegistryApiError(`manifest ${manifest.digest}: '${field}' is not a list`, {});
    return value.map((entry) => descriptor(entry, manifest.digest, field));
  };
  if (parsed.manifests !== void 0)
    return { blobs: [], manifests: descriptors(parsed.manifests, "manifests") };
  const layers = descriptors(parsed.layers, "layers").filter(
    // Foreign layers live elsewhere (their `urls`): registries neither hold nor require them.
    (layer) => !/foreign|nondistributable/.test(layer.mediaType)
  );
  const config = parsed.config === void 0 ? [] : [descriptor(parsed.config, manifest.digest, "config")];
  return { blobs: [...config, ...layers], manifests: [] };
}
function descriptor(value, owner, field) {
  const { mediaType, digest, size } = value ?? {};
  if (typeof digest !== "string" || !parseDigest(digest) || typeof size !== "number" || !Number.isSafeInteger(size) || size < 0) {
    throw new RegistryApiError(`manifest ${owner}: an entry of '${field}' has no valid digest and size`, {});
  }
  return { mediaType: typeof mediaType === "string" ? mediaType : "", digest, size };
}
async function readManifests(root, concurrency, read) {
  const manifests = /* @__PURE__ */ new Map();
  for (let level = [root]; level.length > 0; ) {
    const batch = await mapConcurrent(level, concurrency, read);
    for (const manifest of batch) manifests.set(manifest.digest, manifest);
    const next = batch.flatMap((manifest) => manifestLinks(manifest).manifests.map((child) => child.digest));
    level = [...new Set(next)].filter((digest) => !manifests.has(digest));
  }
  return manifests;
}
async function copyBlob(source, target, blob, log) {
  const started = Date.now();
  let sent = 0;
  const what = `blob ${blob.digest} (${formatBytes(blob.size)})`;
  log(`${what}: uploading to ${target.name}`);
  const progress = setInterval(
    () => log(`${what}: ${formatBytes(sent)} of ${formatBytes(blob.size)} sent to ${target.name}`),
    PROGRESS_INTERVAL_MS
  );
  progress.unref();
  try {
    await target.uploadBlob(blob.digest, blob.size, async () => {
      sent = 0;
      const { stream } = await source.getBlob(blob.digest, blob.size);
      return counted(stream, (bytes) => sent += bytes);
    });
  } finally {
    clearInterval(progress);
  }
  const seconds = Math.max((Date.now() - started) / 1e3, 1e-3);
  log(`${what}: uploaded in ${seconds.toFixed(1)} s (${formatBytes(blob.size / seconds)}/s)`);
}
function counted(stream, count) {
  const { Transform, pipeline } = process.getBuiltinModule("node:stream");
  const through = new Transform({
    transform(chunk, _encoding, done) {
      count(chunk.length);
      done(null, chunk);
    }
  });
  return pipeline(stream, through, () => void 0);
}
function expectDigest(answered, expected, what) {
  if (answered !== expected) {
    throw new RegistryApiError(`${what}: the registry answered ${answered}, not ${expected}`, {});
  }
}
function failure(what, error) {
  const message = `${what}: ${messageOf(error)}`;
  if (error instanceof RegistryApiError) {
    return new RegistryApiError(message, {
      ...error.status !== void 0 ? { status: error.status } : {},
      transient: error.transient,
      unauthorized: error.unauthorized
    });
  }
  return new RegistryApiError(message, {});
}
async function eachConcurrent(items, limit, fn) {
  let failed;
  await mapConcurrent(items, limit, async (item) => {
    if (failed) return;
    try {
      await fn(item);
    } catch (error) {
      failed ??= { error };
    }
  });
  if (failed) throw failed.error;
}
function formatBytes(bytes) {
  if (bytes < 1024) return `${Math.round(bytes)} B`;
  const units = ["KiB", "MiB", "GiB", "TiB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

// src/build-push/replicas/decisions.ts
function immutableConflicts(tagNames, existing, digest) {
  return tagNames.filter((name) => existing.has(name) && existing.get(name) !== digest);
}
function immutableRefusal(region, conflicts, existing, digest) {
  const tags = conflicts.map((tag) => `'${tag}' (${existing.get(tag)})`).join(", ");
  return `the repository is immutable in ${region} and ${tags} already hold${conflicts.length === 1 ? "s" : ""} another image than ${digest}. Immutable tags cannot be moved: push a new tag (a version or the commit sha). Nothing was written in this region.`;
}
function tagMismatches(answers, digest) {
  return [...answers].filter(([, answered]) => answered !== digest);
}
function mismatchMessage(mismatches, digest) {
  const listing = mismatches.map(([tag, answered]) => `'${tag}' answers ${answered ?? "nothing"}`).join(", ");
  return `after the copy, ${listing} instead of ${digest}; another push may be racing this one`;
}
function replicasOutput(outcomes) {
  return JSON.stringify(
    outcomes.filter((outcome) => outcome.image !== void 0).map(({ region, registry, image }) => ({ region, registry, image }))
  );
}
function replicationFailure(primaryRegion, outcomes) {
  const failed = outcomes.filter((outcome) => outcome.image === void 0);
  if (failed.length === 0) return void 0;
  const holding = [
    `${primaryRegion} (primary)`,
    ...outcomes.filter((outcome) => outcome.image !== void 0).map((outcome) => outcome.region)
  ];
  const causes = failed.map(
    (outcome) => `- ${outcome.region} (${outcome.registry}): ${outcome.failure ?? "failed"}`
  );
  return new ActionError(
    [
      `Replication failed in ${failed.map((outcome) => outcome.region).join(", ")}:`,
      ...causes,
      `The image is in ${holding.join(", ")}. A re-run copies only what is missing.`
    ].join("\n")
  );
}

export {
  withRetries,
  issueRegistryToken,
  registryLogin,
  copyImage,
  formatBytes,
  immutableConflicts,
  immutableRefusal,
  tagMismatches,
  mismatchMessage,
  replicasOutput,
  replicationFailure
};
