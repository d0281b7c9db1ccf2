/**
 * The build-push action's view of the OCI control plane: tenancy namespace, user name, registry token
 * and container repositories, over one connection (client.ts) with the brief retry policy. main.ts
 * loads it with a dynamic import, so runs that need no lookup never pay for the SDK.
 */
import * as common from 'oci-common';
import { ArtifactsClient } from 'oci-artifacts';
import { ContainerRegistryClient } from 'oci-containerregistry';
import { IdentityClient } from 'oci-identity';
import { ObjectStorageClient } from 'oci-objectstorage';
import { connectOci, type OciClientOptions } from './client.js';
import { registryToken, registryTokenGrant, type RegistryTokenGrant } from './registry-token.js';
import { ensureRepository, findRepository } from './repositories.js';
import type { RepositoryInfo, RepositorySpec } from './repository.js';
import { tagDigests } from './repository-images.js';
import { BRIEF_RETRY } from './retry-policy.js';
import { tenancyNamespace, userName } from './tenancy.js';

export { isTransient, OciNetworkError } from './errors.js';
export type { RepositoryInfo, RepositorySettings, RepositorySpec } from './repository.js';

/** The retry policy of every control-plane call: a CI step must fail in seconds. */
export const RETRY_POLICY = BRIEF_RETRY;

export type ControlPlaneOptions = Omit<OciClientOptions, 'retry'>;

export interface ControlPlane {
  /** The tenancy OCID: the API key's, or the one the session's sign-in named. */
  readonly tenancy: string;
  /** Service endpoints in use, for the debug log. */
  readonly endpoints: Readonly<
    Record<'objectStorage' | 'identity' | 'artifacts' | 'containerRegistry', string>
  >;
  /** The tenancy's Object Storage namespace (also the registry namespace). */
  namespace(): Promise<string>;
  /** The API key user's name: `joao.silva`, or `oracleidentitycloudservice/joao.silva` when federated. */
  userName(): Promise<string>;
  /** A short-lived registry token from the OCIR token endpoint: log in as BEARER_USERNAME with it. */
  registryToken(): Promise<string>;
  /** The same, with the lifetime the endpoint announced: a long build logs in again before it ends. */
  registryTokenGrant(): Promise<RegistryTokenGrant>;
  /** The repository of that name anywhere in the tenancy (names are unique per tenancy and region). */
  findRepository(name: string): Promise<RepositoryInfo | undefined>;
  /** Finds the repository, or creates it in `spec.compartmentId`; a concurrent create (409) counts as found. */
  ensureRepository(spec: RepositorySpec): Promise<RepositoryInfo & { created: boolean }>;
  /** For each tag that exists in the repository: the digest of the image that carries it. */
  tagDigests(repositoryId: string, tags: string[]): Promise<Map<string, string>>;
}

export function connectControlPlane(options: ControlPlaneOptions): ControlPlane {
  const oci = connectOci({ ...options, retry: BRIEF_RETRY });
  return {
    tenancy: oci.tenancy,
    endpoints: {
      objectStorage: common.EndpointBuilder.updateEndpointTemplateForOptions(
        oci.service(ObjectStorageClient).endpoint,
        undefined,
        false,
      ),
      identity: oci.service(IdentityClient).endpoint,
      artifacts: oci.service(ArtifactsClient).endpoint,
      containerRegistry: oci.service(ContainerRegistryClient).endpoint,
    },
    namespace: () => tenancyNamespace(oci),
    userName: () => userName(oci),
    registryToken: () => registryToken(oci),
    registryTokenGrant: () => registryTokenGrant(oci),
    findRepository: (name) => findRepository(oci, name),
    ensureRepository: (spec) => ensureRepository(oci, spec),
    tagDigests: (repositoryId, tags) => tagDigests(oci, repositoryId, tags),
  };
}
