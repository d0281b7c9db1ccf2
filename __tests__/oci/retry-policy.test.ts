import { isNotFound, isRetryable, OciNetworkError } from '../../src/oci/errors.js';
import {
  BRIEF_RETRY,
  parseRetryAfter,
  PATIENT_RETRY,
  retryDelayMs,
  type RetryPolicy,
} from '../../src/oci/retry-policy.js';

const policy: RetryPolicy = { maxAttempts: 10, budgetMs: 60_000, firstDelayMs: 500, maxDelayMs: 8_000 };
const low = () => 0;
const high = () => 0.999999;

describe('retryDelayMs', () => {
  it.each([
    [1, 250, 500],
    [2, 500, 1_000],
    [3, 1_000, 2_000],
    [4, 2_000, 4_000],
    [5, 4_000, 8_000],
    [6, 4_000, 8_000],
  ])('after %i failure(s): between %i and %i ms (exponential, capped, equal jitter)', (failed, min, max) => {
    expect(retryDelayMs(policy, failed, 0, undefined, low)).toBe(min);
    expect(retryDelayMs(policy, failed, 0, undefined, high)).toBe(max);
  });

  it("waits at least the server's Retry-After, even beyond the cap", () => {
    expect(retryDelayMs(policy, 1, 0, 3_000, high)).toBe(3_000);
    expect(retryDelayMs(policy, 5, 0, 1_000, low)).toBe(4_000);
    expect(retryDelayMs(policy, 1, 0, 20_000, low)).toBe(20_000);
  });

  it('gives up after maxAttempts, or when the wait would end past the budget', () => {
    expect(retryDelayMs(policy, 10, 0, undefined, low)).toBeUndefined();
    expect(retryDelayMs(policy, 9, 0, undefined, low)).toBe(4_000);
    expect(retryDelayMs(policy, 3, 59_000, undefined, low)).toBe(1_000);
    expect(retryDelayMs(policy, 3, 59_001, undefined, low)).toBeUndefined();
    expect(retryDelayMs(policy, 1, 50_000, 20_000, low)).toBeUndefined();
  });

  it('build-push fails within seconds; prune keeps trying for a minute', () => {
    const worst = (p: RetryPolicy) => {
      let elapsed = 0;
      for (let failed = 1; ; failed++) {
        const delay = retryDelayMs(p, failed, elapsed, undefined, high);
        if (delay === undefined) return { attempts: failed, elapsed };
        elapsed += delay;
      }
    };
    expect(worst(BRIEF_RETRY)).toEqual({ attempts: 4, elapsed: 3_500 });
    const patient = worst(PATIENT_RETRY);
    expect(patient.elapsed).toBeGreaterThan(50_000);
    expect(patient.elapsed).toBeLessThanOrEqual(60_000);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-01-01T12:00:00Z');
  it.each([
    ['2', 2_000],
    [' 0 ', 0],
    ['1.5', 1_500],
    ['Wed, 01 Jan 2025 12:00:05 GMT', 5_000],
    ['Wed, 01 Jan 2025 11:59:00 GMT', 0],
  ])('%j → %i ms', (header, ms) => expect(parseRetryAfter(header, now)).toBe(ms));

  it.each([null, undefined, '', 'soon'])('%j → undefined', (header) =>
    expect(parseRetryAfter(header, now)).toBeUndefined(),
  );
});

describe('error classification', () => {
  it.each([
    [{ statusCode: 429 }, true],
    [{ statusCode: 500 }, true],
    [{ statusCode: 503 }, true],
    [{ statusCode: 400 }, false],
    [{ statusCode: 401 }, false],
    [{ statusCode: 404 }, false],
    [{ statusCode: 409 }, false],
    [new OciNetworkError('reset', 'ECONNRESET'), true],
    [new OciNetworkError('timeout', 'ETIMEDOUT'), true],
    [new OciNetworkError('no code'), true],
    [new OciNetworkError('no such host', 'ENOTFOUND'), false],
    [new OciNetworkError('bad certificate', 'CERT_HAS_EXPIRED'), false],
    [new Error('a bug'), false],
  ])('retryable(%o) = %s', (error, expected) => expect(isRetryable(error)).toBe(expected));

  it('isNotFound: a 404 only', () => {
    expect(isNotFound({ statusCode: 404, serviceCode: 'NotAuthorizedOrNotFound' })).toBe(true);
    expect(isNotFound({ statusCode: 401 })).toBe(false);
    expect(isNotFound(new OciNetworkError('reset', 'ECONNRESET'))).toBe(false);
    expect(isNotFound(undefined)).toBe(false);
  });
});
