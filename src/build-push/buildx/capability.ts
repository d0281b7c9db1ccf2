/**
 * What the chosen builder can do, decided before the build so that a run fails in a second with the
 * fix rather than minutes later with BuildKit's message. Pure.
 */
import { versionAtLeast, type BackendChoice } from './backend.js';

/** Without buildx at all. */
export const SETUP_FIX = 'add docker/setup-buildx-action before this step';
/** What the docker driver cannot do without the containerd image store, and who can. */
export const CONTAINER_BUILDER_FIX =
  'create a docker-container builder with docker/setup-buildx-action before this step, or turn on the containerd image store';

/** What a build asks of its builder. */
export interface BuildRequest {
  platforms: readonly string[];
  cacheFrom: readonly string[];
  cacheTo: readonly string[];
  /** An attestation is asked for (`provenance` or `sbom` on). */
  attestations: boolean;
  /** The image is also loaded into the local image store. */
  load: boolean;
  /** The image is pushed (load and push together are two outputs on BuildKit's own push path). */
  push: boolean;
  pushByDigest: boolean;
  buildContexts: number;
  secrets: number;
  ssh: number;
}

/** Features as buildx ≥ 0.13 names them in `docker buildx inspect` (the containerd image store). */
const MULTI_PLATFORM = 'Multi-platform build';
const CACHE_EXPORT = 'Cache export';

/** What a decision on the builder needs to know beyond its driver: versions come from a probe. */
export function needsVersions(request: BuildRequest, driver: string | undefined): boolean {
  const dockerDriver = driver === undefined || driver === 'docker';
  return (
    request.attestations ||
    request.buildContexts > 0 ||
    imageManifestCache(request.cacheTo).length > 0 ||
    (request.load && request.push && !dockerDriver) ||
    (dockerDriver &&
      (request.platforms.length > 1 || exportedCache(request.cacheTo).length > 0 || request.pushByDigest))
  );
}

/**
 * Every reason the builder cannot do what is asked, each with its fix; empty when it can. Only what
 * buildx itself refuses is refused here, before any side effect. The builder's platform list is not
 * among them: it says what the builder can run, and FROM, COPY and cross-compiling with
 * `FROM --platform=$BUILDPLATFORM` build any platform without emulation (a RUN step for another
 * platform fails with `exec format error`, and that failure names QEMU).
 */
export function capabilityProblems(choice: BackendChoice, request: BuildRequest): string[] {
  const problems: string[] = [];
  const platforms = request.platforms.join(',');
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
  // The docker driver without the containerd image store: one platform, inline cache, no push by digest.
  const plainDockerDriver = choice.driver === 'docker' && choice.features[MULTI_PLATFORM] !== true;
  if (request.platforms.length > 1 && plainDockerDriver) {
    problems.push(`${builder} cannot build several platforms (${platforms}): ${CONTAINER_BUILDER_FIX}`);
  }
  const exported = exportedCache(request.cacheTo);
  if (exported.length > 0 && choice.driver === 'docker' && choice.features[CACHE_EXPORT] !== true) {
    problems.push(
      `${builder} cannot export cache (${exported.join('; ')}), only type=inline: ${CONTAINER_BUILDER_FIX}`,
    );
  }
  if (request.pushByDigest && plainDockerDriver) {
    problems.push(`${builder} cannot push by digest ('push-by-digest'): ${CONTAINER_BUILDER_FIX}`);
  }
  const buildkit = choice.buildkitVersion;
  if (request.attestations && buildkit && !versionAtLeast(buildkit, '0.11.0')) {
    problems.push(
      `${builder} runs BuildKit ${buildkit}, which makes no attestations (BuildKit 0.11 or later does): turn 'provenance' and 'sbom' off, or use a builder with a newer BuildKit`,
    );
  }
  // BuildKit's own push path (any driver but docker's) exports once: a second output fails there.
  if (
    request.load &&
    request.push &&
    choice.driver !== 'docker' &&
    buildkit &&
    !versionAtLeast(buildkit, '0.13.0')
  ) {
    problems.push(
      `${builder} runs BuildKit ${buildkit}, which cannot load and push in one build (multiple outputs need BuildKit 0.13 or later): drop 'load' and pull the pushed image, or use a newer BuildKit`,
    );
  }
  if (request.attestations && choice.version && !versionAtLeast(choice.version, '0.10.0')) {
    problems.push(
      `buildx v${choice.version} makes no attestations (0.10 or later does): turn 'provenance' and 'sbom' off`,
    );
  }
  if (request.buildContexts > 0 && choice.version && !versionAtLeast(choice.version, '0.8.0')) {
    problems.push(
      `buildx v${choice.version} has no --build-context (0.8 or later does): update docker/setup-buildx-action`,
    );
  }
  if (request.load && request.platforms.length > 1 && !(choice.driver === 'docker' && !plainDockerDriver)) {
    problems.push(
      `'load' cannot bring an image of several platforms (${platforms}) into the local image store: build one platform to load it`,
    );
  }
  return problems;
}

/** What the builder will quietly not do as asked: said as warnings, the build goes on. */
export function capabilityWarnings(choice: BackendChoice, request: BuildRequest): string[] {
  if (choice.backend === 'legacy') return [];
  const buildkit = choice.buildkitVersion;
  const ignored = imageManifestCache(request.cacheTo);
  if (ignored.length > 0 && buildkit && !versionAtLeast(buildkit, '0.12.0')) {
    return [
      `The builder runs BuildKit ${buildkit}, which ignores image-manifest=true (0.12 or later honours it): the cache (${ignored.join('; ')}) is stored as a plain index, which some registries refuse. Use a builder with a newer BuildKit to keep it as an image manifest.`,
    ];
  }
  return [];
}

function exportedCache(cacheTo: readonly string[]): string[] {
  return cacheTo.filter((entry) => cacheType(entry) !== 'inline');
}

function imageManifestCache(cacheTo: readonly string[]): string[] {
  return cacheTo.filter((entry) => /(?:^|,)\s*image-manifest=true\b/i.test(entry));
}

/** The `type=` of a cache entry; buildx reads a bare value as a registry reference. */
export function cacheType(entry: string): string {
  return /(?:^|,)\s*type=([^,]*)/.exec(entry)?.[1]?.trim() ?? 'registry';
}
