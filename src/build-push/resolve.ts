/**
 * The resolve phase: what the OCI API must tell the run (namespace, user name, registry token,
 * repository, the digests an immutable repository's tags hold), each only when the run needs it,
 * concurrently. The OCI SDK is loaded here, by dynamic import, and only then.
 */
import * as core from '@actions/core';
import { inStep } from '../common/errors.js';
import type { ControlPlane } from '../oci/control-plane.js';
import type { RepositoryInfo } from '../oci/repository.js';
import type { Inputs } from './inputs.js';
import type { Plan } from './plan.js';
import { connectRegion } from './region-api.js';
import type { IssuedToken } from './registry-login.js';
import { repositoryDrift } from './repository-drift.js';
import { resolveReplicas, type ReplicaResolution } from './replicas/resolve.js';

/** What the OCI API told us; each field only when the run needed it. */
export interface Resolved {
  namespace?: string;
  username?: string;
  registryToken?: IssuedToken;
  /** A fresh registry token, for a login renewed before or at the push. */
  issueRegistryToken?: () => Promise<IssuedToken>;
  repository?: RepositoryInfo;
  /** On an immutable repository: the digest each requested tag already holds. */
  existingTags?: Map<string, string>;
  /** Each `replicate-to` region's own access (or why it has none), when the run pushes. */
  replicas?: ReplicaResolution[];
}

/** Loads the OCI SDK only when something must be looked up, and runs the lookups concurrently. */
export async function resolve(inputs: Inputs, plan: Plan, tagNames: string[]): Promise<Resolved> {
  const needsApi =
    plan.lookup.namespace ||
    plan.lookup.username ||
    plan.lookup.repository ||
    plan.login?.kind === 'registry-token';
  const replicating = plan.push && inputs.replicas.length > 0;
  if (!needsApi || !inputs.auth || !inputs.region) {
    core.info('Nothing to look up: the OCI API is not used');
    if (!replicating) return {};
    noteReplicaRepositoriesLeft(inputs);
    // An auth token logs in to every region alike; nothing to ask any region's API.
    return { replicas: inputs.replicas.map((target) => ({ target, access: { target } })) };
  }
  const { auth, region } = inputs;
  const { api, issueToken } = await connectRegion(auth, region.id);
  const primaryRepository = plan.lookup.repository
    ? inStep('repository', () => ensureRepository(api, inputs, api.tenancy))
    : undefined;
  if (replicating && !primaryRepository) noteReplicaRepositoriesLeft(inputs);
  const replicas = replicating
    ? resolveReplicas(inputs.replicas, {
        auth,
        registryToken: plan.login?.kind === 'registry-token',
        // Created where missing as the primary is: its compartment, visibility and immutability.
        ...(primaryRepository
          ? {
              repository: primaryRepository.then(({ name, compartmentId, isPublic, isImmutable }) => ({
                name,
                compartmentId,
                isPublic,
                isImmutable,
              })),
            }
          : {}),
        wanted: { isPublic: inputs.repositoryPublic, isImmutable: inputs.repositoryImmutable },
        tagNames,
      })
    : undefined;
  const [namespace, username, registryToken, repository] = await Promise.all([
    plan.lookup.namespace ? inStep('namespace', () => api.namespace()) : undefined,
    plan.lookup.username ? inStep('username', () => api.userName()) : undefined,
    plan.login?.kind === 'registry-token' ? issueToken() : undefined,
    primaryRepository,
  ]);
  const existingTags = repository?.isImmutable
    ? await inStep('repository', () => api.tagDigests(repository.id, tagNames))
    : undefined;
  if (namespace) core.info(`Namespace: ${namespace}`);
  if (username) core.info(`User: ${username}`);
  return {
    ...(namespace ? { namespace } : {}),
    ...(username ? { username } : {}),
    ...(registryToken ? { registryToken, issueRegistryToken: issueToken } : {}),
    ...(repository ? { repository } : {}),
    ...(existingTags ? { existingTags } : {}),
    ...(replicas ? { replicas: await replicas } : {}),
  };
}

/** Said, not silent: without the OCI API (or with create-repository: false) no region's repository is ensured. */
function noteReplicaRepositoriesLeft(inputs: Inputs): void {
  const why = inputs.auth ? 'create-repository is false' : 'no OCI API credential';
  const regions = inputs.replicas.map(({ region }) => region.id).join(', ');
  core.info(
    `${why}: the repository is not ensured in ${regions} (a push creates a missing one in the root ` +
      'compartment, where the tenancy allows it)',
  );
}

async function ensureRepository(api: ControlPlane, inputs: Inputs, tenancy: string): Promise<RepositoryInfo> {
  const wanted = { isPublic: inputs.repositoryPublic, isImmutable: inputs.repositoryImmutable };
  const repository = await api.ensureRepository({
    name: inputs.repository,
    compartmentId: inputs.compartment ?? tenancy,
    ...wanted,
  });
  if (repository.created) {
    core.info(
      `Created ${repository.isPublic ? 'public' : 'private'} repository ${repository.name} (${repository.id})`,
    );
  } else {
    core.info(`Repository ${repository.name} exists (${repository.id})`);
    for (const drift of repositoryDrift(repository, wanted)) core.warning(drift);
  }
  return repository;
}
