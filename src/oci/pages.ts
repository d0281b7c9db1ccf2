/**
 * OCI list pagination: each answer carries one page and, while more remain, an `opc-next-page`
 * token to pass back as `page`. (oci-common's paginators expect `response.items`, which the
 * Artifacts lists do not have, so the loop is ours.)
 */

/** Page size asked for: large pages, few round trips (OCI allows up to 1000; 100 is what its consoles use). */
export const PAGE_LIMIT = 100;

/** Lists still show resources on their way out; the actions treat them as gone. */
export function isGone(lifecycleState: string): boolean {
  return lifecycleState === 'DELETING' || lifecycleState === 'DELETED';
}

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
  for await (const items of pages(fetchPage)) {
    const found = items.find(predicate);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Every item of every page, in order; `onPage` hears the running count. */
export async function allPages<T>(
  fetchPage: (page: string | undefined) => Promise<Page<T>>,
  onPage?: (itemsSoFar: number) => void,
): Promise<T[]> {
  const all: T[] = [];
  for await (const items of pages(fetchPage)) {
    all.push(...items);
    onPage?.(all.length);
  }
  return all;
}

async function* pages<T>(fetchPage: (page: string | undefined) => Promise<Page<T>>): AsyncGenerator<T[]> {
  const seen = new Set<string>();
  let token: string | undefined;
  for (;;) {
    const { items, nextPage } = await fetchPage(token);
    yield items;
    if (!nextPage) return;
    // A server that hands out the same token twice would keep us here forever.
    if (seen.has(nextPage)) throw new Error(`OCI list pagination repeated the page token ${nextPage}`);
    seen.add(nextPage);
    token = nextPage;
  }
}
