/**
 * OCI's request limits: a token bucket per rule, refilled at `perSecond` up to `burst`. A request on a
 * matching route that finds the bucket empty is answered 429 TooManyRequests with a Retry-After
 * header (whole seconds, as HTTP has it) saying when a token will be there again.
 */
import type { Throttle } from './types.js';

export interface Refusal {
  /** Whole seconds until every matching bucket holds a token again (at least 1). */
  retryAfterSeconds: number;
  sendRetryAfter: boolean;
}

interface Bucket {
  rule: Throttle;
  tokens: number;
  refilledAt: number;
}

export class Throttling {
  private buckets: Bucket[] = [];
  private readonly clock: () => number;

  constructor(rules: Throttle[] = [], clock: () => number = () => performance.now()) {
    this.clock = clock;
    for (const rule of rules) this.add(rule);
  }

  add(rule: Throttle): void {
    if (!(rule.perSecond > 0)) throw new Error(`Throttle.perSecond must be positive, got ${rule.perSecond}`);
    const burst = rule.burst ?? Math.max(1, Math.ceil(rule.perSecond));
    if (!(burst >= 1)) throw new Error(`Throttle.burst must be at least 1, got ${burst}`);
    this.buckets.push({ rule: { ...rule, burst }, tokens: burst, refilledAt: this.clock() });
  }

  clear(): void {
    this.buckets = [];
  }

  /**
   * Takes a token from every bucket whose rule matches; undefined when the request may pass, else how
   * long to wait (for the emptiest bucket). A refused request takes nothing.
   */
  admit(method: string, path: string): Refusal | undefined {
    const now = this.clock();
    const matching = this.buckets.filter((bucket) => matches(bucket.rule, method, path));
    for (const bucket of matching) {
      const burst = bucket.rule.burst ?? 1;
      bucket.tokens = Math.min(
        burst,
        bucket.tokens + ((now - bucket.refilledAt) / 1000) * bucket.rule.perSecond,
      );
      bucket.refilledAt = now;
    }
    const empty = matching.filter((bucket) => bucket.tokens < 1);
    if (empty.length > 0) {
      const waits = empty.map((bucket) => (1 - bucket.tokens) / bucket.rule.perSecond);
      return {
        retryAfterSeconds: Math.max(1, Math.ceil(Math.max(...waits))),
        sendRetryAfter: empty.every((bucket) => bucket.rule.retryAfter !== false),
      };
    }
    for (const bucket of matching) bucket.tokens -= 1;
    return undefined;
  }
}

function matches(rule: Throttle, method: string, path: string): boolean {
  if (rule.method !== undefined && rule.method.toUpperCase() !== method.toUpperCase()) return false;
  if (rule.path === undefined) return true;
  if (typeof rule.path === 'string') return rule.path === path;
  rule.path.lastIndex = 0;
  return rule.path.test(path);
}
