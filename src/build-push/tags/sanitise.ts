/** Tag names as OCIR (and the distribution spec) accept them: `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`. */

export const MAX_TAG_LENGTH = 128;

const VALID_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

export function isValidTag(name: string): boolean {
  return VALID_TAG.test(name);
}

/**
 * Turns a generated name (a branch such as `feature/Login`, a prefixed value) into a valid tag:
 * runs of other characters become one `-`, leading `.`/`-` are dropped, the rest is cut at 128.
 * Case is kept: tags are case-sensitive, unlike repository names. Returns '' when nothing is left.
 */
export function sanitiseTag(name: string): string {
  return name
    .replace(/[^A-Za-z0-9_.-]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, MAX_TAG_LENGTH);
}
