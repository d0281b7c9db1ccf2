/**
 * Whether a container scan target covers a repository, and whether the gate may say so for certain:
 * pure decisions over the compartment tree and the targets read (oci/scan-targets.ts reads them).
 *
 * OCI's documentation (Container Scanning, "Managing Image Targets"): a target names a registry
 * compartment and, optionally, repositories of that compartment. With no list it scans every
 * repository of the compartment and of its subcompartments, so a target on the root compartment
 * scans the whole tenancy; with a list, the listed repositories. The target itself may be kept in any
 * compartment, not only the repositories' one.
 *
 * No SDK here: the shapes below are the fields of the SDK's models that the decisions read.
 */

/** What a decision reads of a `ContainerScanTargetSummary`. */
export interface ScanTargetFields {
  lifecycleState: string;
  targetRegistry?: { compartmentId: string; repositories?: string[] };
}

/** Where the repository sits: its compartment first, then each parent up to the root (the tenancy). */
export interface Ancestry {
  compartments: readonly string[];
  /** False when a link is missing: compartments between the last known one and the root may be left out. */
  complete: boolean;
  /** The compartment whose parent the tree read does not hold (one the caller cannot see). */
  unknownParentOf?: string;
}

/** Each compartment's parent, as the identity API lists the tenancy's tree (the root has none). */
export type CompartmentParents = ReadonlyMap<string, string>;

/** Targets in these states may start scanning without anyone acting: not a refusal's ground. */
const CHANGING_STATES = new Set(['CREATING', 'UPDATING']);

/**
 * The repository's compartment and its ancestors, walked through `parents` up to the tenancy. Without
 * the tree (it could not be read) only what is certain: the compartment itself and the root above it.
 */
export function ancestryOf(
  compartmentId: string,
  tenancy: string,
  parents: CompartmentParents | undefined,
): Ancestry {
  if (compartmentId === tenancy) return { compartments: [tenancy], complete: true };
  if (!parents) return { compartments: [compartmentId, tenancy], complete: false };
  const chain = [compartmentId];
  for (let current = compartmentId; current !== tenancy;) {
    const parent = parents.get(current);
    // A missing link, or a loop that a consistent tree never has.
    if (parent === undefined || chain.includes(parent)) {
      return { compartments: [...chain, tenancy], complete: false, unknownParentOf: current };
    }
    chain.push(parent);
    current = parent;
  }
  return { compartments: chain, complete: true };
}

/**
 * Whether the target's registry part takes in the repository, whatever the target's state: a list
 * names repositories of the registry compartment itself; no list takes the compartment and below.
 */
export function registryCovers(
  target: ScanTargetFields,
  repositoryName: string,
  ancestry: Ancestry,
): boolean {
  const registry = target.targetRegistry;
  if (!registry) return false;
  const repositories = registry.repositories ?? [];
  if (repositories.length > 0) {
    return registry.compartmentId === ancestry.compartments[0] && repositories.includes(repositoryName);
  }
  return ancestry.compartments.includes(registry.compartmentId);
}

/** An active target that takes in the repository: its images are scanned. */
export function targetCovers(target: ScanTargetFields, repositoryName: string, ancestry: Ancestry): boolean {
  return target.lifecycleState === 'ACTIVE' && registryCovers(target, repositoryName, ancestry);
}

/**
 * `covered`: a target scans the repository. `uncovered`: every target was read, the whole ancestry is
 * known, and none does, so no result will come. `unknown`: neither can be established; `gaps` say why.
 */
export type ScanCoverage =
  | { state: 'covered'; target: { id: string; displayName: string; compartmentId: string } }
  | { state: 'uncovered' }
  | { state: 'unknown'; gaps: string[] };

export interface CoverageEvidence<Target extends ScanTargetFields> {
  repositoryName: string;
  ancestry: Ancestry;
  /** Every target read, from every compartment that could be read. */
  targets: readonly Target[];
  /** What could not be read (the tree, a compartment's targets, compartments beyond the bound), as advice. */
  unread: readonly string[];
}

export function judgeCoverage<
  Target extends ScanTargetFields & { id: string; displayName: string; compartmentId: string },
>(evidence: CoverageEvidence<Target>): ScanCoverage {
  const { repositoryName, ancestry, targets } = evidence;
  const covering = targets.find((target) => targetCovers(target, repositoryName, ancestry));
  if (covering) {
    const { id, displayName, compartmentId } = covering;
    return { state: 'covered', target: { id, displayName, compartmentId } };
  }
  const changing = targets
    .filter(
      (target) =>
        CHANGING_STATES.has(target.lifecycleState) && registryCovers(target, repositoryName, ancestry),
    )
    .map(
      (target) =>
        `the target ${target.displayName} (${target.id}) that would cover it is ${target.lifecycleState}`,
    );
  const hidden = ancestry.unknownParentOf
    ? `the compartment ${ancestry.unknownParentOf} is not among the compartments listed, so those above it are unknown`
    : 'the compartments above the repository are unknown';
  const gaps = [...evidence.unread, ...(ancestry.unknownParentOf ? [hidden] : []), ...changing];
  // An ancestry without its middle is never grounds for certainty, even when nothing else says why.
  if (!ancestry.complete && gaps.length === 0) gaps.push(hidden);
  return gaps.length === 0 ? { state: 'uncovered' } : { state: 'unknown', gaps };
}

/**
 * Where to look for targets, most likely first: the repository's compartment and its ancestors, then
 * the rest of the tree, at most `limit` compartments. `left` counts those beyond the bound.
 */
export function targetSearchOrder(
  ancestry: Ancestry,
  parents: CompartmentParents | undefined,
  limit: number,
): { compartments: string[]; left: number } {
  const all = [...new Set([...ancestry.compartments, ...(parents ? parents.keys() : [])])];
  return { compartments: all.slice(0, limit), left: Math.max(0, all.length - limit) };
}
