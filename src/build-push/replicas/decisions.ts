/**
 * The decisions of replication, pure: which tags an immutable replica refuses, whether a region
 * answered the digest for every tag, what the `replicas` output lists, and the failure the step ends
 * with when a region does not hold the image. replicate.ts applies them.
 */
import { ActionError } from '../../common/errors.js';

/** What one `replicate-to` region ended with. */
export interface ReplicaOutcome {
  region: string;
  /** The region's registry host. */
  registry: string;
  /** `<registry>/<namespace>/<repository>@<digest>`: present only when the region holds the image under every tag. */
  image?: string;
  /** What the copy moved; absent when it did not run to the end. */
  copied?: CopyCounts;
  /** Why the region does not hold the image: the explained cause, one message. */
  failure?: string;
}

export interface CopyCounts {
  blobsUploaded: number;
  bytesUploaded: number;
  blobsPresent: number;
  tagsPut: string[];
  tagsPresent: string[];
}

/**
 * On an immutable repository, the tags that already hold another image than `digest`: any of them
 * refuses the whole region before anything is written there (as the primary refuses).
 */
export function immutableConflicts(
  tagNames: readonly string[],
  existing: ReadonlyMap<string, string>,
  digest: string,
): string[] {
  return tagNames.filter((name) => existing.has(name) && existing.get(name) !== digest);
}

/** Why a region refuses: each tag that would have to move, and the image it holds there. */
export function immutableRefusal(
  region: string,
  conflicts: readonly string[],
  existing: ReadonlyMap<string, string>,
  digest: string,
): string {
  const tags = conflicts.map((tag) => `'${tag}' (${existing.get(tag)})`).join(', ');
  return (
    `the repository is immutable in ${region} and ${tags} already hold${conflicts.length === 1 ? 's' : ''} ` +
    `another image than ${digest}. Immutable tags cannot be moved: push a new tag (a version or the commit sha). ` +
    'Nothing was written in this region.'
  );
}

/** Each tag whose answer in the region is not `digest`, with what it answered (undefined: nothing). */
export function tagMismatches(
  answers: ReadonlyMap<string, string | undefined>,
  digest: string,
): Array<[string, string | undefined]> {
  return [...answers].filter(([, answered]) => answered !== digest);
}

export function mismatchMessage(
  mismatches: ReadonlyArray<[string, string | undefined]>,
  digest: string,
): string {
  const listing = mismatches.map(([tag, answered]) => `'${tag}' answers ${answered ?? 'nothing'}`).join(', ');
  return `after the copy, ${listing} instead of ${digest}; another push may be racing this one`;
}

/** The `replicas` output: the regions that hold the image, in the order `replicate-to` gave them. */
export function replicasOutput(outcomes: readonly ReplicaOutcome[]): string {
  return JSON.stringify(
    outcomes
      .filter((outcome) => outcome.image !== undefined)
      .map(({ region, registry, image }) => ({ region, registry, image })),
  );
}

/**
 * The step's failure when some region does not hold the image: each such region with its cause,
 * then where the image is (the primary region first), so a deploy can pin what exists.
 */
export function replicationFailure(
  primaryRegion: string,
  outcomes: readonly ReplicaOutcome[],
): ActionError | undefined {
  const failed = outcomes.filter((outcome) => outcome.image === undefined);
  if (failed.length === 0) return undefined;
  const holding = [
    `${primaryRegion} (primary)`,
    ...outcomes.filter((outcome) => outcome.image !== undefined).map((outcome) => outcome.region),
  ];
  const causes = failed.map(
    (outcome) => `- ${outcome.region} (${outcome.registry}): ${outcome.failure ?? 'failed'}`,
  );
  return new ActionError(
    [
      `Replication failed in ${failed.map((outcome) => outcome.region).join(', ')}:`,
      ...causes,
      `The image is in ${holding.join(', ')}. A re-run copies only what is missing.`,
    ].join('\n'),
  );
}
