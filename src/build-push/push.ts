/**
 * Pushing every tag of one image: transient failures retried, one digest verified across all
 * tags, and immutable tags that already exist handled without overwriting anything. The first tag
 * is pushed with docker (the layers go up once); every other tag needs only its manifest, so with
 * `addTag` they are put concurrently through the registry API instead of one `docker push` each.
 */
import { ActionError } from '../common/errors.js';
import { DockerError } from './docker/cli.js';
import { classifyFailure } from './docker/parse.js';
import { RegistryApiError } from '../registry/api.js';
import { withRetries } from '../common/retry.js';

export interface TagReference {
  name: string;
  reference: string;
}

export interface PushOptions {
  attempts: number;
  pushOne: (reference: string) => Promise<string>;
  /**
   * Puts the image `digest`, already pushed under the first tag, under one more tag; resolves to the
   * digest the registry answered. Without it every tag is pushed with `pushOne`, one after another.
   */
  addTag?: (tag: TagReference, digest: string) => Promise<string>;
  /** On an immutable repository: the digest each already-existing tag holds. */
  existing?: Map<string, string>;
  /**
   * Whether a tag whose manifest PUT failed is pushed with `pushOne` instead (default true): only
   * where `pushOne` really uploads (docker push), not where the image was pushed beforehand.
   */
  pushOneFallback?: boolean;
  /**
   * Whether the image a tag already holds (`digest`) is the one being pushed: on an immutable
   * repository this decides, before anything is written, between skipping the tag and refusing.
   */
  sameImage?: (digest: string) => Promise<boolean>;
  log: (message: string) => void;
  initialDelayMs?: number;
  /**
   * A push refused as unauthorized: log in again if that may help, and say whether it did (then the
   * push is tried once more). The caller decides how often; without it a refusal is final.
   */
  renewLogin?: () => Promise<boolean>;
}

export interface PushResult {
  digest: string;
  pushed: string[];
  /** Immutable tags that already held this very image. */
  unchanged: string[];
}

export function isTransient(error: unknown): boolean {
  if (error instanceof RegistryApiError) return error.transient;
  return error instanceof DockerError && classifyFailure(error.output) === 'transient';
}

/**
 * The registry refused the credentials (401): an expired registry token looks like this. A refused
 * permission (403 denied) is not it: another login would not change the policy.
 */
export function isUnauthorized(error: unknown): boolean {
  if (error instanceof RegistryApiError) return error.unauthorized;
  return (
    error instanceof DockerError &&
    /\bunauthori[sz]ed\b|\b401\b|authentication required|incorrect username or password/i.test(error.output)
  );
}

export async function pushTags(tags: TagReference[], options: PushOptions): Promise<PushResult> {
  const existing = options.existing ?? new Map<string, string>();
  const fresh = tags.filter((tag) => !existing.has(tag.name));
  const unchanged = tags.filter((tag) => existing.has(tag.name)).map((tag) => tag.name);
  // Immutable tags that exist decide first: the image they hold is reused, or nothing is written.
  const held = unchanged.length > 0 ? await heldImage(tags, existing, options) : undefined;
  const digests = new Map<string, string>();
  const renewLogin = options.renewLogin ? singleFlight(options.renewLogin) : undefined;
  const attempt = (tag: TagReference, operation: () => Promise<string>) => {
    const withTransientRetries = () =>
      withRetries(operation, {
        attempts: options.attempts,
        initialDelayMs: options.initialDelayMs ?? 2000,
        isRetryable: isTransient,
        onRetry: (_error, attempt, delayMs) =>
          options.log(
            `Push of ${tag.reference} failed for a transient reason (attempt ${attempt}); retrying in ${delayMs / 1000}s`,
          ),
      });
    return withTransientRetries().catch(async (error: unknown) => {
      if (!isUnauthorized(error) || !renewLogin || !(await renewLogin())) throw error;
      return withTransientRetries();
    });
  };

  const addTag = options.addTag;
  if (addTag && fresh.length > 0) {
    // The layers go up once, with the first fresh tag, or not at all when an immutable tag already
    // holds the image; every other tag is one manifest PUT, all at once.
    const first = held === undefined ? fresh[0] : undefined;
    const rest = first ? fresh.slice(1) : fresh;
    const digest = first ? await attempt(first, () => options.pushOne(first.reference)) : held!;
    if (first) digests.set(first.name, digest);
    const outcomes = await Promise.allSettled(
      rest.map(async (tag) => {
        const answered = await attempt(tag, () => addTag(tag, digest)).catch((error: unknown) => {
          // The API path is an optimisation: where it fails for any reason but the login, docker still can.
          if (
            !(error instanceof RegistryApiError) ||
            error.unauthorized ||
            options.pushOneFallback === false
          ) {
            throw error;
          }
          options.log(
            `Tagging ${tag.name} by manifest failed (${error.message}); pushing it with docker instead`,
          );
          return attempt(tag, () => options.pushOne(tag.reference));
        });
        digests.set(tag.name, answered);
      }),
    );
    const failure = outcomes.find((outcome) => outcome.status === 'rejected');
    if (failure) throw failure.reason;
    if (rest.length > 0) options.log(`Tagged ${rest.map((tag) => tag.name).join(', ')} with ${digest}`);
  } else {
    for (const tag of fresh) digests.set(tag.name, await attempt(tag, () => options.pushOne(tag.reference)));
  }

  const pushedDigests = [...new Set(digests.values())];
  if (pushedDigests.length > 1) {
    const listing = [...digests].map(([name, digest]) => `${name}: ${digest}`).join(', ');
    throw new ActionError(
      `The pushed tags do not carry one digest (${listing}); another push may be racing this one.`,
    );
  }
  const digest = held ?? pushedDigests[0]!;
  if (held !== undefined && pushedDigests.some((pushed) => pushed !== held)) {
    throw new ActionError(
      `The registry stored ${pushedDigests.join(', ')} for tags of ${held}; another push may be racing this one.`,
    );
  }
  for (const name of unchanged)
    options.log(`Tag ${name} already holds ${existing.get(name)} on this immutable repository: skipped`);
  return { digest, pushed: fresh.map((tag) => tag.name), unchanged };
}

/**
 * The image the existing immutable tags hold, when it is the one being pushed; otherwise the run
 * fails here, before any tag is written, naming each tag that would have to move.
 */
async function heldImage(
  tags: readonly TagReference[],
  existing: ReadonlyMap<string, string>,
  options: Pick<PushOptions, 'sameImage'>,
): Promise<string> {
  const requested = tags.filter((tag) => existing.has(tag.name));
  const held = [...new Set(requested.map((tag) => existing.get(tag.name)!))];
  const verdicts = await Promise.all(
    held.map(async (digest) => [digest, (await options.sameImage?.(digest)) ?? false] as const),
  );
  const other = new Set(verdicts.filter(([, same]) => !same).map(([digest]) => digest));
  const moved = requested.filter((tag) => other.has(existing.get(tag.name)!));
  if (moved.length > 0) throw immutableRefusal(moved, existing);
  return held[0]!;
}

/** Immutable tags cannot move: the refusal names each tag and the image it holds. */
export function immutableRefusal(
  moved: readonly TagReference[],
  existing: ReadonlyMap<string, string>,
  digest?: string,
): ActionError {
  return new ActionError(
    `The repository is immutable and ${moved.map((tag) => `'${tag.name}' (${existing.get(tag.name)})`).join(', ')} already ` +
      `hold${moved.length === 1 ? 's' : ''} another image than ${digest ?? 'the one built'}. Immutable tags cannot be moved: ` +
      `push a new tag (a version or the commit sha) instead. No tag was written.`,
  );
}

/** Immutable tags cannot move: any requested tag already holding another image than `digest` fails the run. */
export function assertNoTagMoves(
  tags: readonly TagReference[],
  existing: ReadonlyMap<string, string>,
  digest: string,
): void {
  const moved = tags.filter((tag) => existing.has(tag.name) && existing.get(tag.name) !== digest);
  if (moved.length > 0) throw immutableRefusal(moved, existing, digest);
}

/**
 * Concurrent refusals share one renewal: the first caller renews, the others wait for its answer,
 * and later callers get that same answer (at most one fresh login per run, as registry-login rules).
 */
function singleFlight(renew: () => Promise<boolean>): () => Promise<boolean> {
  let outcome: Promise<boolean> | undefined;
  return () => (outcome ??= renew());
}
