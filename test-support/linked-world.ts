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
 *
 * Several regions: `replicaRegions` gives the emulator those regions (emulator.ts) and each region a
 * registry of its own, with its own storage and auth front, linked to that region's state as above
 * (a push to it shows in that region's API; a delete there reaches it). A registry token is good
 * only at its region's registry, an auth token at every one; a blob of one region cannot be mounted
 * in another (the mount is answered 202, an upload to do).
 *
 *   const world = await startLinkedWorld({ tenancy, namespace, users, replicaRegions: ['sa-vinhedo-1'] });
 *   const vinhedo = world.inRegion('sa-vinhedo-1'); // {id, registry, emulator: the region's view}
 *   // OCI_API_BASE_URL=world.emulator.regionUrlTemplate: each region's calls reach its region
 */
import {
  startEmulator,
  type Emulator,
  type EmulatorOptions,
  type EmulatorRegion,
  type ImageRecord,
  type PushedImage,
} from './emulator.js';
import { startRegistry, type ManifestPush, type Registry } from './registry.js';

/** One region of the linked world: its registry and its view of the emulator. */
export interface LinkedRegion {
  /** The region identifier, e.g. `sa-vinhedo-1`. */
  id: string;
  registry: Registry;
  emulator: EmulatorRegion;
}

export interface LinkedWorld {
  /** The emulator; its own members are the home region's (`emulator.inRegion(id)` for another). */
  emulator: Emulator;
  /** The home region's registry. */
  registry: Registry;
  /** Every region, the home region first, then the replica regions in the order given. */
  regions: LinkedRegion[];
  /** One region by identifier; an unknown one throws. */
  inRegion(id: string): LinkedRegion;
  close(): Promise<void>;
}

/**
 * Starts the emulator and one registry per region, linked. Hooks given in `options` still run,
 * before the registry follows.
 */
export async function startLinkedWorld(options: EmulatorOptions): Promise<LinkedWorld> {
  const serial = new KeyedSerializer();
  // The emulator's hooks need the registries, which need the emulator's logins: bound once all run.
  const registries = new Map<string, Registry>();
  const linked = (region: string): Registry => {
    const registry = registries.get(region);
    if (registry === undefined) throw new Error(`the registry of region ${region} is not running`);
    return registry;
  };
  const path = (image: ImageRecord) => `${options.namespace}/${image.repositoryName}`;
  // One queue per manifest: each change is applied in the order the emulator's state took it, so
  // concurrent untags of one image (the prune action runs 8 at a time) end with the last state's tags.
  const onManifest = (region: string, image: ImageRecord, change: (repo: string) => Promise<boolean>) =>
    serial.run(`${region}/${path(image)}@${image.digest}`, async () => {
      await change(path(image));
    });

  const emulator = await startEmulator({
    ...options,
    onImageDeleted: async (image, region) => {
      await options.onImageDeleted?.(image, region);
      await onManifest(region, image, (repo) => linked(region).deleteManifest(repo, image.digest));
    },
    onVersionRemoved: async (image, version, region) => {
      await options.onVersionRemoved?.(image, version, region);
      const tags = image.versions.map((entry) => entry.version);
      await onManifest(region, image, (repo) => linked(region).setTags(repo, image.digest, tags));
    },
  });
  const started = await Promise.allSettled(
    emulator.regions.map(async (region) => {
      const state = emulator.inRegion(region);
      const registry = await startRegistry({
        acceptsLogin: (username, password) => state.acceptsRegistryLogin(username, password),
        onManifestPushed: async (push) => {
          const pushed = pushedImage(options.namespace, push);
          if (pushed === undefined) return;
          state.recordPush(pushed);
          for (const digest of await indexChildDigests(linked(region), push)) {
            state.recordPush({ repositoryName: pushed.repositoryName, digest });
          }
        },
      });
      registries.set(region, registry);
    }),
  );
  const failed = started.find((outcome) => outcome.status === 'rejected');
  if (failed !== undefined) {
    await Promise.all([...registries.values()].map((registry) => registry.close()));
    await emulator.close();
    throw failed.reason;
  }
  const regions = emulator.regions.map((id) => ({
    id,
    registry: linked(id),
    emulator: emulator.inRegion(id),
  }));
  const [home] = regions;
  if (home === undefined) throw new Error('the linked world has no region');
  return {
    emulator,
    registry: home.registry,
    regions,
    inRegion: (id) => {
      const region = regions.find((candidate) => candidate.id === id);
      if (region === undefined) {
        throw new Error(`no region ${id} in this world (regions: ${emulator.regions.join(', ')})`);
      }
      return region;
    },
    close: async () => {
      await Promise.all(regions.map((region) => region.registry.close()));
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
