import { withRetries } from '../../src/common/retry.js';

const noSleep = async () => {};

describe('withRetries', () => {
  it('retries a retryable failure with doubling delays, then succeeds', async () => {
    const delays: number[] = [];
    let calls = 0;
    const result = await withRetries(
      async () => {
        calls++;
        if (calls < 3) throw new Error('503');
        return 'ok';
      },
      {
        attempts: 3,
        initialDelayMs: 100,
        isRetryable: () => true,
        sleep: noSleep,
        onRetry: (_e, _a, d) => delays.push(d),
      },
    );
    expect(result).toBe('ok');
    expect(calls).toBe(3);
    expect(delays).toEqual([100, 200]);
  });

  it('gives up after the last attempt with the last error', async () => {
    let calls = 0;
    await expect(
      withRetries(async () => Promise.reject(new Error(`fail ${++calls}`)), {
        attempts: 2,
        initialDelayMs: 1,
        isRetryable: () => true,
        sleep: noSleep,
      }),
    ).rejects.toThrow('fail 2');
  });

  it('never retries what is not retryable', async () => {
    let calls = 0;
    await expect(
      withRetries(async () => Promise.reject(new Error(`denied ${++calls}`)), {
        attempts: 5,
        initialDelayMs: 1,
        isRetryable: () => false,
        sleep: noSleep,
      }),
    ).rejects.toThrow('denied 1');
    expect(calls).toBe(1);
  });
});
