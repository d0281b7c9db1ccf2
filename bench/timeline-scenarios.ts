/**
 * Where the action's time goes: one job (main + post step, as the runner runs them) with a
 * `docker` first on PATH that notes when each docker command starts and ends. The job's time then
 * splits into the docker commands and the action's own work between them: start-up, the extra
 * tags (registry API), outputs, the post step.
 */
import { execFile, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { World } from '../__tests__/e2e/world.js';
import { actionStep, endJob, startJob, stepResults, type Job } from './action-step.js';
import { uniqueBuildContext } from './build-context.js';
import { completion, DEFAULT_TIMEOUT_MS, type CommandSpec } from './measure.js';
import { runTags, type PushCase } from './push-scenarios.js';

/** A moment of the job: a step's node process started or exited, or a docker command did. */
export type TimelineEvent =
  | { atMs: number; kind: 'spawn' | 'exit'; step: 'main' | 'post' }
  | { atMs: number; kind: 'docker-start'; command: string }
  | { atMs: number; kind: 'docker-end' };

/** One stretch of the job: a docker command, or the action's node process between two of them. */
export interface Segment {
  name: string;
  ms: number;
}

/**
 * The job's events, in order, as consecutive segments. Between the main step's exit and the post
 * step's spawn the runner works, not the action: that gap is left out.
 */
export function segmentsOf(events: readonly TimelineEvent[]): Segment[] {
  const sorted = [...events].sort((a, b) => a.atMs - b.atMs);
  const segments: Segment[] = [];
  let step = 'main';
  let since = 'start';
  for (const [index, event] of sorted.entries()) {
    const next = sorted[index + 1];
    if (event.kind === 'spawn') {
      step = event.step;
      since = 'start';
    }
    if (event.kind === 'docker-start') since = event.command;
    if (!next || (event.kind === 'exit' && event.step === 'main')) continue;
    const until = next.kind === 'docker-start' ? next.command : 'exit';
    const name = event.kind === 'docker-start' ? event.command : `${step}: ${since} → ${until}`;
    segments.push({ name, ms: next.atMs - event.atMs });
  }
  return segments;
}

/**
 * `docker build` of the label step (Dockerfile on standard input) is told from the image build;
 * a buildx command is named with its own subcommand (`docker buildx build`).
 */
function commandName(subcommand: string, next: string, lastArgument: string): string {
  if (subcommand === 'buildx') return `docker buildx ${next}`;
  return subcommand === 'build' && lastArgument === '-'
    ? 'docker build - (LABEL step)'
    : `docker ${subcommand}`;
}

/** A bash `docker` that notes each command's start and end (`$EPOCHREALTIME`) around the real one. */
export function recordingDocker(dir: string, realDocker: string, events: string): string {
  const script = join(dir, 'docker');
  writeFileSync(
    script,
    [
      '#!/usr/bin/env bash',
      `printf '%s start %s %s %s\\n' "$EPOCHREALTIME" "$1" "$2" "\${!#}" >> '${events}'`,
      `'${realDocker}' "$@"`,
      'status=$?',
      `printf '%s end\\n' "$EPOCHREALTIME" >> '${events}'`,
      'exit $status',
      '',
    ].join('\n'),
  );
  chmodSync(script, 0o755);
  return dir;
}

export function dockerEvents(file: string): TimelineEvent[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [time = '', kind, subcommand = '', next = '', last = ''] = line.split(' ');
      const atMs = Number(time.replace(',', '.')) * 1000;
      return kind === 'start'
        ? { atMs, kind: 'docker-start', command: commandName(subcommand, next, last) }
        : { atMs, kind: 'docker-end' };
    });
}

const wallClockMs = () => performance.timeOrigin + performance.now();

/** Runs a step's process to its end; its time is the spawn and the exit, on the wall clock. */
export async function runStep(spec: CommandSpec, name: 'main' | 'post'): Promise<TimelineEvent[]> {
  const spawned = wallClockMs();
  const child = spawn(spec.command, spec.args, {
    cwd: spec.cwd,
    env: spec.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const { exitCode, output } = await completion(child, DEFAULT_TIMEOUT_MS);
  const exited = wallClockMs();
  if (exitCode !== 0) throw new Error(`the action (${name} step) failed:\n${output}`);
  return [
    { atMs: spawned, kind: 'spawn', step: name },
    { atMs: exited, kind: 'exit', step: name },
  ];
}

/** What a job on a buildx backend adds: its DOCKER_CONFIG (and builder input), its own repository. */
export interface TimelineOptions {
  env?: Record<string, string>;
  inputs?: Record<string, string>;
  repository?: string;
}

/** One job of the action (auth-token path) in `pushCase`, split into segments. */
export async function runTimeline(
  world: World,
  pushCase: Pick<PushCase, 'tags' | 'latencyMs'>,
  runId: string,
  options: TimelineOptions = {},
): Promise<Segment[]> {
  const realDocker = await which('docker');
  const scratch = mkdtempSync(join(tmpdir(), 'bench-timeline-'));
  const events = join(scratch, 'events');
  writeFileSync(events, '');
  const context = uniqueBuildContext();
  const tags = runTags(pushCase, `timeline-${runId}`);
  const repository = options.repository ?? 'bench/timeline';
  const job: Job = startJob();
  try {
    world.registry.setLatency(pushCase.latencyMs);
    const inputs = {
      region: 'sa-saopaulo-1',
      registry: world.registry.host,
      repository,
      context: context.dir,
      tags: tags.join('\n'),
      namespace: world.namespace,
      username: world.iamUser.name,
      'auth-token': world.iamUser.authToken,
      ...options.inputs,
    };
    const env = {
      ...options.env,
      HOME: scratch,
      PATH: `${recordingDocker(scratch, realDocker, events)}:${process.env.PATH ?? '/usr/bin:/bin'}`,
    };
    const main = actionStep('main', { job, inputs, env });
    const mainEvents = await runStep(main.spec, 'main');
    if (stepResults(main).outputs.pushed !== 'true') throw new Error('the main step did not push');
    const post = actionStep('post', { job, inputs, env, state: stepResults(main).state });
    const postEvents = await runStep(post.spec, 'post');
    return segmentsOf([...mainEvents, ...postEvents, ...dockerEvents(events)]);
  } finally {
    world.registry.setLatency(0);
    endJob(job);
    context.remove();
    rmSync(scratch, { recursive: true, force: true });
    const image = `${world.registry.host}/${world.namespace}/${repository}`;
    await new Promise((resolve) =>
      execFile('docker', ['rmi', '--force', ...tags.map((tag) => `${image}:${tag}`)], resolve),
    );
  }
}

export function which(program: string): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile('bash', ['-c', `command -v ${program}`], (error, stdout) =>
      error ? reject(new Error(`${program} is not on PATH`)) : resolve(stdout.trim()),
    ),
  );
}
