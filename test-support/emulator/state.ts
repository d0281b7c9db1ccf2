/**
 * The emulated tenancy as one region sees it: users and their keys, container repositories, images,
 * issued registry tokens. A tenancy subscribed to several regions has one state per region, which
 * share the tenancy-wide identity of the home region's state (users, compartments, session tokens);
 * repositories, images, registry tokens, vaults and scanning stay in their region.
 * Domain rules live here (names unique per tenancy, subtree listing only from the tenancy, a tag on at most
 * one image of a repository); HTTP parsing and JSON shapes live in routes.ts and views.ts.
 * Pushes reach it through `recordPush`, and the API's deletes and untags leave through the
 * `onImageDeleted`/`onVersionRemoved` options, so a linked registry stays the same OCIR.
 */
import { createHash, randomBytes } from 'node:crypto';
import { CompartmentTree } from './compartments.js';
import { ApiError, invalidParameter, notFound } from './errors.js';
import { ImageSignatureState } from './image-signatures.js';
import { KmsState } from './kms.js';
import { ScanningState } from './scanning.js';
import { SessionTokenAuthority } from './session-tokens.js';
import { ocid } from '../keys.js';
import type {
  EmulatedUser,
  EmulatorOptions,
  ImageRecord,
  NewImage,
  NewRepository,
  PushedImage,
  RepositoryRecord,
} from './types.js';

export type SortBy = 'TIMECREATED' | 'DISPLAYNAME';
export type SortOrder = 'ASC' | 'DESC';

/** Where a list looks: one compartment, or the whole tenancy when `inSubtree` (allowed on the tenancy only). */
export interface Scope {
  compartmentId: string;
  inSubtree: boolean;
}

export interface RepositoryQuery extends Scope {
  displayName?: string;
  repositoryId?: string;
  isPublic?: boolean;
  sortBy?: SortBy;
  sortOrder?: SortOrder;
}

export interface ImageQuery extends Scope {
  repositoryId?: string;
  repositoryName?: string;
  version?: string;
  displayName?: string;
  imageId?: string;
  imageDigest?: string;
  isVersioned?: boolean;
  sortBy?: SortBy;
  sortOrder?: SortOrder;
}

export interface IssuedToken {
  token: string;
  userId: string;
  scope: string;
  /** The lifetime announced as `expires_in`. */
  expiresInSeconds: number;
  expiresAt: number;
}

/** OCIR's registry token lifetime: the default of `EmulatorOptions.tokenLifetimeSeconds`. */
export const TOKEN_LIFETIME_SECONDS = 3600;
/** Login user name that makes the password a registry token rather than an auth token. */
const BEARER_USERNAME = 'BEARER_TOKEN';
const REPOSITORY_NAME = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
const COMPARTMENT_OCID = /^ocid1\.(?:tenancy|compartment)\.[a-z0-9-]+\.[a-z0-9-]*\.[a-z0-9]+$/;

export class TenancyState {
  readonly tenancy: string;
  readonly namespace: string;
  readonly isRepositoryCreatedOnFirstPush: boolean;
  readonly now: () => Date;
  readonly tokenLifetimeSeconds: number;
  /** The region identifier, e.g. `sa-saopaulo-1`: where this state's resources live. */
  readonly region: string;
  /** Vault keys, image signatures and vulnerability scanning: the release gates (kms.ts, image-signatures.ts, scanning.ts). */
  readonly kms: KmsState;
  readonly imageSignatures: ImageSignatureState;
  readonly scanning: ScanningState;
  /** The compartment tree under the tenancy (compartments.ts). */
  readonly compartments: CompartmentTree;
  /** OCI's session tokens (UPSTs, instance principals): minted for the stand-ins, checked on `ST$` keyIds. */
  readonly sessionTokens: SessionTokenAuthority;
  private readonly onImageDeleted: EmulatorOptions['onImageDeleted'];
  private readonly onVersionRemoved: EmulatorOptions['onVersionRemoved'];
  private readonly users: Map<string, EmulatedUser>;
  private readonly repositoryList: RepositoryRecord[] = [];
  private readonly imageList: ImageRecord[] = [];
  private readonly tokens: IssuedToken[] = [];
  /** Creation order, the tie-breaker when two resources share a timeCreated. */
  private readonly sequence: Map<string, number>;

  /**
   * `home`: the home region's state, whose tenancy-wide identity this region shares (absent for the
   * home region itself). `options.region` names this state's region either way.
   */
  constructor(options: EmulatorOptions, home?: TenancyState) {
    this.tenancy = options.tenancy;
    this.namespace = options.namespace;
    this.isRepositoryCreatedOnFirstPush = options.isRepositoryCreatedOnFirstPush ?? true;
    this.now = options.now ?? (() => new Date());
    this.tokenLifetimeSeconds = options.tokenLifetimeSeconds ?? TOKEN_LIFETIME_SECONDS;
    this.region = options.region ?? 'sa-saopaulo-1';
    this.compartments = home?.compartments ?? new CompartmentTree(this.tenancy, this.now);
    this.kms = new KmsState(this.tenancy, this.region, this.now);
    this.imageSignatures = new ImageSignatureState(this, this.kms, this.region);
    this.scanning = new ScanningState(this, this.region);
    this.sessionTokens =
      home?.sessionTokens ??
      new SessionTokenAuthority(this.tenancy, this.now, options.sessionTokenLifetimeSeconds);
    this.onImageDeleted = options.onImageDeleted;
    this.onVersionRemoved = options.onVersionRemoved;
    this.users = home?.users ?? new Map(options.users.map((user) => [user.id, user]));
    this.sequence = home?.sequence ?? new Map();
  }

  // --- identity -------------------------------------------------------------------------------------

  /**
   * keyId is `<tenancy>/<user>/<fingerprint>`; only this tenancy's users' registered keys resolve. Or it
   * is `ST$<session token>`: the key the token binds, while the token is valid.
   */
  publicKeyFor(keyId: string): string | { refused: string } | undefined {
    if (keyId.startsWith('ST$')) {
      const session = this.sessionTokens.resolve(keyId.slice(3));
      return session.ok ? session.publicKeyPem : { refused: session.reason };
    }
    const [tenancy, userId, fingerprint, ...rest] = keyId.split('/');
    if (rest.length > 0 || tenancy !== this.tenancy || userId === undefined) return undefined;
    const user = this.users.get(userId);
    return user !== undefined && user.publicKeyPem !== '' && user.fingerprint === fingerprint
      ? user.publicKeyPem
      : undefined;
  }

  /** Who signed with this keyId: the user of an API key, or the principal of a session token. */
  callerOf(keyId: string): string {
    if (keyId.startsWith('ST$')) {
      const session = this.sessionTokens.resolve(keyId.slice(3));
      return session.ok ? session.principal : '';
    }
    return keyId.split('/')[1] ?? '';
  }

  getUser(userId: string): EmulatedUser {
    const user = this.users.get(userId);
    if (user === undefined) throw notFound(`User ${userId}`);
    return user;
  }

  // --- repositories ---------------------------------------------------------------------------------

  listRepositories(query: RepositoryQuery): RepositoryRecord[] {
    const inScope = this.scopeFilter(query);
    const found = this.repositoryList.filter(
      (repository) =>
        inScope(repository.compartmentId) &&
        (query.displayName === undefined || repository.displayName === query.displayName) &&
        (query.repositoryId === undefined || repository.id === query.repositoryId) &&
        (query.isPublic === undefined || repository.isPublic === query.isPublic),
    );
    return sortResources(found, (repository) => repository.displayName, this.sequence, query);
  }

  getRepository(repositoryId: string): RepositoryRecord {
    const repository = this.repositoryList.find((candidate) => candidate.id === repositoryId);
    if (repository === undefined) throw notFound(`Container repository ${repositoryId}`);
    return repository;
  }

  /** Create through the API or as a test seed: the same rules apply to both. */
  createRepository(request: NewRepository, createdBy: string): RepositoryRecord {
    if (!COMPARTMENT_OCID.test(request.compartmentId)) {
      throw invalidParameter(`compartmentId '${request.compartmentId}' is not a compartment OCID.`);
    }
    if (request.displayName.length > 255 || !REPOSITORY_NAME.test(request.displayName)) {
      throw invalidParameter(
        `displayName '${request.displayName}' is not a valid repository name (lower case, e.g. project-x/api).`,
      );
    }
    // Names are unique per tenancy and region, whatever the compartment (this state is one region).
    if (this.repositoryList.some((existing) => existing.displayName === request.displayName)) {
      throw new ApiError(
        409,
        'NotAuthorizedOrResourceAlreadyExists',
        `Repository ${request.displayName} already exists in namespace ${this.namespace}.`,
      );
    }
    this.compartments.ensure(request.compartmentId);
    const repository: RepositoryRecord = {
      id: request.id ?? ocid.of('containerrepo', this.region),
      compartmentId: request.compartmentId,
      displayName: request.displayName,
      namespace: this.namespace,
      isImmutable: request.isImmutable ?? false,
      isPublic: request.isPublic ?? false,
      lifecycleState: 'AVAILABLE',
      timeCreated: request.timeCreated ?? this.now().toISOString(),
      createdBy: request.createdBy ?? createdBy,
      freeformTags: request.freeformTags ?? {},
    };
    this.remember(repository.id);
    this.repositoryList.push(repository);
    return repository;
  }

  /** Deleting a repository deletes its images, as OCIR does. The state changes before the first await. */
  async deleteRepository(repositoryId: string): Promise<void> {
    const repository = this.getRepository(repositoryId);
    const images = this.imagesOf(repository.id);
    removeWhere(this.imageList, (image) => image.repositoryId === repository.id);
    removeWhere(this.repositoryList, (candidate) => candidate.id === repository.id);
    await Promise.all(images.map((image) => this.onImageDeleted?.(structuredClone(image), this.region)));
  }

  imagesOf(repositoryId: string): ImageRecord[] {
    return this.imageList.filter((image) => image.repositoryId === repositoryId);
  }

  // --- images ---------------------------------------------------------------------------------------

  listImages(query: ImageQuery): ImageRecord[] {
    const inScope = this.scopeFilter(query);
    const found = this.imageList.filter(
      (image) =>
        inScope(image.compartmentId) &&
        (query.repositoryId === undefined || image.repositoryId === query.repositoryId) &&
        (query.repositoryName === undefined || image.repositoryName === query.repositoryName) &&
        (query.version === undefined || image.versions.some((entry) => entry.version === query.version)) &&
        (query.displayName === undefined || imageDisplayName(image) === query.displayName) &&
        (query.imageId === undefined || image.id === query.imageId) &&
        (query.imageDigest === undefined || image.digest === query.imageDigest) &&
        (query.isVersioned === undefined || image.versions.length > 0 === query.isVersioned),
    );
    return sortResources(found, imageDisplayName, this.sequence, query);
  }

  getImage(imageId: string): ImageRecord {
    const image = this.imageList.find((candidate) => candidate.id === imageId);
    if (image === undefined) throw notFound(`Container image ${imageId}`);
    return image;
  }

  addImage(seed: NewImage): ImageRecord {
    const repository = this.repositoryList.find((candidate) => candidate.displayName === seed.repositoryName);
    if (repository === undefined) {
      throw new Error(
        `addImage: no repository named ${seed.repositoryName}; add it first with addRepository`,
      );
    }
    const timeCreated = seed.timeCreated === undefined ? this.now() : new Date(seed.timeCreated);
    const createdBy = seed.createdBy ?? [...this.users.keys()][0] ?? this.tenancy;
    const versions = seed.versions ?? [];
    const newVersions = versions.map((version) => ({
      version,
      createdBy,
      timeCreated: timeCreated.toISOString(),
    }));
    // A tag names one image of a repository: pushing it elsewhere moves it.
    for (const other of this.imagesOf(repository.id)) {
      other.versions = other.versions.filter((entry) => !versions.includes(entry.version));
    }
    // A digest names one image of a repository: pushing it again only adds tags.
    const existing = this.imagesOf(repository.id).find((image) => image.digest === seed.digest);
    if (existing !== undefined) {
      existing.versions.push(...newVersions);
      return existing;
    }
    const image: ImageRecord = {
      id: ocid.of('containerimage', this.region),
      compartmentId: repository.compartmentId,
      repositoryId: repository.id,
      repositoryName: repository.displayName,
      digest: seed.digest ?? `sha256:${randomBytes(32).toString('hex')}`,
      versions: newVersions,
      lifecycleState: 'AVAILABLE',
      timeCreated: timeCreated.toISOString(),
      createdBy,
      manifestSizeInBytes: 1024,
      layersSizeInBytes: 10 * 1024 * 1024,
    };
    this.remember(image.id);
    this.imageList.push(image);
    return image;
  }

  /** Test aid: the repository's images and their versions, `ms` earlier (etags change with them). */
  ageImages(repositoryName: string, ms: number): void {
    const earlier = (time: string) => new Date(Date.parse(time) - ms).toISOString();
    for (const image of this.imageList.filter((candidate) => candidate.repositoryName === repositoryName)) {
      image.timeCreated = earlier(image.timeCreated);
      for (const entry of image.versions) entry.timeCreated = earlier(entry.timeCreated);
    }
  }

  /**
   * A manifest the registry accepted, recorded as OCIR does (see `Emulator.recordPush`). Unlike
   * `addImage`, a tag pushed again onto its own image keeps its version and time.
   */
  recordPush(push: PushedImage): ImageRecord | undefined {
    let repository = this.repositoryList.find((candidate) => candidate.displayName === push.repositoryName);
    if (repository === undefined) {
      if (!this.isRepositoryCreatedOnFirstPush) return undefined;
      repository = this.createRepository(
        { compartmentId: this.tenancy, displayName: push.repositoryName },
        [...this.users.keys()][0] ?? this.tenancy,
      );
    }
    const existing = this.imagesOf(repository.id).find((image) => image.digest === push.digest);
    const { tag } = push;
    if (
      existing !== undefined &&
      (tag === undefined || existing.versions.some((entry) => entry.version === tag))
    ) {
      return existing;
    }
    return this.addImage({
      repositoryName: repository.displayName,
      digest: push.digest,
      versions: tag === undefined ? [] : [tag],
    });
  }

  /**
   * The state changes before the first await: concurrent calls see each other's effect at once.
   * `ifMatch` (the `if-match` header): the image's etag when the caller read it; another one is 412.
   */
  async deleteImage(imageId: string, ifMatch?: string): Promise<void> {
    const image = this.getImage(imageId);
    assertEtag(image, ifMatch);
    removeWhere(this.imageList, (candidate) => candidate.id === image.id);
    await this.onImageDeleted?.(structuredClone(image), this.region);
  }

  /** Untag: the image stays, without that version (an image may end up with no version at all). */
  async removeVersion(imageId: string, version: string, ifMatch?: string): Promise<ImageRecord> {
    const image = this.getImage(imageId);
    assertEtag(image, ifMatch);
    if (!image.versions.some((entry) => entry.version === version)) {
      throw notFound(`Version ${version} of container image ${imageId}`);
    }
    image.versions = image.versions.filter((entry) => entry.version !== version);
    await this.onVersionRemoved?.(structuredClone(image), version, this.region);
    return image;
  }

  // --- registry credentials -------------------------------------------------------------------------

  issueToken(userId: string, scope: string): IssuedToken {
    const issued: IssuedToken = {
      token: randomBytes(32).toString('base64url'),
      userId,
      scope,
      expiresInSeconds: this.tokenLifetimeSeconds,
      expiresAt: this.now().getTime() + this.tokenLifetimeSeconds * 1000,
    };
    this.tokens.push(issued);
    return issued;
  }

  issuedTokens(): string[] {
    return this.tokens.map((issued) => issued.token);
  }

  /**
   * `BEARER_TOKEN` + an unexpired token this region issued (a registry token is good only in the
   * region that issued it), or `<namespace>/<user name>` + that user's
   * auth token (a federated user's name already holds its `oracleidentitycloudservice/` prefix).
   */
  acceptsRegistryLogin(username: string, password: string): boolean {
    if (password === '') return false;
    if (username === BEARER_USERNAME) {
      const now = this.now().getTime();
      return this.tokens.some((issued) => issued.token === password && issued.expiresAt > now);
    }
    const prefix = `${this.namespace}/`;
    if (!username.startsWith(prefix)) return false;
    const name = username.slice(prefix.length);
    return [...this.users.values()].some((user) => user.name === name && user.authToken === password);
  }

  // --- inspection (copies: tests cannot change the state behind the API's back) ------------------------

  repositories(): RepositoryRecord[] {
    return structuredClone(this.repositoryList);
  }

  images(): ImageRecord[] {
    return structuredClone(this.imageList);
  }

  // --- helpers --------------------------------------------------------------------------------------

  private scopeFilter(scope: Scope): (compartmentId: string) => boolean {
    if (scope.inSubtree) {
      if (scope.compartmentId !== this.tenancy) {
        throw invalidParameter(
          'compartmentIdInSubtree can only be true when compartmentId is the tenancy OCID.',
        );
      }
      return () => true;
    }
    return (compartmentId) => compartmentId === scope.compartmentId;
  }

  private remember(id: string): void {
    this.sequence.set(id, this.sequence.size);
  }
}

/** OCI defaults: newest first by time, A-Z by name; creation order breaks ties. */
function sortResources<T extends { id: string; timeCreated: string }>(
  items: T[],
  displayName: (item: T) => string,
  sequence: ReadonlyMap<string, number>,
  { sortBy = 'TIMECREATED', sortOrder }: { sortBy?: SortBy; sortOrder?: SortOrder },
): T[] {
  const order = sortOrder ?? (sortBy === 'TIMECREATED' ? 'DESC' : 'ASC');
  const key = (item: T): string | number =>
    sortBy === 'TIMECREATED' ? Date.parse(item.timeCreated) : displayName(item);
  const ascending = (a: T, b: T): number => {
    const [keyA, keyB] = [key(a), key(b)];
    if (keyA !== keyB) return keyA < keyB ? -1 : 1;
    return (sequence.get(a.id) ?? 0) - (sequence.get(b.id) ?? 0);
  };
  return [...items].sort((a, b) => (order === 'ASC' ? ascending(a, b) : ascending(b, a)));
}

/**
 * The image's etag: a hash of what a conditional write is about (the image and its versions, each
 * with when it was pushed), so it changes whenever a tag is added, moved away or removed.
 */
export function imageEtag(image: ImageRecord): string {
  const versions = image.versions.map((entry) => `${entry.version}@${entry.timeCreated}`).sort();
  return createHash('sha256')
    .update(JSON.stringify([image.id, image.digest, versions]))
    .digest('hex');
}

/** OCI's answer to a write whose `if-match` is not the resource's current etag. */
function assertEtag(image: ImageRecord, ifMatch: string | undefined): void {
  if (ifMatch === undefined || ifMatch === imageEtag(image)) return;
  throw new ApiError(
    412,
    'PreconditionFailed',
    `The resource has been modified: the if-match etag ${ifMatch} is not the current etag of container image ${image.id}.`,
  );
}

/** `repo:<newest version>`, or `repo@<digest>` for an untagged image. */
export function imageDisplayName(image: ImageRecord): string {
  const version = newestVersion(image);
  return version === undefined
    ? `${image.repositoryName}@${image.digest}`
    : `${image.repositoryName}:${version}`;
}

export function newestVersion(image: ImageRecord): string | undefined {
  let newest: ImageRecord['versions'][number] | undefined;
  for (const entry of image.versions) {
    if (newest === undefined || Date.parse(entry.timeCreated) >= Date.parse(newest.timeCreated))
      newest = entry;
  }
  return newest?.version;
}

function removeWhere<T>(items: T[], predicate: (item: T) => boolean): void {
  for (let index = items.length - 1; index >= 0; index -= 1) {
    const item = items[index];
    if (item !== undefined && predicate(item)) items.splice(index, 1);
  }
}
