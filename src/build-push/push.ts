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
  /** The registry digests of the local image, for when every tag already exists. */
  localDigests?: () => Promise<string[]>;
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

  const [first, ...rest] = fresh;
  const addTag = options.addTag;
  if (first && addTag) {
    const digest = await attempt(first, () => options.pushOne(first.reference));
    digests.set(first.name, digest);
    const outcomes = await Promise.allSettled(
      rest.map(async (tag) => {
        const answered = await attempt(tag, () => addTag(tag, digest)).catch((error: unknown) => {
          // The API path is an optimisation: where it fails for any reason but the login, docker still can.
          if (!(error instanceof RegistryApiError) || error.unauthorized) throw error;
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
  const digest = pushedDigests[0] ?? (await digestOfExistingImage(existing, options));
  const unchanged = tags.filter((tag) => existing.has(tag.name)).map((tag) => tag.name);
  const moved = unchanged.filter((name) => existing.get(name) !== digest);
  if (moved.length > 0) {
    throw new ActionError(
      `The repository is immutable and ${moved.map((name) => `'${name}' (${existing.get(name)})`).join(', ')} already ` +
        `hold${moved.length === 1 ? 's' : ''} another image than ${digest}. Immutable tags cannot be moved: push a new tag ` +
        `(a version or the commit sha) instead.`,
    );
  }
  for (const name of unchanged)
    options.log(`Tag ${name} already holds ${digest} on this immutable repository: skipped`);
  return { digest, pushed: fresh.map((tag) => tag.name), unchanged };
}

/** Every tag already exists: the local image must be the one they hold, else nothing may be pushed. */
async function digestOfExistingImage(existing: Map<string, string>, options: PushOptions): Promise<string> {
  const local = options.localDigests ? await options.localDigests() : [];
  const match = [...existing.values()].find((digest) => local.includes(digest));
  if (match) return match;
  const holdings = [...existing].map(([name, digest]) => `'${name}' holds ${digest}`).join(', ');
  throw new ActionError(
    `The repository is immutable and every tag already exists (${holdings}), while the local image is another ` +
      `one. Immutable tags cannot be moved: push a new tag (a version or the commit sha) instead.`,
  );
}

/**
 * Concurrent refusals share one renewal: the first caller renews, the others wait for its answer,
 * and later callers get that same answer (at most one fresh login per run, as registry-login rules).
 */
function singleFlight(renew: () => Promise<boolean>): () => Promise<boolean> {
  let outcome: Promise<boolean> | undefined;
  return () => (outcome ??= renew());
}
