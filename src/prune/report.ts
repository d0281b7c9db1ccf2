/**
 * What a prune run reports, from its plan and what happened to each removal: the `deleted` output,
 * the counts behind `deleted-count` and `kept-count`, one row per tag for the log, and the job
 * summary. Pure: the executor gathers the outcome, this module only words it.
 */
import type { RegistryImage } from '../oci/images.js';
import { humanAge } from './duration.js';
import { CHANGED_DURING_RUN, type RemovalOutcome } from './execute.js';
import type { PrunePlan } from './select.js';

export interface PruneOutcome {
  /** Shown in the summary heading when given, e.g. `project-x/api`. */
  repository?: string;
  /** The region pruned, shown in the summary heading when given: one section per region. */
  region?: string;
  plan: PrunePlan;
  /** Nothing was changed: every planned removal is reported as what would be done. */
  dryRun: boolean;
  /**
   * What the executor did, one entry per planned removal (`removalsOf(plan)`); ignored in a dry run.
   * A planned removal with no entry here is reported as failed (`not attempted`): nothing is
   * silently skipped.
   */
  outcomes?: RemovalOutcome[];
  /** Images in the repository; the plan may hold fewer (only the images an exact tag lookup found). */
  total: number;
  /** The `now` the plan was made with: ages are measured from it. */
  now: Date;
  /** Lines under the counts in the job summary: the protect set, indexes not read, images planned again. */
  notes?: string[];
  /** Ids of the images that changed during the run and were planned again: their rows say so. */
  replanned?: string[];
}

/** Why a planned removal did not happen (tag null: the whole image's delete); undefined when it did. */
type FailureOf = (image: RegistryImage, tag: string | null) => string | undefined;

export const NOT_ATTEMPTED = 'not attempted';

/** One entry of the `deleted` output: a removed tag, or null for an untagged image deleted. */
export interface DeletedEntry {
  tag: string | null;
  digest: string;
}

export type RowKind = 'failed' | 'delete' | 'untag' | 'keep';

/** One line of the report: a tag (null for an untagged image) and what happened to it. */
export interface ReportRow {
  kind: RowKind;
  tag: string | null;
  digest: string;
  /** Since the tag was pushed (the image was created, for an untagged image): `3d 4h`. */
  age: string;
  /** `delete`, `untag`, `keep (<why>)` or `failed: <why>`. */
  action: string;
}

export interface PruneCounts {
  /** Images deleted (would be, in a dry run). */
  deletedImages: number;
  /** Images that lost some tags and keep others. */
  untaggedImages: number;
  /** Tags removed from those images. */
  untaggedTags: number;
  /** Entries of the `deleted` output: `deleted-count`. */
  deletedEntries: number;
  /** Images that remain in the repository: `kept-count`. */
  keptImages: number;
  /** Planned removals that failed (whole images and single tags). */
  failed: number;
}

/** At most this many table rows in the job summary; the log and the `deleted` output hold everything. */
export const SUMMARY_ROW_LIMIT = 500;

const ROW_ORDER: readonly RowKind[] = ['failed', 'delete', 'untag', 'keep'];

/** The `deleted` output: one entry per tag removed (would be removed, in a dry run), plan order. */
export function deletedEntries(outcome: PruneOutcome): DeletedEntry[] {
  const failureOf = failureLookup(outcome);
  const fromDeletes = outcome.plan.delete
    .filter(({ image }) => failureOf(image, null) === undefined)
    .flatMap(({ image, tags }): DeletedEntry[] =>
      tags.length === 0
        ? [{ tag: null, digest: image.digest }]
        : tags.map((tag) => ({ tag, digest: image.digest })),
    );
  const fromUntags = outcome.plan.untag.flatMap(({ image, tags }) =>
    tags.filter((tag) => failureOf(image, tag) === undefined).map((tag) => ({ tag, digest: image.digest })),
  );
  return [...fromDeletes, ...fromUntags];
}

export function pruneCounts(outcome: PruneOutcome): PruneCounts {
  const failureOf = failureLookup(outcome);
  const { plan } = outcome;
  const deletedImages = plan.delete.filter(({ image }) => failureOf(image, null) === undefined);
  const removedPerUntag = plan.untag.map(
    ({ image, tags }) => tags.filter((tag) => failureOf(image, tag) === undefined).length,
  );
  const failedDeletes = plan.delete.length - deletedImages.length;
  const failedUntags = plan.untag.filter(({ image, tags }) =>
    tags.some((tag) => failureOf(image, tag) !== undefined),
  ).length;
  return {
    deletedImages: deletedImages.length,
    untaggedImages: removedPerUntag.filter((removed) => removed > 0).length,
    untaggedTags: removedPerUntag.reduce((sum, removed) => sum + removed, 0),
    deletedEntries: deletedEntries(outcome).length,
    keptImages: outcome.total - deletedImages.length,
    failed: failedDeletes + failedUntags,
  };
}

/**
 * Names what failed and what was still removed, so nothing is silently skipped; undefined when
 * every removal went through (or nothing was attempted: a dry run).
 */
export function removalFailureMessage(outcome: PruneOutcome): string | undefined {
  const attempted = outcome.dryRun ? [] : (outcome.outcomes ?? []);
  const failures = attempted.filter((entry) => entry.error !== undefined);
  if (failures.length === 0) return undefined;
  const shown = failures.slice(0, 10).map((entry) => {
    const what = entry.kind === 'delete' ? `delete ${entry.image.digest}` : `untag ${entry.tags.join(', ')}`;
    return `  ${what}: ${entry.error}`;
  });
  const more =
    failures.length > shown.length ? `\n  … and ${failures.length - shown.length} more (see the log)` : '';
  return (
    `${failures.length} of ${attempted.length} removal(s) failed; the other ${attempted.length - failures.length} succeeded ` +
    `(the job summary and the deleted output list them):\n${shown.join('\n')}${more}`
  );
}

/** Every tag (and untagged image) with what happened to it: failures first, then deletes, untags, keeps. */
export function reportRows(outcome: PruneOutcome): ReportRow[] {
  const failureOf = failureLookup(outcome);
  const rows = [...deleteRows(outcome, failureOf), ...untagRows(outcome, failureOf), ...keepRows(outcome)];
  // Array.prototype.sort is stable: plan order (newest image first) holds within each kind.
  const sorted = rows.sort((a, b) => ROW_ORDER.indexOf(a.kind) - ROW_ORDER.indexOf(b.kind));
  const replanned = replannedDigests(outcome);
  return sorted.map((entry) =>
    replanned.has(entry.digest) ? { ...entry, action: `${entry.action}; ${CHANGED_DURING_RUN}` } : entry,
  );
}

/** Digests of the images planned again (a digest names one image of a repository). */
function replannedDigests({ plan, replanned = [] }: PruneOutcome): Set<string> {
  if (replanned.length === 0) return new Set();
  const ids = new Set(replanned);
  const entries = [...plan.delete, ...plan.untag, ...plan.keep];
  return new Set(entries.filter(({ image }) => ids.has(image.id)).map(({ image }) => image.digest));
}

/** The job summary: heading (a dry run says so), counts, and a table capped at SUMMARY_ROW_LIMIT rows. */
export function summaryMarkdown(outcome: PruneOutcome): string {
  const rows = reportRows(outcome);
  const notes = (outcome.notes ?? []).flatMap((note) => [note, '']);
  const lines = [heading(outcome), '', countsLine(outcome), '', ...notes];
  if (rows.length === 0) return [...lines, 'Nothing matched: no image to show.', ''].join('\n');

  lines.push('| tag | digest | age | action |', '| --- | --- | --- | --- |');
  for (const row of rows.slice(0, SUMMARY_ROW_LIMIT)) lines.push(tableRow(row));
  const hidden = rows.length - SUMMARY_ROW_LIMIT;
  if (hidden > 0) {
    lines.push(
      '',
      `… and ${count(hidden, 'more row')} not shown: the full list is in the log, and what was removed in the \`deleted\` output.`,
    );
  }
  return [...lines, ''].join('\n');
}

/**
 * Reads the executor's outcomes: a tag is removed when its removal says so; a whole-image delete
 * succeeded when it has no error. In a dry run everything planned counts as removed.
 */
function failureLookup(outcome: PruneOutcome): FailureOf {
  if (outcome.dryRun) return () => undefined;
  const byImage = new Map((outcome.outcomes ?? []).map((result) => [result.image.id, result]));
  return (image, tag) => {
    const result = byImage.get(image.id);
    if (result === undefined) return NOT_ATTEMPTED;
    const removed = tag === null ? result.error === undefined : result.removed.includes(tag);
    return removed ? undefined : (result.error ?? NOT_ATTEMPTED);
  };
}

function heading(outcome: PruneOutcome): string {
  const title = headingOf(outcome.repository, outcome.region);
  return outcome.dryRun ? `${title} (dry run: nothing was changed)` : title;
}

function headingOf(repository: string | undefined, region: string | undefined): string {
  const of = repository ? ` of \`${repository}\`` : '';
  const where = region ? ` in ${region}` : '';
  return `## OCIR prune${of}${where}`;
}

/**
 * The section of a region whose prune stopped before it had a plan to report (no such repository,
 * the listing refused): the reason verbatim, as a block, since advice such as `<group>` is no markup.
 */
export function failedRegionMarkdown(repository: string, region: string, reason: string): string {
  return [`${headingOf(repository, region)}: failed`, '', '```text', reason, '```', ''].join('\n');
}

function countsLine(outcome: PruneOutcome): string {
  const counts = pruneCounts(outcome);
  const deleted = count(counts.deletedImages, 'image');
  const untagged = `${count(counts.untaggedTags, 'tag')} on ${count(counts.untaggedImages, 'image')}`;
  const kept = count(counts.keptImages, 'image');
  if (outcome.dryRun) return `Would delete ${deleted} and untag ${untagged}; ${kept} would remain.`;
  const failed = counts.failed > 0 ? ` **${count(counts.failed, 'removal')} failed** (listed first).` : '';
  return `Deleted ${deleted} and untagged ${untagged}; ${kept} remain.${failed}`;
}

function deleteRows({ plan, now }: PruneOutcome, failureOf: FailureOf): ReportRow[] {
  return plan.delete.flatMap(({ image, tags }) => {
    const failure = failureOf(image, null);
    const kind = failure === undefined ? 'delete' : 'failed';
    const action = failure === undefined ? 'delete' : failedAction(failure);
    return tags.length === 0
      ? [row(kind, image, null, now, action)]
      : tags.map((tag) => row(kind, image, tag, now, action));
  });
}

function untagRows({ plan, now }: PruneOutcome, failureOf: FailureOf): ReportRow[] {
  return plan.untag.flatMap(({ image, tags, reasons }) => [
    ...tags.map((tag) => {
      const failure = failureOf(image, tag);
      return failure === undefined
        ? row('untag', image, tag, now, 'untag')
        : row('failed', image, tag, now, failedAction(failure));
    }),
    ...reasons.map(({ tag, reason }) => row('keep', image, tag, now, `keep (${reason})`)),
  ]);
}

function keepRows({ plan, now }: PruneOutcome): ReportRow[] {
  return plan.keep.flatMap(({ image, reason, reasons }) =>
    reasons.length === 0
      ? [row('keep', image, null, now, `keep (${reason})`)]
      : reasons.map((kept) => row('keep', image, kept.tag, now, `keep (${kept.reason})`)),
  );
}

function row(kind: RowKind, image: RegistryImage, tag: string | null, now: Date, action: string): ReportRow {
  const since = image.versions.find((version) => version.version === tag)?.timeCreated ?? image.timeCreated;
  return { kind, tag, digest: image.digest, age: humanAge(now.getTime() - since.getTime()), action };
}

function failedAction(reason: string): string {
  return `failed: ${reason}`;
}

function tableRow({ tag, digest, age, action }: ReportRow): string {
  const tagCell = tag === null ? '_(untagged)_' : `\`${tag}\``;
  return `| ${tagCell} | \`${shortDigest(digest)}\` | ${age} | ${cell(action)} |`;
}

/** `sha256:` and the first 12 hex digits, as `docker images` shows an id. */
export function shortDigest(digest: string): string {
  return digest.slice(0, 'sha256:'.length + 12);
}

/** A table cell: one line, and a '|' that does not end the cell. */
function cell(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
}

function count(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
}
