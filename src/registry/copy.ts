/**
 * Registry-to-registry copy of one image (or index) through the Distribution API: what the target
 * lacks is streamed from the source, nothing passes through the disk or the docker engine, and a
 * run that finds everything in place writes nothing.
 * Order, as a registry checks a manifest's references when it is put: the blobs, then the
 * manifests an index lists (platform images, attestations) by digest, then the root under each tag.
 */
import type { Readable } from 'node:stream';
import { mapConcurrent } from '../common/concurrency.js';
import { messageOf } from '../common/errors.js';
import { withRetries } from '../common/retry.js';
import { parseDigest, RegistryApiError, type Manifest, type RegistryClient } from './api.js';

export interface CopyReport {
  /** The root manifest digest, as the target registry answered it. */
  digest: string;
  blobsUploaded: number;
  bytesUploaded: number;
  blobsPresent: number;
  /** Manifests put by digest (children before their index); tags are counted in `tagsPut`. */
  manifestsPut: number;
  tagsPut: string[];
  /** Tags that already held the digest: not put again. */
  tagsPresent: string[];
}

export interface CopyOptions {
  /** Further tries of a request that failed transiently (5xx, 429, a reset). Default 3. */
  retries?: number;
  /** Requests (blob uploads included) in flight at once. Default 4. */
  concurrency?: number;
  log?: (line: string) => void;
  /** Delay before the first retry; doubles after each. Default 1 s. */
  retryDelayMs?: number;
}

/** What a manifest references: the blobs an image needs, the manifests an index lists. */
export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
}

/** A blob's progress is logged every this often while it uploads. */
const PROGRESS_INTERVAL_MS = 10_000;

/**
 * Copies the manifest `digest` of `source`, and everything it references, to `target`, then puts
 * it under each of `tags` there. Each request is retried on a transient failure; a failure that
 * stays is thrown as a RegistryApiError that names the blob, manifest or tag and the repository.
 */
export async function copyImage(
  source: RegistryClient,
  target: RegistryClient,
  digest: string,
  tags: string[],
  options: CopyOptions = {},
): Promise<CopyReport> {
  const log = options.log ?? (() => undefined);
  const concurrency = options.concurrency ?? 4;
  const retrying = <T>(what: string, operation: () => Promise<T>): Promise<T> =>
    withRetries(() => operation().catch((error: unknown) => Promise.reject(failure(what, error))), {
      attempts: (options.retries ?? 3) + 1,
      initialDelayMs: options.retryDelayMs ?? 1000,
      isRetryable: (error) => error instanceof RegistryApiError && error.transient,
      onRetry: (error, attempt, delayMs) =>
        log(`${messageOf(error)}; trying again in ${(delayMs / 1000).toFixed(1)} s (attempt ${attempt + 1})`),
    });
  const report: CopyReport = {
    digest,
    blobsUploaded: 0,
    bytesUploaded: 0,
    blobsPresent: 0,
    manifestsPut: 0,
    tagsPut: [],
    tagsPresent: [],
  };

  await Promise.all([
    retrying(`log in to ${source.name}`, () => source.authorize()),
    retrying(`log in to ${target.name}`, () => target.authorize()),
  ]);

  const manifests = await readManifests(digest, concurrency, (child) =>
    retrying(`read manifest ${child} from ${source.name}`, () => source.getManifest(child)),
  );
  const plan = planCopy(digest, manifests);

  const missing: Descriptor[] = [];
  await eachConcurrent(plan.blobs, concurrency, async (blob) => {
    const size = await retrying(`check blob ${blob.digest} at ${target.name}`, () =>
      target.headBlob(blob.digest),
    );
    if (size === undefined) missing.push(blob);
  });
  report.blobsPresent = plan.blobs.length - missing.length;
  const missingBytes = missing.reduce((sum, blob) => sum + blob.size, 0);
  log(
    `${target.name}: ${plan.blobs.length} blob(s), ${report.blobsPresent} already there, ` +
      `${missing.length} to upload (${formatBytes(missingBytes)})`,
  );
  await eachConcurrent(missing, concurrency, async (blob) => {
    await retrying(`copy blob ${blob.digest} (${formatBytes(blob.size)}) to ${target.name}`, () =>
      copyBlob(source, target, blob, log),
    );
    report.blobsUploaded += 1;
    report.bytesUploaded += blob.size;
  });

  // Children before their index: the registry refuses an index whose manifests it lacks.
  const byDigest = [...plan.children, ...(tags.length === 0 ? [[digest]] : [])];
  for (const level of byDigest) {
    await eachConcurrent(level, concurrency, async (child) => {
      const manifest = manifests.get(child)!;
      const stored = await retrying(`check manifest ${child} at ${target.name}`, () =>
        target.headManifest(child),
      );
      if (stored?.digest === child) return;
      const answered = await retrying(`put manifest ${child} to ${target.name}`, () =>
        target.putManifest(child, manifest),
      );
      expectDigest(answered, child, `put manifest ${child} to ${target.name}`);
      report.manifestsPut += 1;
    });
  }

  const root = manifests.get(digest)!;
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
    `${target.name}: ${report.blobsUploaded} blob(s) uploaded (${formatBytes(report.bytesUploaded)}), ` +
      `${report.manifestsPut} manifest(s) put by digest, tags put: ${report.tagsPut.join(', ') || 'none'}` +
      (report.tagsPresent.length > 0 ? `, already there: ${report.tagsPresent.join(', ')}` : ''),
  );
  return report;
}

/** What the copy writes, children first; pure, from the manifests read (`root` among them). */
export interface CopyPlan {
  /** Every blob the images reference, once each, in first-seen order. */
  blobs: Descriptor[];
  /** Manifests put by digest before the root, by level: the deepest (image manifests) first. */
  children: string[][];
}

export function planCopy(root: string, manifests: ReadonlyMap<string, Manifest>): CopyPlan {
  const blobs = new Map<string, Descriptor>();
  const depth = new Map<string, number>();
  /** Height of a manifest: 0 for an image, 1 + its deepest child for an index. */
  const height = (digest: string, path: readonly string[]): number => {
    const known = depth.get(digest);
    if (known !== undefined) return known;
    if (path.includes(digest)) throw new RegistryApiError(`manifest ${digest} references itself`, {});
    const manifest = manifests.get(digest);
    if (!manifest) throw new RegistryApiError(`manifest ${digest} was not read`, {});
    const links = manifestLinks(manifest);
    for (const blob of links.blobs) if (!blobs.has(blob.digest)) blobs.set(blob.digest, blob);
    const own =
      links.manifests.length === 0
        ? 0
        : 1 + Math.max(...links.manifests.map((child) => height(child.digest, [...path, digest])));
    depth.set(digest, own);
    return own;
  };
  const top = height(root, []);
  const children = Array.from({ length: top }, (_, level) =>
    [...depth].filter(([digest, h]) => h === level && digest !== root).map(([digest]) => digest),
  ).filter((level) => level.length > 0);
  return { blobs: [...blobs.values()], children };
}

/** The blobs (config, layers) an image manifest needs, or the manifests an index lists. */
export function manifestLinks(manifest: Manifest): { blobs: Descriptor[]; manifests: Descriptor[] } {
  let parsed: { manifests?: unknown; config?: unknown; layers?: unknown };
  try {
    parsed = JSON.parse(manifest.bytes.toString('utf8')) as typeof parsed;
  } catch {
    throw new RegistryApiError(`manifest ${manifest.digest} is not JSON`, {});
  }
  const descriptors = (value: unknown, field: string): Descriptor[] => {
    if (value === undefined) return [];
    if (!Array.isArray(value))
      throw new RegistryApiError(`manifest ${manifest.digest}: '${field}' is not a list`, {});
    return value.map((entry: unknown) => descriptor(entry, manifest.digest, field));
  };
  if (parsed.manifests !== undefined)
    return { blobs: [], manifests: descriptors(parsed.manifests, 'manifests') };
  const layers = descriptors(parsed.layers, 'layers').filter(
    // Foreign layers live elsewhere (their `urls`): registries neither hold nor require them.
    (layer) => !/foreign|nondistributable/.test(layer.mediaType),
  );
  const config = parsed.config === undefined ? [] : [descriptor(parsed.config, manifest.digest, 'config')];
  return { blobs: [...config, ...layers], manifests: [] };
}

function descriptor(value: unknown, owner: string, field: string): Descriptor {
  const { mediaType, digest, size } = (value ?? {}) as Record<string, unknown>;
  if (
    typeof digest !== 'string' ||
    !parseDigest(digest) ||
    typeof size !== 'number' ||
    !Number.isSafeInteger(size) ||
    size < 0
  ) {
    throw new RegistryApiError(`manifest ${owner}: an entry of '${field}' has no valid digest and size`, {});
  }
  return { mediaType: typeof mediaType === 'string' ? mediaType : '', digest, size };
}

/** The root and every manifest it references, each read once, `concurrency` at a time per level. */
async function readManifests(
  root: string,
  concurrency: number,
  read: (digest: string) => Promise<Manifest>,
): Promise<Map<string, Manifest>> {
  const manifests = new Map<string, Manifest>();
  for (let level = [root]; level.length > 0;) {
    const batch = await mapConcurrent(level, concurrency, read);
    for (const manifest of batch) manifests.set(manifest.digest, manifest);
    const next = batch.flatMap((manifest) => manifestLinks(manifest).manifests.map((child) => child.digest));
    level = [...new Set(next)].filter((digest) => !manifests.has(digest));
  }
  return manifests;
}

/** One blob, source to target as a stream: the upload reads the download as fast as it sends. */
async function copyBlob(
  source: RegistryClient,
  target: RegistryClient,
  blob: Descriptor,
  log: (line: string) => void,
): Promise<void> {
  const started = Date.now();
  let sent = 0;
  const what = `blob ${blob.digest} (${formatBytes(blob.size)})`;
  log(`${what}: uploading to ${target.name}`);
  const progress = setInterval(
    () => log(`${what}: ${formatBytes(sent)} of ${formatBytes(blob.size)} sent to ${target.name}`),
    PROGRESS_INTERVAL_MS,
  );
  progress.unref();
  try {
    await target.uploadBlob(blob.digest, blob.size, async () => {
      sent = 0;
      const { stream } = await source.getBlob(blob.digest, blob.size);
      return counted(stream, (bytes) => (sent += bytes));
    });
  } finally {
    clearInterval(progress);
  }
  const seconds = Math.max((Date.now() - started) / 1000, 0.001);
  log(`${what}: uploaded in ${seconds.toFixed(1)} s (${formatBytes(blob.size / seconds)}/s)`);
}

/** `stream` as it is, with each chunk's size told to `count` as it passes (no buffering added). */
function counted(stream: Readable, count: (bytes: number) => void): Readable {
  const { Transform, pipeline } = process.getBuiltinModule('node:stream');
  const through = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      count(chunk.length);
      done(null, chunk);
    },
  });
  // Errors travel both ways: a failed download fails the upload's body, a failed upload the download.
  return pipeline(stream, through, () => undefined);
}

/** The registry answered another digest than the bytes sent hash to: something rewrote them. */
function expectDigest(answered: string, expected: string, what: string): void {
  if (answered !== expected) {
    throw new RegistryApiError(`${what}: the registry answered ${answered}, not ${expected}`, {});
  }
}

/** `error` with what was being done in front of its message, keeping what makes it retryable. */
function failure(what: string, error: unknown): RegistryApiError {
  const message = `${what}: ${messageOf(error)}`;
  if (error instanceof RegistryApiError) {
    return new RegistryApiError(message, {
      ...(error.status !== undefined ? { status: error.status } : {}),
      transient: error.transient,
      unauthorized: error.unauthorized,
    });
  }
  return new RegistryApiError(message, {});
}

/** `fn` over every item, `limit` at a time; after a failure none starts, those running finish, then it is thrown. */
async function eachConcurrent<T>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<void>,
): Promise<void> {
  let failed: { error: unknown } | undefined;
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

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${Math.round(bytes)} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}
