/**
 * The typed form of the `tags` and `flavor` inputs. Parsing (rules.ts, flavor.ts) turns text into
 * these values once; computing (compute.ts) never sees raw text again.
 */

export const RULE_TYPES = ['schedule', 'semver', 'edge', 'ref', 'raw', 'sha'] as const;
export type RuleType = (typeof RULE_TYPES)[number];

export const REF_EVENTS = ['branch', 'tag', 'pr'] as const;
export type RefEvent = (typeof REF_EVENTS)[number];

export const SHA_FORMATS = ['short', 'long'] as const;
export type ShaFormat = (typeof SHA_FORMATS)[number];

/**
 * Default priorities, the values of docker/metadata-action (src/tag.ts `DefaultPriorities`), so that
 * rule sets copied from it order their tags the same way. A literal line counts as `raw`.
 */
export const DEFAULT_PRIORITY: Record<RuleType | 'literal', number> = {
  schedule: 1000,
  semver: 900,
  edge: 700,
  ref: 600,
  raw: 200,
  literal: 200,
  sha: 100,
};

/** Attributes every rule accepts. Templates (`{{…}}`) are kept unexpanded until computing. */
interface RuleBase {
  /** The input line as written, for error messages. */
  line: string;
  /** `true`, `false` or a template that expands to one of them, e.g. `{{is_default_branch}}`. */
  enable: string;
  /** When set (even to ''), replaces both the flavor prefix and the type's built-in prefix. */
  prefix?: string;
  /** When set (even to ''), replaces the flavor suffix. */
  suffix?: string;
  priority: number;
}

export interface SemverRule extends RuleBase {
  type: 'semver';
  /** e.g. `{{version}}`, `{{major}}.{{minor}}`, `v{{major}}`. */
  pattern: string;
  /** A version to use instead of the pushed git tag (may hold templates). */
  value?: string;
}

export interface ShaRule extends RuleBase {
  type: 'sha';
  format: ShaFormat;
}

export interface RefRule extends RuleBase {
  type: 'ref';
  event: RefEvent;
}

export interface EdgeRule extends RuleBase {
  type: 'edge';
  /** The branch that gets `edge`; the default branch when absent. */
  branch?: string;
}

export interface ScheduleRule extends RuleBase {
  type: 'schedule';
  /** Default `nightly`; may use `{{date 'YYYYMMDD'}}`. */
  pattern: string;
}

export interface RawRule extends RuleBase {
  type: 'raw';
  value: string;
}

/** A line without `type=`: a tag name used as written (it was validated when parsed). */
export interface LiteralRule extends RuleBase {
  type: 'literal';
  value: string;
}

export type TagRule = SemverRule | ShaRule | RefRule | EdgeRule | ScheduleRule | RawRule | LiteralRule;

export type LatestMode = 'auto' | 'true' | 'false';

export interface Flavor {
  /** `auto`: `latest` only when a stable semver version was tagged. */
  latest: LatestMode;
  prefix: string;
  suffix: string;
  /** Whether `latest` also gets the prefix (`prefix=…,onlatest=true`). */
  prefixOnLatest: boolean;
  /** Whether `latest` also gets the suffix (`suffix=…,onlatest=true`). */
  suffixOnLatest: boolean;
}

export const DEFAULT_FLAVOR: Flavor = {
  latest: 'auto',
  prefix: '',
  suffix: '',
  prefixOnLatest: false,
  suffixOnLatest: false,
};
