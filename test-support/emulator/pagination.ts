/**
 * OCI list pagination: `limit` and an opaque `page` token in, one page plus `remainingItemsCount` and the
 * `opc-next-page` token out. Tokens encode an offset; clients must treat them as opaque.
 */
import { invalidParameter } from './errors.js';

export interface Page<T> {
  items: T[];
  remainingItemsCount: number;
  /** Value of `opc-next-page`; undefined on the last page. */
  nextPage?: string;
}

const MAX_LIMIT = 1000;

export function paginate<T>(
  all: T[],
  limit: string | undefined,
  page: string | undefined,
  defaultLimit: number,
): Page<T> {
  const size = limit === undefined ? defaultLimit : parseLimit(limit);
  const offset = page === undefined ? 0 : decodePageToken(page);
  const items = all.slice(offset, offset + size);
  const remainingItemsCount = Math.max(0, all.length - offset - items.length);
  return remainingItemsCount > 0
    ? { items, remainingItemsCount, nextPage: encodePageToken(offset + items.length) }
    : { items, remainingItemsCount };
}

function parseLimit(limit: string): number {
  const size = Number(limit);
  if (!Number.isInteger(size) || size < 1 || size > MAX_LIMIT) {
    throw invalidParameter(`limit must be an integer between 1 and ${MAX_LIMIT}, got '${limit}'.`);
  }
  return size;
}

function encodePageToken(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64url');
}

function decodePageToken(token: string): number {
  const match = /^offset:(\d+)$/.exec(Buffer.from(token, 'base64url').toString());
  if (!match?.[1]) throw invalidParameter(`Invalid page token '${token}'.`);
  return Number(match[1]);
}
