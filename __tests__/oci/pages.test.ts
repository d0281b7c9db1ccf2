import { findInPages, type Page } from '../../src/oci/pages.js';

/** A listing served in pages of `size`, with opaque tokens, recording the tokens it was asked for. */
function pagedListing(items: number[], size: number) {
  const asked: (string | undefined)[] = [];
  const fetchPage = async (token: string | undefined): Promise<Page<number>> => {
    asked.push(token);
    const offset = token === undefined ? 0 : Number(token.slice('after-'.length));
    const next = offset + size;
    return { items: items.slice(offset, next), nextPage: next < items.length ? `after-${next}` : null };
  };
  return { asked, fetchPage };
}

describe('findInPages', () => {
  const items = Array.from({ length: 25 }, (_, i) => i);

  it('follows the page tokens until the item turns up, and no further', async () => {
    const listing = pagedListing(items, 10);
    await expect(findInPages(listing.fetchPage, (n) => n === 13)).resolves.toBe(13);
    expect(listing.asked).toEqual([undefined, 'after-10']);
  });

  it('reads every page when nothing matches', async () => {
    const listing = pagedListing(items, 10);
    await expect(findInPages(listing.fetchPage, (n) => n > 100)).resolves.toBeUndefined();
    expect(listing.asked).toEqual([undefined, 'after-10', 'after-20']);
  });

  it('treats an absent, null or empty token as the last page', async () => {
    for (const nextPage of [undefined, null, '']) {
      let calls = 0;
      const fetchPage = async (): Promise<Page<number>> => {
        calls += 1;
        return nextPage === undefined ? { items: [] } : { items: [], nextPage };
      };
      await expect(findInPages(fetchPage, () => true)).resolves.toBeUndefined();
      expect(calls).toBe(1);
    }
  });

  it('stops on a server that repeats a token instead of looping forever', async () => {
    const fetchPage = async (): Promise<Page<number>> => ({ items: [1], nextPage: 'same' });
    await expect(findInPages(fetchPage, (n) => n === 2)).rejects.toThrow(/repeated the page token same/);
  });
});
