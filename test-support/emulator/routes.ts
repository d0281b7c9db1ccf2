/**
 * The API surface: (method, path) → handler. Paths are those the SDK clients build once their `endpoint` is
 * the emulator (identity and artifacts add /20160918, containerregistry /20180419, objectstorage nothing).
 * Handlers parse query and body, call the tenancy state, and shape the answer with views.ts.
 */
import { COMPARTMENT_ROUTES } from './compartments.js';
import { ApiError, invalidParameter } from './errors.js';
import { IMAGE_SIGNATURE_ROUTES } from './image-signatures.js';
import { KMS_ROUTES } from './kms.js';
import { paginate } from './pagination.js';
import { SCANNING_ROUTES } from './scanning.js';
import { imageEtag, type SortBy, type SortOrder, type TenancyState } from './state.js';
import type { ImageRecord } from './types.js';
import {
  imageSummaryView,
  imageView,
  repositorySummaryView,
  repositoryUsage,
  repositoryView,
  userView,
} from './views.js';

export interface RouteContext {
  params: Record<string, string>;
  query: URLSearchParams;
  /** Parsed JSON body; undefined when there was none. */
  body: unknown;
  /** Request headers, lower-case names (`if-match`). */
  headers: Record<string, string | string[] | undefined>;
  /** OCID of the user whose key signed the request. */
  callerId: string;
  state: TenancyState;
  defaultPageSize: number;
}

export interface Reply {
  status: number;
  body?: unknown;
  /** A plain-text answer instead of JSON (the instance metadata service's). */
  text?: string;
  headers?: Record<string, string>;
}

interface Route {
  method: string;
  pattern: RegExp;
  /** Async for the deletes: they await the state's hooks (a linked registry) before answering. */
  handle: (context: RouteContext) => Reply | Promise<Reply>;
}

const ARTIFACTS = '/20160918/container';

const ROUTES: Route[] = [
  { method: 'GET', pattern: /^\/n$/, handle: ({ state }) => ok(state.namespace) },
  {
    method: 'GET',
    pattern: /^\/20160918\/users\/(?<userId>[^/]+)$/,
    handle: ({ state, params }) => ok(userView(state.getUser(param(params, 'userId')), state.tenancy)),
  },
  {
    method: 'GET',
    pattern: new RegExp(`^${ARTIFACTS}/configuration$`),
    handle: ({ state, query }) => {
      requiredQuery(query, 'compartmentId');
      return ok({
        isRepositoryCreatedOnFirstPush: state.isRepositoryCreatedOnFirstPush,
        namespace: state.namespace,
      });
    },
  },
  { method: 'GET', pattern: new RegExp(`^${ARTIFACTS}/repositories$`), handle: listRepositories },
  { method: 'POST', pattern: new RegExp(`^${ARTIFACTS}/repositories$`), handle: createRepository },
  {
    method: 'GET',
    pattern: new RegExp(`^${ARTIFACTS}/repositories/(?<repositoryId>[^/]+)$`),
    handle: ({ state, params }) => {
      const repository = state.getRepository(param(params, 'repositoryId'));
      return ok(repositoryView(repository, repositoryUsage(state.imagesOf(repository.id))));
    },
  },
  {
    method: 'DELETE',
    pattern: new RegExp(`^${ARTIFACTS}/repositories/(?<repositoryId>[^/]+)$`),
    handle: async ({ state, params }) => {
      await state.deleteRepository(param(params, 'repositoryId'));
      return { status: 204 };
    },
  },
  { method: 'GET', pattern: new RegExp(`^${ARTIFACTS}/images$`), handle: listImages },
  {
    method: 'GET',
    pattern: new RegExp(`^${ARTIFACTS}/images/(?<imageId>[^/]+)$`),
    handle: ({ state, params }) => withEtag(state.getImage(param(params, 'imageId'))),
  },
  {
    method: 'DELETE',
    pattern: new RegExp(`^${ARTIFACTS}/images/(?<imageId>[^/]+)$`),
    handle: async ({ state, params, headers }) => {
      await state.deleteImage(param(params, 'imageId'), header(headers, 'if-match'));
      return { status: 204 };
    },
  },
  {
    method: 'POST',
    pattern: new RegExp(`^${ARTIFACTS}/images/(?<imageId>[^/]+)/actions/removeVersion$`),
    handle: async ({ state, params, body, headers }) => {
      const version = requiredString(objectBody(body), 'version');
      const imageId = param(params, 'imageId');
      return withEtag(await state.removeVersion(imageId, version, header(headers, 'if-match')));
    },
  },
  {
    method: 'GET',
    pattern: /^\/20180419\/docker\/token$/,
    handle: ({ state, query, callerId }) => {
      const issued = state.issueToken(callerId, query.get('scope') ?? '');
      return ok({
        token: issued.token,
        access_token: issued.token,
        scope: issued.scope,
        expires_in: issued.expiresInSeconds,
      });
    },
  },
  ...COMPARTMENT_ROUTES,
  ...KMS_ROUTES,
  ...IMAGE_SIGNATURE_ROUTES,
  ...SCANNING_ROUTES,
];

export type Resolution =
  | { found: true; handle: Route['handle']; params: Record<string, string> }
  | { found: false; error: ApiError };

export function resolveRoute(method: string, path: string): Resolution {
  const onPath = ROUTES.map((route) => ({ route, match: route.pattern.exec(path) })).filter(
    (candidate) => candidate.match !== null,
  );
  if (onPath.length === 0)
    return { found: false, error: new ApiError(404, 'NotFound', `No API at ${path}.`) };
  const chosen = onPath.find((candidate) => candidate.route.method === method.toUpperCase());
  if (chosen === undefined) {
    return {
      found: false,
      error: new ApiError(405, 'MethodNotAllowed', `${method} is not allowed on ${path}.`),
    };
  }
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(chosen.match?.groups ?? {})) {
    params[name] = decodeURIComponent(value);
  }
  return { found: true, handle: chosen.route.handle, params };
}

function listRepositories({ state, query, defaultPageSize }: RouteContext): Reply {
  const repositories = state.listRepositories({
    compartmentId: requiredQuery(query, 'compartmentId'),
    inSubtree: booleanQuery(query, 'compartmentIdInSubtree') ?? false,
    displayName: query.get('displayName') ?? undefined,
    repositoryId: query.get('repositoryId') ?? undefined,
    isPublic: booleanQuery(query, 'isPublic'),
    ...sortQuery(query),
  });
  const views = repositories.map((repository) =>
    repositorySummaryView(repository, repositoryUsage(state.imagesOf(repository.id))),
  );
  const page = paginate(
    views,
    query.get('limit') ?? undefined,
    query.get('page') ?? undefined,
    defaultPageSize,
  );
  const totals = repositoryUsage(repositories.flatMap((repository) => state.imagesOf(repository.id)));
  return listReply(page, {
    repositoryCount: repositories.length,
    imageCount: totals.imageCount,
    layerCount: 0,
    layersSizeInBytes: totals.layersSizeInBytes,
  });
}

function createRepository({ state, body, callerId }: RouteContext): Reply {
  const details = objectBody(body);
  const repository = state.createRepository(
    {
      compartmentId: requiredString(details, 'compartmentId'),
      displayName: requiredString(details, 'displayName'),
      isImmutable: booleanField(details, 'isImmutable'),
      isPublic: booleanField(details, 'isPublic'),
      freeformTags: stringRecordField(details, 'freeformTags'),
    },
    callerId,
  );
  return ok(repositoryView(repository, repositoryUsage([])));
}

function listImages({ state, query, defaultPageSize }: RouteContext): Reply {
  const images = state.listImages({
    compartmentId: requiredQuery(query, 'compartmentId'),
    inSubtree: booleanQuery(query, 'compartmentIdInSubtree') ?? false,
    repositoryId: query.get('repositoryId') ?? undefined,
    repositoryName: query.get('repositoryName') ?? undefined,
    version: query.get('version') ?? undefined,
    displayName: query.get('displayName') ?? undefined,
    imageId: query.get('imageId') ?? undefined,
    imageDigest: query.get('imageDigest') ?? undefined,
    isVersioned: booleanQuery(query, 'isVersioned'),
    ...sortQuery(query),
  });
  const page = paginate(
    images.map(imageSummaryView),
    query.get('limit') ?? undefined,
    query.get('page') ?? undefined,
    defaultPageSize,
  );
  return listReply(page, {});
}

// --- reply helpers ------------------------------------------------------------------------------------

function ok(body: unknown): Reply {
  return { status: 200, body };
}

/** A container image as GET and removeVersion answer it: the resource, and its etag as a header. */
function withEtag(image: ImageRecord): Reply {
  return { status: 200, body: imageView(image), headers: { etag: imageEtag(image) } };
}

/** Artifacts collections: `{items, remainingItemsCount, …}`, and `opc-next-page` while more remain. */
function listReply(
  page: { items: unknown[]; remainingItemsCount: number; nextPage?: string },
  extra: Record<string, unknown>,
): Reply {
  return {
    status: 200,
    body: { ...extra, items: page.items, remainingItemsCount: page.remainingItemsCount },
    headers: page.nextPage === undefined ? {} : { 'opc-next-page': page.nextPage },
  };
}

// --- request parsing ----------------------------------------------------------------------------------

function param(params: Record<string, string>, name: string): string {
  const value = params[name];
  if (value === undefined) throw new Error(`route has no parameter ${name}`);
  return value;
}

function header(headers: RouteContext['headers'], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function requiredQuery(query: URLSearchParams, name: string): string {
  const value = query.get(name);
  if (value === null || value === '') throw invalidParameter(`Query parameter ${name} is required.`);
  return value;
}

function booleanQuery(query: URLSearchParams, name: string): boolean | undefined {
  const value = query.get(name);
  if (value === null) return undefined;
  if (value !== 'true' && value !== 'false')
    throw invalidParameter(`${name} must be true or false, got '${value}'.`);
  return value === 'true';
}

function sortQuery(query: URLSearchParams): { sortBy?: SortBy; sortOrder?: SortOrder } {
  const sortBy = query.get('sortBy') ?? undefined;
  const sortOrder = query.get('sortOrder') ?? undefined;
  if (sortBy !== undefined && sortBy !== 'TIMECREATED' && sortBy !== 'DISPLAYNAME') {
    throw invalidParameter(`sortBy must be TIMECREATED or DISPLAYNAME, got '${sortBy}'.`);
  }
  if (sortOrder !== undefined && sortOrder !== 'ASC' && sortOrder !== 'DESC') {
    throw invalidParameter(`sortOrder must be ASC or DESC, got '${sortOrder}'.`);
  }
  return { sortBy, sortOrder };
}

function objectBody(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw invalidParameter('The request body must be a JSON object.');
  }
  return body as Record<string, unknown>;
}

function requiredString(details: Record<string, unknown>, name: string): string {
  const value = details[name];
  if (value === undefined || value === null || value === '') throw invalidParameter(`${name} is required.`);
  if (typeof value !== 'string') throw invalidParameter(`${name} must be a string.`);
  return value;
}

function booleanField(details: Record<string, unknown>, name: string): boolean | undefined {
  const value = details[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw invalidParameter(`${name} must be a boolean.`);
  return value;
}

function stringRecordField(
  details: Record<string, unknown>,
  name: string,
): Record<string, string> | undefined {
  const value = details[name];
  if (value === undefined || value === null) return undefined;
  const entries = typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : undefined;
  if (entries === undefined || entries.some(([, tag]) => typeof tag !== 'string')) {
    throw invalidParameter(`${name} must be an object of strings.`);
  }
  return Object.fromEntries(entries) as Record<string, string>;
}
