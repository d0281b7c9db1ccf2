/**
 * What a buildx build reports: the `--metadata-file` it writes, and the image index that
 * `docker buildx imagetools inspect --raw <repository>@<digest>` prints for a multi-platform image
 * (the metadata file names the index, not its platforms' manifests). Pure parsers of those texts.
 */
import { createHash } from 'node:crypto';

export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
export const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';

const DIGEST = /^sha256:[0-9a-f]{64}$/;

export interface Descriptor {
  mediaType: string;
  digest: string;
  size?: number;
  platform?: string;
  annotations?: Record<string, string>;
}

export interface BuildMetadata {
  /** `containerimage.digest`: what was pushed, the manifest or, for several platforms, the index. */
  digest?: string;
  /** `containerimage.config.digest`: the image ID of a single-platform image. */
  configDigest?: string;
  /** `containerimage.descriptor`. */
  descriptor?: Descriptor;
  /** True when the result is an image index (several platforms, or attestations). */
  isIndex: boolean;
  /** `image.name`, split: every name the image got (tags, or the repository when pushed by digest). */
  imageNames: string[];
  /** `buildx.build.ref`: `<builder>/<node>/<ref>`, for `docker buildx history`. */
  buildRef?: string;
}

/**
 * The metadata file's text (`null` or empty when buildx exported nothing). Throws on a file that is
 * not buildx's JSON object, or that holds a malformed digest.
 */
export function parseBuildMetadata(text: string): BuildMetadata {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed === 'null') return { isIndex: false, imageNames: [] };
  const data: unknown = JSON.parse(trimmed);
  if (!isRecord(data)) throw new Error('the buildx metadata file does not hold a JSON object');
  const digest = optionalDigest(data['containerimage.digest'], 'containerimage.digest');
  const configDigest = optionalDigest(data['containerimage.config.digest'], 'containerimage.config.digest');
  const descriptor =
    data['containerimage.descriptor'] === undefined
      ? undefined
      : parseDescriptor(data['containerimage.descriptor']);
  const names = typeof data['image.name'] === 'string' ? data['image.name'] : '';
  const buildRef = typeof data['buildx.build.ref'] === 'string' ? data['buildx.build.ref'] : undefined;
  return {
    ...(digest ? { digest } : {}),
    ...(configDigest ? { configDigest } : {}),
    ...(descriptor ? { descriptor } : {}),
    isIndex: descriptor !== undefined && isIndexMediaType(descriptor.mediaType),
    imageNames: names
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean),
    ...(buildRef ? { buildRef } : {}),
  };
}

export function isIndexMediaType(mediaType: string): boolean {
  return mediaType === OCI_INDEX || mediaType === DOCKER_MANIFEST_LIST;
}

/** One platform's image in an index. */
export interface PlatformManifest {
  /** `linux/amd64`, `linux/arm64/v8`, … */
  platform: string;
  digest: string;
  mediaType: string;
  size?: number;
}

export interface ImageIndex {
  mediaType: string;
  /** The platforms' images, in the index's order; attestation manifests left out. */
  manifests: PlatformManifest[];
  /** Attestation manifests (`vnd.docker.reference.type: attestation-manifest`). */
  attestations: Descriptor[];
}

/**
 * `docker buildx imagetools inspect --raw` of an index. Undefined for a single manifest (no
 * platforms to list). Throws on text that is not a manifest.
 */
export function parseImageIndex(raw: string): ImageIndex | undefined {
  const data: unknown = JSON.parse(raw);
  if (!isRecord(data)) throw new Error('the manifest is not a JSON object');
  const mediaType = typeof data.mediaType === 'string' ? data.mediaType : '';
  // An OCI index may omit its mediaType; its `manifests` tells it apart from an image manifest.
  if (!Array.isArray(data.manifests)) return undefined;
  const manifests: PlatformManifest[] = [];
  const attestations: Descriptor[] = [];
  for (const entry of data.manifests) {
    const descriptor = parseDescriptor(entry);
    if (descriptor.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest') {
      attestations.push(descriptor);
      continue;
    }
    if (!descriptor.platform || descriptor.platform === 'unknown/unknown') continue;
    manifests.push({
      platform: descriptor.platform,
      digest: descriptor.digest,
      mediaType: descriptor.mediaType,
      ...(descriptor.size !== undefined ? { size: descriptor.size } : {}),
    });
  }
  return { mediaType: mediaType || OCI_INDEX, manifests, attestations };
}

/** `sha256:<hex>` of exact bytes: a manifest's digest is the hash of the bytes the registry stores. */
export function manifestDigest(bytes: string | Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

function parseDescriptor(value: unknown): Descriptor {
  if (!isRecord(value)) throw new Error('a descriptor is not a JSON object');
  const { mediaType, digest, size, platform, annotations } = value;
  if (typeof mediaType !== 'string' || typeof digest !== 'string' || !DIGEST.test(digest)) {
    throw new Error(`a descriptor lacks a mediaType or a sha256 digest: ${JSON.stringify(value)}`);
  }
  return {
    mediaType,
    digest,
    ...(typeof size === 'number' ? { size } : {}),
    ...(isRecord(platform) ? { platform: platformName(platform) } : {}),
    ...(isRecord(annotations) ? { annotations: stringValues(annotations) } : {}),
  };
}

/** `{os: linux, architecture: arm64, variant: v8}` → `linux/arm64/v8`. */
export function platformName(platform: Record<string, unknown>): string {
  return [platform.os, platform.architecture, platform.variant]
    .filter((part): part is string => typeof part === 'string' && part !== '')
    .join('/');
}

function optionalDigest(value: unknown, key: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !DIGEST.test(value)) {
    throw new Error(`${key} in the buildx metadata file is not a sha256 digest: ${JSON.stringify(value)}`);
  }
  return value;
}

function stringValues(record: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(record).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
