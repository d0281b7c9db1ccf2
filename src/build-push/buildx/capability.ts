/**
 * What the chosen builder can do, decided before the build so that a run fails in a second with the
 * fix rather than minutes later with BuildKit's message. Pure.
 */
import { versionAtLeast, type BackendChoice } from './backend.js';

export const SETUP_FIX = 'add docker/setup-qemu-action and docker/setup-buildx-action before this step';

/** What a build asks of its builder. */
export interface BuildRequest {
  platforms: readonly string[];
  cacheFrom: readonly string[];
  cacheTo: readonly string[];
  /** An attestation is asked for (`provenance` or `sbom` on). */
  attestations: boolean;
  /** The image is also loaded into the local image store. */
  load: boolean;
  pushByDigest: boolean;
  buildContexts: number;
  secrets: number;
  ssh: number;
}

/** Features as buildx ≥ 0.13 names them in `docker buildx inspect`. */
const MULTI_PLATFORM = 'Multi-platform build';
const CACHE_EXPORT = 'Cache export';

/**
 * Every reason the builder cannot do what is asked, each with its fix; empty when it can.
 * The docker driver builds one platform and exports only inline cache, unless buildx says its
 * engine can (the containerd image store). dockerd 20.10's BuildKit (0.8) knows no attestation.
 */
export function capabilityProblems(choice: BackendChoice, request: BuildRequest): string[] {
  const problems: string[] = [];
  const platforms = request.platforms.join(',');
  const exportedCache = request.cacheTo.filter((entry) => cacheType(entry) !== 'inline');
  if (choice.backend === 'legacy') {
    if (request.platforms.length > 1) {
      problems.push(
        `Building several platforms (${platforms}) needs docker buildx, which is not installed: ${SETUP_FIX}`,
      );
    }
    if (request.cacheTo.length > 0)
      problems.push(`'cache-to' needs docker buildx, which is not installed: ${SETUP_FIX}`);
    const buildxOnlySources = request.cacheFrom.filter((entry) => /(^|,)\s*type=/.test(entry));
    if (buildxOnlySources.length > 0) {
      problems.push(
        `'cache-from' with buildx's syntax (${buildxOnlySources.join('; ')}) needs docker buildx, which is not installed: ${SETUP_FIX}`,
      );
    }
    for (const [count, what] of [
      [request.secrets, 'secrets'],
      [request.ssh, 'ssh'],
      [request.buildContexts, 'build-contexts'],
    ] as const) {
      if (count > 0) problems.push(`'${what}' needs docker buildx, which is not installed: ${SETUP_FIX}`);
    }
    if (request.attestations) {
      problems.push(`'provenance' and 'sbom' need docker buildx, which is not installed: ${SETUP_FIX}`);
    }
    if (request.pushByDigest) {
      problems.push(`'push-by-digest' needs docker buildx, which is not installed: ${SETUP_FIX}`);
    }
    return problems;
  }

  const builder = `The builder ${choice.builder ?? '(current)'}${choice.driver ? ` (${choice.driver} driver)` : ''}`;
  const dockerDriver = choice.driver === 'docker';
  if (request.platforms.length > 1 && dockerDriver && choice.features[MULTI_PLATFORM] !== true) {
    problems.push(`${builder} cannot build several platforms (${platforms}): ${SETUP_FIX}`);
  }
  if (exportedCache.length > 0 && dockerDriver && choice.features[CACHE_EXPORT] !== true) {
    problems.push(
      `${builder} cannot export cache (${exportedCache.join('; ')}), only type=inline: ${SETUP_FIX}`,
    );
  }
  const missing = request.platforms.filter((platform) => !builds(choice.platforms, platform));
  if (choice.platforms.length > 0 && missing.length > 0) {
    problems.push(
      `${builder} cannot build ${missing.join(', ')} (it builds ${choice.platforms.join(', ')}): ${SETUP_FIX}`,
    );
  }
  if (request.attestations && choice.buildkitVersion && !versionAtLeast(choice.buildkitVersion, '0.11.0')) {
    problems.push(
      `${builder} runs BuildKit ${choice.buildkitVersion}, which makes no attestations (BuildKit 0.11 or later does): turn 'provenance' and 'sbom' off, or ${SETUP_FIX}`,
    );
  }
  if (request.attestations && !versionAtLeast(choice.version, '0.10.0')) {
    problems.push(
      `buildx v${choice.version} makes no attestations (0.10 or later does): turn 'provenance' and 'sbom' off`,
    );
  }
  if (request.buildContexts > 0 && !versionAtLeast(choice.version, '0.8.0')) {
    problems.push(
      `buildx v${choice.version} has no --build-context (0.8 or later does): update docker/setup-buildx-action`,
    );
  }
  if (
    request.load &&
    request.platforms.length > 1 &&
    !(dockerDriver && choice.features[MULTI_PLATFORM] === true)
  ) {
    problems.push(
      `'load' cannot bring an image of several platforms (${platforms}) into the local image store: build one platform to load it`,
    );
  }
  return problems;
}

/** The `type=` of a cache entry; buildx reads a bare value as a registry reference. */
export function cacheType(entry: string): string {
  return /(?:^|,)\s*type=([^,]*)/.exec(entry)?.[1]?.trim() ?? 'registry';
}

/** Whether a builder's platform list covers `platform` (`linux/arm64` is `linux/arm64/v8`). */
export function builds(available: readonly string[], platform: string): boolean {
  const normal = normalisePlatform(platform);
  return available.some((candidate) => normalisePlatform(candidate) === normal);
}

export function normalisePlatform(platform: string): string {
  const [os = '', arch = '', variant] = platform.trim().toLowerCase().split('/');
  if (arch === 'arm64' && (variant === undefined || variant === 'v8')) return `${os}/arm64`;
  if (arch === 'amd64' && (variant === undefined || variant === 'v1')) return `${os}/amd64`;
  return variant === undefined ? `${os}/${arch}` : `${os}/${arch}/${variant}`;
}
