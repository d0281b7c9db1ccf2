/**
 * The benchmark: the action against the hand-written shell it replaces, on the local world
 * (docker engine, OCI API emulator, registry). Prints BENCHMARKS.md; `--write` also saves it.
 *
 *   node_modules/.bin/node --import ./test-support/register.mjs bench/run.ts [--write]
 *     [--runs N] [--timeline-runs N] [--startup-runs N] [--prune-runs N] [--buildkit-runs N]
 *     [--replicate-runs N] [--sample-only] [--only push|timeline|startup|prune|indexes|buildkit|replicate …]
 *     [--json samples.json]
 *
 * `--only` (repeatable) runs some parts and prints their report; `--write` needs every part, except
 * `--only buildkit --write` and `--only replicate --write`, which rewrite that section of
 * BENCHMARKS.md alone.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { startWorld, type World } from '../__tests__/e2e/world.js';
import { PROJECT_ROOT } from '../test-support/runner.js';
import { PAYLOAD_BYTES } from './build-context.js';
import { describeMachine, loadAverage } from './machine.js';
import { gnuTimeAvailable, SAMPLE_INTERVAL_MS } from './measure.js';
import {
  INDEX_LATENCIES_MS,
  INDEX_VARIANTS,
  runIndexVariant,
  startIndexWorld,
} from './prune-index-scenarios.js';
import {
  ARTICLES_TIMELINE_CASES,
  BUILDKIT_CASES,
  BUILDKIT_VARIANTS,
  FIXED_COST_CASES,
  prepareBuildkit,
  PUSH_STRATEGIES,
  runBuildkitTimeline,
  runArticlesTimeline,
  runBuildkitVariant,
  runPushStrategy,
  STRATEGY_LATENCIES_MS,
  type BuildkitResults,
  type BuildkitRunOptions,
  type BuildkitVariant,
  type PushStrategy,
} from './buildkit-scenarios.js';
import { PRUNE_LATENCIES_MS, PRUNE_VARIANTS, runPruneVariant } from './prune-scenarios.js';
import { PUSH_CASES, runPushVariant, type PushResults } from './push-scenarios.js';
import {
  actionReplicates,
  prepareReplicateImage,
  REPLICATE_VARIANTS,
  runEngineOnLargeImage,
  runReplicateVariant,
  type ReplicateResults,
} from './replicate-scenarios.js';
import {
  BUILDKIT_HEADING,
  buildkitSection,
  isComplete,
  REPLICATE_HEADING,
  replicateSection,
  renderReport,
  spliceSection,
  type BenchResults,
  type BenchSettings,
  type IndexRound,
  type PruneRound,
} from './report.js';
import {
  bundleSizes,
  runStartupVariant,
  STARTUP_VARIANTS,
  type StartupSample,
  type StartupVariant,
} from './startup-scenarios.js';
import { runTimeline, type Segment } from './timeline-scenarios.js';

const PARTS = ['push', 'timeline', 'startup', 'prune', 'indexes', 'buildkit', 'replicate'] as const;
/** Parts whose section `--write` can rewrite alone (`--only <part> --write`). */
const SECTION_PARTS = ['buildkit', 'replicate'] as const;
type Part = (typeof PARTS)[number];

interface Options {
  write: boolean;
  /** Where to save every sample as JSON (the report keeps medians only). */
  json: string | undefined;
  parts: Set<Part>;
  settings: BenchSettings;
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      write: { type: 'boolean', default: false },
      runs: { type: 'string', default: '10' },
      'timeline-runs': { type: 'string', default: '5' },
      'startup-runs': { type: 'string', default: '30' },
      'prune-runs': { type: 'string', default: '3' },
      'buildkit-runs': { type: 'string', default: '5' },
      'replicate-runs': { type: 'string', default: '3' },
      'sample-only': { type: 'boolean', default: false },
      only: { type: 'string', multiple: true },
      json: { type: 'string' },
    },
  });
  const parts = new Set((values.only ?? [...PARTS]).map(partNamed));
  const sectionOnly = parts.size === 1 && SECTION_PARTS.some((part) => parts.has(part));
  if (values.write && parts.size < PARTS.length && !sectionOnly) {
    throw new Error(
      `--write rewrites BENCHMARKS.md with every part (or one section alone: --only ${SECTION_PARTS.join('|')})`,
    );
  }
  return {
    write: values.write,
    json: values.json,
    parts,
    settings: {
      pushRuns: positiveInteger('--runs', values.runs),
      startupRuns: positiveInteger('--startup-runs', values['startup-runs']),
      pruneRuns: positiveInteger('--prune-runs', values['prune-runs']),
      timelineRuns: positiveInteger('--timeline-runs', values['timeline-runs']),
      buildkitRuns: positiveInteger('--buildkit-runs', values['buildkit-runs']),
      replicateRuns: positiveInteger('--replicate-runs', values['replicate-runs']),
      payloadBytes: PAYLOAD_BYTES,
      gnuTime: !values['sample-only'] && gnuTimeAvailable(),
      sampleIntervalMs: SAMPLE_INTERVAL_MS,
    },
  };
}

function positiveInteger(flag: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${flag} wants a positive integer, not '${text}'`);
  return value;
}

function partNamed(name: string): Part {
  const part = PARTS.find((candidate) => candidate === name);
  if (!part) throw new Error(`--only wants one of ${PARTS.join(', ')}, not '${name}'`);
  return part;
}

const progress = (line: string) => process.stderr.write(`${line}\n`);

/** Round `round` starts at a different variant each time, so slow phases of the machine hit all alike. */
function rotated<T>(items: readonly T[], round: number): T[] {
  const shift = round % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}

/** Every (case, variant) pair once per round, in an order that rotates: latency and tag count alternate too. */
async function benchPush(world: World, settings: BenchSettings): Promise<PushResults> {
  const pairs = PUSH_CASES.flatMap((pushCase) => pushCase.variants.map((variant) => ({ pushCase, variant })));
  const samples: PushResults = Object.fromEntries(PUSH_CASES.map((c) => [c.id, {}]));
  for (const { pushCase, variant } of pairs) {
    await runPushVariant(variant, { world, gnuTime: settings.gnuTime, runId: 'warmup', pushCase });
  }
  for (let round = 1; round <= settings.pushRuns; round++) {
    for (const { pushCase, variant } of rotated(pairs, round)) {
      const sample = await runPushVariant(variant, {
        world,
        gnuTime: settings.gnuTime,
        runId: String(round),
        pushCase,
      });
      const byVariant = samples[pushCase.id] ?? {};
      (byVariant[variant] ??= []).push(sample);
      samples[pushCase.id] = byVariant;
      progress(
        `  push ${round}/${settings.pushRuns} ${pushCase.id} ${variant}: ${(sample.wallMs / 1000).toFixed(2)} s`,
      );
    }
  }
  return samples;
}

/** Each case once per round, in an order that rotates; one warm-up job per case first. */
async function benchTimeline(world: World, settings: BenchSettings): Promise<Record<string, Segment[][]>> {
  const jobs: Record<string, Segment[][]> = Object.fromEntries(PUSH_CASES.map((c) => [c.id, []]));
  for (const pushCase of PUSH_CASES) await runTimeline(world, pushCase, 'warmup');
  for (let round = 1; round <= settings.timelineRuns; round++) {
    for (const pushCase of rotated(PUSH_CASES, round)) {
      jobs[pushCase.id]?.push(await runTimeline(world, pushCase, String(round)));
    }
  }
  progress(`  timeline: ${settings.timelineRuns} jobs of each case`);
  return jobs;
}

async function benchStartup(settings: BenchSettings): Promise<Record<StartupVariant, StartupSample[]>> {
  const samples = Object.fromEntries(STARTUP_VARIANTS.map((v) => [v, [] as StartupSample[]])) as Record<
    StartupVariant,
    StartupSample[]
  >;
  for (const variant of STARTUP_VARIANTS) await runStartupVariant(variant, settings.gnuTime);
  for (let round = 1; round <= settings.startupRuns; round++) {
    for (const variant of rotated(STARTUP_VARIANTS, round)) {
      samples[variant].push(await runStartupVariant(variant, settings.gnuTime));
    }
  }
  progress(`  start-up: ${settings.startupRuns} runs of ${STARTUP_VARIANTS.join(', ')}`);
  return samples;
}

/**
 * Both variants at each latency, alternating. The warm-up runs at 0 ms only: at 30 ms the one-by-one
 * baseline alone takes minutes, and a warm-up is for the file cache, not the network.
 */
async function benchPrune(settings: BenchSettings): Promise<PruneRound[]> {
  for (const variant of PRUNE_VARIANTS) {
    await runPruneVariant(variant, { gnuTime: settings.gnuTime, latencyMs: 0 });
  }
  const rounds: PruneRound[] = [];
  for (const latencyMs of PRUNE_LATENCIES_MS) {
    const samples: PruneRound['samples'] = { action: [], 'one-by-one': [] };
    for (let round = 1; round <= settings.pruneRuns; round++) {
      for (const variant of rotated(PRUNE_VARIANTS, round)) {
        const sample = await runPruneVariant(variant, { gnuTime: settings.gnuTime, latencyMs });
        samples[variant].push(sample);
        progress(
          `  prune ${latencyMs} ms ${round}/${settings.pruneRuns} ${variant}: ` +
            `${(sample.wallMs / 1000).toFixed(2)} s, ${sample.requests} requests`,
        );
      }
    }
    rounds.push({ latencyMs, samples });
  }
  return rounds;
}

/** Reads and no reads at each latency, alternating, on one world seeded once (a run changes nothing). */
async function benchIndexes(settings: BenchSettings): Promise<IndexRound[]> {
  const indexWorld = await startIndexWorld();
  try {
    for (const variant of INDEX_VARIANTS) {
      await runIndexVariant(variant, { indexWorld, latencyMs: 0, gnuTime: settings.gnuTime });
    }
    const rounds: IndexRound[] = [];
    for (const latencyMs of INDEX_LATENCIES_MS) {
      const samples: IndexRound['samples'] = { reads: [], 'no-reads': [] };
      for (let round = 1; round <= settings.pruneRuns; round++) {
        for (const variant of rotated(INDEX_VARIANTS, round)) {
          const sample = await runIndexVariant(variant, { indexWorld, latencyMs, gnuTime: settings.gnuTime });
          samples[variant].push(sample);
          progress(
            `  indexes ${latencyMs} ms ${round}/${settings.pruneRuns} ${variant}: ` +
              `${(sample.wallMs / 1000).toFixed(2)} s, ${sample.registryReads} registry reads`,
          );
        }
      }
      rounds.push({ latencyMs, samples });
    }
    return rounds;
  } finally {
    await indexWorld.close();
  }
}

/**
 * Every (case, variant) pair, both push strategies and the timeline jobs once per round, in an
 * order that rotates; one warm-up round first (it also pulls nothing: both builders are local).
 */
async function benchBuildkit(world: World, settings: BenchSettings): Promise<BuildkitResults> {
  const buildkit = await prepareBuildkit();
  try {
    const results: BuildkitResults = {
      cases: Object.fromEntries(BUILDKIT_CASES.map((c) => [c.id, {}])),
      strategies: Object.fromEntries(STRATEGY_LATENCIES_MS.map((ms) => [ms, {}])),
      timeline: Object.fromEntries(FIXED_COST_CASES.map((c) => [c.id, []])),
      articlesTimeline: Object.fromEntries(ARTICLES_TIMELINE_CASES.map((c) => [c.id, []])),
      buildkitVersions: buildkit.buildkitVersions,
      buildxVersion: buildkit.buildxVersion,
    };
    type Job = () => Promise<void>;
    const jobs = (runId: string, keep: boolean): Job[] => {
      const options: BuildkitRunOptions = { world, buildkit, gnuTime: settings.gnuTime, runId };
      const note = (what: string, ms: number) =>
        progress(`  buildkit ${runId}/${settings.buildkitRuns} ${what}: ${(ms / 1000).toFixed(2)} s`);
      return [
        ...BUILDKIT_CASES.flatMap((pushCase) =>
          BUILDKIT_VARIANTS.map((variant: BuildkitVariant) => async () => {
            const ms = await runBuildkitVariant(variant, pushCase, options);
            note(`${pushCase.id} ${variant}`, ms);
            if (keep) ((results.cases[pushCase.id] ??= {})[variant] ??= []).push(ms);
          }),
        ),
        ...STRATEGY_LATENCIES_MS.flatMap((latencyMs) =>
          PUSH_STRATEGIES.map((strategy: PushStrategy) => async () => {
            const ms = await runPushStrategy(strategy, latencyMs, options);
            note(`push strategy, 4 tags, ${latencyMs} ms, ${strategy}`, ms);
            if (keep) ((results.strategies[latencyMs] ??= {})[strategy] ??= []).push(ms);
          }),
        ),
        ...FIXED_COST_CASES.map((pushCase) => async () => {
          const segments = await runBuildkitTimeline(pushCase, options);
          note(
            `${pushCase.id} timeline`,
            segments.reduce((sum, s) => sum + s.ms, 0),
          );
          if (keep) (results.timeline[pushCase.id] ??= []).push(segments);
        }),
        ...ARTICLES_TIMELINE_CASES.map((pushCase) => async () => {
          const segments = await runArticlesTimeline(pushCase, options);
          note(
            `${pushCase.id} articles timeline`,
            segments.reduce((sum, s) => sum + s.ms, 0),
          );
          if (keep) (results.articlesTimeline[pushCase.id] ??= []).push(segments);
        }),
      ];
    };
    for (const job of jobs('warmup', false)) await job();
    for (let round = 1; round <= settings.buildkitRuns; round++) {
      for (const job of rotated(jobs(String(round), true), round)) await job();
    }
    return results;
  } finally {
    await buildkit.close();
  }
}

/**
 * Each variant once per round, in an order that rotates; every run is a new world, so no warm-up.
 * The action's variant waits for the committed action to take `replicate-to`. Then the engine once
 * on a 1000 MiB image: its memory against the image's size.
 */
async function benchReplicate(settings: BenchSettings): Promise<ReplicateResults> {
  const results: ReplicateResults = { samples: {}, skipped: {} };
  const variants = REPLICATE_VARIANTS.filter((variant) => variant !== 'action' || actionReplicates());
  if (!variants.includes('action')) {
    results.skipped.action = "the committed action.yml declares no 'replicate-to' input yet";
    progress(`  replicate: skipping the action: ${results.skipped.action}`);
  }
  const prepared = await prepareReplicateImage();
  try {
    for (let round = 1; round <= settings.replicateRuns; round++) {
      for (const variant of rotated(variants, round)) {
        const sample = await runReplicateVariant(variant, { prepared, gnuTime: settings.gnuTime });
        (results.samples[variant] ??= []).push(sample);
        progress(
          `  replicate ${round}/${settings.replicateRuns} ${variant}: ${(sample.replicationMs / 1000).toFixed(2)} s, ` +
            `tree ${(sample.peakTreeKiB / 1024).toFixed(1)} MiB`,
        );
      }
    }
    results.large = await runEngineOnLargeImage({ prepared, gnuTime: settings.gnuTime });
    progress(
      `  replicate, the engine on a 1000 MiB image: ${(results.large.replicationMs / 1000).toFixed(2)} s, ` +
        `node ${(results.large.nodeKiB / 1024).toFixed(1)} MiB`,
    );
    return results;
  } finally {
    await prepared.close();
  }
}

async function main(): Promise<void> {
  const { write, json, parts, settings } = parseOptions(process.argv.slice(2));
  const started = Date.now();
  const loadBefore = loadAverage();
  progress(
    `benchmark (${[...parts].join(', ')}): ${settings.pushRuns} push runs, ${settings.startupRuns} start-up ` +
      `runs, ${settings.pruneRuns} prune runs per variant`,
  );
  let push: PushResults | undefined;
  let timeline: Record<string, Segment[][]> | undefined;
  let buildkit: BuildkitResults | undefined;
  if (parts.has('push') || parts.has('timeline') || parts.has('buildkit')) {
    const world = await startWorld();
    try {
      if (parts.has('push')) push = await benchPush(world, settings);
      if (parts.has('timeline')) timeline = await benchTimeline(world, settings);
      if (parts.has('buildkit')) buildkit = await benchBuildkit(world, settings);
    } finally {
      await world.close();
    }
  }
  const startup = parts.has('startup') ? await benchStartup(settings) : undefined;
  const prune = parts.has('prune') ? await benchPrune(settings) : undefined;
  const indexes = parts.has('indexes') ? await benchIndexes(settings) : undefined;
  const replicate = parts.has('replicate') ? await benchReplicate(settings) : undefined;
  const results: BenchResults = {
    date: new Date(started),
    durationS: (Date.now() - started) / 1000,
    machine: describeMachine(),
    loadBefore,
    loadAfter: loadAverage(),
    settings,
    ...(push ? { push } : {}),
    ...(startup ? { startup } : {}),
    ...(prune ? { prune } : {}),
    ...(indexes ? { indexes } : {}),
    ...(timeline ? { timeline } : {}),
    ...(buildkit ? { buildkit } : {}),
    ...(replicate ? { replicate } : {}),
    bundle: bundleSizes(),
  };
  if (json) writeFileSync(json, JSON.stringify(results, null, 2));
  const path = join(PROJECT_ROOT, 'BENCHMARKS.md');
  // One section alone, into the committed file: the other sections stay as they were.
  const section = isComplete(results)
    ? undefined
    : results.buildkit !== undefined
      ? { heading: BUILDKIT_HEADING, text: buildkitSection(results as Parameters<typeof buildkitSection>[0]) }
      : results.replicate !== undefined
        ? {
            heading: REPLICATE_HEADING,
            text: replicateSection(results as Parameters<typeof replicateSection>[0]),
          }
        : undefined;
  const sectionOnly = write && section !== undefined && parts.size === 1;
  if (write && !isComplete(results) && !sectionOnly)
    throw new Error('--write needs every part of the benchmark');
  const report =
    sectionOnly && section
      ? spliceSection(readFileSync(path, 'utf8'), section.heading, section.text)
      : renderReport(results);
  // Formatted as `npm run lint` (prettier --check .) expects the committed file to be.
  const markdown = await format(report, { ...(await resolveConfig(path)), filepath: path });
  process.stdout.write(markdown);
  if (write) {
    writeFileSync(path, markdown);
    progress(sectionOnly && section ? `wrote '${section.heading}' of BENCHMARKS.md` : 'wrote BENCHMARKS.md');
  }
}

await main();
