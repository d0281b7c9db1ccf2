/**
 * The build phase on either backend: which one runs and why (decided before any side effect), and
 * the buildx path: `docker buildx build` pushing every tag at once, its result read from the
 * metadata file, transient push failures retried (the cached build repeats only the push), and
 * immutable tags neither moved nor half-pushed. Also the merge of digests pushed by other jobs.
 * Commands come in through `Buildx`, so tests specify the exact argv of every decision.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ActionError, StepFailure } from '../../common/errors.js';
import { withRetries } from '../../common/retry.js';
import { chooseBackend, type BackendChoice } from './backend.js';
import { buildxBuildArgv, buildxEnvironment, type BuildxOutput } from './build-args.js';
import { capabilityProblems, SETUP_FIX, type BuildRequest } from './capability.js';
import {
  digestReference,
  imagetoolsCreateArgv,
  imagetoolsInspectRawArgv,
  parseImagetoolsDryRun,
} from './imagetools.js';
import { parseBuildMetadata, parseImageIndex, type PlatformManifest } from './metadata.js';
import { buildErrorLine, describeBuildFailure } from '../docker/build-failure.js';
import type { Buildx } from '../docker/buildx-cli.js';
import { DockerError } from '../docker/cli.js';
import { classifyFailure } from '../docker/parse.js';
import { NO_BUILDX_INPUTS, type BuildInputs, type BuildxInputs, type Inputs } from '../inputs.js';
import type { PushResult, TagReference } from '../push.js';

export type BuildxChoice = Extract<BackendChoice, { backend: 'buildx' }>;

/** What the inputs ask of the builder, for capabilityProblems. */
export function buildRequest(inputs: Pick<Inputs, 'build' | 'buildx'>): BuildRequest {
  const buildx = inputs.buildx ?? NO_BUILDX_INPUTS;
  return {
    platforms: buildx.platforms,
    cacheFrom: inputs.build.cacheFrom,
    cacheTo: buildx.cacheTo,
    attestations: buildx.provenance !== undefined || buildx.sbom !== undefined,
    load: buildx.load,
    pushByDigest: buildx.pushByDigest,
    buildContexts: buildx.buildContexts.length,
    secrets: buildx.secrets.length + buildx.secretEnvs.length,
    ssh: buildx.ssh.length,
  };
}

/**
 * The backend of this run, from `docker buildx version` and `docker buildx inspect [builder]` (run
 * together: the second costs nothing when buildx is missing). Throws, with the setup fix, when the
 * builder cannot do what the inputs ask: before anything was created, logged in or built.
 */
export async function selectBackend(
  buildx: Buildx,
  inputs: Pick<Inputs, 'build' | 'buildx' | 'mergeDigests'>,
  log: (message: string) => void,
): Promise<BackendChoice> {
  const builder = inputs.buildx?.builder;
  const [version, inspect] = await Promise.all([buildx.version(), buildx.inspect(builder)]);
  let choice: BackendChoice;
  try {
    choice = chooseBackend({
      version,
      ...(version.exitCode === 0 ? { inspect } : {}),
      ...(builder ? { builder } : {}),
    });
  } catch (error) {
    throw new ActionError(error instanceof Error ? error.message : String(error));
  }
  log(`Backend: ${choice.backend === 'buildx' ? 'docker buildx build' : 'docker build'} (${choice.reason})`);
  const problems = capabilityProblems(choice, buildRequest(inputs));
  if (inputs.mergeDigests && choice.backend === 'legacy') {
    problems.push(
      `'merge-digests' needs docker buildx (imagetools create), which is not installed: ${SETUP_FIX}`,
    );
  }
  if (problems.length > 0) throw new ActionError(problems.join('\n'));
  return choice;
}

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
  /** On the immutable path: put the pushed manifest under one more tag, as is (the registry API). */
  addTag?: (tag: TagReference, digest: string) => Promise<string>;
  initialDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface BuildxOutcome {
  /** The local image id, only when the image was loaded into the local store; else empty. */
  imageId: string;
  /** Present when the image reached the registry. */
  pushed?: PushResult;
  /** Each platform's manifest digest, when the registry has them (an index lists several). */
  platforms: PlatformManifest[];
}

/**
 * How the result leaves the builder. A repository with some of the tags already there (immutable)
 * is pushed by digest first: buildx cannot leave one tag out, and nothing may be tagged before the
 * digest is known not to move an existing tag.
 */
export function buildxOutput(
  job: Pick<BuildxJob, 'buildx' | 'push' | 'repository' | 'tags' | 'existing'>,
): BuildxOutput {
  const references = job.tags.map((tag) => tag.reference);
  if (!job.push) {
    // Several platforms fit in the local store only when asked (capability checks the builder).
    return job.buildx.load || job.buildx.platforms.length <= 1
      ? { kind: 'load', tags: references }
      : { kind: 'none', tags: references };
  }
  if (job.buildx.pushByDigest || job.tags.some((tag) => job.existing?.has(tag.name))) {
    return { kind: 'push-by-digest', repository: job.repository };
  }
  return { kind: 'push', tags: references, load: job.buildx.load };
}

/** The failure behind buildx's error line: whether another attempt may cure it. */
export function pushFailureKind(errorLine: string): 'transient' | 'unauthorized' | undefined {
  // A failing RUN may print anything; only the push's own failure is the registry's.
  if (/did not complete successfully/i.test(errorLine)) return undefined;
  if (
    !/failed to push|unexpected status from (PUT|POST|PATCH|HEAD)|failed commit on ref|failed to copy|error writing (layer|manifest)|exporting to image/i.test(
      errorLine,
    )
  ) {
    return undefined;
  }
  if (/\b401\b|unauthori[sz]ed|authentication required/i.test(errorLine)) return 'unauthorized';
  return classifyFailure(errorLine) === 'transient' ? 'transient' : undefined;
}

class BuildxPushFailure extends DockerError {
  readonly kind: 'transient' | 'unauthorized' | undefined;

  constructor(line: string, exitCode: number) {
    super('buildx build', line, exitCode);
    this.kind = pushFailureKind(line);
  }
}

/** Builds with buildx and, when the plan pushes, pushes every tag in one go. */
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
    await runBuild(argv, env, job, deps);

    const metadata = parseBuildMetadata(await readFile(metadataFile, 'utf8').catch(() => ''));
    const imageId = iidfile ? (await readFile(iidfile, 'utf8').catch(() => '')).trim() : '';
    if (!pushes) return { imageId, platforms: [] };

    const digest = metadata.digest;
    if (!digest) {
      throw new StepFailure(
        'push',
        new ActionError(
          'buildx pushed, but its metadata file names no digest (containerimage.digest): the push cannot be verified',
        ),
      );
    }
    if (output.kind === 'push') {
      const missing = output.tags.filter((reference) => !metadata.imageNames.includes(reference));
      if (metadata.imageNames.length > 0 && missing.length > 0) {
        throw new StepFailure(
          'push',
          new ActionError(
            `buildx reports pushing ${metadata.imageNames.join(', ')} but not ${missing.join(', ')}`,
          ),
        );
      }
    }
    const platforms = await platformManifests(job, deps, digest, metadata);
    const pushed =
      output.kind === 'push'
        ? { digest, pushed: job.tags.map((tag) => tag.name), unchanged: [] }
        : job.buildx.pushByDigest
          ? { digest, pushed: [], unchanged: [] }
          : await tagOnImmutable(job, deps, digest);
    return { imageId, pushed, platforms };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function runBuild(
  argv: string[],
  env: Record<string, string>,
  job: BuildxJob,
  deps: BuildxDeps,
): Promise<void> {
  const attempt = () =>
    withRetries(
      async () => {
        try {
          await deps.buildx.run(argv, env);
        } catch (error) {
          if (!(error instanceof DockerError)) throw error;
          const line = buildErrorLine(error.output);
          const failure = line === undefined ? undefined : new BuildxPushFailure(line, 1);
          if (failure?.kind !== undefined) throw failure;
          // The build's own failure: BuildKit's error line and advice, not its progress output.
          throw new StepFailure('build', new ActionError(describeBuildFailure(error.output)));
        }
      },
      {
        attempts: job.attempts,
        initialDelayMs: deps.initialDelayMs ?? 2000,
        isRetryable: (error) => error instanceof BuildxPushFailure && error.kind === 'transient',
        onRetry: (error, number, delayMs) =>
          deps.log(
            `The push failed for a transient reason (attempt ${number}): ${(error as BuildxPushFailure).output}; building again from cache in ${delayMs / 1000}s`,
          ),
        ...(deps.sleep ? { sleep: deps.sleep } : {}),
      },
    );
  try {
    await attempt().catch(async (error: unknown) => {
      const renew = deps.renewLogin;
      if (
        !(error instanceof BuildxPushFailure) ||
        error.kind !== 'unauthorized' ||
        !renew ||
        !(await renew())
      ) {
        throw error;
      }
      deps.log('The registry refused the push as unauthorized: logged in again, pushing once more');
      await attempt();
    });
  } catch (error) {
    throw error instanceof BuildxPushFailure ? new StepFailure('push', error) : error;
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
 * Immutable repository: the image went up by digest only. An existing tag holding another image
 * fails the run before any tag is written; the missing tags then get the manifest as it is.
 */
async function tagOnImmutable(job: BuildxJob, deps: BuildxDeps, digest: string): Promise<PushResult> {
  const existing = job.existing ?? new Map<string, string>();
  assertNoTagMoves(job.tags, existing, digest);
  const fresh = job.tags.filter((tag) => !existing.has(tag.name));
  if (fresh.length > 0) {
    const addTag = deps.addTag;
    if (!addTag) throw new Error('tagging on an immutable repository needs the registry API');
    const outcomes = await Promise.allSettled(
      fresh.map((tag) => withTransientRetries(job, deps, tag, () => addTag(tag, digest))),
    );
    const failure = outcomes.find((outcome) => outcome.status === 'rejected');
    if (failure) throw new StepFailure('push', failure.reason);
    const other = outcomes.flatMap((outcome) =>
      outcome.status === 'fulfilled' && outcome.value !== digest ? [outcome.value] : [],
    );
    if (other.length > 0) {
      throw new StepFailure(
        'push',
        new ActionError(
          `The registry stored ${other.join(', ')} for tags of ${digest}; another push may be racing this one.`,
        ),
      );
    }
    deps.log(`Tagged ${fresh.map((tag) => tag.name).join(', ')} with ${digest}`);
  }
  const unchanged = job.tags.filter((tag) => existing.has(tag.name)).map((tag) => tag.name);
  for (const name of unchanged)
    deps.log(`Tag ${name} already holds ${digest} on this immutable repository: skipped`);
  return { digest, pushed: fresh.map((tag) => tag.name), unchanged };
}

function withTransientRetries<T>(
  job: Pick<BuildxJob, 'attempts'>,
  deps: BuildxDeps,
  tag: TagReference,
  operation: () => Promise<T>,
): Promise<T> {
  return withRetries(operation, {
    attempts: job.attempts,
    initialDelayMs: deps.initialDelayMs ?? 2000,
    isRetryable: (error) =>
      (typeof error === 'object' &&
        error !== null &&
        (error as { transient?: unknown }).transient === true) ||
      (error instanceof DockerError && classifyFailure(error.output) === 'transient'),
    onRetry: (_error, number, delayMs) =>
      deps.log(
        `Tagging ${tag.reference} failed for a transient reason (attempt ${number}); retrying in ${delayMs / 1000}s`,
      ),
    ...(deps.sleep ? { sleep: deps.sleep } : {}),
  });
}

/** Immutable tags cannot move: any requested tag already holding another image fails the run. */
export function assertNoTagMoves(
  tags: readonly TagReference[],
  existing: ReadonlyMap<string, string>,
  digest: string,
): void {
  const moved = tags.filter((tag) => existing.has(tag.name) && existing.get(tag.name) !== digest);
  if (moved.length > 0) {
    throw new StepFailure(
      'push',
      new ActionError(
        `The repository is immutable and ${moved.map((tag) => `'${tag.name}' (${existing.get(tag.name)})`).join(', ')} already ` +
          `hold${moved.length === 1 ? 's' : ''} another image than ${digest}. Immutable tags cannot be moved: push a new tag ` +
          `(a version or the commit sha) instead. No tag was written.`,
      ),
    );
  }
}

export interface MergeJob {
  choice: BuildxChoice;
  repository: string;
  tags: TagReference[];
  /** The digests pushed by the push-by-digest jobs. */
  digests: readonly string[];
  existing?: ReadonlyMap<string, string>;
  attempts: number;
}

export interface MergeOutcome {
  pushed: PushResult;
  platforms: PlatformManifest[];
}

/**
 * Joins the digests into one index tagged with every tag (`imagetools create`). A dry run first
 * gives the index's digest on any buildx, so an immutable tag is checked before anything is written.
 */
export async function mergeDigests(job: MergeJob, deps: BuildxDeps): Promise<MergeOutcome> {
  const sources = job.digests.map((digest) => digestReference(job.repository, digest));
  const builder = job.choice.builder;
  const printed = await deps.buildx.query(
    imagetoolsCreateArgv({ tags: [], sources, dryRun: true, ...(builder ? { builder } : {}) }),
  );
  let digest: string;
  let platforms: PlatformManifest[];
  try {
    const dryRun = parseImagetoolsDryRun(printed);
    digest = dryRun.digest;
    platforms = dryRun.index.manifests;
  } catch (error) {
    // One source of a buildx that copies it as it is: the index is that image itself.
    if (job.digests.length !== 1) throw error;
    digest = job.digests[0]!;
    platforms = [];
  }
  deps.log(`Index of ${job.digests.length} image(s): ${digest}`);
  const existing = job.existing ?? new Map<string, string>();
  assertNoTagMoves(job.tags, existing, digest);
  const fresh = job.tags.filter((tag) => !existing.has(tag.name));
  if (fresh.length > 0) {
    await deps.beforePush?.();
    const argv = imagetoolsCreateArgv({
      tags: fresh.map((tag) => tag.reference),
      sources,
      ...(builder ? { builder } : {}),
    });
    await withTransientRetries(job, deps, fresh[0]!, () => deps.buildx.run(argv)).catch((error: unknown) => {
      throw new StepFailure('push', error);
    });
  }
  const unchanged = job.tags.filter((tag) => existing.has(tag.name)).map((tag) => tag.name);
  for (const name of unchanged)
    deps.log(`Tag ${name} already holds ${digest} on this immutable repository: skipped`);
  return { pushed: { digest, pushed: fresh.map((tag) => tag.name), unchanged }, platforms };
}
