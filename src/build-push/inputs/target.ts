/**
 * Where the image goes and who logs in: region, registry, namespace, how the OCI API is reached
 * (oci-auth: the API key, keyless sign-in or an instance principal) or the auth token, and the
 * repository with its settings when it is created.
 */
import { Env } from '../../common/constants.js';
import { InputError } from '../../common/errors.js';
import { optional, validateOcid, validateRepository } from '../../common/inputs.js';
import { OCI_API_CREDENTIALS, readOciAuth, type OciAuth } from '../../common/oci-auth.js';
import { resolveRegion } from '../../oci/region.js';
import type { ReplicaTarget } from '../../oci/replica-regions.js';
import { Input } from '../constants.js';
import type { Region } from '../../oci/region.js';
import type { InputContext } from './context.js';
import { readReplicas } from './replication.js';

const NAMESPACE = /^[a-z0-9][a-z0-9-]*$/;
const HOST = /^[A-Za-z0-9.-]+(?::\d{1,5})?$/;

export type CreateRepository = 'auto' | 'true' | 'false';

export interface TargetInputs {
  region?: Region;
  registry?: string;
  namespace?: string;
  /** How the OCI API is reached; absent when the run has no credential for it. */
  auth?: OciAuth;
  authToken?: string;
  username?: string;
  repository: string;
  compartment?: string;
  createRepository: CreateRepository;
  repositoryPublic: boolean;
  repositoryImmutable: boolean;
  /** `replicate-to`: the other regions that receive the pushed image (empty: none). */
  replicas: ReplicaTarget[];
}

export interface TargetSection {
  /** The region as given (input or env), even when it failed to resolve. */
  regionValue?: string;
  /** OCI API credentials given, even unusable ones: what depends on them must not add "no credentials". */
  ociApiGiven: boolean;
  /** Lines for the log about how the OCI API is reached (e.g. an ignored input). */
  authNotes: string[];
  authToken?: string;
  username?: string;
  /** Absent when invalid (reported). */
  createRepository?: CreateRepository;
  /** The section's inputs; call only once every problem has been thrown. */
  validated(): TargetInputs;
}

function validateCreateRepository(value: string): CreateRepository {
  const normalised = (value.trim() || 'auto').toLowerCase();
  if (normalised === 'auto' || normalised === 'true' || normalised === 'false') return normalised;
  throw new InputError(Input.CreateRepository, `expected auto, true or false, got '${value}'`, 'auto');
}

function validateNamespace(value: string): string {
  if (!NAMESPACE.test(value)) {
    throw new InputError(
      Input.Namespace,
      `'${value}' is not a tenancy namespace (lower-case letters and digits)`,
      'grxmw2a9myyj',
    );
  }
  return value;
}

function validateRegistry(value: string): string {
  if (!HOST.test(value)) {
    const hint = /[/@]/.test(value) ? ': give the host alone, without scheme, path or namespace' : '';
    throw new InputError(Input.Registry, `'${value}' is not a registry host name${hint}`, 'gru.ocir.io');
  }
  return value;
}

/** Validates each target input on its own; what they need of each other is checkTargetNeeds. */
export function readTarget(ctx: InputContext, regionsConfig: string | undefined): TargetSection {
  const { read, env, problems, check, boolean } = ctx;
  const regionValue = optional(read, Input.Region) ?? (env[Env.Region]?.trim() || undefined);
  const region =
    regionValue === undefined
      ? undefined
      : problems.check(() => resolveRegion(regionValue, env[Env.RegionMetadata], regionsConfig));
  const registry = check(Input.Registry, validateRegistry);
  const namespace = check(Input.Namespace, validateNamespace);
  const { auth, given: ociApiGiven, notes: authNotes } = readOciAuth(read, env, problems);
  const authToken = optional(read, Input.AuthToken);
  const username = optional(read, Input.Username);
  const repository = problems.check(() => validateRepository(read(Input.Repository).trim()));
  const compartment = check(Input.Compartment, (value) =>
    validateOcid(Input.Compartment, value, ['compartment', 'tenancy']),
  );
  const createRepository = problems.check(() => validateCreateRepository(read(Input.CreateRepository)));
  const repositoryPublic = boolean(Input.RepositoryPublic, false);
  const repositoryImmutable = boolean(Input.RepositoryImmutable, false);
  const replicas = readReplicas(ctx, region, regionsConfig);
  return {
    ...(regionValue !== undefined ? { regionValue } : {}),
    ociApiGiven,
    authNotes,
    ...(authToken !== undefined ? { authToken } : {}),
    ...(username !== undefined ? { username } : {}),
    ...(createRepository !== undefined ? { createRepository } : {}),
    // Every value below was validated: a failed one has thrown before this is called.
    validated: () => ({
      ...(region ? { region } : {}),
      ...(registry ? { registry } : {}),
      ...(namespace ? { namespace } : {}),
      ...(auth ? { auth } : {}),
      ...(authToken ? { authToken } : {}),
      ...(username ? { username } : {}),
      repository: repository!,
      ...(compartment ? { compartment } : {}),
      createRepository: createRepository!,
      repositoryPublic,
      repositoryImmutable,
      replicas: replicas!,
    }),
  };
}

/** What the target inputs need of each other: a region or registry, a token for the username, a key to create. */
export function checkTargetNeeds(ctx: InputContext, target: TargetSection): void {
  const { problems, given } = ctx;
  if (target.regionValue === undefined && target.ociApiGiven) {
    problems.add(
      new InputError(Input.Region, `the OCI API needs a region (or env ${Env.Region})`, 'sa-saopaulo-1'),
    );
  } else if (target.regionValue === undefined && !given(Input.Registry)) {
    problems.add(
      new InputError(
        Input.Region,
        `set the region (or env ${Env.Region}) or a registry host`,
        'sa-saopaulo-1',
      ),
    );
  }
  if (target.username !== undefined && target.authToken === undefined) {
    problems.add(
      new InputError(
        Input.Username,
        'is used only with auth-token; set auth-token too, or remove username to log in with a registry token',
      ),
    );
  }
  if (target.createRepository === 'true' && !target.ociApiGiven) {
    problems.add(
      new InputError(
        Input.CreateRepository,
        `'true' creates the repository through the OCI API, which needs ${OCI_API_CREDENTIALS}; ` +
          'set one, or use auto to create the repository only when the OCI API can be reached',
      ),
    );
  }
}
