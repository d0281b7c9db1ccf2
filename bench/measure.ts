/**
 * Runs one command and measures it: wall time, the peak memory of each process it starts, and
 * the largest single process, exactly, through GNU time when the machine has it.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { watchProcessTree, type TreeMemory } from './proc-tree.js';

const GNU_TIME = '/usr/bin/time';
export const DEFAULT_TIMEOUT_MS = 120_000;
/** Often enough to catch most short docker CLI runs, rarely enough to stay light on 2 cores. */
export const SAMPLE_INTERVAL_MS = 20;

export interface Measurement {
  wallMs: number;
  exitCode: number | null;
  /** stdout and stderr in arrival order, to explain a failed run. */
  output: string;
  memory: TreeMemory;
  /**
   * Peak RSS of the largest single process, in KiB. From GNU time (the kernel's own account of
   * every process it waited for) when present, else the highest sampled VmHWM.
   */
  largestKiB: number;
}

export interface CommandSpec {
  command: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
}

/** GNU time gives exact peaks; without it (or when told not to use it) peaks are sampled only. */
export function gnuTimeAvailable(): boolean {
  return existsSync(GNU_TIME);
}

export interface MeasureOptions {
  gnuTime: boolean;
  /** The command is killed after this long. Default 120 s. */
  timeoutMs?: number;
}

export async function measure(spec: CommandSpec, options: MeasureOptions): Promise<Measurement> {
  const exactPeaks = options.gnuTime;
  const scratch = mkdtempSync(join(tmpdir(), 'bench-measure-'));
  const timeFile = join(scratch, 'maxrss');
  try {
    const [command, args] = exactPeaks
      ? [GNU_TIME, ['-f', '%M', '-o', timeFile, spec.command, ...spec.args]]
      : [spec.command, spec.args];
    const started = performance.now();
    const child = spawn(command, args, { cwd: spec.cwd, env: spec.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const watch =
      child.pid === undefined
        ? undefined
        : watchProcessTree(child.pid, { includeRoot: !exactPeaks, intervalMs: SAMPLE_INTERVAL_MS });
    const { exitCode, output } = await completion(child, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const wallMs = performance.now() - started;
    const memory = (await watch?.stop()) ?? { processes: [], peakTreeKiB: 0 };
    const sampledLargest = Math.max(0, ...memory.processes.map((p) => p.peakKiB));
    const largestKiB = exactPeaks ? readGnuTimeKiB(timeFile) : sampledLargest;
    return { wallMs, exitCode, output, memory, largestKiB };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Waits for a spawned command (stdout and stderr piped), killed after `timeoutMs`. */
export function completion(
  child: ReturnType<typeof spawn>,
  timeoutMs: number,
): Promise<{ exitCode: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => chunks.push(chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (exitCode) => {
      clearTimeout(timer);
      resolve({ exitCode, output: Buffer.concat(chunks).toString('utf8') });
    });
  });
}

/** A command to its end (stdin from `input`); rejects with its output when it fails. */
export async function runToEnd(
  command: string,
  args: string[],
  env: Record<string, string>,
  input?: string,
): Promise<string> {
  const child = spawn(command, args, {
    env: { ...process.env, ...env },
    stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  if (input !== undefined) child.stdin?.end(input);
  const { exitCode, output } = await completion(child, DEFAULT_TIMEOUT_MS);
  if (exitCode !== 0) throw new Error(`${command} ${args.join(' ')} failed (${exitCode}):\n${output}`);
  return output;
}

/** GNU time writes `%M` last; a failing command adds a "Command exited with non-zero status" line first. */
function readGnuTimeKiB(file: string): number {
  const lines = readFileSync(file, 'utf8').trim().split('\n');
  const kib = Number(lines[lines.length - 1]);
  if (!Number.isFinite(kib)) throw new Error(`unexpected GNU time output: ${lines.join(' | ')}`);
  return kib;
}
