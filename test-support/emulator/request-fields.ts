/**
 * Request parsing and list answers for the Vault, image-signature and scanning routes (kms.ts,
 * image-signatures.ts, scanning.ts): the same rules as routes.ts applies to the Artifacts API.
 */
import { invalidParameter } from './errors.js';
import { paginate } from './pagination.js';
import type { Reply, RouteContext } from './routes.js';

/** How those modules declare a route; routes.ts spreads them into its table. */
export interface ExtraRoute {
  method: string;
  pattern: RegExp;
  handle: (context: RouteContext) => Reply | Promise<Reply>;
}

export function ok(body: unknown): Reply {
  return { status: 200, body };
}

export function objectBody(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw invalidParameter('The request body must be a JSON object.');
  }
  return body as Record<string, unknown>;
}

export function requiredString(details: Record<string, unknown>, name: string): string {
  const value = details[name];
  if (value === undefined || value === null || value === '') throw invalidParameter(`${name} is required.`);
  if (typeof value !== 'string') throw invalidParameter(`${name} must be a string.`);
  return value;
}

export function optionalString(details: Record<string, unknown>, name: string): string | undefined {
  const value = details[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw invalidParameter(`${name} must be a string.`);
  return value;
}

export function requiredQuery(query: URLSearchParams, name: string): string {
  const value = query.get(name);
  if (value === null || value === '') throw invalidParameter(`Query parameter ${name} is required.`);
  return value;
}

export function booleanQuery(query: URLSearchParams, name: string): boolean | undefined {
  const value = query.get(name);
  if (value === null) return undefined;
  if (value !== 'true' && value !== 'false')
    throw invalidParameter(`${name} must be true or false, got '${value}'.`);
  return value === 'true';
}

export function param(params: Record<string, string>, name: string): string {
  const value = params[name];
  if (value === undefined) throw new Error(`route has no parameter ${name}`);
  return value;
}

/**
 * One page of `items` as OCI collections answer (`{items}`, plus `remainingItemsCount` for Artifacts),
 * with `opc-next-page` while more remain.
 */
export function pageReply(
  items: unknown[],
  { query, defaultPageSize }: RouteContext,
  withRemaining: boolean,
): Reply {
  const page = paginate(
    items,
    query.get('limit') ?? undefined,
    query.get('page') ?? undefined,
    defaultPageSize,
  );
  return {
    status: 200,
    body: withRemaining
      ? { items: page.items, remainingItemsCount: page.remainingItemsCount }
      : { items: page.items },
    headers: page.nextPage === undefined ? {} : { 'opc-next-page': page.nextPage },
  };
}
