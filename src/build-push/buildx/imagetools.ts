/**
 * Joining the platforms of a distributed build (each pushed by digest) into one tagged index with
 * `docker buildx imagetools create`, and reading images back with `imagetools inspect --raw`. Pure.
 */
import { manifestDigest, parseBuildMetadata, parseImageIndex, type ImageIndex } from './metadata.js';

const DIGEST = /^sha256:[0-9a-f]{64}$/;

export interface ImagetoolsCreateOptions {
  /** Full references to tag the index with: `<registry>/<namespace>/<repository>:<tag>`. */
  tags: readonly string[];
  /** The platforms' images, `<registry>/<namespace>/<repository>@sha256:…` (see digestReference). */
  sources: readonly string[];
  builder?: string;
  /** buildx versions that have it write the result's digest there (as `build --metadata-file`). */
  metadataFile?: string;
  /** Print the index instead of pushing it (see parseImagetoolsDryRun). */
  dryRun?: boolean;
}

/** `docker` argv: `buildx imagetools create --tag … <sources>`. */
export function imagetoolsCreateArgv(options: ImagetoolsCreateOptions): string[] {
  if (options.sources.length === 0) throw new Error('imagetools create needs at least one source image');
  if (options.tags.length === 0 && !options.dryRun)
    throw new Error('imagetools create needs at least one tag');
  return [
    'buildx',
    'imagetools',
    'create',
    ...(options.builder ? ['--builder', options.builder] : []),
    ...options.tags.flatMap((tag) => ['--tag', tag]),
    ...(options.metadataFile && !options.dryRun ? ['--metadata-file', options.metadataFile] : []),
    ...(options.dryRun ? ['--dry-run'] : []),
    ...options.sources,
  ];
}

/** `docker` argv printing the manifest or index stored for `reference`, byte for byte. */
export function imagetoolsInspectRawArgv(reference: string, builder?: string): string[] {
  return ['buildx', 'imagetools', 'inspect', ...(builder ? ['--builder', builder] : []), '--raw', reference];
}

/** `<repository>@<digest>`, the source form of `imagetools create`. */
export function digestReference(repository: string, digest: string): string {
  if (!DIGEST.test(digest)) throw new Error(`not a sha256 digest: ${digest}`);
  return `${repository}@${digest}`;
}

/**
 * `imagetools create --dry-run` prints the index it would push followed by a newline; the digest
 * of those bytes is the digest the same command will push, known before the push on any buildx.
 */
export function parseImagetoolsDryRun(stdout: string): { digest: string; index: ImageIndex } {
  const bytes = stdout.endsWith('\n') ? stdout.slice(0, -1) : stdout;
  const index = parseImageIndex(bytes);
  if (!index) throw new Error('imagetools create --dry-run printed no image index');
  return { digest: manifestDigest(bytes), index };
}

/** The digest `imagetools create --metadata-file` reports for the index it pushed. */
export function imagetoolsCreateDigest(metadataText: string): string | undefined {
  const metadata = parseBuildMetadata(metadataText);
  return metadata.digest ?? metadata.descriptor?.digest;
}
