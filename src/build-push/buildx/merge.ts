/**
 * `merge-digests`: the digests pushed by the `push-by-digest` jobs joined into one index, tagged
 * with every tag (`imagetools create`). A dry run first gives the index's digest on any buildx, so
 * an immutable tag is checked before anything is written.
 */
import { StepFailure } from '../../common/errors.js';
import { withRetries } from '../../common/retry.js';
import { DockerError } from '../docker/cli.js';
import { classifyFailure } from '../docker/parse.js';
import { assertNoTagMoves, type PushResult, type TagReference } from '../push.js';
import type { BuildxDeps } from './build.js';
import { digestReference, imagetoolsCreateArgv, parseImagetoolsDryRun } from './imagetools.js';
import type { PlatformManifest } from './metadata.js';
import type { BuildxChoice } from './select.js';

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

function withTransientRetries<T>(
  job: Pick<MergeJob, 'attempts'>,
  deps: BuildxDeps,
  tag: TagReference,
  operation: () => Promise<T>,
): Promise<T> {
  return withRetries(operation, {
    attempts: job.attempts,
    initialDelayMs: deps.initialDelayMs ?? 2000,
    isRetryable: (error) => error instanceof DockerError && classifyFailure(error.output) === 'transient',
    onRetry: (_error, number, delayMs) =>
      deps.log(
        `Tagging ${tag.reference} failed for a transient reason (attempt ${number}); retrying in ${delayMs / 1000}s`,
      ),
    ...(deps.sleep ? { sleep: deps.sleep } : {}),
  });
}
