/**
 * Carries out a prune plan against the registry: whole images deleted, selected tags removed from
 * images that keep others, a bounded number at a time. Every removal is attempted and its outcome
 * recorded, so a partial failure reports exactly what was and was not removed. What is already gone
 * (someone else deleted it meanwhile) counts as removed: the wanted state holds.
 *
 * Every write is conditioned on the etag of the read it was planned from. An image changed since
 * (a release tagged it meanwhile) answers 412: `executePlan` reads it again, plans it again with the
 * same rules and acts on that plan, a bounded number of rounds. Nothing is read again otherwise.
 */
import { mapConcurrent } from '../common/concurrency.js';
import { oneLineFailure } from '../common/errors.js';
import type { RegistryImage } from '../oci/images.js';
import type { PrunePlan } from './select.js';

/** Rounds of "read again, plan again, act" for images that keep changing, the first write included. */
export const MAX_ROUNDS = 3;

/** What the log and the job summary say about an image planned again. */
export const CHANGED_DURING_RUN = 'changed during the run: planned again';

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
  /** The image changed since it was read (412): nothing more was written; read it and plan it again. */
  changed?: boolean;
}

export interface RegistryWriter {
  /** Only when the image's etag is still `ifMatch` (when given). */
  deleteImage(imageId: string, ifMatch?: string): Promise<void>;
  /** Likewise; resolves to the image's new etag, which the next untag of the same image is conditioned on. */
  removeVersion(imageId: string, version: string, ifMatch?: string): Promise<string | undefined>;
  isNotFound(error: unknown): boolean;
  /** The write found the image changed since the read (412). */
  isChanged(error: unknown): boolean;
}

export interface PlanWriter extends RegistryWriter {
  /** The image as it is now, with its etag; undefined when it is gone. */
  readImage(imageId: string): Promise<RegistryImage | undefined>;
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
  let etag = removal.image.etag;
  const gone = async <T>(operation: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await operation();
    } catch (error) {
      if (!registry.isNotFound(error)) throw error;
      return undefined;
    }
  };
  try {
    if (removal.kind === 'delete') {
      await gone(() => registry.deleteImage(removal.image.id, etag));
      removed.push(...removal.tags);
    } else {
      // One tag at a time: OCIR removes one version per request. Each answer carries the etag the
      // next one is conditioned on; a tag already gone leaves the last one known.
      for (const tag of removal.tags) {
        etag = (await gone(() => registry.removeVersion(removal.image.id, tag, etag))) ?? etag;
        removed.push(tag);
      }
    }
    return { ...removal, removed };
  } catch (error) {
    if (registry.isChanged(error)) return { ...removal, removed, changed: true };
    return { ...removal, removed, error: oneLineFailure(error) };
  }
}

export interface PlanExecution {
  /** The plan as carried out: an image planned again appears with its last plan. */
  plan: PrunePlan;
  /** One per removal of `plan`, in `removalsOf(plan)` order. */
  outcomes: RemovalOutcome[];
  /** Ids of the images that changed during the run and were planned again. */
  replanned: string[];
}

export interface PlanExecuteOptions extends ExecuteOptions {
  /**
   * The plan of the same rules over the run's snapshot with these images as they are now; only
   * their entries are used.
   */
  replan: (fresh: RegistryImage[]) => PrunePlan;
  /** Called for each image that changed, before it is read again. */
  onChanged?: (image: RegistryImage) => void;
  maxRounds?: number;
}

/**
 * `executeRemovals`, then for every image that answered 412: read it again, plan it again and act
 * on the new plan, up to `maxRounds` rounds in all. An image still changing after that is left as
 * it is and reported failed; one gone meanwhile counts as removed. Tags an untag removed before its
 * image changed stay counted as removed.
 */
export async function executePlan(
  plan: PrunePlan,
  registry: PlanWriter,
  options: PlanExecuteOptions,
): Promise<PlanExecution> {
  const maxRounds = options.maxRounds ?? MAX_ROUNDS;
  let current = plan;
  const outcomes = new Map<string, RemovalOutcome>();
  /** Tags removed from an image in the rounds before it changed. */
  const earlier = new Map<string, string[]>();
  const replanned = new Set<string>();
  const withEarlier = (outcome: RemovalOutcome, extra: Partial<RemovalOutcome> = {}): RemovalOutcome => {
    const before = earlier.get(outcome.image.id) ?? [];
    const result = { ...outcome, ...extra };
    return { ...result, tags: [...before, ...result.tags], removed: [...before, ...result.removed] };
  };

  let pending = removalsOf(plan);
  for (let round = 1; pending.length > 0; round++) {
    const results = await executeRemovals(pending, registry, options);
    const changed = results.filter((outcome) => outcome.changed);
    for (const outcome of results) if (!outcome.changed) outcomes.set(outcome.image.id, withEarlier(outcome));
    if (changed.length === 0) break;
    if (round === maxRounds) {
      const error = `changed during the run ${maxRounds} times, read and planned again each time; left as it is`;
      for (const outcome of changed)
        outcomes.set(outcome.image.id, withEarlier(outcome, { changed: false, error }));
      break;
    }
    for (const outcome of changed) options.onChanged?.(outcome.image);
    const reads = await mapConcurrent(changed, options.concurrency, (outcome) =>
      registry.readImage(outcome.image.id),
    );
    const fresh: RegistryImage[] = [];
    changed.forEach((outcome, index) => {
      const image = reads[index];
      if (image === undefined) {
        // Gone meanwhile: what was planned holds, its tags are gone with it.
        outcomes.set(outcome.image.id, withEarlier(outcome, { changed: false, removed: [...outcome.tags] }));
        return;
      }
      fresh.push(image);
      replanned.add(image.id);
      earlier.set(image.id, [...(earlier.get(image.id) ?? []), ...outcome.removed]);
    });
    if (fresh.length === 0) break;
    const ids = new Set(fresh.map((image) => image.id));
    const again = options.replan(fresh);
    current = replaceEntries(current, again, ids);
    pending = removalsOf(again).filter((removal) => ids.has(removal.image.id));
  }

  const final = withEarlierRemovals(current, earlier);
  const ordered = removalsOf(final).map((removal): RemovalOutcome => {
    const outcome = outcomes.get(removal.image.id);
    if (outcome !== undefined) return outcome;
    // Kept by its new plan, after an earlier round had removed some of its tags.
    const removed = earlier.get(removal.image.id);
    return removed ? { ...removal, removed } : { ...removal, removed: [], error: 'not attempted' };
  });
  return { plan: final, outcomes: ordered, replanned: [...replanned] };
}

/** `plan` with the entries of the images `ids` taken from `again` instead. */
export function replaceEntries(plan: PrunePlan, again: PrunePlan, ids: ReadonlySet<string>): PrunePlan {
  const pick = <T extends { image: RegistryImage }>(from: T[], instead: T[]): T[] => [
    ...from.filter((entry) => !ids.has(entry.image.id)),
    ...instead.filter((entry) => ids.has(entry.image.id)),
  ];
  return {
    delete: pick(plan.delete, again.delete),
    untag: pick(plan.untag, again.untag),
    keep: pick(plan.keep, again.keep),
  };
}

/**
 * Tags removed before an image changed belong to its final entry: a delete or untag lists them
 * first, and an image the new plan keeps becomes an untag of those tags.
 */
export function withEarlierRemovals(plan: PrunePlan, earlier: ReadonlyMap<string, string[]>): PrunePlan {
  const before = (image: RegistryImage) => earlier.get(image.id) ?? [];
  return {
    delete: plan.delete.map((entry) => ({ ...entry, tags: [...before(entry.image), ...entry.tags] })),
    untag: [
      ...plan.untag.map((entry) => ({ ...entry, tags: [...before(entry.image), ...entry.tags] })),
      ...plan.keep
        .filter((entry) => before(entry.image).length > 0)
        .map(({ image, reasons }) => ({
          image,
          tags: before(image),
          kept: reasons.map((kept) => kept.tag),
          reasons,
        })),
    ],
    keep: plan.keep.filter((entry) => before(entry.image).length === 0),
  };
}
