/**
 * Whether a container scan target covers a repository, read from OCI: the compartment tree once
 * (oci/compartments.ts), then the targets wherever they may be kept. ListContainerScanTargets lists one
 * compartment (it has no subtree option), so the compartments are read a few at a time, the
 * repository's compartment and its ancestors first, at most TARGET_SEARCH.maxCompartments of them,
 * and no new one once a target covers. What cannot be read makes the answer `unknown`, never
 * `uncovered` (oci/scan-coverage.ts decides).
 *
 * Only reachable through dynamic imports from the entries: loading it loads the SDK.
 */
import { models, VulnerabilityScanningClient } from 'oci-vulnerabilityscanning';
import { mapConcurrent } from '../common/concurrency.js';
import type { OciClient } from './client.js';
import { causeOf } from './cause.js';
import { compartmentParents } from './compartments.js';
import { allPages, PAGE_LIMIT } from './pages.js';
import {
  ancestryOf,
  judgeCoverage,
  targetCovers,
  targetSearchOrder,
  type ScanCoverage,
} from './scan-coverage.js';

export interface TargetSearchBounds {
  /** Compartments whose targets are listed, at most. */
  maxCompartments: number;
  /** Lists in flight at once. */
  concurrency: number;
}

/** A tenancy rarely has more compartments; targets usually sit on the repository's or an ancestor. */
export const TARGET_SEARCH: TargetSearchBounds = { maxCompartments: 100, concurrency: 8 };
/** Compartments named in a message about unreadable targets; the rest are counted. */
const NAMED_FAILURES = 3;

export async function findScanCoverage(
  oci: OciClient,
  repositoryName: string,
  repositoryCompartmentId: string,
  bounds: TargetSearchBounds = TARGET_SEARCH,
): Promise<ScanCoverage> {
  const unread: string[] = [];
  const parents = await compartmentParents(oci).catch((error: unknown) => {
    unread.push(`the tenancy's compartments could not be listed (${causeOf(error)})`);
    return undefined;
  });
  const ancestry = ancestryOf(repositoryCompartmentId, oci.tenancy, parents);
  const { compartments, left } = targetSearchOrder(ancestry, parents, bounds.maxCompartments);
  if (left > 0) {
    unread.push(
      `${left} compartment(s) beyond the first ${bounds.maxCompartments} were not searched for targets`,
    );
  }

  const targets: models.ContainerScanTargetSummary[] = [];
  const failures: Array<{ compartmentId: string; error: unknown }> = [];
  let covered = false;
  await mapConcurrent(compartments, bounds.concurrency, async (compartmentId) => {
    if (covered) return;
    try {
      const found = await listTargets(oci, compartmentId);
      targets.push(...found);
      covered ||= found.some((target) => targetCovers(target, repositoryName, ancestry));
    } catch (error) {
      failures.push({ compartmentId, error });
    }
  });
  if (failures.length > 0) unread.push(unreadTargets(failures));
  return judgeCoverage({ repositoryName, ancestry, targets, unread });
}

async function listTargets(
  oci: OciClient,
  compartmentId: string,
): Promise<models.ContainerScanTargetSummary[]> {
  const scanning = oci.service(VulnerabilityScanningClient);
  return allPages(async (page) => {
    const response = await oci.call(() =>
      scanning.listContainerScanTargets({ compartmentId, limit: PAGE_LIMIT, ...(page ? { page } : {}) }),
    );
    return { items: response.containerScanTargetSummaryCollection.items, nextPage: response.opcNextPage };
  });
}

function unreadTargets(failures: ReadonlyArray<{ compartmentId: string; error: unknown }>): string {
  const named = failures.slice(0, NAMED_FAILURES).map((failure) => failure.compartmentId);
  const more = failures.length > named.length ? ` and ${failures.length - named.length} more` : '';
  return `the targets in compartment ${named.join(', ')}${more} could not be read (${causeOf(failures[0]?.error)})`;
}
