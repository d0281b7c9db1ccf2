/**
 * The OCI API emulator and the registry joined into one OCIR: an image pushed to the registry
 * appears in the Artifacts API (the tag a version, the registry's digest, created now), and an image
 * deleted or untagged through the API is gone from the registry by the time the API answers.
 *
 *   const { emulator, registry, close } = await startLinkedWorld({ tenancy, namespace, users });
 *
 * Registry → emulator: the front reports each accepted manifest; `<namespace>/<name>` is recorded in
 * repository `<name>` (created in the root compartment on first push when the emulator says so);
 * names outside the namespace are not OCIR's and stay registry-only. Every manifest is an image, as
 * in OCIR: an index's platform images and attestations, pushed by digest, are images with no tag,
 * and the children an index lists are recorded with it, however they reached the registry.
 * Emulator → registry: a deleted image deletes its manifest by digest; a removed version leaves the
 * image's remaining versions as the manifest's only tags (see `Registry.setTags` for how 2.8.2 is
 * made to untag). Images seeded with `addImage` that the registry never saw are no-ops there.
 */
import {
  startEmulator,
  type Emulator,
  type EmulatorOptions,
  type ImageRecord,
  type PushedImage,
} from './emulator.js';
import { startRegistry, type ManifestPush, type Registry } from './registry.js';

export interface LinkedWorld {
  emulator: Emulator;
  registry: Registry;
  close(): Promise<void>;
}

/** Starts both, linked. Hooks given in `options` still run, before the registry follows. */
export async function startLinkedWorld(options: EmulatorOptions): Promise<LinkedWorld> {
  const serial = new KeyedSerializer();
  // The emulator's hooks need the registry, which needs the emulator's logins: bound once both run.
  let registry: Registry | undefined;
  const linked = (): Registry => {
    if (registry === undefined) throw new Error('the registry of the linked world is not running');
    return registry;
  };
  const path = (image: ImageRecord) => `${options.namespace}/${image.repositoryName}`;
  // One queue per manifest: each change is applied in the order the emulator's state took it, so
  // concurrent untags of one image (the prune action runs 8 at a time) end with the last state's tags.
  const onManifest = (image: ImageRecord, change: (repo: string) => Promise<boolean>) =>
    serial.run(`${path(image)}@${image.digest}`, async () => {
      await change(path(image));
    });

  const emulator = await startEmulator({
    ...options,
    onImageDeleted: async (image) => {
      await options.onImageDeleted?.(image);
      await onManifest(image, (repo) => linked().deleteManifest(repo, image.digest));
    },
    onVersionRemoved: async (image, version) => {
      await options.onVersionRemoved?.(image, version);
      const tags = image.versions.map((entry) => entry.version);
      await onManifest(image, (repo) => linked().setTags(repo, image.digest, tags));
    },
  });
  try {
    registry = await startRegistry({
      acceptsLogin: (username, password) => emulator.acceptsRegistryLogin(username, password),
      onManifestPushed: async (push) => {
        const pushed = pushedImage(options.namespace, push);
        if (pushed === undefined) return;
        emulator.recordPush(pushed);
        for (const digest of await indexChildDigests(linked(), push)) {
          emulator.recordPush({ repositoryName: pushed.repositoryName, digest });
        }
      },
    });
  } catch (error) {
    await emulator.close();
    throw error;
  }
  const running = registry;
  return {
    emulator,
    registry: running,
    close: async () => {
      await running.close();
      await emulator.close();
    },
  };
}

/**
 * What the emulator records for a manifest the registry accepted: the repository name without the
 * namespace, and the tag unless the push was by digest. Undefined outside the namespace.
 */
export function pushedImage(namespace: string, push: ManifestPush): PushedImage | undefined {
  const prefix = `${namespace}/`;
  if (!push.repository.startsWith(prefix) || push.repository.length === prefix.length) return undefined;
  const repositoryName = push.repository.slice(prefix.length);
  // A tag cannot hold a colon; a digest always does (`sha256:…`).
  return push.reference.includes(':')
    ? { repositoryName, digest: push.digest }
    : { repositoryName, digest: push.digest, tag: push.reference };
}

const INDEX_TYPES =
  /^application\/vnd\.(?:oci\.image\.index\.v1|docker\.distribution\.manifest\.list\.v2)\+json/;

/**
 * The manifests an index lists that the registry holds; none for an image manifest. Best effort: a
 * child reached the registry by its own push, which was recorded then; a read that fails here (the
 * registry answers 500 while concurrent PUTs of one manifest settle) leaves the push as it was.
 */
async function indexChildDigests(registry: Registry, push: ManifestPush): Promise<string[]> {
  if (!INDEX_TYPES.test(push.mediaType ?? '')) return [];
  const stored = await registry.manifest(push.repository, push.digest).catch(() => undefined);
  if (stored === undefined) return [];
  const body = JSON.parse(stored.bytes.toString('utf8')) as { manifests?: Array<{ digest?: unknown }> };
  if (!Array.isArray(body.manifests)) return [];
  const digests = body.manifests.map((entry) => entry.digest).filter((digest) => typeof digest === 'string');
  const present = await Promise.all(
    digests.map(async (digest) =>
      (await registry.manifest(push.repository, digest).catch(() => undefined)) ? digest : undefined,
    ),
  );
  return present.filter((digest) => digest !== undefined);
}

/** Runs tasks one after another per key; tasks of different keys run concurrently. */
export class KeyedSerializer {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}
