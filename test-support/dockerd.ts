/**
 * The docker engine the end-to-end tests and the demo build and push with. A missing engine is
 * an error, never a reason to skip: tests that silently skip prove nothing.
 *
 * Also a command for .ci/run: `node --import ./test-support/register.mjs test-support/dockerd.ts`
 * prints `started <pid>` when it had to start dockerd (the caller stops it), or `running`.
 */
import { execFile, spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitUntil } from './wait.js';

/** No bridge and no iptables rules: the engine must not touch the host network or reach out. */
export const DOCKERD_ARGS = ['--bridge=none', '--iptables=false', '--ip6tables=false'];
const START_TIMEOUT_MS = 60_000;

export interface DockerEngine {
  /** Set when ensureDocker started dockerd itself; it keeps running for later tests. */
  startedPid?: number;
  logFile?: string;
}

export async function ensureDocker(): Promise<DockerEngine> {
  const first = await dockerInfo();
  if (first.ok) return {};
  if (first.missingCli)
    throw new Error('the docker CLI is not installed (Debian package docker.io; see .ci/run)');

  const logFile = join(mkdtempSync(join(tmpdir(), 'dockerd-')), 'dockerd.log');
  const log = openSync(logFile, 'a');
  const child = spawn('dockerd', DOCKERD_ARGS, { detached: true, stdio: ['ignore', log, log] });
  closeSync(log);
  let exited: string | undefined;
  child.once(
    'error',
    (error) => (exited = `could not run dockerd (Debian package docker.io): ${error.message}`),
  );
  child.once('exit', (code, signal) => (exited = `dockerd exited (${signal ?? code})`));
  child.unref();

  try {
    await waitUntil('docker engine', async () => (await dockerInfo()).ok, {
      timeoutMs: START_TIMEOUT_MS,
      intervalMs: 500,
      whyNotYet: () => exited,
    });
  } catch (error) {
    if (child.pid !== undefined && child.exitCode === null) child.kill('SIGTERM');
    throw new Error(
      `${(error as Error).message}. 'docker info' said: ${first.error}\n--- ${logFile} (last lines) ---\n${tail(logFile)}`,
    );
  }
  return { startedPid: child.pid, logFile };
}

async function dockerInfo(): Promise<{ ok: boolean; missingCli: boolean; error: string }> {
  return new Promise((resolve) => {
    execFile(
      'docker',
      ['info', '--format', '{{.ServerVersion}}'],
      { timeout: 15_000 },
      (error, stdout, stderr) => {
        const missingCli = (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';
        resolve({
          ok: !error && stdout.trim() !== '',
          missingCli,
          error: (stderr || error?.message || '').trim(),
        });
      },
    );
  });
}

function tail(file: string, lines = 30): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

if (import.meta.main) {
  const engine = await ensureDocker();
  console.log(engine.startedPid === undefined ? 'running' : `started ${engine.startedPid}`);
}
