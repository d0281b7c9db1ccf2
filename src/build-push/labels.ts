/**
 * Image labels: the OCI annotation keys (org.opencontainers.image.*) derived from the git context,
 * and the user's `labels` input, which the caller merges over them.
 */
import type { GitContext } from '../github/context.js';
import { ActionError, InputError } from '../common/errors.js';

const OCI = 'org.opencontainers.image';

/**
 * source/url: the repository page; revision: the commit the tags name (the PR head on pull
 * requests); version: the primary tag. Values the run cannot know (a local run without
 * GITHUB_REPOSITORY) are left out rather than set to ''.
 */
export function ociLabels(ctx: GitContext, o: { version: string; created: Date }): Record<string, string> {
  const candidates: Record<string, string> = {
    [`${OCI}.source`]: ctx.repositoryUrl,
    [`${OCI}.revision`]: ctx.sha,
    [`${OCI}.created`]: o.created.toISOString(),
    [`${OCI}.version`]: o.version,
    [`${OCI}.title`]: ctx.repository.split('/').pop() ?? '',
    [`${OCI}.url`]: ctx.repositoryUrl,
  };
  return Object.fromEntries(Object.entries(candidates).filter(([, value]) => value !== ''));
}

/** Where the image's creation time may come from, in the order they are asked. */
export interface CreatedTimeSources {
  /** The SOURCE_DATE_EPOCH environment variable as set: seconds since 1970 (reproducible-builds.org). */
  sourceDateEpoch: string | undefined;
  /** The commit's time as the event payload gives it (push events do). */
  eventCommitTime: string | undefined;
  /** Asks the checkout for the commit's time; called only when nothing before it answered. */
  checkoutCommitTime: () => Promise<string | undefined>;
  now: () => Date;
}

export interface CreatedTime {
  created: Date;
  /** Where it came from, for the log. */
  source: string;
}

/**
 * `org.opencontainers.image.created`: the commit's time rather than the build's, so that building
 * one commit again yields the very same labels, hence (with a warm cache) the same image id and
 * digest; on an immutable repository the rebuilt image then matches the tags already pushed.
 * The clock only when no commit time is known.
 */
export async function imageCreatedTime(sources: CreatedTimeSources): Promise<CreatedTime> {
  const epoch = sources.sourceDateEpoch?.trim();
  if (epoch) return { created: parseSourceDateEpoch(epoch), source: 'SOURCE_DATE_EPOCH' };
  const fromEvent = validTime(sources.eventCommitTime);
  if (fromEvent) return { created: fromEvent, source: 'the commit time in the event' };
  const fromCheckout = validTime(await sources.checkoutCommitTime());
  if (fromCheckout) return { created: fromCheckout, source: 'the commit time in the checkout' };
  return { created: sources.now(), source: 'the clock (no commit time known)' };
}

/** A malformed SOURCE_DATE_EPOCH fails the build, as reproducible-builds.org asks of build tools. */
export function parseSourceDateEpoch(value: string): Date {
  const seconds = /^\d+$/.test(value) ? Number(value) : NaN;
  const date = new Date(seconds * 1000);
  if (!Number.isSafeInteger(seconds) || Number.isNaN(date.getTime())) {
    throw new ActionError(
      `SOURCE_DATE_EPOCH '${value}' is not a whole number of seconds since 1970 (for example 1760000000, ` +
        `from git log -1 --format=%ct). Unset it to use the commit time.`,
    );
  }
  return date;
}

function validTime(text: string | undefined): Date | undefined {
  const date = text ? new Date(text) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

/**
 * The `labels` input: `key=value` lines (newline-separated only: values may hold commas). The value
 * is everything after the first `=`; blank lines and `#` comments are skipped; a later line wins.
 */
export function parseLabels(input: string): Record<string, string> {
  const labels: Record<string, string> = {};
  input.split(/\r?\n/).forEach((rawLine, index) => {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) return;
    const equals = line.indexOf('=');
    const key = equals === -1 ? '' : line.slice(0, equals).trim();
    if (key === '' || /\s/.test(key)) {
      throw new InputError(
        'labels',
        `line ${index + 1} '${line}' is not key=value`,
        `${OCI}.vendor=ACME Corp`,
      );
    }
    labels[key] = line.slice(equals + 1).trim();
  });
  return labels;
}
