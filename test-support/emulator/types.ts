/** The emulator's public shapes: what tests configure, seed, inspect and inject. */
import type { CompartmentRecord, NewCompartment } from './compartments.js';
import type { ImageSignatureRecord } from './image-signatures.js';
import type { KmsState } from './kms.js';
import type { ScanningState } from './scanning.js';
import type { SessionTokenAuthority } from './session-tokens.js';
import type { InstanceIdentity } from '../instance-identity.js';

export interface EmulatedUser {
  /** `ocid1.user.oc1..…` */
  id: string;
  /** IAM name (`joao.silva`) or federated name (`oracleidentitycloudservice/joao@example.com`). */
  name: string;
  /** Fingerprint and public key of the user's API signing key (see `createTestKey`). */
  fingerprint: string;
  publicKeyPem: string;
  /** An auth token: with it, `<namespace>/<name>` may log in to the registry. */
  authToken?: string;
  email?: string;
}

export interface EmulatorOptions {
  /** Tenancy OCID: the first part of every keyId, and the root compartment. */
  tenancy: string;
  /** Object Storage namespace, also the registry namespace. */
  namespace: string;
  users: EmulatedUser[];
  /**
   * The home region's identifier: requests without a region prefix reach it, and the OCIDs it mints
   * name it. Default `sa-saopaulo-1`.
   */
  region?: string;
  /**
   * Further regions the tenancy is subscribed to. A request whose path starts with `/<region id>`
   * (`OCI_API_BASE_URL=http://127.0.0.1:<port>/{region}`) reaches that region: its own container
   * repositories, images, registry tokens, vault keys and scanning, while users, API keys, auth
   * tokens, compartments, the namespace and session tokens are the tenancy's, shared by every region.
   * `Emulator.inRegion(id)` is a region's view for tests. Default none.
   */
  replicaRegions?: string[];
  /** Page size when a list request has no `limit`. Default 100. */
  defaultPageSize?: number;
  /** Answer of GET /container/configuration. Default true. */
  isRepositoryCreatedOnFirstPush?: boolean;
  /** Clock for x-date checks, creation times and token expiry. Default `() => new Date()`. */
  now?: () => Date;
  /**
   * Lifetime of the registry tokens the token endpoint issues (its `expires_in`), in seconds. Default
   * 3600, OCIR's; a few seconds let a test outlive a token within one build.
   */
  tokenLifetimeSeconds?: number;
  /**
   * Lifetime of the session tokens (UPSTs, instance principal tokens) `sessionTokens.issue` mints, in
   * seconds. Default 3600, OCI's; a few seconds let a test outlive one within a build.
   */
  sessionTokenLifetimeSeconds?: number;
  /**
   * This emulator is also the instance metadata service (`/opc/v2/…`, header `Authorization: Bearer
   * Oracle`) and the auth service's federation endpoint (`POST /v1/x509`) of this instance: the
   * instance-principal path. Absent: those paths answer 404, as off an OCI instance.
   */
  instance?: InstanceIdentity;
  /** Request limits from the start (see `Throttle`); `Emulator.throttle` adds or clears them later. */
  throttle?: Throttle[];
  /**
   * Delay before every answer, in ms: the network round trip a real client pays (a hosted runner to
   * an OCI region). Concurrent requests wait side by side. Default 0; `Emulator.setLatency` changes it.
   */
  latencyMs?: number;
  /**
   * The API deleted an image (also each image of a deleted repository) in `region`: called with a
   * snapshot after the state changed, awaited before the API answers (a rejection answers 500), so
   * a linked registry can follow. Not called for test seeds or `recordPush`.
   */
  onImageDeleted?: (image: ImageRecord, region: string) => void | Promise<void>;
  /** The API removed `version` from `image` (the snapshot no longer has it); awaited likewise. */
  onVersionRemoved?: (image: ImageRecord, version: string, region: string) => void | Promise<void>;
}

export interface RepositoryRecord {
  id: string;
  compartmentId: string;
  displayName: string;
  namespace: string;
  isImmutable: boolean;
  isPublic: boolean;
  lifecycleState: 'AVAILABLE';
  /** ISO 8601. */
  timeCreated: string;
  createdBy: string;
  freeformTags: Record<string, string>;
}

/** Seed for `addRepository`: anything left out gets the value a create through the API would give. */
export type NewRepository = Partial<RepositoryRecord> & { displayName: string; compartmentId: string };

export interface ImageVersionRecord {
  version: string;
  createdBy: string;
  /** ISO 8601. */
  timeCreated: string;
}

export interface ImageRecord {
  id: string;
  compartmentId: string;
  repositoryId: string;
  repositoryName: string;
  /** `sha256:…` manifest digest. */
  digest: string;
  /** Tags. A tag belongs to at most one image of a repository. */
  versions: ImageVersionRecord[];
  lifecycleState: 'AVAILABLE';
  /** ISO 8601. */
  timeCreated: string;
  createdBy: string;
  manifestSizeInBytes: number;
  layersSizeInBytes: number;
}

/** Seed for `addImage`, into an existing repository. */
export interface NewImage {
  repositoryName: string;
  /** Default: a random `sha256:` digest. */
  digest?: string;
  /** Tags; a tag already held by another image of the repository moves to this one. */
  versions?: string[];
  /** Image and version creation time. Default: now. */
  timeCreated?: Date | string;
  createdBy?: string;
}

/** A manifest a linked registry accepted: what OCIR records when an image is pushed. */
export interface PushedImage {
  /** Repository display name, without the namespace. */
  repositoryName: string;
  /** `sha256:…` manifest digest. */
  digest: string;
  /** Absent for a push by digest, which records an untagged image. */
  tag?: string;
}

/**
 * A failure the next matching request(s) meet, after its signature has been verified.
 * No `status` and no `dropConnection`: only a delay, then the normal answer.
 */
export interface Fault {
  /** Only requests to this region (its identifier; the home region's takes unprefixed ones too). Default: any. */
  region?: string;
  /** HTTP method, any case. Default: any. */
  method?: string;
  /**
   * Request path without the query and without a region prefix: a string matches exactly, a RegExp
   * is tested. Default: any.
   */
  path?: string | RegExp;
  /**
   * Query parameters the request must carry with exactly these values (others may be present), e.g.
   * `{compartmentId}` for a list the caller's policies do not allow in one compartment. Default: any.
   */
  query?: Record<string, string>;
  status?: number;
  /** OCI error code. Default from the status (429 TooManyRequests, 500 InternalServerError, …). */
  code?: string;
  message?: string;
  /** How many requests it affects before it is used up. Default 1. */
  times?: number;
  /** Wait this long before answering. */
  delayMs?: number;
  /** Destroy the socket without an answer (a connection reset, for the client). */
  dropConnection?: boolean;
}

/**
 * A request limit, as OCI enforces them: a token bucket per rule, refilled at `perSecond` up to
 * `burst` tokens. A matching request (after its signature is verified, before any fault) that finds
 * the bucket empty is answered 429 TooManyRequests and takes no token.
 */
export interface Throttle {
  /** HTTP method, any case. Default: any. */
  method?: string;
  /** Request path without the query: a string matches exactly, a RegExp is tested. Default: any. */
  path?: string | RegExp;
  perSecond: number;
  /** Bucket size: requests that may pass at once after a quiet spell. Default `ceil(perSecond)`. */
  burst?: number;
  /**
   * Send `Retry-After` (whole seconds until a token is back) with the 429. Default true; real OCI is
   * reported to send none, which `false` models.
   */
  retryAfter?: boolean;
}

export interface RecordedRequest {
  method: string;
  /** Path without the query and without a region prefix, e.g. `/20160918/container/repositories`. */
  path: string;
  /** The region prefix the path carried (`/sa-vinhedo-1/20160918/…`); absent when it had none. */
  region?: string;
  query: Record<string, string>;
  /** `<tenancy>/<user>/<fingerprint>` as sent, whether or not the signature held. */
  keyId?: string;
  /** The `if-match` header of a conditional write: the etag the caller read. */
  ifMatch?: string;
  /** The status answered; 0 while the answer is pending or when the connection was dropped. */
  status: number;
  /** Parsed JSON body (or the raw text when it was not JSON). */
  body?: unknown;
}

/**
 * One region of the emulated tenancy, for tests: its repositories and images, seeds, pushes, and its
 * registry logins. `Emulator` itself is its home region's view; `Emulator.inRegion(id)` any region's.
 */
export interface EmulatorRegion {
  /** The region identifier, e.g. `sa-vinhedo-1`. */
  readonly region: string;
  /** A base URL that reaches this region's API: set it as an SDK client's `endpoint`. */
  readonly url: string;
  /** Snapshots, oldest first. */
  repositories(): RepositoryRecord[];
  images(): ImageRecord[];
  addRepository(repository: NewRepository): RepositoryRecord;
  addImage(image: NewImage): ImageRecord;
  /** Moves the images of a repository and their tags `ms` back in time, as if pushed that much earlier. */
  ageImages(repositoryName: string, ms: number): void;
  /**
   * What a push does in OCIR: the tag becomes a version of the image with that digest (moved from
   * the image that held it), a push by digest adds an untagged image, a repeated push changes nothing.
   * A missing repository is created in the root compartment when `isRepositoryCreatedOnFirstPush`;
   * otherwise nothing is recorded and undefined is returned (OCIR would have refused the push).
   */
  recordPush(push: PushedImage): ImageRecord | undefined;
  /**
   * The question of this region's registry auth front: may this username/password pair log in? An
   * auth token is good in every region, a registry token only in the region that issued it.
   */
  acceptsRegistryLogin(username: string, password: string): boolean;
  /** Registry tokens this region's token endpoint issued, oldest first (expired ones included). */
  issuedTokens(): string[];
}

export interface Emulator extends EmulatorRegion {
  /** `http://127.0.0.1:<port>`: set it as every SDK client's `endpoint` (the home region). */
  readonly url: string;
  /** The home region's identifier (`EmulatorOptions.region`). */
  readonly region: string;
  /**
   * `http://127.0.0.1:<port>/{region}`: the `OCI_API_BASE_URL` that sends each region's calls to
   * that region (the action substitutes `{region}`, see src/common/oci-connection.ts).
   */
  readonly regionUrlTemplate: string;
  /** Every region's identifier: the home region first, then `EmulatorOptions.replicaRegions`. */
  readonly regions: readonly string[];
  /** The view of one region (the home region's included); an unknown identifier throws. */
  inRegion(region: string): EmulatorRegion;
  readonly tenancy: string;
  readonly namespace: string;
  /** Every request in arrival order, all regions (live array: tests may also truncate it). */
  readonly requests: RecordedRequest[];
  /**
   * A compartment under `parentId` (default the tenancy), which must exist. Compartments a repository or
   * scan target names without having been added join the tenancy's children (emulator/compartments.ts).
   */
  addCompartment(compartment?: NewCompartment): CompartmentRecord;
  /** Every compartment below the tenancy, in creation order (the tenancy is the root, not listed). */
  compartments(): CompartmentRecord[];
  injectFault(fault: Fault): void;
  /** Adds a request limit (several may apply at once); `undefined` lifts them all. */
  throttle(rule: Throttle | undefined): void;
  /** Sets the delay before every answer from now on (see `EmulatorOptions.latencyMs`). */
  setLatency(ms: number): void;
  /** Faults not used up yet. */
  pendingFaults(): number;
  /** OCI Vault: `kms.createKey()` makes an RSA key the sign API signs with (see emulator/kms.ts). */
  readonly kms: Pick<KmsState, 'createKey' | 'keys'>;
  /** Image signatures created through the Artifacts API, each verified on create (emulator/image-signatures.ts). */
  imageSignatures(): ImageSignatureRecord[];
  /** Vulnerability Scanning: targets, and the outcome of scanning each repository (emulator/scanning.ts). */
  readonly scanning: Pick<ScanningState, 'addTarget' | 'deleteTarget' | 'setOutcome' | 'scanResults'>;
  /** OCI's session tokens: the stand-in identity domain mints UPSTs here; tests read what was issued. */
  readonly sessionTokens: Pick<SessionTokenAuthority, 'issue' | 'issued' | 'lifetimeSeconds'>;
  close(): Promise<void>;
}
