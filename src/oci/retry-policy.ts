/**
 * When to try an OCI API call again and how long to wait: pure, so the arithmetic is tested without
 * a server. The loop that applies it lives in client.ts.
 */

export interface RetryPolicy {
  /** Attempts at most, the first included. */
  maxAttempts: number;
  /** No retry whose wait would end later than this after the first attempt started. */
  budgetMs: number;
  /** Wait before the 2nd attempt; doubles after each failure up to `maxDelayMs`, jittered. */
  firstDelayMs: number;
  maxDelayMs: number;
}

/** Build-push: a CI step must fail in seconds, not after the SDK default's 8 attempts over ~90 s. */
export const BRIEF_RETRY: RetryPolicy = {
  maxAttempts: 4,
  budgetMs: 20_000,
  firstDelayMs: 500,
  maxDelayMs: 4_000,
};

/**
 * Prune: thousands of deletes meet OCI's request limits (429) as a matter of course; each call keeps
 * trying for up to a minute rather than failing the run.
 */
export const PATIENT_RETRY: RetryPolicy = {
  maxAttempts: 100,
  budgetMs: 60_000,
  firstDelayMs: 500,
  maxDelayMs: 8_000,
};

/**
 * The wait before attempt `failedAttempts + 1`, or undefined to give up. Exponential backoff with
 * "equal jitter" (half fixed, half random), so that concurrent callers throttled together do not
 * come back together; a server's Retry-After is a floor.
 */
export function retryDelayMs(
  policy: RetryPolicy,
  failedAttempts: number,
  elapsedMs: number,
  retryAfterMs?: number,
  random: () => number = Math.random,
): number | undefined {
  if (failedAttempts >= policy.maxAttempts) return undefined;
  const ceiling = Math.min(policy.firstDelayMs * 2 ** (failedAttempts - 1), policy.maxDelayMs);
  const backoff = ceiling / 2 + (random() * ceiling) / 2;
  const delay = Math.round(Math.max(backoff, retryAfterMs ?? 0));
  return elapsedMs + delay > policy.budgetMs ? undefined : delay;
}

/** A Retry-After header (delta seconds or an HTTP date) in milliseconds; undefined when absent or unreadable. */
export function parseRetryAfter(header: string | null | undefined, now = Date.now()): number | undefined {
  if (header === null || header === undefined || header.trim() === '') return undefined;
  const value = header.trim();
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
