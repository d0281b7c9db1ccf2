import { mapConcurrent } from '../../src/common/concurrency.js';

/** A task whose completion the test controls, recording how many run at once. */
function gate() {
  let running = 0;
  let peak = 0;
  const pending: (() => void)[] = [];
  const task = async (n: number) => {
    running += 1;
    peak = Math.max(peak, running);
    await new Promise<void>((resolve) => pending.push(resolve));
    running -= 1;
    return n * 10;
  };
  const releaseAll = async () => {
    while (pending.length > 0 || running > 0) {
      pending.splice(0).forEach((resolve) => resolve());
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  return { task, releaseAll, peak: () => peak, started: () => pending.length };
}

describe('mapConcurrent', () => {
  it('runs at most `limit` at a time and keeps the input order', async () => {
    const g = gate();
    const items = Array.from({ length: 50 }, (_, i) => i);
    const result = mapConcurrent(items, 8, g.task);
    await new Promise((resolve) => setImmediate(resolve));
    expect(g.started()).toBe(8);
    await g.releaseAll();
    await expect(result).resolves.toEqual(items.map((n) => n * 10));
    expect(g.peak()).toBe(8);
  });

  it('handles fewer items than the limit, and none', async () => {
    await expect(mapConcurrent([1, 2], 8, async (n, index) => [n, index])).resolves.toEqual([
      [1, 0],
      [2, 1],
    ]);
    await expect(mapConcurrent([], 8, async () => 1)).resolves.toEqual([]);
  });

  it('rejects with the first failure and starts nothing new after it', async () => {
    const started: number[] = [];
    const outcome = mapConcurrent([0, 1, 2, 3, 4, 5], 2, async (n) => {
      started.push(n);
      await new Promise((resolve) => setImmediate(resolve));
      if (n === 1) throw new Error('boom');
      return n;
    });
    await expect(outcome).rejects.toThrow('boom');
    expect(started).toEqual([0, 1, 2]);
  });

  it('refuses a limit below 1', async () => {
    await expect(mapConcurrent([1], 0, async (n) => n)).rejects.toThrow(/positive integer/);
  });
});
