/**
 * What the prune action removes: one pure function from (images, rules, now) to a plan.
 *
 * Every rule NARROWS the selection, so adding a rule can never remove more:
 * - A tag is a candidate when it matches `tags` (if given) AND `match` (if given) and is not protected.
 * - `keep-last N`: images that carry a candidate tag are ordered newest first by their newest
 *   candidate tag's push time (ties: the image's creation time, then its id); the first N keep all
 *   their candidate tags. Images count, not tags: an image with two candidate tags counts once. An
 *   image that carries only protected tags is not among them (it is kept anyway).
 * - `older-than`: a candidate is selected only when its tag was pushed before now − older-than
 *   (exactly at the threshold is not older). A tag pushed again onto an old image is young.
 * - `protect`: a protected tag is never selected, so an image that carries one is never deleted.
 * - An image is deleted only when EVERY tag it carries is selected. An image that also carries a tag
 *   outside the selection is untagged: only the selected tags are removed (OCIR "remove version").
 * - Untagged images (no tag at all) are left alone unless `untagged` is true; then those created
 *   before now − older-than are deleted (`untagged` requires `older-than`).
 * - A manifest a tagged index references (a platform image, an attestation; see references.ts) is
 *   never deleted: untagged, it is kept; tagged, its selected tags are removed and it stays. While
 *   the references are unknown (an index could not be read), no untagged image is deleted.
 * - With no rule at all (no tags, match, keep-last or older-than) nothing is planned: planPrune throws
 *   rather than select every image.
 *
 * Each list of the plan is ordered newest image first (creation time, then id); tags by name.
 */
import type { ImageVersion, RegistryImage } from '../oci/images.js';
import { formatDuration } from './duration.js';
import { protectionMatcher, tagMatcher, type TagPredicate } from './patterns.js';
import { NO_REFERENCES, type References } from './references.js';

export interface PruneRules {
  /** Exact tags or globs to remove; empty: no filter. */
  tags: string[];
  /** Globs the age rules apply to; empty: no filter. */
  match: string[];
  keepLast?: number;
  olderThanMs?: number;
  /** Exact/glob, and the word `semver`. */
  protect: string[];
  untagged: boolean;
}

/** A tag that stays on its image, and why. */
export interface KeptTag {
  tag: string;
  reason: string;
}

export interface PrunePlan {
  /** Whole images to delete: every tag they carry is selected, or they are untagged and old (with untagged: true). */
  delete: Array<{ image: RegistryImage; tags: string[] }>;
  /** Images that keep at least one tag: only the selected tags are removed (OCIR "remove version"). */
  untag: Array<{ image: RegistryImage; tags: string[]; kept: string[]; reasons: KeptTag[] }>;
  /** Images left alone, each with why (protected tag, among the N newest, younger than older-than, no rule selects it). */
  keep: Array<{ image: RegistryImage; reason: string; reasons: KeptTag[] }>;
}

/** Why a tag stays, as the job summary shows it after `keep`. */
export const KeepReason = {
  Protected: 'protected',
  NotSelected: 'no rule selects it',
  Newest: (count: number) => `among the ${count} newest`,
  Young: (olderThanMs: number) => `younger than ${formatDuration(olderThanMs)}`,
  UntaggedNotAsked: 'untagged (untagged: false)',
  UntaggedYoung: (olderThanMs: number) => `untagged, younger than ${formatDuration(olderThanMs)}`,
  Referenced: 'referenced by a tagged index (platform image or attestation)',
  ReferencesUnknown: (why: string) => `untagged, kept because the indexes are unknown: ${why}`,
} as const;

/** The rules compiled once: predicates and the age threshold. */
interface Policy {
  isProtected: TagPredicate;
  isCandidate: (tag: string) => boolean;
  keepLast?: number;
  olderThanMs?: number;
  /** Pushed strictly before this instant (ms since epoch) counts as old. */
  threshold?: number;
  untagged: boolean;
  references: References;
}

type Decision =
  | { action: 'delete'; tags: string[] }
  | { action: 'untag'; tags: string[]; reasons: KeptTag[] }
  | { action: 'keep'; reasons: KeptTag[]; reason: string };

/** `references`: the manifests tagged indexes reference (references.ts); none by default. */
export function planPrune(
  images: RegistryImage[],
  rules: PruneRules,
  now: Date,
  references: References = NO_REFERENCES,
): PrunePlan {
  assertConsistent(rules);
  const policy = compilePolicy(rules, now, references);
  const newest = newestImageIds(images, policy);
  const plan: PrunePlan = { delete: [], untag: [], keep: [] };
  for (const image of [...images].sort(newestImageFirst)) {
    const decision =
      image.versions.length === 0 ? decideUntagged(image, policy) : decideTagged(image, policy, newest);
    record(plan, image, decision);
  }
  return plan;
}

/** The plan deletes an untagged image: what the indexes reference must be known first. */
export function deletesUntagged(plan: PrunePlan): boolean {
  return plan.delete.some(({ image }) => image.versions.length === 0);
}

/** The caller validates inputs; this guards against a plan that would remove everything by accident. */
function assertConsistent(rules: PruneRules): void {
  const hasRule =
    rules.tags.length > 0 ||
    rules.match.length > 0 ||
    rules.keepLast !== undefined ||
    rules.olderThanMs !== undefined;
  if (!hasRule) {
    throw new Error(
      'planPrune: no rule given (tags, match, keep-last or older-than); refusing to select every image',
    );
  }
  if (rules.untagged && rules.olderThanMs === undefined) {
    throw new Error('planPrune: untagged needs older-than');
  }
  if (rules.keepLast !== undefined && !(Number.isSafeInteger(rules.keepLast) && rules.keepLast >= 0)) {
    throw new Error(`planPrune: keepLast must be a whole number >= 0, got ${rules.keepLast}`);
  }
  if (rules.olderThanMs !== undefined && !(Number.isFinite(rules.olderThanMs) && rules.olderThanMs > 0)) {
    throw new Error(`planPrune: olderThanMs must be positive, got ${rules.olderThanMs}`);
  }
}

function compilePolicy(rules: PruneRules, now: Date, references: References): Policy {
  const isProtected = protectionMatcher(rules.protect);
  const inTags = filterOrAll(rules.tags, 'tags');
  const inMatch = filterOrAll(rules.match, 'match');
  return {
    isProtected,
    isCandidate: (tag) => !isProtected(tag) && inTags(tag) && inMatch(tag),
    ...(rules.keepLast !== undefined ? { keepLast: rules.keepLast } : {}),
    ...(rules.olderThanMs !== undefined
      ? { olderThanMs: rules.olderThanMs, threshold: now.getTime() - rules.olderThanMs }
      : {}),
    untagged: rules.untagged,
    references,
  };
}

/** An empty pattern list filters nothing out. */
function filterOrAll(patterns: string[], input: string): TagPredicate {
  return patterns.length === 0 ? () => true : tagMatcher(patterns, input);
}

/** Ids of the `keep-last` newest images among those carrying a candidate tag; empty without keep-last. */
function newestImageIds(images: RegistryImage[], policy: Policy): Set<string> {
  if (policy.keepLast === undefined) return new Set();
  const ranked = images
    .map((image) => ({
      image,
      pushed: newestPush(image.versions.filter((v) => policy.isCandidate(v.version))),
    }))
    .filter((entry): entry is { image: RegistryImage; pushed: number } => entry.pushed !== undefined)
    .sort((a, b) => b.pushed - a.pushed || newestImageFirst(a.image, b.image));
  return new Set(ranked.slice(0, policy.keepLast).map((entry) => entry.image.id));
}

function newestPush(versions: ImageVersion[]): number | undefined {
  return versions.length === 0 ? undefined : Math.max(...versions.map((v) => v.timeCreated.getTime()));
}

function newestImageFirst(a: RegistryImage, b: RegistryImage): number {
  return b.timeCreated.getTime() - a.timeCreated.getTime() || compareText(a.id, b.id);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isOld(time: Date, policy: Policy): boolean {
  return policy.threshold === undefined || time.getTime() < policy.threshold;
}

function decideUntagged(image: RegistryImage, policy: Policy): Decision {
  if (!policy.untagged || policy.olderThanMs === undefined) {
    return { action: 'keep', reasons: [], reason: KeepReason.UntaggedNotAsked };
  }
  if (!isOld(image.timeCreated, policy)) {
    return { action: 'keep', reasons: [], reason: KeepReason.UntaggedYoung(policy.olderThanMs) };
  }
  if (!policy.references.known) {
    return { action: 'keep', reasons: [], reason: KeepReason.ReferencesUnknown(policy.references.reason) };
  }
  if (policy.references.digests.has(image.digest)) {
    return { action: 'keep', reasons: [], reason: KeepReason.Referenced };
  }
  return { action: 'delete', tags: [] };
}

function isReferenced(image: RegistryImage, policy: Policy): boolean {
  return policy.references.known && policy.references.digests.has(image.digest);
}

function decideTagged(image: RegistryImage, policy: Policy, newest: Set<string>): Decision {
  const versions = [...image.versions].sort((a, b) => compareText(a.version, b.version));
  const selected: string[] = [];
  const reasons: KeptTag[] = [];
  for (const version of versions) {
    const reason = whyKept(version, image, policy, newest);
    if (reason === undefined) selected.push(version.version);
    else reasons.push({ tag: version.version, reason });
  }
  // A referenced manifest loses its selected tags but stays: an index still points at it.
  if (reasons.length === 0 && !isReferenced(image, policy)) return { action: 'delete', tags: selected };
  if (selected.length > 0) return { action: 'untag', tags: selected, reasons };
  return { action: 'keep', reasons, reason: [...new Set(reasons.map((kept) => kept.reason))].join('; ') };
}

/** Why this tag stays, or undefined when it is selected for removal. */
function whyKept(
  version: ImageVersion,
  image: RegistryImage,
  policy: Policy,
  newest: Set<string>,
): string | undefined {
  if (policy.isProtected(version.version)) return KeepReason.Protected;
  if (!policy.isCandidate(version.version)) return KeepReason.NotSelected;
  if (policy.keepLast !== undefined && newest.has(image.id)) return KeepReason.Newest(policy.keepLast);
  if (policy.olderThanMs !== undefined && !isOld(version.timeCreated, policy)) {
    return KeepReason.Young(policy.olderThanMs);
  }
  return undefined;
}

function record(plan: PrunePlan, image: RegistryImage, decision: Decision): void {
  switch (decision.action) {
    case 'delete':
      plan.delete.push({ image, tags: decision.tags });
      return;
    case 'untag':
      plan.untag.push({
        image,
        tags: decision.tags,
        kept: decision.reasons.map((kept) => kept.tag),
        reasons: decision.reasons,
      });
      return;
    case 'keep':
      plan.keep.push({ image, reason: decision.reason, reasons: decision.reasons });
  }
}
