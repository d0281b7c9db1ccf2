/**
 * Wire shapes, field for field as the real API sends them (see the oci-identity and oci-artifacts models).
 * Summaries are deliberately poorer than full resources: a repository summary has no `isImmutable`.
 */
import { imageDisplayName, newestVersion } from './state.js';
import type { EmulatedUser, ImageRecord, RepositoryRecord } from './types.js';

type Json = Record<string, unknown>;

const NO_TAGS = { definedTags: {}, systemTags: {} };

export function userView(user: EmulatedUser, tenancy: string): Json {
  return {
    id: user.id,
    compartmentId: tenancy,
    name: user.name,
    description: user.name,
    ...(user.email === undefined ? {} : { email: user.email, emailVerified: true }),
    timeCreated: '2024-01-01T00:00:00.000Z',
    lifecycleState: 'ACTIVE',
    isMfaActivated: false,
    freeformTags: {},
    definedTags: {},
    capabilities: {
      canUseConsolePassword: true,
      canUseApiKeys: true,
      canUseAuthTokens: true,
      canUseSmtpCredentials: true,
      canUseDbCredentials: true,
      canUseCustomerSecretKeys: true,
      canUseOAuth2ClientCredentials: true,
    },
  };
}

interface RepositoryUsage {
  imageCount: number;
  layersSizeInBytes: number;
  timeLastPushed?: string;
}

export function repositoryUsage(images: ImageRecord[]): RepositoryUsage {
  const lastPushed = images
    .map((image) => image.timeCreated)
    .sort()
    .at(-1);
  return {
    imageCount: images.length,
    layersSizeInBytes: images.reduce((sum, image) => sum + image.layersSizeInBytes, 0),
    ...(lastPushed === undefined ? {} : { timeLastPushed: lastPushed }),
  };
}

export function repositorySummaryView(repository: RepositoryRecord, usage: RepositoryUsage): Json {
  return {
    compartmentId: repository.compartmentId,
    displayName: repository.displayName,
    id: repository.id,
    imageCount: usage.imageCount,
    isPublic: repository.isPublic,
    layerCount: 0,
    layersSizeInBytes: usage.layersSizeInBytes,
    lifecycleState: repository.lifecycleState,
    timeCreated: repository.timeCreated,
    billableSizeInGBs: Math.ceil(usage.layersSizeInBytes / 1024 ** 3),
    namespace: repository.namespace,
    freeformTags: repository.freeformTags,
    ...NO_TAGS,
  };
}

export function repositoryView(repository: RepositoryRecord, usage: RepositoryUsage): Json {
  return {
    ...repositorySummaryView(repository, usage),
    createdBy: repository.createdBy,
    isImmutable: repository.isImmutable,
    ...(usage.timeLastPushed === undefined ? {} : { timeLastPushed: usage.timeLastPushed }),
  };
}

export function imageSummaryView(image: ImageRecord): Json {
  const version = newestVersion(image);
  return {
    compartmentId: image.compartmentId,
    digest: image.digest,
    displayName: imageDisplayName(image),
    id: image.id,
    lifecycleState: image.lifecycleState,
    repositoryId: image.repositoryId,
    repositoryName: image.repositoryName,
    timeCreated: image.timeCreated,
    ...(version === undefined ? {} : { version }),
    freeformTags: {},
    ...NO_TAGS,
  };
}

export function imageView(image: ImageRecord): Json {
  return {
    ...imageSummaryView(image),
    createdBy: image.createdBy,
    layers: [],
    layersSizeInBytes: image.layersSizeInBytes,
    manifestSizeInBytes: image.manifestSizeInBytes,
    pullCount: 0,
    versions: image.versions.map((entry) => ({ ...entry })),
  };
}
