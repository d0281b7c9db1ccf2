/**
 * The buildx build. On the docker driver the image goes into the engine's store and the engine
 * pushes it afterwards (push-image.ts). Elsewhere BuildKit pushes as it builds: one name (or, on an
 * immutable repository and for `push-by-digest`, no name: by digest), then every other tag as one
 * manifest PUT, as push.ts decides them. A transient push failure re-runs the cached build; a
 * failure is named by the step BuildKit was in (build, push, cache export, attestation).
 * Commands come in through `Buildx`, so tests specify the exact argv of every decision.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ActionError, StepFailure } from '../../common/errors.js';
import { withRetries } from '../../common/retry.js';
import { describeBuildFailure } from '../docker/build-failure.js';
import type { Buildx } from '../docker/buildx-cli.js';
import { DockerError } from '../docker/cli.js';
import { classifyFailure } from '../docker/parse.js';
import type { BuildInputs, BuildxInputs } from '../inputs.js';
import { pushTags, type PushResult, type TagReference } from '../push.js';
import { buildxBuildArgv, buildxEnvironment, type BuildxOutput } from './build-args.js';
import { digestReference, imagetoolsInspectRawArgv } from './imagetools.js';
import { parseBuildMetadata, parseImageIndex, type PlatformManifest } from './metadata.js';
import { classifyBuildxFailure, type BuildxFailure } from './progress.js';
import type { BuildxChoice } from './select.js';

export const QEMU_ADVICE =
  "A RUN step ran for another platform than the runner's, which needs emulation: add docker/setup-qemu-action before this step. FROM, COPY and cross-compiling with FROM --platform=$BUILDPLATFORM need none.";

export interface BuildxJob {
  choice: BuildxChoice;
  build: BuildInputs;
  buildx: BuildxInputs;
  /** The same labels as the legacy build: ociLabels merged under the `labels` input. */
  labels: Record<string, string>;
  /** `<registry>/<namespace>/<repository>`. */
  repository: string;
  tags: TagReference[];
  /** The plan pushes (false: build only, or a fork's pull request). */
  push: boolean;
  /** The engine pushes from its store after the build (docker driver), or BuildKit as it builds. */
  pushedBy: 'engine' | 'buildkit';
  /** On an immutable repository: the digest each requested tag already holds. */
  existing?: ReadonlyMap<string, string>;
  /** Attempts for a push that fails for a transient reason (`retries`). */
  attempts: number;
}

export interface BuildxDeps {
  buildx: Buildx;
  log: (message: string) => void;
  /** Where the metadata file and the iidfile are written (a fresh directory, removed after). */
  tempRoot?: string;
  /** Before the push: renew a login that would expire during it. */
  beforePush?: () => Promise<void>;
  /** A push refused as unauthorized: log in again and say whether it helped (then it is tried once more). */
  renewLogin?: () => Promise<boolean>;
  /** Puts the pushed manifest under one more tag, as is (the registry API). */
  addTag?: (tag: TagReference, digest: string) => Promise<string>;
  initialDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface BuildxOutcome {
  /** The local image id, when the image is in the engine's store; else empty. */
  imageId: string;
  /** Present when BuildKit pushed the image and every tag was written. */
  pushed?: PushResult;
  /** Each platform's manifest digest, when the registry has them (an index lists several). */
  platforms: PlatformManifest[];
  /**
   * The image and its tags are in the registry, but a later export failed (the cache): reported
   * after the outputs are set, since what was pushed is true.
   */
  failure?: StepFailure;
}

/**
 * How the result leaves the builder. A repository with some of the tags already there (immutable)
 * is pushed by digest first, so that nothing is tagged before the digest is known not to move a tag.
 */
export function buildxOutput(
  job: Pick<BuildxJob, 'buildx' | 'push' | 'pushedBy' | 'repository' | 'tags' | 'existing'>,
): BuildxOutput {
  const references = job.tags.map((tag) => tag.reference);
  if (!job.push || job.pushedBy === 'engine') {
    // Several platforms fit in the local store only when asked (capability checks the builder).
    return job.push || job.buildx.load || job.buildx.platforms.length <= 1
      ? { kind: 'load', tags: references }
      : { kind: 'none', tags: references };
  }
  if (job.buildx.pushByDigest || job.tags.some((tag) => job.existing?.has(tag.name))) {
    return { kind: 'push-by-digest', repository: job.repository };
  }
  // One name: the other tags are manifest PUTs, faster than BuildKit pushing each name in turn.
  return { kind: 'push', tags: references.slice(0, 1), load: job.buildx.load };
}

/** A failure of buildx's push or cache export: whether another attempt may cure it. */
export function retryKind(failure: BuildxFailure): 'transient' | 'unauthorized' | undefined {
  if (failure.kind !== 'push' && failure.kind !== 'cache-export') return undefined;
  if (/\b401\b|unauthori[sz]ed|authentication required/i.test(failure.line)) return 'unauthorized';
  return classifyFailure(failure.line) === 'transient' ? 'transient' : undefined;
}

class BuildxFailed extends DockerError {
  readonly failure: BuildxFailure;
  readonly retry: 'transient' | 'unauthorized' | undefined;

  constructor(failure: BuildxFailure) {
    super('buildx build', failure.line, 1);
    this.failure = failure;
    this.retry = retryKind(failure);
  }
}

export async function buildWithBuildx(job: BuildxJob, deps: BuildxDeps): Promise<BuildxOutcome> {
  const output = buildxOutput(job);
  const loads = output.kind === 'load' || (output.kind === 'push' && output.load);
  const pushes = output.kind === 'push' || output.kind === 'push-by-digest';
  if (output.kind === 'none') {
    deps.log(
      `Several platforms (${job.buildx.platforms.join(', ')}) built without a push: the result stays in the build cache (set load to bring it into the local image store)`,
    );
  }
  const dir = await mkdtemp(join(deps.tempRoot ?? (process.env.RUNNER_TEMP || tmpdir()), 'ocir-buildx-'));
  try {
    const metadataFile = join(dir, 'metadata.json');
    const iidfile = loads ? join(dir, 'iid') : undefined;
    const options = {
      context: job.build.context,
      file: job.build.file,
      labels: job.labels,
      buildArgs: job.build.buildArgs,
      ...(job.build.target ? { target: job.build.target } : {}),
      ...(job.build.network ? { network: job.build.network } : {}),
      platforms: job.buildx.platforms,
      pull: job.build.pull,
      noCache: job.build.noCache,
      cacheFrom: job.build.cacheFrom,
      cacheTo: job.buildx.cacheTo,
      secrets: job.buildx.secrets,
      secretEnvs: job.buildx.secretEnvs,
      ssh: job.buildx.ssh,
      buildContexts: job.buildx.buildContexts,
      ...(job.buildx.provenance !== undefined ? { provenance: job.buildx.provenance } : {}),
      ...(job.buildx.sbom !== undefined ? { sbom: job.buildx.sbom } : {}),
      ...(job.choice.builder ? { builder: job.choice.builder } : {}),
      metadataFile,
      ...(iidfile ? { iidfile } : {}),
      output,
    };
    const argv = buildxBuildArgv(options);
    const env = buildxEnvironment(options);
    deps.log(
      `Building with buildx on ${job.choice.builder ?? 'the current builder'}${job.choice.driver ? ` (${job.choice.driver} driver)` : ''}` +
        (job.buildx.platforms.length > 0 ? ` for ${job.buildx.platforms.join(', ')}` : ''),
    );
    if (pushes) await deps.beforePush?.();
    const cacheFailure = await runBuild(argv, env, job, deps, pushes);

    const metadata = parseBuildMetadata(await readFile(metadataFile, 'utf8').catch(() => ''));
    const imageId = iidfile ? (await readFile(iidfile, 'utf8').catch(() => '')).trim() : '';
    if (!pushes) return { imageId, platforms: [] };

    // A failed cache export writes no metadata file: the progress named what was pushed.
    const digest = metadata.digest ?? cacheFailure?.digest;
    if (!digest) {
      throw new StepFailure(
        'push',
        new ActionError(
          'buildx pushed, but its metadata file names no digest (containerimage.digest): the push cannot be verified',
        ),
      );
    }
    if (output.kind === 'push' && metadata.imageNames.length > 0) {
      const missing = output.tags.filter((reference) => !metadata.imageNames.includes(reference));
      if (missing.length > 0) {
        throw new StepFailure(
          'push',
          new ActionError(
            `buildx reports pushing ${metadata.imageNames.join(', ')} but not ${missing.join(', ')}`,
          ),
        );
      }
    }
    const platforms = await platformManifests(job, deps, digest, metadata);
    const pushed = job.buildx.pushByDigest
      ? { digest, pushed: [], unchanged: [] }
      : await tagPushedImage(job, deps, digest);
    return { imageId, pushed, platforms, ...(cacheFailure ? { failure: cacheFailure.failure } : {}) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Runs the build, retrying what another attempt may cure. Resolves to a cache export failure that
 * came after the image was pushed (the caller finishes the tags, then reports it); throws any other.
 */
async function runBuild(
  argv: string[],
  env: Record<string, string>,
  job: BuildxJob,
  deps: BuildxDeps,
  pushes: boolean,
): Promise<{ digest: string; failure: StepFailure } | undefined> {
  const attempt = () =>
    withRetries(
      async () => {
        try {
          await deps.buildx.run(argv, env);
        } catch (error) {
          if (!(error instanceof DockerError)) throw error;
          throw new BuildxFailed(classifyBuildxFailure(error.output));
        }
      },
      {
        attempts: job.attempts,
        initialDelayMs: deps.initialDelayMs ?? 2000,
        isRetryable: (error) => error instanceof BuildxFailed && error.retry === 'transient',
        onRetry: (error, number, delayMs) =>
          deps.log(
            `The ${(error as BuildxFailed).failure.kind === 'cache-export' ? 'cache export' : 'push'} failed for a transient reason (attempt ${number}): ${(error as BuildxFailed).failure.line}; building again from cache in ${delayMs / 1000}s`,
          ),
        ...(deps.sleep ? { sleep: deps.sleep } : {}),
      },
    );
  try {
    await attempt().catch(async (error: unknown) => {
      const renew = deps.renewLogin;
      if (!(error instanceof BuildxFailed) || error.retry !== 'unauthorized' || !renew || !(await renew())) {
        throw error;
      }
      deps.log('The registry refused the push as unauthorized: logged in again, pushing once more');
      await attempt();
    });
    return undefined;
  } catch (error) {
    if (!(error instanceof BuildxFailed)) throw error;
    const failure = error.failure;
    const pushedDigest = pushes ? digestPushedTo(failure, job) : undefined;
    if (failure.kind === 'cache-export' && pushedDigest) {
      return {
        digest: pushedDigest,
        failure: new StepFailure(
          'cache-export',
          new ActionError(
            `The cache export failed after the image was pushed (${pushedDigest}): ${failure.line}\n` +
              'The image and its tags are in the registry; only the cache is missing, so the next build runs without it. ' +
              "Check that 'cache-to' names a repository this login may push to.",
          ),
        ),
      };
    }
    throw asStepFailure(failure);
  }
}

/** The digest BuildKit reported pushing to this job's repository before it failed. */
function digestPushedTo(failure: BuildxFailure, job: BuildxJob): string | undefined {
  const names = new Set([job.repository, ...job.tags.map((tag) => tag.reference)]);
  const pushed = failure.pushed.find((reference) => {
    const at = reference.lastIndexOf('@');
    return names.has(reference.slice(0, at));
  });
  return pushed?.slice(pushed.lastIndexOf('@') + 1);
}

/** The failure as the user reads it: the step it happened in, BuildKit's line, one line of advice. */
export function asStepFailure(failure: BuildxFailure): StepFailure {
  switch (failure.kind) {
    case 'push':
      // explain() gives the registry's advice (immutable, 409, login, policy) from the line.
      return new StepFailure('push', new DockerError('buildx build', failure.line, 1));
    case 'cache-export':
      return new StepFailure(
        'cache-export',
        new ActionError(
          `The cache export failed: ${failure.line}\nCheck that 'cache-to' names a repository this login may push to; the image was not pushed.`,
        ),
      );
    case 'attestation':
      return new StepFailure(
        'attestation',
        new ActionError(
          `The attestations could not be made or pushed: ${failure.line}\nTurn 'provenance' and 'sbom' off, or use a builder whose BuildKit makes them.`,
        ),
      );
    case 'build': {
      const description = describeBuildFailure(failure.line);
      return new StepFailure(
        'build',
        new ActionError(
          failure.needsEmulation ? `${description.split('\n')[0]}\n${QEMU_ADVICE}` : description,
        ),
      );
    }
  }
}

/** Each platform's manifest: an index is read back from the registry, a single image is its own. */
async function platformManifests(
  job: BuildxJob,
  deps: BuildxDeps,
  digest: string,
  metadata: ReturnType<typeof parseBuildMetadata>,
): Promise<PlatformManifest[]> {
  const descriptor = metadata.descriptor;
  if (!metadata.isIndex && (descriptor || job.buildx.platforms.length <= 1)) {
    return descriptor?.platform
      ? [{ platform: descriptor.platform, digest, mediaType: descriptor.mediaType }]
      : [];
  }
  const raw = await deps.buildx.query(
    imagetoolsInspectRawArgv(digestReference(job.repository, digest), job.choice.builder),
  );
  return parseImageIndex(raw)?.manifests ?? [];
}

/**
 * Every tag onto the pushed image, as push.ts decides them: the name BuildKit pushed is there, the
 * others are manifest PUTs; an immutable tag that exists is skipped or, holding another image,
 * refused before any tag is written (BuildKit pushed by digest, which names none).
 */
async function tagPushedImage(job: BuildxJob, deps: BuildxDeps, digest: string): Promise<PushResult> {
  const addTag = deps.addTag;
  if (!addTag) throw new Error('tagging a pushed image needs the registry API');
  return pushTags(job.tags, {
    attempts: job.attempts,
    // The first fresh tag is the name BuildKit pushed (none on an immutable repository).
    pushOne: async () => digest,
    pushOneFallback: false,
    addTag,
    ...(job.existing ? { existing: new Map(job.existing) } : {}),
    sameImage: async (held) => held === digest,
    log: deps.log,
    ...(deps.renewLogin ? { renewLogin: deps.renewLogin } : {}),
    ...(deps.initialDelayMs !== undefined ? { initialDelayMs: deps.initialDelayMs } : {}),
  }).catch((error: unknown) => {
    throw new StepFailure('push', error);
  });
}
