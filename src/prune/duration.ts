/**
 * Durations of the prune action: `older-than` as written by the user (`90m`, `12h`, `30d`), the same
 * value written back for messages, and ages shown to a human in the job summary (`3d 4h`, `45m`).
 */
import { InputError } from '../common/errors.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Largest unit first, so that formatting picks the coarsest exact one. */
const UNITS: ReadonlyArray<readonly [suffix: string, ms: number]> = [
  ['d', DAY],
  ['h', HOUR],
  ['m', MINUTE],
];

const DURATION = /^(\d+)([mhd])$/;

/**
 * Milliseconds of a duration input: a positive whole number and one unit, m, h or d. No weeks,
 * seconds or fractions: a retention rule reads best in these three, and anything else is a typo.
 */
export function parseDuration(name: string, text: string): number {
  const match = DURATION.exec(text.trim());
  const count = match ? Number(match[1]) : NaN;
  const unit = UNITS.find(([suffix]) => suffix === match?.[2]);
  if (!unit || !Number.isSafeInteger(count) || count <= 0 || !Number.isSafeInteger(count * unit[1])) {
    throw new InputError(
      name,
      `expected a positive whole number and a unit, m (minutes), h (hours) or d (days), got '${text}'`,
      '30d',
    );
  }
  return count * unit[1];
}

/** A duration in the coarsest unit that states it exactly (`30d`, `36h`, `90m`): the input's own words. */
export function formatDuration(ms: number): string {
  const [suffix, size] = UNITS.find(([, unitMs]) => ms % unitMs === 0 && ms >= unitMs) ?? ['m', MINUTE];
  return `${Math.round(ms / size)}${suffix}`;
}

/**
 * How long ago, for a human: the two largest non-zero units (`3d 4h`, `2h 5m`, `45m`), `<1m` under a
 * minute. A time in the future (clock skew between the registry and the runner) reads as `<1m`.
 */
export function humanAge(ms: number): string {
  let rest = Math.max(0, Math.floor(ms / MINUTE)) * MINUTE;
  const parts: string[] = [];
  for (const [suffix, size] of UNITS) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count > 0 || parts.length > 0) parts.push(`${count}${suffix}`);
  }
  const shown = parts.slice(0, 2).filter((part) => !/^0/.test(part));
  return shown.length > 0 ? shown.join(' ') : '<1m';
}
