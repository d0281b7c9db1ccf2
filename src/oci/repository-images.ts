/**
 * The images of one repository through the Artifacts API, with every tag each carries: what the
 * prune action reads and removes. OCIR calls a tag a "version"; list summaries carry only the newest
 * one, so complete tag sets come from a GET per image, a bounded number at a time.
 *
 * Only reachable through dynamic imports from the entries: loading it loads the SDK.
 */
import { ArtifactsClient, requests, type models } from 'oci-artifacts';
import { mapConcurrent } from '../common/concurrency.js';
import { connectOci, type OciClient, type OciClientOptions } from './client.js';
import { isNotFound, isPreconditionFailed } from './errors.js';
import type { RegistryImage } from './images.js';
import { allPages, findInPages, isGone, PAGE_LIMIT, type Page } from './pages.js';
import { findRepository } from './repositories.js';
import type { RepositoryInfo } from './repository.js';
import { PATIENT_RETRY } from './retry-policy.js';

export { isNotFound, isPreconditionFailed } from './errors.js';

export interface RepositoryImagesOptions extends OciClientOptions {
  /** Image GETs in flight at once while listing. Default 8. */
  concurrency?: number;
}

export interface RepositoryImages {
  /** The repository of that name anywhere in the tenancy (names are unique per tenancy and region). */
  findRepository(name: string): Promise<RepositoryInfo | undefined>;
  /**
   * Every image of the repository with all its tags, newest first: the list pages, then one GET per
   * image for its versions; `onProgress(done, total)` after each GET. Images being deleted are left out.
   */
  listImages(
    repositoryId: string,
    onProgress?: (done: number, total: number) => void,
  ): Promise<RegistryImage[]>;
  /** Images carrying exactly this tag (the server-side `version` filter), with all their tags. */
  imagesWithTag(repositoryId: string, tag: string): Promise<RegistryImage[]>;
  /** How many images the repository holds, from one list request. */
  countImages(repositoryId: string): Promise<number>;
  /** The image as it is now, with its etag; undefined when it is gone (or being deleted). */
  readImage(imageId: string): Promise<RegistryImage | undefined>;
  /**
   * Deletes the image and all its tags, only if its etag is still `ifMatch` (when given). A missing
   * image rejects with an error that `isNotFound` recognises, a changed one with `isChanged`.
   */
  deleteImage(imageId: string, ifMatch?: string): Promise<void>;
  /**
   * Removes one tag from the image (untag), only if its etag is still `ifMatch` (when given); the
   * image stays. Resolves to the image's new etag. A missing image or tag: `isNotFound`; changed: `isChanged`.
   */
  removeVersion(imageId: string, version: string, ifMatch?: string): Promise<string | undefined>;
  /** The resource is gone (404): for a removal, someone else got there first. */
  isNotFound(error: unknown): boolean;
  /** A conditional write found the image changed since it was read (412). */
  isChanged(error: unknown): boolean;
  /** A registry token (login `BEARER_TOKEN`) for reading manifests; loads the registry SDK module on first use. */
  registryToken(): Promise<string>;
  /** API requests sent so far, retries included. */
  requestCount(): number;
}

const DEFAULT_CONCURRENCY = 8;

/** A connection for the prune: the patient retry policy unless `retry` says otherwise. */
export function connectRepositoryImages(options: RepositoryImagesOptions): RepositoryImages {
  const oci = connectOci({ retry: PATIENT_RETRY, ...options });
  const artifacts = oci.service(ArtifactsClient);
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;

  /** Full images for these summaries; one that vanished between the list and the GET is left out. */
  async function withVersions(
    summaries: models.ContainerImageSummary[],
    onProgress?: (done: number, total: number) => void,
  ): Promise<RegistryImage[]> {
    let done = 0;
    const images = await mapConcurrent(summaries, concurrency, async (summary) => {
      const image = await getImage(oci, summary.id);
      done += 1;
      onProgress?.(done, summaries.length);
      return image;
    });
    return images.filter((image) => image !== undefined);
  }

  return {
    findRepository: (name) => findRepository(oci, name),

    async listImages(repositoryId, onProgress) {
      const summaries = await allPages(listPage(oci, { repositoryId }));
      return withVersions(liveIn(repositoryId, summaries), onProgress);
    },

    async imagesWithTag(repositoryId, tag) {
      const summaries = await allPages(listPage(oci, { repositoryId, version: tag }));
      const images = await withVersions(liveIn(repositoryId, summaries));
      return images.filter((image) => image.versions.some((entry) => entry.version === tag));
    },

    async countImages(repositoryId) {
      const { containerImageCollection } = await oci.call(() =>
        artifacts.listContainerImages({
          compartmentId: oci.tenancy,
          compartmentIdInSubtree: true,
          repositoryId,
          limit: 1,
        }),
      );
      return containerImageCollection.items.length + (containerImageCollection.remainingItemsCount ?? 0);
    },

    readImage: (imageId) => getImage(oci, imageId),

    async deleteImage(imageId, ifMatch) {
      await oci.call(() => artifacts.deleteContainerImage({ imageId, ...(ifMatch ? { ifMatch } : {}) }));
    },

    async removeVersion(imageId, version, ifMatch) {
      const { etag } = await oci.call(() =>
        artifacts.removeContainerVersion({
          imageId,
          removeContainerVersionDetails: { version },
          ...(ifMatch ? { ifMatch } : {}),
        }),
      );
      return etag || undefined;
    },

    isNotFound,
    isChanged: isPreconditionFailed,
    async registryToken() {
      const { registryToken } = await import('./registry-token.js');
      return registryToken(oci);
    },
    requestCount: () => oci.requestCount(),
  };
}

/** For each tag that exists in the repository: the digest of the image that carries it (one list per tag). */
export async function tagDigests(
  oci: OciClient,
  repositoryId: string,
  tags: string[],
): Promise<Map<string, string>> {
  const pairs = await Promise.all(
    [...new Set(tags)].map(async (tag) => {
      const image = await findInPages(
        listPage(oci, { repositoryId, version: tag }),
        (item) => item.repositoryId === repositoryId && !isGone(item.lifecycleState),
      );
      return image ? ([tag, image.digest] as const) : undefined;
    }),
  );
  return new Map(pairs.filter((pair) => pair !== undefined));
}

/** One page of a tenancy-wide image listing, newest first, as `findInPages`/`allPages` fetch them. */
function listPage(
  oci: OciClient,
  filter: { repositoryId: string; version?: string },
): (page: string | undefined) => Promise<Page<models.ContainerImageSummary>> {
  const artifacts = oci.service(ArtifactsClient);
  return async (page) => {
    const response = await oci.call(() =>
      artifacts.listContainerImages({
        compartmentId: oci.tenancy,
        compartmentIdInSubtree: true,
        ...filter,
        sortBy: requests.ListContainerImagesRequest.SortBy.Timecreated,
        sortOrder: requests.ListContainerImagesRequest.SortOrder.Desc,
        limit: PAGE_LIMIT,
        ...(page ? { page } : {}),
      }),
    );
    return { items: response.containerImageCollection.items, nextPage: response.opcNextPage };
  };
}

function liveIn(
  repositoryId: string,
  summaries: models.ContainerImageSummary[],
): models.ContainerImageSummary[] {
  return summaries.filter((item) => item.repositoryId === repositoryId && !isGone(item.lifecycleState));
}

async function getImage(oci: OciClient, imageId: string): Promise<RegistryImage | undefined> {
  const artifacts = oci.service(ArtifactsClient);
  try {
    const { containerImage, etag } = await oci.call(() => artifacts.getContainerImage({ imageId }));
    if (isGone(containerImage.lifecycleState)) return undefined;
    return {
      ...(etag ? { etag } : {}),
      id: containerImage.id,
      digest: containerImage.digest,
      // The SDK types these as Date but hands over the JSON strings.
      timeCreated: new Date(containerImage.timeCreated),
      versions: (containerImage.versions ?? []).map((entry) => ({
        version: entry.version,
        timeCreated: new Date(entry.timeCreated),
      })),
    };
  } catch (error) {
    if (isNotFound(error)) return undefined; // deleted since the list was read
    throw error;
  }
}
