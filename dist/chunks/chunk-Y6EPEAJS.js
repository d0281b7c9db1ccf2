import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  PATIENT_RETRY,
  connectOci
} from "./chunk-ODWGAMAK.js";
import {
  findRepository
} from "./chunk-JQFTA3QT.js";
import {
  require_oci_artifacts
} from "./chunk-TA26EA5O.js";
import {
  PAGE_LIMIT,
  allPages,
  findInPages,
  isGone
} from "./chunk-R4NKTY3J.js";
import {
  isNotFound,
  isPreconditionFailed
} from "./chunk-2GS5O6KY.js";
import {
  mapConcurrent
} from "./chunk-JCNSVIZG.js";
import {
  __toESM
} from "./chunk-OQV333LO.js";

// src/oci/repository-images.ts
var import_oci_artifacts = __toESM(require_oci_artifacts(), 1);
var DEFAULT_CONCURRENCY = 8;
function connectRepositoryImages(options) {
  const oci = connectOci({ retry: PATIENT_RETRY, ...options });
  const artifacts = oci.service(import_oci_artifacts.ArtifactsClient);
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  async function withVersions(summaries, onProgress) {
    let done = 0;
    const images = await mapConcurrent(summaries, concurrency, async (summary) => {
      const image = await getImage(oci, summary.id);
      done += 1;
      onProgress?.(done, summaries.length);
      return image;
    });
    return images.filter((image) => image !== void 0);
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
      const { containerImageCollection } = await oci.call(
        () => artifacts.listContainerImages({
          compartmentId: oci.tenancy,
          compartmentIdInSubtree: true,
          repositoryId,
          limit: 1
        })
      );
      return containerImageCollection.items.length + (containerImageCollection.remainingItemsCount ?? 0);
    },
    readImage: (imageId) => getImage(oci, imageId),
    async deleteImage(imageId, ifMatch) {
      await oci.call(() => artifacts.deleteContainerImage({ imageId, ...ifMatch ? { ifMatch } : {} }));
    },
    async removeVersion(imageId, version, ifMatch) {
      const { etag } = await oci.call(
        () => artifacts.removeContainerVersion({
          imageId,
          removeContainerVersionDetails: { version },
          ...ifMatch ? { ifMatch } : {}
        })
      );
      return etag || void 0;
    },
    isNotFound,
    isChanged: isPreconditionFailed,
    async registryToken() {
      const { registryToken } = await import("./registry-token-3V5SJARE.js");
      return registryToken(oci);
    },
    requestCount: () => oci.requestCount()
  };
}
async function tagDigests(oci, repositoryId, tags) {
  const pairs = await Promise.all(
    [...new Set(tags)].map(async (tag) => {
      const image = await findInPages(
        listPage(oci, { repositoryId, version: tag }),
        (item) => item.repositoryId === repositoryId && !isGone(item.lifecycleState)
      );
      return image ? [tag, image.digest] : void 0;
    })
  );
  return new Map(pairs.filter((pair) => pair !== void 0));
}
function listPage(oci, filter) {
  const artifacts = oci.service(import_oci_artifacts.ArtifactsClient);
  return async (page) => {
    const response = await oci.call(
      () => artifacts.listContainerImages({
        compartmentId: oci.tenancy,
        compartmentIdInSubtree: true,
        ...filter,
        sortBy: import_oci_artifacts.requests.ListContainerImagesRequest.SortBy.Timecreated,
        sortOrder: import_oci_artifacts.requests.ListContainerImagesRequest.SortOrder.Desc,
        limit: PAGE_LIMIT,
        ...page ? { page } : {}
      })
    );
    return { items: response.containerImageCollection.items, nextPage: response.opcNextPage };
  };
}
function liveIn(repositoryId, summaries) {
  return summaries.filter((item) => item.repositoryId === repositoryId && !isGone(item.lifecycleState));
}
async function getImage(oci, imageId) {
  const artifacts = oci.service(import_oci_artifacts.ArtifactsClient);
  try {
    const { containerImage, etag } = await oci.call(() => artifacts.getContainerImage({ imageId }));
    if (isGone(containerImage.lifecycleState)) return void 0;
    return {
      ...etag ? { etag } : {},
      id: containerImage.id,
      digest: containerImage.digest,
      // The SDK types these as Date but hands over the JSON strings.
      timeCreated: new Date(containerImage.timeCreated),
      versions: (containerImage.versions ?? []).map((entry) => ({
        version: entry.version,
        timeCreated: new Date(entry.timeCreated)
      }))
    };
  } catch (error) {
    if (isNotFound(error)) return void 0;
    throw error;
  }
}

export {
  connectRepositoryImages,
  tagDigests
};
