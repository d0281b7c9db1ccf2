/** Names of the build-push action's public interface (action.yml) and of its post-step state. */
import { SharedInput } from '../common/constants.js';

export { Env } from '../common/constants.js';

export const Input = {
  ...SharedInput,
  Registry: 'registry',
  Namespace: 'namespace',
  AuthToken: 'auth-token',
  Username: 'username',
  Compartment: 'compartment',
  CreateRepository: 'create-repository',
  RepositoryPublic: 'repository-public',
  RepositoryImmutable: 'repository-immutable',
  Context: 'context',
  File: 'file',
  BuildArgs: 'build-args',
  Labels: 'labels',
  Target: 'target',
  Platform: 'platform',
  Pull: 'pull',
  NoCache: 'no-cache',
  CacheFrom: 'cache-from',
  Image: 'image',
  Tags: 'tags',
  Flavor: 'flavor',
  Push: 'push',
  Retries: 'retries',
  Logout: 'logout',
  SignKey: 'sign-key',
  SignKeyVersion: 'sign-key-version',
  SignCryptoEndpoint: 'sign-crypto-endpoint',
  SignAlgorithm: 'sign-algorithm',
  SignDescription: 'sign-description',
  SignMetadata: 'sign-metadata',
  ScanGate: 'scan-gate',
  ScanTimeout: 'scan-timeout',
} as const;

export const Output = {
  Registry: 'registry',
  Namespace: 'namespace',
  Repository: 'repository',
  RepositoryOcid: 'repository-ocid',
  Tags: 'tags',
  TagNames: 'tag-names',
  Version: 'version',
  Digest: 'digest',
  Image: 'image',
  ImageId: 'imageid',
  Pushed: 'pushed',
  Metadata: 'metadata',
  SignatureOcid: 'signature-ocid',
  ScanSeverity: 'scan-severity',
  ScanProblems: 'scan-problems',
} as const;

export const State = {
  Registry: 'registry',
  Logout: 'logout',
} as const;
