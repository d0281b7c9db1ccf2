/**
 * Carries out a prune plan against the registry: whole images deleted, selected tags removed from
 * images that keep others, a bounded number at a time. Every removal is attempted and its outcome
 * recorded, so a partial failure reports exactly what was and was not removed. What is already gone
 * (someone else deleted it meanwhile) counts as removed: the wanted state holds.
 */
import { mapConcurrent } from '../common/concurrency.js';
import { oneLineFailure } from '../common/errors.js';
import type { RegistryImage } from '../oci/images.js';
import type { PrunePlan } from './select.js';

export interface Removal {
  image: RegistryImage;
  /** `delete`: the whole image; `untag`: only `tags`, the image keeps its other tags. */
  kind: 'delete' | 'untag';
  tags: string[];
}

export interface RemovalOutcome extends Removal {
  /** The tags that are gone from the image after this run (all of `tags` on success). */
  removed: string[];
  /** Why the removal failed, when it did; `removed` then says how far an untag got. */
  error?: string;
}

export interface RegistryWriter {
  deleteImage(imageId: string): Promise<void>;
  removeVersion(imageId: string, version: string): Promise<void>;
  isNotFound(error: unknown): boolean;
}

export interface ExecuteOptions {
  concurrency: number;
  /** Called at most every `progressEveryMs` while removals are running, and once at the end. */
  progress: (done: number, total: number, failed: number) => void;
  progressEveryMs?: number;
}

/** Deletions first, then untaggings, in plan order (newest first). */
export function removalsOf(plan: PrunePlan): Removal[] {
  return [
    ...plan.delete.map(({ image, tags }) => ({ image, kind: 'delete' as const, tags })),
    ...plan.untag.map(({ image, tags }) => ({ image, kind: 'untag' as const, tags })),
  ];
}

export async function executeRemovals(
  removals: Removal[],
  registry: RegistryWriter,
  options: ExecuteOptions,
): Promise<RemovalOutcome[]> {
  let done = 0;
  let failed = 0;
  const report = () => options.progress(done, removals.length, failed);
  const timer = setInterval(report, options.progressEveryMs ?? 5_000);
  try {
    return await mapConcurrent(removals, options.concurrency, async (removal) => {
      const outcome = await attempt(removal, registry);
      done += 1;
      if (outcome.error !== undefined) failed += 1;
      return outcome;
    });
  } finally {
    clearInterval(timer);
    report();
  }
}

async function attempt(removal: Removal, registry: RegistryWriter): Promise<RemovalOutcome> {
  const removed: string[] = [];
  const gone = async (operation: () => Promise<void>) => {
    try {
      await operation();
    } catch (error) {
      if (!registry.isNotFound(error)) throw error;
    }
  };
  try {
    if (removal.kind === 'delete') {
      await gone(() => registry.deleteImage(removal.image.id));
      removed.push(...removal.tags);
    } else {
      // One tag at a time: OCIR removes one version per request.
      for (const tag of removal.tags) {
        await gone(() => registry.removeVersion(removal.image.id, tag));
        removed.push(tag);
      }
    }
    return { ...removal, removed };
  } catch (error) {
    return { ...removal, removed, error: oneLineFailure(error) };
  }
}
