/**
 * The manifests that tagged indexes point at. A multi-platform push stores each platform's manifest,
 * and each attestation manifest, as an image with no tag; only the index carries the tags. Deleting
 * them as "untagged" leaves a protected release that no longer pulls on any platform, so before
 * planning, the manifest of every tagged image is read through the registry API (the Artifacts API
 * does not say which images are indexes) and every digest an index references is collected, nested
 * indexes included. Fail closed: when one manifest cannot be read, the set is unknown, and the plan
 * then deletes no untagged image.
 */
import { mapConcurrent } from '../common/concurrency.js';
import { oneLineFailure } from '../common/errors.js';

/** What a prune plan knows about referenced manifests. */
export type References = { known: true; digests: ReadonlySet<string> } | { known: false; reason: string };

export const NO_REFERENCES: References = { known: true, digests: new Set() };

/** A manifest as the registry stores it. */
export interface StoredManifest {
  mediaType: string;
  bytes: Buffer;
}

export interface Descriptor {
  digest: string;
  mediaType?: string;
}

const INDEX_MEDIA_TYPES = new Set([
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
]);

export function isIndexMediaType(mediaType: string | undefined): boolean {
  return mediaType !== undefined && INDEX_MEDIA_TYPES.has(mediaType.split(';')[0]!.trim());
}

/**
 * The manifests an index lists (`manifests[]`: platform images and attestations); none for an image
 * manifest. An OCI index may omit its own `mediaType` field: the stored type decides.
 */
export function indexChildren(manifest: StoredManifest): Descriptor[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(manifest.bytes.toString('utf8'));
  } catch {
    throw new Error(`the manifest is not JSON (${manifest.mediaType})`);
  }
  const body = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as {
    mediaType?: unknown;
    manifests?: unknown;
  };
  const declared = typeof body.mediaType === 'string' ? body.mediaType : undefined;
  if (!isIndexMediaType(manifest.mediaType) && !isIndexMediaType(declared)) return [];
  if (!Array.isArray(body.manifests)) throw new Error('the index lists no manifests array');
  return body.manifests.map((entry: unknown) => {
    const { digest, mediaType } = (entry ?? {}) as { digest?: unknown; mediaType?: unknown };
    if (typeof digest !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(digest)) {
      throw new Error(`the index lists a manifest without a valid digest (${JSON.stringify(digest)})`);
    }
    return typeof mediaType === 'string' ? { digest, mediaType } : { digest };
  });
}

export interface CollectOptions {
  /** Manifests read at once. */
  concurrency: number;
  read: (digest: string) => Promise<StoredManifest>;
}

export interface CollectedReferences {
  references: References;
  /** Registry reads made: one per tagged image, plus one per nested index. */
  reads: number;
  /** Indexes found among the manifests read. */
  indexes: number;
}

/**
 * Every digest the indexes among `roots` (the digests of tagged images) reference, nested indexes
 * followed, each manifest read once. A read or parse failure makes the answer unknown, with why.
 */
export async function collectReferences(
  roots: string[],
  options: CollectOptions,
): Promise<CollectedReferences> {
  const digests = new Set<string>();
  const read = new Set<string>();
  let indexes = 0;
  let level = [...new Set(roots)];
  try {
    while (level.length > 0) {
      for (const digest of level) read.add(digest);
      const children = await mapConcurrent(level, options.concurrency, async (digest) => {
        try {
          return indexChildren(await options.read(digest));
        } catch (error) {
          throw new Error(`the manifest ${digest} could not be read: ${oneLineFailure(error)}`);
        }
      });
      const next: string[] = [];
      for (const listed of children) {
        if (listed.length > 0) indexes += 1;
        for (const child of listed) {
          digests.add(child.digest);
          // A nested index: its own children count too. An image manifest references no manifest.
          if (isIndexMediaType(child.mediaType) && !read.has(child.digest)) next.push(child.digest);
        }
      }
      level = [...new Set(next)];
    }
  } catch (error) {
    return {
      references: { known: false, reason: oneLineFailure(error) },
      reads: read.size,
      indexes,
    };
  }
  return { references: { known: true, digests }, reads: read.size, indexes };
}
