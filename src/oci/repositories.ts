/**
 * Container repositories through the Artifacts API. Names are unique per tenancy and region whatever
 * the compartment, so lookups are tenancy-wide.
 */
import { randomUUID } from 'node:crypto';
import { ArtifactsClient } from 'oci-artifacts';
import type { OciClient } from './client.js';
import { statusOf } from './errors.js';
import { findInPages, isGone, PAGE_LIMIT } from './pages.js';
import type { RepositoryInfo, RepositorySpec } from './repository.js';

/** The repository of that name anywhere in the tenancy, or undefined. */
export async function findRepository(oci: OciClient, name: string): Promise<RepositoryInfo | undefined> {
  const artifacts = oci.service(ArtifactsClient);
  const summary = await findInPages(
    async (page) => {
      const response = await oci.call(() =>
        artifacts.listContainerRepositories({
          compartmentId: oci.tenancy,
          compartmentIdInSubtree: true,
          displayName: name,
          limit: PAGE_LIMIT,
          ...(page ? { page } : {}),
        }),
      );
      return { items: response.containerRepositoryCollection.items, nextPage: response.opcNextPage };
    },
    (item) => item.displayName === name && !isGone(item.lifecycleState),
  );
  if (!summary) return undefined;
  // List items lack isImmutable.
  const { containerRepository } = await oci.call(() =>
    artifacts.getContainerRepository({ repositoryId: summary.id }),
  );
  return repositoryInfo(containerRepository);
}

/** Finds the repository, or creates it in `spec.compartmentId`; a concurrent create (409) counts as found. */
export async function ensureRepository(
  oci: OciClient,
  spec: RepositorySpec,
): Promise<RepositoryInfo & { created: boolean }> {
  const existing = await findRepository(oci, spec.name);
  if (existing) return { ...existing, created: false };
  const artifacts = oci.service(ArtifactsClient);
  // One token for every attempt: a retried create whose first answer was lost is then idempotent.
  const opcRetryToken = randomUUID();
  try {
    const { containerRepository } = await oci.call(() =>
      artifacts.createContainerRepository({
        createContainerRepositoryDetails: {
          compartmentId: spec.compartmentId ?? oci.tenancy,
          displayName: spec.name,
          isPublic: spec.isPublic,
          isImmutable: spec.isImmutable,
        },
        opcRetryToken,
      }),
    );
    return { ...repositoryInfo(containerRepository), created: true };
  } catch (error) {
    if (statusOf(error) !== 409) throw error;
    // Names are unique per tenancy: someone (a parallel job) created it meanwhile.
    oci.log(`Creating repository ${spec.name} answered 409: looking it up again`);
    const raced = await findRepository(oci, spec.name);
    if (raced) return { ...raced, created: false };
    throw error;
  }
}

function repositoryInfo(repository: {
  id: string;
  displayName: string;
  namespace: string;
  compartmentId: string;
  isPublic: boolean;
  isImmutable: boolean;
}): RepositoryInfo {
  return {
    id: repository.id,
    name: repository.displayName,
    namespace: repository.namespace,
    compartmentId: repository.compartmentId,
    isPublic: repository.isPublic,
    isImmutable: repository.isImmutable,
  };
}
