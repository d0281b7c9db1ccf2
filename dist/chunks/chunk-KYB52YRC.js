import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/common/constants.ts
var SharedInput = {
  Region: "region",
  Tenancy: "tenancy",
  User: "user",
  Fingerprint: "fingerprint",
  PrivateKey: "private-key",
  PrivateKeyPassphrase: "private-key-passphrase",
  OciAuth: "oci-auth",
  OidcDomain: "oidc-domain",
  OidcClientId: "oidc-client-id",
  OidcClientSecret: "oidc-client-secret",
  OidcAudience: "oidc-audience",
  Repository: "repository",
  ReplicateTo: "replicate-to",
  PrComment: "pr-comment",
  GithubToken: "github-token"
};
var Env = {
  /**
   * Redirects every OCI API client to one base URL (the local emulator); unset in real runs.
   * `{region}` in it is replaced by each client's region identifier.
   */
  ApiBaseUrl: "OCI_API_BASE_URL",
  Region: "OCI_CLI_REGION",
  Tenancy: "OCI_CLI_TENANCY",
  User: "OCI_CLI_USER",
  Fingerprint: "OCI_CLI_FINGERPRINT",
  KeyContent: "OCI_CLI_KEY_CONTENT",
  Passphrase: "OCI_CLI_PASSPHRASE",
  RegionMetadata: "OCI_REGION_METADATA",
  /** Set by the runner when the job has `permissions: id-token: write`. */
  IdTokenRequestUrl: "ACTIONS_ID_TOKEN_REQUEST_URL"
};

export {
  SharedInput,
  Env
};
