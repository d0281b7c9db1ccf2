/**
 * OCI list pagination: each answer carries one page and, while more remain, an `opc-next-page`
 * token to pass back as `page`. (oci-common's paginators expect `response.items`, which the
 * Artifacts lists do not have, so the loop is ours.)
 */

export interface Page<T> {
  items: T[];
  /** The `opc-next-page` token; absent (or null, as the SDK reports it) on the last page. */
  nextPage?: string | null;
}

/** The first item that satisfies `predicate`, fetching pages only until it is found. */
export async function findInPages<T>(
  fetchPage: (page: string | undefined) => Promise<Page<T>>,
  predicate: (item: T) => boolean,
): Promise<T | undefined> {
  const seen = new Set<string>();
  let token: string | undefined;
  for (;;) {
    const { items, nextPage } = await fetchPage(token);
    const found = items.find(predicate);
    if (found !== undefined) return found;
    if (!nextPage) return undefined;
    // A server that hands out the same token twice would keep us here forever.
    if (seen.has(nextPage)) throw new Error(`OCI list pagination repeated the page token ${nextPage}`);
    seen.add(nextPage);
    token = nextPage;
  }
}
