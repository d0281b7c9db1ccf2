/**
 * A prune over several regions (`replicate-to`): each region has its own listing, plan and report,
 * and this module words what they came to together. The `deleted` entries name their region and the
 * counts are summed, so a run with one region reads as it always did plus the region; the step's
 * failure names every region that failed, why, and where the prune went through. Pure.
 */
import {
  deletedEntries,
  pruneCounts,
  removalFailureMessage,
  type DeletedEntry,
  type PruneOutcome,
} from './report.js';

export interface RegionResult {
  /** The region identifier, e.g. `sa-vinhedo-1`. */
  region: string;
  /** The region's report; undefined when its prune stopped before it had one (see `error`). */
  outcome?: PruneOutcome;
  /** Why the region's prune stopped, with the advice; undefined when it ran to its report. */
  error?: string;
}

/** One entry of the `deleted` output: a removed tag (null: an untagged image deleted), and where. */
export interface RegionDeletedEntry extends DeletedEntry {
  region: string;
}

export interface RegionOutputs {
  /** `deleted`: region by region, in the order the regions were given (the primary first). */
  deleted: RegionDeletedEntry[];
  /** `kept-count`: the images that remain, summed over the regions that reported. */
  keptCount: number;
}

export function regionOutputs(results: RegionResult[]): RegionOutputs {
  const reported = results.flatMap(({ region, outcome }) => (outcome ? [{ region, outcome }] : []));
  return {
    deleted: reported.flatMap(({ region, outcome }) =>
      deletedEntries(outcome).map((entry) => ({ ...entry, region })),
    ),
    keptCount: reported.reduce((sum, { outcome }) => sum + pruneCounts(outcome).keptImages, 0),
  };
}

/**
 * The step's failure, or undefined when every region went through. One region: its own message, as
 * a run without `replicate-to` always said it. Several: which failed and why, and which went through.
 */
export function regionsFailure(results: RegionResult[]): string | undefined {
  const failed = results.flatMap(({ region, outcome, error }) => {
    const reason = error ?? (outcome ? removalFailureMessage(outcome) : undefined);
    return reason === undefined ? [] : [{ region, reason }];
  });
  if (failed.length === 0) return undefined;
  if (results.length === 1) return failed[0]!.reason;
  const failedRegions = new Set(failed.map(({ region }) => region));
  const through = results.map(({ region }) => region).filter((region) => !failedRegions.has(region));
  const elsewhere =
    through.length === 0
      ? 'it went through in no region'
      : `it went through in ${through.join(', ')} (the job summary and the deleted output say what was removed)`;
  return [
    `The prune failed in ${count(failed.length, 'region')} of ${results.length}, ${[...failedRegions].join(', ')}; ${elsewhere}.`,
    ...failed.map(({ region, reason }) => `${region}: ${reason}`),
  ].join('\n');
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
