/**
 * The tenancy's compartment tree, read once with the identity API: each compartment's parent. One
 * ListCompartments of the root with `compartmentIdInSubtree` and `accessLevel: ANY` returns every
 * compartment of the tenancy (the documented way to get them all); needs "inspect compartments in
 * tenancy". The root itself is not listed: a compartment whose parent is the tenancy is at the top.
 *
 * Only reachable through dynamic imports from the entries: loading it loads the SDK.
 */
import { IdentityClient, requests } from 'oci-identity';
import type { OciClient } from './client.js';
import { allPages } from './pages.js';

/** Identity lists allow 1000 a page; OCI's default limit is 1000 compartments a tenancy: one request. */
const COMPARTMENT_PAGE_LIMIT = 1000;

/** Compartment OCID → its parent's OCID, for every active compartment below the root. */
export async function compartmentParents(oci: OciClient): Promise<Map<string, string>> {
  const identity = oci.service(IdentityClient);
  const compartments = await allPages(async (page) => {
    const response = await oci.call(() =>
      identity.listCompartments({
        compartmentId: oci.tenancy,
        compartmentIdInSubtree: true,
        accessLevel: requests.ListCompartmentsRequest.AccessLevel.Any,
        lifecycleState: 'ACTIVE',
        limit: COMPARTMENT_PAGE_LIMIT,
        ...(page ? { page } : {}),
      }),
    );
    return { items: response.items, nextPage: response.opcNextPage };
  });
  return new Map(compartments.map((compartment) => [compartment.id, compartment.compartmentId]));
}
