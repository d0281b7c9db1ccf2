/**
 * Samples the command line of every process on the machine while a test runs, so a test can
 * assert that no secret ever appeared in argv (which any local user can read in /proc).
 */
import { readdir, readFile } from 'node:fs/promises';
import { sleep } from './wait.js';

export interface CommandLineWatch {
  /** Stops sampling (after one last sample) and returns every distinct command line seen. */
  stop(): Promise<string[]>;
}

export function watchCommandLines(intervalMs = 10): CommandLineWatch {
  const seen = new Set<string>();
  let running = true;
  const loop = (async () => {
    while (running) {
      await sampleInto(seen);
      await sleep(intervalMs);
    }
    await sampleInto(seen);
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return [...seen];
    },
  };
}

async function sampleInto(seen: Set<string>): Promise<void> {
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name));
  await Promise.all(
    pids.map(async (pid) => {
      // Processes come and go between readdir and readFile: a vanished one is simply skipped.
      const raw = await readFile(`/proc/${pid}/cmdline`).catch(() => undefined);
      const commandLine = raw ? toCommandLine(raw) : '';
      if (commandLine) seen.add(commandLine);
    }),
  );
}

/** /proc/<pid>/cmdline holds argv NUL-separated (with a trailing NUL); kernel threads have none. */
export function toCommandLine(raw: Buffer): string {
  return raw.toString('utf8').replace(/\0+$/, '').split('\0').join(' ');
}
