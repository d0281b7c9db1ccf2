/**
 * Tag patterns of the prune action: exact names and globs (`pr-42`, `pr-*`, `sha-??????`), matched
 * with picomatch. Tags never contain '/', so a glob's `*` covers the whole tag. Patterns are positive
 * only: a leading `!` is refused, because in `tags` it would turn "remove these" into "remove all
 * but these"; what must survive belongs in `protect`.
 */
import picomatch from 'picomatch';
import { InputError } from '../common/errors.js';

export type TagPredicate = (tag: string) => boolean;

/** The word in `protect` that stands for release version tags, flavoured ones included. */
export const SEMVER_WORD = 'semver';

/**
 * What is protected on every run unless `no-default-protect: true`: `latest`, release versions
 * (flavoured ones too) and the build cache tag of the BuildKit recipe. `protect` adds to them.
 */
export const DEFAULT_PROTECT: readonly string[] = ['latest', SEMVER_WORD, 'buildcache'];

/**
 * A stable release as the build-push action tags it: the version and its major.minor and major
 * aliases, with or without a leading `v` (`1.2.3`, `v1.2`, `1`). No pre-release (`2.0.0-rc.1`), no
 * build metadata (a tag cannot hold '+'), no leading zeros (semver forbids them).
 */
const RELEASE = String.raw`v?(?:0|[1-9]\d*)(?:\.(?:0|[1-9]\d*)){0,2}`;
const RELEASE_TAG = new RegExp(`^${RELEASE}$`);

/**
 * A release with the `flavor` input's suffix and/or prefix: `1.2.3-alpine`, `1-alpine`,
 * `arm64-1.2.3`, `arm64-1.2-alpine`. A flavour starts with a letter. A prefix needs a dotted
 * version, so `pr-42` and `sha-1234567` are not releases; a suffix that reads as a pre-release
 * (`-rc.1`, `-beta2`, `-dev`) is not a flavour, so pre-releases stay unprotected.
 */
const FLAVOURED_RELEASE = new RegExp(
  String.raw`^(?:(?<prefix>[A-Za-z][A-Za-z0-9_.]*(?:-[A-Za-z0-9_.]+)*)[-_](?=v?\d+\.))?` +
    `(?<release>${RELEASE})` +
    String.raw`(?:-(?<flavour>[A-Za-z][A-Za-z0-9_.-]*))?$`,
);

/** Pre-release words (with or without a number: `rc1`, `beta.2`) that a suffix flavour cannot start with. */
const PRE_RELEASE =
  /^(?:alpha|beta|rc|pre|preview|dev|snapshot|canary|next|nightly|test|experimental|unstable|a|b)(?:[\d.-]|$)/i;

/** Tag characters (`[A-Za-z0-9_.-]`) and the glob syntax picomatch understands. */
const PATTERN_CHARACTERS = /^[A-Za-z0-9_.\-*?[\]{}()!|+@^,]+$/;

const PAIRS: Record<string, string> = { ']': '[', '}': '{', ')': '(' };

export function isReleaseTag(tag: string): boolean {
  return RELEASE_TAG.test(tag);
}

/** A release, plain (`1.2.3`) or flavoured (`1.2.3-alpine`, `arm64-1.2.3`); never a pre-release. */
export function isProtectedRelease(tag: string): boolean {
  if (RELEASE_TAG.test(tag)) return true;
  const groups = FLAVOURED_RELEASE.exec(tag)?.groups;
  if (!groups || (groups.prefix === undefined && groups.flavour === undefined)) return false;
  return groups.flavour === undefined || !PRE_RELEASE.test(groups.flavour);
}

/**
 * The patterns a run protects: the defaults and the `protect` input's own, or only the input's
 * when the defaults are dropped on purpose (`no-default-protect: true`). Duplicates are removed.
 */
export function effectiveProtect(patterns: string[], withDefaults: boolean): string[] {
  const all = [...(withDefaults ? DEFAULT_PROTECT : []), ...patterns.map((pattern) => pattern.trim())];
  return [...new Set(all)];
}

/** The protect set for the log: `semver` spelled out, so a reader sees that flavoured releases count. */
export function describeProtect(patterns: string[]): string {
  if (patterns.length === 0) return 'nothing (no-default-protect: true and no protect patterns)';
  return patterns
    .map((pattern) =>
      pattern === SEMVER_WORD
        ? 'semver (releases 1.2.3, v1.2, 1 and flavoured 1.2.3-alpine, arm64-1.2.3)'
        : pattern,
    )
    .join(', ');
}

/** True when the tag matches any of the patterns; no pattern matches nothing. Throws on a bad pattern. */
export function tagMatcher(patterns: string[], input = 'tags'): TagPredicate {
  const matchers = patterns.map((pattern) => compile(input, pattern));
  return (tag) => matchers.some((matches) => matches(tag));
}

/** `tagMatcher` where the word `semver` stands for release version tags (see `isProtectedRelease`). */
export function protectionMatcher(patterns: string[], input = 'protect'): TagPredicate {
  const wantsReleases = patterns.some((pattern) => pattern.trim() === SEMVER_WORD);
  const globs = tagMatcher(
    patterns.filter((pattern) => pattern.trim() !== SEMVER_WORD),
    input,
  );
  return (tag) => (wantsReleases && isProtectedRelease(tag)) || globs(tag);
}

function compile(input: string, raw: string): TagPredicate {
  const pattern = raw.trim();
  const problem = patternProblem(pattern);
  if (problem) throw new InputError(input, `${problem}, got '${raw}'`, 'pr-*');
  let matches: TagPredicate;
  try {
    // picomatch answers an unparseable pattern with a regex that never matches (`$^`): refuse it instead.
    if (picomatch.makeRe(pattern).source === '$^') throw new Error('unparseable');
    matches = picomatch(pattern);
  } catch {
    throw new InputError(input, `'${raw}' is not a valid glob`, 'pr-*');
  }
  return matches;
}

/** Why a pattern cannot be a tag pattern, or undefined when it can. */
function patternProblem(pattern: string): string | undefined {
  if (pattern === '') return 'empty tag pattern';
  if (pattern.includes('/')) return "tags never contain '/'";
  if (pattern.startsWith('!'))
    return "negated patterns ('!') are not supported; list what to protect in protect";
  if (!PATTERN_CHARACTERS.test(pattern)) {
    return 'a tag pattern holds only letters, digits, _ . - and the glob characters * ? [ ] { }';
  }
  if (!balanced(pattern)) return 'unbalanced brackets';
  return undefined;
}

function balanced(pattern: string): boolean {
  const open: string[] = [];
  for (const char of pattern) {
    if ('[{('.includes(char)) open.push(char);
    const opener = PAIRS[char];
    if (opener !== undefined && open.pop() !== opener) return false;
  }
  return open.length === 0;
}
