/** Tagging by manifest through the registry API (src/registry/api.ts), without a docker push per tag. */
import {
  registryClient,
  type Manifest,
  type RegistryClient,
  type RegistryClientOptions,
} from '../registry/api.js';

export interface ManifestTagger {
  /** Starts the handshake early (e.g. while docker pushes the first tag); idempotent. */
  prepare(): void;
  /** Puts the manifest `digest` under `tag`; resolves to the digest the registry answered. */
  addTag(tag: string, digest: string): Promise<string>;
  /** The config digest (the image id) of the image manifest `digest`; undefined for an index. */
  configDigest(digest: string): Promise<string | undefined>;
  close(): void;
}

/**
 * Tags by manifest: the bytes of `digest` are read once (whatever the number of tags) and put
 * under each tag as they are, so every tag holds the very image docker pushed.
 */
export function manifestTagger(
  options: RegistryClientOptions,
  connect: () => RegistryClient = () => registryClient(options),
): ManifestTagger {
  // Connected on first use: a run with one tag loads no HTTP module at all.
  let connected: RegistryClient | undefined;
  const client = () => (connected ??= connect());
  let ready: Promise<void> | undefined;
  const manifests = new Map<string, Promise<Manifest>>();
  const prepare = () => {
    // A failed handshake is not final here: the requests that need it answer their own 401.
    ready ??= client()
      .authorize()
      .catch(() => undefined);
  };
  const manifest = (digest: string): Promise<Manifest> => {
    let pending = manifests.get(digest);
    if (!pending) {
      pending = client().getManifest(digest);
      manifests.set(digest, pending);
      // A failed read is retried by the next attempt, not remembered.
      pending.catch(() => manifests.delete(digest));
    }
    return pending;
  };
  return {
    prepare,
    addTag: async (tag, digest) => {
      prepare();
      await ready;
      return client().putManifest(tag, await manifest(digest));
    },
    configDigest: async (digest) => {
      prepare();
      await ready;
      return configDigestOf(await manifest(digest));
    },
    close: () => connected?.close(),
  };
}

/** An image manifest's `config.digest`, the image id docker shows; undefined for an index or a list. */
export function configDigestOf(manifest: Manifest): string | undefined {
  try {
    const parsed = JSON.parse(manifest.bytes.toString('utf8')) as { config?: { digest?: unknown } };
    return typeof parsed.config?.digest === 'string' ? parsed.config.digest : undefined;
  } catch {
    return undefined;
  }
}
