/**
 * jest globalTeardown: fails the run when it left docker images or containers, temporary files or
 * processes behind, with the list (test-support/leak-guard.ts). Leftover temporary files are
 * removed once reported. Node builtins only, as jest-global-setup.ts explains.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export default function globalTeardown(): void {
  const state = globalThis.leakGuard;
  if (state === undefined) return;
  globalThis.leakGuard = undefined;
  if (state.originalTmpdir === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = state.originalTmpdir;

  const result = state.run(['check', state.runTmp], state.dockerSnapshot);
  const tempEntries = result.stdout ? (JSON.parse(result.stdout) as string[]) : [];
  for (const entry of tempEntries) rmSync(join(state.runTmp, entry), { recursive: true, force: true });
  for (const kept of ['.registry-hosts', '.run-names']) rmSync(join(state.runTmp, kept), { force: true });
  // Kept only when it holds the log of a dockerd the tests started, which keeps running.
  if (readdirSync(state.runTmp).length === 0) rmSync(state.runTmp, { recursive: true, force: true });
  if (result.status !== 0) throw new Error(result.stderr || `leak guard exited with ${result.status}`);
}
