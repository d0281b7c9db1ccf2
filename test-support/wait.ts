/** Polling for services that announce nothing when they are ready (dockerd, the registry). */

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Calls `isReady` until it returns true. `whyNotYet` (checked first on each round) lets a
 * caller give up early, e.g. when the process it waits for has already exited.
 */
export async function waitUntil(
  what: string,
  isReady: () => Promise<boolean>,
  options: { timeoutMs: number; intervalMs?: number; whyNotYet?: () => string | undefined },
): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    const fatal = options.whyNotYet?.();
    if (fatal !== undefined) throw new Error(`${what}: ${fatal}`);
    if (await isReady().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`${what}: not ready after ${options.timeoutMs / 1000} s`);
    await sleep(options.intervalMs ?? 100);
  }
}
