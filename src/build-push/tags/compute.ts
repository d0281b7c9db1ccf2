/**
 * (rules, flavor, git context) → the ordered tag names and the primary `version`. Pure: the clock is
 * read only for `{{date}}` and can be passed in.
 */
import type { GitContext } from '../../github/context.js';
import { InputError } from '../../common/errors.js';
import { sanitiseTag } from './sanitise.js';
import { expandTemplate, formatDate, type Expression } from './template.js';
import type { Flavor, TagRule } from './types.js';
import { applySemverPattern } from './version.js';

export interface ComputedTags {
  /** Tag names, highest priority first, then in rule order; `latest` last. No duplicates. */
  names: string[];
  /** The primary tag: the first of `names`. */
  version: string;
  /** Why some rules produced nothing, worth a log line (e.g. a git tag that is not semver). */
  notes: string[];
}

export interface ComputeOptions {
  /** The time `{{date}}` formats; now by default. */
  now?: Date;
}

const SHORT_SHA_LENGTH = 7;

/** What one rule yields before prefix and suffix. */
interface Produced {
  value: string;
  /** The type's own prefix (`sha-`, `pr-`), replaced by a rule `prefix=` but kept under a flavor prefix. */
  builtinPrefix?: string;
  /** A stable (non pre-release) semver version: what `latest=auto` waits for. */
  stableRelease?: boolean;
}

export function computeTags(
  rules: TagRule[],
  flavor: Flavor,
  ctx: GitContext,
  options: ComputeOptions = {},
): ComputedTags {
  const now = options.now ?? new Date();
  const expand = (template: string) =>
    expandTemplate(template, (expression) => contextValue(expression, ctx, now));
  const notes: string[] = [];
  const names: string[] = [];
  let stableRelease = false;

  for (const rule of byPriority(rules)) {
    if (!isEnabled(rule, expand)) continue;
    const produced = produce(rule, ctx, expand, notes);
    if (!produced || produced.value === '') continue;
    stableRelease ||= produced.stableRelease === true;
    const prefix =
      rule.prefix !== undefined
        ? expand(rule.prefix)
        : expand(flavor.prefix) + (produced.builtinPrefix ?? '');
    const suffix = rule.suffix !== undefined ? expand(rule.suffix) : expand(flavor.suffix);
    addUnique(names, sanitiseTag(`${prefix}${produced.value}${suffix}`));
  }

  if (names.length === 0) {
    throw new InputError(
      'tags',
      `the tag rules produce no tag for this run (event '${ctx.eventName || 'unknown'}', ref '${ctx.ref || 'none'}'); ` +
        'add a rule that applies to it, such as type=sha, or a literal tag',
      'type=sha',
    );
  }
  if (flavor.latest === 'true' || (flavor.latest === 'auto' && stableRelease)) {
    const prefix = flavor.prefixOnLatest ? expand(flavor.prefix) : '';
    const suffix = flavor.suffixOnLatest ? expand(flavor.suffix) : '';
    addUnique(names, sanitiseTag(`${prefix}latest${suffix}`));
  }
  return { names, version: names[0]!, notes };
}

/** Higher priority first; equal priorities keep the order of the input (the sort is stable). */
function byPriority(rules: TagRule[]): TagRule[] {
  return [...rules].sort((a, b) => b.priority - a.priority);
}

function isEnabled(rule: TagRule, expand: (template: string) => string): boolean {
  const value = expand(rule.enable).trim().toLowerCase();
  if (value !== 'true' && value !== 'false') {
    throw new InputError(
      'tags',
      `'${rule.line}': enable expanded to '${value}', expected true or false`,
      'enable={{is_default_branch}}',
    );
  }
  return value === 'true';
}

function produce(
  rule: TagRule,
  ctx: GitContext,
  expand: (template: string) => string,
  notes: string[],
): Produced | undefined {
  switch (rule.type) {
    case 'semver': {
      const raw = rule.value !== undefined ? expand(rule.value) : ctx.tag;
      if (!raw) return undefined;
      const outcome = applySemverPattern(rule.pattern, raw);
      if (outcome.kind === 'skipped') {
        notes.push(`${rule.line}: ${outcome.reason}, no tag`);
        return undefined;
      }
      return { value: outcome.value, stableRelease: outcome.stable };
    }
    case 'ref':
      if (rule.event === 'branch') return ctx.branch !== undefined ? { value: ctx.branch } : undefined;
      if (rule.event === 'tag') return ctx.tag !== undefined ? { value: ctx.tag } : undefined;
      return ctx.prNumber !== undefined ? { value: String(ctx.prNumber), builtinPrefix: 'pr-' } : undefined;
    case 'sha':
      if (!ctx.sha) return undefined;
      return {
        value: rule.format === 'long' ? ctx.sha : ctx.sha.slice(0, SHORT_SHA_LENGTH),
        builtinPrefix: 'sha-',
      };
    case 'edge': {
      if (ctx.branch === undefined) return undefined;
      const onEdgeBranch = rule.branch !== undefined ? ctx.branch === rule.branch : ctx.isDefaultBranch;
      return onEdgeBranch ? { value: 'edge' } : undefined;
    }
    case 'schedule':
      return ctx.eventName === 'schedule' ? { value: expand(rule.pattern) } : undefined;
    case 'raw':
      return { value: expand(rule.value) };
    case 'literal':
      return { value: rule.value };
  }
}

/** The values of `{{branch}}`, `{{tag}}`, `{{sha}}`, `{{is_default_branch}}` and `{{date '…'}}`. */
function contextValue(expression: Expression, ctx: GitContext, now: Date): string {
  switch (expression.name) {
    case 'branch':
      return ctx.branch ?? '';
    case 'tag':
      return ctx.tag ?? '';
    case 'sha':
      return ctx.sha.slice(0, SHORT_SHA_LENGTH);
    case 'is_default_branch':
      return String(ctx.isDefaultBranch);
    case 'date':
      return formatDate(now, expression.argument ?? '');
    default:
      // Parsing rejects unknown names; reaching this is a bug, not a user error.
      throw new Error(`unexpected expression {{${expression.name}}}`);
  }
}

function addUnique(names: string[], name: string): void {
  if (name !== '' && !names.includes(name)) names.push(name);
}
