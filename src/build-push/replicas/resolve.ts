/**
 * What each `replicate-to` region's OCI API must tell the run, through that region's own connection
 * (repositories, images and registry tokens live in one region): the repository ensured like the
 * primary's, the digests its immutable tags hold, and the region's registry token when the run logs
 * in with one. A region that fails here is reported, not thrown: the primary push and the other
 * regions go on (one region's outage must not stop the others), and the step fails at the end.
 */
import * as core from '@actions/core';
import { inStep, messageOf } from '../../common/errors.js';
import type { OciAuth } from '../../common/oci-auth.js';
import type { ControlPlane } from '../../oci/control-plane.js';
import type { ReplicaTarget } from '../../oci/replica-regions.js';
import type { RepositoryInfo, RepositorySettings, RepositorySpec } from '../../oci/repository.js';
import { connectRegion } from '../region-api.js';
import type { IssuedToken } from '../registry-login.js';
import { repositoryDrift } from '../repository-drift.js';

/** What one replica region needs before anything is written there. */
export interface ReplicaAccess {
  target: ReplicaTarget;
  /** The repository in that region; absent when the run does not use the control plane. */
  repository?: RepositoryInfo;
  /** On an immutable repository: the digest each requested tag already holds there. */
  existingTags?: Map<string, string>;
  /** That region's registry token, when the run logs in with registry tokens. */
  registryToken?: IssuedToken;
  issueRegistryToken?: () => Promise<IssuedToken>;
}

export type ReplicaResolution =
  { target: ReplicaTarget; access: ReplicaAccess } | { target: ReplicaTarget; failure: unknown };

export interface ReplicaNeeds {
  auth: OciAuth;
  /** The run logs in with registry tokens: each region issues its own. */
  registryToken: boolean;
  /**
   * The repository's name and how it is created where missing (like the primary's, so the regions
   * agree); undefined: the run does not use the control plane.
   */
  repository?: Promise<RepositorySpec>;
  /** What the inputs ask, for the drift warnings (as for the primary). */
  wanted: RepositorySettings;
  tagNames: string[];
}

/** Every region at once; each settles to its access or its failure, never throws. */
export function resolveReplicas(targets: ReplicaTarget[], needs: ReplicaNeeds): Promise<ReplicaResolution[]> {
  return Promise.all(
    targets.map(async (target): Promise<ReplicaResolution> => {
      try {
        return { target, access: await resolveReplica(target, needs) };
      } catch (failure) {
        // Said as it happens; the step's failure at the end names it with its advice.
        core.info(`${target.region.id}: ${messageOf(failure)}; this region will not receive the image`);
        return { target, failure };
      }
    }),
  );
}

async function resolveReplica(target: ReplicaTarget, needs: ReplicaNeeds): Promise<ReplicaAccess> {
  const region = target.region.id;
  const log = (line: string) => core.info(`${region}: ${line}`);
  if (!needs.registryToken && !needs.repository) return { target };
  const { api, issueToken } = await connectRegion(needs.auth, region);
  const [registryToken, repository] = await Promise.all([
    needs.registryToken ? issueToken() : undefined,
    needs.repository
      ? needs.repository.then((spec) =>
          inStep('repository', () => ensureReplicaRepository(api, spec, needs.wanted, region)),
        )
      : undefined,
  ]);
  const existingTags = repository?.isImmutable
    ? await inStep('repository', () => api.tagDigests(repository.id, needs.tagNames))
    : undefined;
  if (registryToken) log(`registry token issued by ${region}`);
  return {
    target,
    ...(repository ? { repository } : {}),
    ...(existingTags ? { existingTags } : {}),
    ...(registryToken ? { registryToken, issueRegistryToken: issueToken } : {}),
  };
}

async function ensureReplicaRepository(
  api: ControlPlane,
  spec: RepositorySpec,
  wanted: RepositorySettings,
  region: string,
): Promise<RepositoryInfo> {
  const log = (line: string) => core.info(`${region}: ${line}`);
  const repository = await api.ensureRepository(spec);
  const kind = `${repository.isPublic ? 'public' : 'private'}, ${repository.isImmutable ? 'immutable' : 'mutable'}`;
  if (repository.created) log(`created ${kind} repository ${repository.name} (${repository.id})`);
  else {
    log(`repository ${repository.name} exists, ${kind} (${repository.id})`);
    for (const drift of repositoryDrift(repository, wanted)) core.warning(`${region}: ${drift}`);
  }
  return repository;
}
