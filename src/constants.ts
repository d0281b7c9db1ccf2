/** Names of the action's public interface (action.yml) and of the post-step state. */

export const Input = {
  Region: 'region',
  Registry: 'registry',
  Namespace: 'namespace',
  Tenancy: 'tenancy',
  User: 'user',
  Fingerprint: 'fingerprint',
  PrivateKey: 'private-key',
  PrivateKeyPassphrase: 'private-key-passphrase',
  AuthToken: 'auth-token',
  Username: 'username',
  Repository: 'repository',
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
} as const;

export const State = {
  Registry: 'registry',
  Logout: 'logout',
} as const;

/** Environment variables the action reads besides its inputs. */
export const Env = {
  /** Redirects every OCI API client to one base URL (the local emulator); unset in real runs. */
  ApiBaseUrl: 'OCI_API_BASE_URL',
  Region: 'OCI_CLI_REGION',
  Tenancy: 'OCI_CLI_TENANCY',
  User: 'OCI_CLI_USER',
  Fingerprint: 'OCI_CLI_FINGERPRINT',
  KeyContent: 'OCI_CLI_KEY_CONTENT',
  Passphrase: 'OCI_CLI_PASSPHRASE',
  RegionMetadata: 'OCI_REGION_METADATA',
} as const;
