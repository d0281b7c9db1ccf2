import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  require_oci_artifacts
} from "./chunk-TA26EA5O.js";
import {
  PAGE_LIMIT,
  findInPages,
  isGone
} from "./chunk-R4NKTY3J.js";
import {
  statusOf
} from "./chunk-O3YZBLSD.js";
import {
  __toESM
} from "./chunk-OQV333LO.js";

// src/oci/repositories.ts
var import_oci_artifacts = __toESM(require_oci_artifacts(), 1);
import { randomUUID } from "node:crypto";
async function findRepository(oci, name) {
  const artifacts = oci.service(import_oci_artifacts.ArtifactsClient);
  const summary = await findInPages(
    async (page) => {
      const response = await oci.call(
        () => artifacts.listContainerRepositories({
          compartmentId: oci.tenancy,
          compartmentIdInSubtree: true,
          displayName: name,
          limit: PAGE_LIMIT,
          ...page ? { page } : {}
        })
      );
      return { items: response.containerRepositoryCollection.items, nextPage: response.opcNextPage };
    },
    (item) => item.displayName === name && !isGone(item.lifecycleState)
  );
  if (!summary) return void 0;
  const { containerRepository } = await oci.call(
    () => artifacts.getContainerRepository({ repositoryId: summary.id })
  );
  return repositoryInfo(containerRepository);
}
async function ensureRepository(oci, spec) {
  const existing = await findRepository(oci, spec.name);
  if (existing) return { ...existing, created: false };
  const artifacts = oci.service(import_oci_artifacts.ArtifactsClient);
  const opcRetryToken = randomUUID();
  try {
    const { containerRepository } = await oci.call(
      () => artifacts.createContainerRepository({
        createContainerRepositoryDetails: {
          compartmentId: spec.compartmentId ?? oci.tenancy,
          displayName: spec.name,
          isPublic: spec.isPublic,
          isImmutable: spec.isImmutable
        },
        opcRetryToken
      })
    );
    return { ...repositoryInfo(containerRepository), created: true };
  } catch (error) {
    if (statusOf(error) !== 409) throw error;
    oci.log(`Creating repository ${spec.name} answered 409: looking it up again`);
    const raced = await findRepository(oci, spec.name);
    if (raced) return { ...raced, created: false };
    throw error;
  }
}
function repositoryInfo(repository) {
  return {
    id: repository.id,
    name: repository.displayName,
    namespace: repository.namespace,
    compartmentId: repository.compartmentId,
    isPublic: repository.isPublic,
    isImmutable: repository.isImmutable
  };
}

export {
  findRepository,
  ensureRepository
};
