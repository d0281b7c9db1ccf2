/**
 * Tag patterns of the prune action: exact names and globs (`pr-42`, `pr-*`, `sha-??????`), matched
 * with picomatch. Tags never contain '/', so a glob's `*` covers the whole tag. Patterns are positive
 * only: a leading `!` is refused, because in `tags` it would turn "remove these" into "remove all
 * but these"; what must survive belongs in `protect`.
 */
import picomatch from 'picomatch';
import { InputError } from '../common/errors.js';

export type TagPredicate = (tag: string) => boolean;

/** The word in `protect` that stands for release version tags. */
export const SEMVER_WORD = 'semver';

/**
 * A stable release as the build-push action tags it: the version and its major.minor and major
 * aliases, with or without a leading `v` (`1.2.3`, `v1.2`, `1`). No pre-release (`2.0.0-rc.1`), no
 * build metadata (a tag cannot hold '+'), no leading zeros (semver forbids them).
 */
const RELEASE_TAG = /^v?(?:0|[1-9]\d*)(?:\.(?:0|[1-9]\d*)){0,2}$/;

/** Tag characters (`[A-Za-z0-9_.-]`) and the glob syntax picomatch understands. */
const PATTERN_CHARACTERS = /^[A-Za-z0-9_.\-*?[\]{}()!|+@^,]+$/;

const PAIRS: Record<string, string> = { ']': '[', '}': '{', ')': '(' };

export function isReleaseTag(tag: string): boolean {
  return RELEASE_TAG.test(tag);
}

/** True when the tag matches any of the patterns; no pattern matches nothing. Throws on a bad pattern. */
export function tagMatcher(patterns: string[], input = 'tags'): TagPredicate {
  const matchers = patterns.map((pattern) => compile(input, pattern));
  return (tag) => matchers.some((matches) => matches(tag));
}

/** `tagMatcher` where the word `semver` stands for release version tags (see `isReleaseTag`). */
export function protectionMatcher(patterns: string[], input = 'protect'): TagPredicate {
  const wantsReleases = patterns.some((pattern) => pattern.trim() === SEMVER_WORD);
  const globs = tagMatcher(
    patterns.filter((pattern) => pattern.trim() !== SEMVER_WORD),
    input,
  );
  return (tag) => (wantsReleases && isReleaseTag(tag)) || globs(tag);
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
