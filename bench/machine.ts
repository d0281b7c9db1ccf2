/** The machine a benchmark ran on, for the report: numbers mean little without it. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { nodeBinary } from '../test-support/runner.js';

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  kernel: string;
  node: string;
  dockerClient: string;
  dockerEngine: string;
  /** Whether `docker build` uses BuildKit (buildx installed) or the legacy builder. */
  buildKit: boolean;
}

export function describeMachine(): MachineInfo {
  const [client = '?', engine = '?'] = output('docker', [
    'version',
    '--format',
    '{{.Client.Version}} {{.Server.Version}}',
  ]).split(' ');
  const buildKit = output('docker', ['buildx', 'version']) !== '';
  return {
    cpu: cpus()[0]?.model.trim() ?? '?',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(readText('/etc/os-release'))?.[1] ?? '?',
    kernel: release(),
    node: output(nodeBinary(), ['--version']) || '?',
    dockerClient: client,
    dockerEngine: engine,
    buildKit,
  };
}

/** One-minute load average: other work on the machine shows here. */
export function loadAverage(): number {
  return loadavg()[0] ?? 0;
}

function output(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 15_000 });
  return result.status === 0 ? result.stdout.trim() : '';
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
