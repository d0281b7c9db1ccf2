/**
 * jest globalSetup: gives the run a temporary directory of its own (TMPDIR, which os.tmpdir()
 * reads and the workers inherit) and snapshots the docker engine, for jest-global-teardown.ts.
 * Node builtins only: jest loads this file under its own Node, which cannot resolve our imports;
 * the work is done by leak-guard.ts under the project's Node 24.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface GuardResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

declare global {
  /** Handed from setup to teardown (one process; the teardown cannot import, see above). */
  var leakGuard:
    | {
        runTmp: string;
        originalTmpdir: string | undefined;
        dockerSnapshot: string;
        run: (args: string[], input?: string) => GuardResult;
      }
    | undefined;
}

const ROOT = join(import.meta.dirname, '..');

/** Runs test-support/leak-guard.ts with the project's Node 24. */
function leakGuard(args: string[], input?: string): GuardResult {
  const node = join(ROOT, 'node_modules', '.bin', 'node');
  const script = join(ROOT, 'test-support', 'leak-guard.ts');
  const result = spawnSync(node, ['--import', './test-support/register.mjs', script, ...args], {
    cwd: ROOT,
    input: input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
  });
  return {
    status: result.status,
    stdout: result.stdout ?? '',
    stderr: result.stderr || (result.error?.message ?? ''),
  };
}

export default function globalSetup(): void {
  const snapshot = leakGuard(['snapshot']);
  if (snapshot.status !== 0) throw new Error(`leak guard: could not snapshot docker: ${snapshot.stderr}`);
  const runTmp = mkdtempSync(join(tmpdir(), 'ocir-test-run-'));
  globalThis.leakGuard = {
    runTmp,
    originalTmpdir: process.env.TMPDIR,
    dockerSnapshot: snapshot.stdout,
    run: leakGuard,
  };
  process.env.TMPDIR = runTmp;
}
