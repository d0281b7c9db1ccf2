/** BENCHMARKS.md from the measurements: pure, so the wording is reviewed apart from the measuring. */
import {
  ARTICLES_TIMELINE_CASES,
  BUILDKIT_CASES,
  BUILDKIT_DRIVERS,
  BUILDKIT_TARGETS,
  BUILDKIT_VARIANT_TITLES,
  DRIVER_TITLES,
  FIXED_COST_CASES,
  msBeforeBuild,
  PUSH_STRATEGY_TITLES,
  STRATEGY_PAIRS,
  STRATEGY_LATENCIES_MS,
  targetCase,
  type BuildkitCase,
  type BuildkitResults,
  type BuildkitVariant,
} from './buildkit-scenarios.js';
import type { MachineInfo } from './machine.js';
import {
  INDEX_SCENARIO,
  INDEX_TAGGED,
  INDEX_UNTAGGED,
  INDEX_VARIANT_TITLES,
  INDEX_VARIANTS,
  type IndexSample,
  type IndexVariant,
} from './prune-index-scenarios.js';
import {
  PRUNE_DELETIONS,
  PRUNE_SCENARIO,
  PRUNE_VARIANT_TITLES,
  PRUNE_VARIANTS,
  type PruneSample,
  type PruneVariant,
} from './prune-scenarios.js';
import {
  MEMORY_CASE,
  PUSH_CASES,
  PUSH_VARIANT_TITLES,
  type PushCase,
  type PushResults,
  type PushSample,
  type PushVariant,
} from './push-scenarios.js';
import {
  REPLICA_LATENCY_MS,
  REPLICA_REGIONS,
  REPLICATE_LAYER_BYTES,
  REPLICATE_LAYERS,
  LARGE_LAYER_BYTES,
  REPLICATE_TARGET,
  REPLICATE_VARIANT_TITLES,
  REPLICATE_VARIANTS,
  type ReplicateResults,
  type ReplicateSample,
} from './replicate-scenarios.js';
import { ratio, summarise, type Summary } from './stats.js';
import {
  STARTUP_VARIANT_TITLES,
  STARTUP_VARIANTS,
  type StartupSample,
  type StartupVariant,
} from './startup-scenarios.js';
import type { Segment } from './timeline-scenarios.js';

export interface BenchSettings {
  pushRuns: number;
  startupRuns: number;
  pruneRuns: number;
  timelineRuns: number;
  buildkitRuns: number;
  replicateRuns: number;
  payloadBytes: number;
  gnuTime: boolean;
  sampleIntervalMs: number;
}

/** The prune runs at one emulator latency. */
export interface PruneRound {
  latencyMs: number;
  samples: Record<PruneVariant, PruneSample[]>;
}

/** The index-read runs at one latency of both the API and the registry. */
export interface IndexRound {
  latencyMs: number;
  samples: Record<IndexVariant, IndexSample[]>;
}

/** Every part of the benchmark; the report shows the parts that ran (`--only`). */
export interface BenchResults {
  date: Date;
  durationS: number;
  machine: MachineInfo;
  loadBefore: number;
  loadAfter: number;
  settings: BenchSettings;
  push?: PushResults;
  startup?: Record<StartupVariant, StartupSample[]>;
  bundle: { startupBytes: number; sdkBytes: number };
  prune?: PruneRound[];
  /** The prune with and without reading index manifests. */
  indexes?: IndexRound[];
  /** Per push case (by id): each run's job split into segments. */
  timeline?: Record<string, Segment[][]>;
  buildkit?: BuildkitResults;
  replicate?: ReplicateResults;
}

/** The parts a full run has: BENCHMARKS.md is only written from one of those. */
type Complete = BenchResults &
  Required<
    Pick<BenchResults, 'push' | 'startup' | 'prune' | 'timeline' | 'indexes' | 'buildkit' | 'replicate'>
  >;
type WithPush = BenchResults & Required<Pick<BenchResults, 'push'>>;
type WithStartup = BenchResults & Required<Pick<BenchResults, 'startup'>>;
type WithPrune = BenchResults & Required<Pick<BenchResults, 'prune'>>;
type WithTimeline = BenchResults & Required<Pick<BenchResults, 'timeline'>>;
type WithIndexes = BenchResults & Required<Pick<BenchResults, 'indexes'>>;
type WithBuildkit = BenchResults & Required<Pick<BenchResults, 'buildkit'>>;
type WithReplicate = BenchResults & Required<Pick<BenchResults, 'replicate'>>;

export const REPRODUCE_COMMAND = 'npm run bench --';

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const millis = (ms: number) => `${Math.round(ms)} ms`;
const mib = (kib: number) => `${(kib / 1024).toFixed(1)} MiB`;
const times = (value: number) => `${value.toFixed(2)}×`;
const count = (value: number) => Math.round(value).toLocaleString('en-US');
const spread = (s: Summary, unit: (v: number) => string) =>
  `${unit(s.median)} (${unit(s.min)} – ${unit(s.max)})`;

const hasPush = (results: BenchResults): results is WithPush => results.push !== undefined;
const hasStartup = (results: BenchResults): results is WithStartup => results.startup !== undefined;
const hasPrune = (results: BenchResults): results is WithPrune => results.prune !== undefined;
const hasTimeline = (results: BenchResults): results is WithTimeline => results.timeline !== undefined;
const hasIndexes = (results: BenchResults): results is WithIndexes => results.indexes !== undefined;
const hasBuildkit = (results: BenchResults): results is WithBuildkit => results.buildkit !== undefined;
const hasReplicate = (results: BenchResults): results is WithReplicate => results.replicate !== undefined;

export function isComplete(results: BenchResults): results is Complete {
  return (
    hasPush(results) &&
    hasStartup(results) &&
    hasPrune(results) &&
    hasTimeline(results) &&
    hasIndexes(results) &&
    hasBuildkit(results) &&
    hasReplicate(results)
  );
}

export function renderReport(results: BenchResults): string {
  return [
    header(results),
    summarySection(results),
    machineSection(results),
    hasPush(results) && hasStartup(results) ? methodSection(results) : undefined,
    hasPush(results) ? pushSection(results) : undefined,
    hasTimeline(results) ? timelineSection(results) : undefined,
    hasStartup(results) ? startupSection(results) : undefined,
    hasPush(results) ? memorySection(results) : undefined,
    hasPrune(results) ? pruneSection(results) : undefined,
    hasIndexes(results) ? indexSection(results) : undefined,
    hasBuildkit(results) ? buildkitSection(results) : undefined,
    hasReplicate(results) ? replicateSection(results) : undefined,
    reproduceSection(),
  ]
    .filter((section) => section !== undefined)
    .join('\n\n');
}

function pushSummary(
  results: WithPush,
  variant: PushVariant,
  field: keyof PushSample,
  caseId: string = MEMORY_CASE,
): Summary {
  return summarise((results.push[caseId]?.[variant] ?? []).map((run) => run[field]));
}

const caseTitle = (pushCase: PushCase) =>
  `${pushCase.tags} tag${pushCase.tags === 1 ? '' : 's'}${pushCase.latencyMs > 0 ? `, ${pushCase.latencyMs} ms added to every registry request` : ''}`;

function startupSummary(results: WithStartup, variant: StartupVariant, field: keyof StartupSample): Summary {
  return summarise(results.startup[variant].map((run) => run[field]));
}

function pruneSummary(round: PruneRound, variant: PruneVariant, field: keyof PruneSample): Summary {
  return summarise(round.samples[variant].map((run) => run[field]));
}

function header(results: BenchResults): string {
  const { settings } = results;
  const runs = [
    hasPush(results) ? `${settings.pushRuns} runs (build-tag-push)` : undefined,
    hasStartup(results) ? `${settings.startupRuns} runs (start-up)` : undefined,
    hasTimeline(results) ? `${settings.timelineRuns} runs (where the time goes)` : undefined,
    hasPrune(results) || hasIndexes(results) ? `${settings.pruneRuns} runs (prune)` : undefined,
    hasBuildkit(results) ? `${settings.buildkitRuns} runs (BuildKit)` : undefined,
  ].filter((part) => part !== undefined);
  const counted =
    runs.length > 1 ? `${runs.slice(0, -1).join(', ')} and ${runs.at(-1) ?? ''}` : (runs[0] ?? 'no runs');
  return [
    '# Benchmarks',
    '',
    `Generated by \`bench/run.ts --write\` on ${results.date.toISOString()} (the whole benchmark took ` +
      `${Math.round(results.durationS)} s). Do not edit by hand: rerun it. Figures are medians of ${counted}, ` +
      'with the range (min – max) in brackets; ratios are ratios of medians, action / shell (or action / one ' +
      'by one for the prune).',
  ].join('\n');
}

function summarySection(results: BenchResults): string | undefined {
  const rows = [
    ...(hasPush(results) && hasStartup(results) ? buildPushRows(results) : []),
    ...(hasPrune(results) ? pruneRows(results) : []),
    ...(hasIndexes(results) ? indexRows(results) : []),
  ];
  if (rows.length === 0) return undefined;
  return [
    '## Summary',
    '',
    '| comparison | ratio | medians |',
    '|---|---:|---|',
    ...rows.map(([what, value, detail]) => `| ${what} | ${value} | ${detail} |`),
  ].join('\n');
}

type Row = [string, string, string];

const versus = (a: Summary, b: Summary, unit: (v: number) => string) =>
  `${unit(a.median)} vs ${unit(b.median)}`;

function buildPushRows(results: WithPush & WithStartup): Row[] {
  const time = (variant: PushVariant, caseId?: string) => pushSummary(results, variant, 'wallMs', caseId);
  const caseRows = PUSH_CASES.flatMap((pushCase): Row[] => {
    const action = time('action-token', pushCase.id);
    const labelled = time('shell-token-labels', pushCase.id);
    const plain = time('shell-token', pushCase.id);
    return [
      [
        `Build-tag-push, ${caseTitle(pushCase)}: action (auth token) / shell with the same OCI labels`,
        times(ratio(action, labelled)),
        `${versus(action, labelled, seconds)}: the action ${action.median <= labelled.median ? 'saves' : 'costs'} ` +
          `${millis(Math.abs(action.median - labelled.median))} a job`,
      ],
      [
        `Build-tag-push, ${caseTitle(pushCase)}: action (auth token) / plain shell`,
        times(ratio(action, plain)),
        versus(action, plain, seconds),
      ],
    ];
  });
  const token = time('action-token');
  const apiKey = time('action-apikey');
  const node = pushSummary(results, 'action-token', 'nodeKiB');
  const shellDocker = pushSummary(results, 'shell-token', 'dockerCliKiB');
  const actionTree = pushSummary(results, 'action-token', 'peakTreeKiB');
  const shellTree = pushSummary(results, 'shell-token', 'peakTreeKiB');
  const lazy = startupSummary(results, 'fail-fast-lazy', 'wallMs');
  const eager = startupSummary(results, 'fail-fast-sdk-preloaded', 'wallMs');
  const lazyMemory = startupSummary(results, 'fail-fast-lazy', 'peakKiB');
  const eagerMemory = startupSummary(results, 'fail-fast-sdk-preloaded', 'peakKiB');
  const loginStarts = startupSummary(results, 'login-starts', 'loginStartsMs');
  const bare = startupSummary(results, 'node-bare', 'wallMs');
  return [
    ...caseRows,
    [
      `Build-tag-push, ${MEMORY_CASE}: action (API key) / action (auth token)`,
      times(ratio(apiKey, token)),
      `${versus(apiKey, token, seconds)}; the API calls add ${millis(apiKey.median - token.median)}`,
    ],
    [
      'Process start to the login reaching the registry (auth-token path) / `node -e ""`',
      times(ratio(loginStarts, bare)),
      `${spread(loginStarts, millis)} vs ${millis(bare.median)} (the budget: 150 ms)`,
    ],
    [
      `Peak RSS (${MEMORY_CASE}), action's node process / shell's largest docker CLI process`,
      times(ratio(node, shellDocker)),
      versus(node, shellDocker, mib),
    ],
    [
      `Peak RSS of the whole step (${MEMORY_CASE}, processes alive at once), action (auth token) / shell`,
      times(ratio(actionTree, shellTree)),
      versus(actionTree, shellTree, mib),
    ],
    [
      'Fail-fast start-up time, SDK preloaded / lazy (as shipped)',
      times(ratio(eager, lazy)),
      `${versus(eager, lazy, millis)}: lazy loading saves ${millis(eager.median - lazy.median)}`,
    ],
    [
      'Fail-fast start-up peak RSS, SDK preloaded / lazy (as shipped)',
      times(ratio(eagerMemory, lazyMemory)),
      `${versus(eagerMemory, lazyMemory, mib)}: lazy loading saves ${mib(eagerMemory.median - lazyMemory.median)}`,
    ],
  ];
}

function pruneRows(results: WithPrune): Row[] {
  const what = `Prune of ${count(PRUNE_SCENARIO.buildImages + PRUNE_SCENARIO.releaseImages)} images (${count(PRUNE_DELETIONS)} deletions)`;
  const timeRows = results.prune.map((round): Row => {
    const action = pruneSummary(round, 'action', 'wallMs');
    const oneByOne = pruneSummary(round, 'one-by-one', 'wallMs');
    return [
      `${what}, wall time, action / one by one, ${round.latencyMs} ms per request`,
      times(ratio(action, oneByOne)),
      versus(action, oneByOne, seconds),
    ];
  });
  const first = results.prune[0];
  if (!first) return timeRows;
  const action = pruneSummary(first, 'action', 'requests');
  const oneByOne = pruneSummary(first, 'one-by-one', 'requests');
  return [
    ...timeRows,
    [
      `${what}, OCI API requests, action / one by one`,
      times(ratio(action, oneByOne)),
      `${versus(action, oneByOne, count)}: the action reads every image's tags (one GET each) before it deletes`,
    ],
  ];
}

function indexSummary(round: IndexRound, variant: IndexVariant, field: keyof IndexSample): Summary {
  return summarise(round.samples[variant].map((run) => run[field]));
}

const INDEX_WHAT = `Prune reading the manifests of ${INDEX_TAGGED} tagged images (untagged: true)`;

function indexRows(results: WithIndexes): Row[] {
  return results.indexes.map((round): Row => {
    const reads = indexSummary(round, 'reads', 'wallMs');
    const none = indexSummary(round, 'no-reads', 'wallMs');
    return [
      `${INDEX_WHAT}, wall time, with / without the reads, ${round.latencyMs} ms per request`,
      times(ratio(reads, none)),
      `${versus(reads, none, seconds)}: ${millis(reads.median - none.median)} for ${INDEX_TAGGED} reads, ` +
        `${millis((reads.median - none.median) / INDEX_TAGGED)} a tagged image`,
    ];
  });
}

function machineSection(results: BenchResults): string {
  const { machine } = results;
  return [
    '## Machine',
    '',
    `- CPU: ${machine.cpu}, ${machine.cores} cores; memory ${machine.memoryGiB} GiB`,
    `- OS: ${machine.os}, kernel ${machine.kernel}`,
    `- Node ${machine.node} (the runtime \`runs.using: node24\` asks for)`,
    `- Docker CLI ${machine.dockerClient}, engine ${machine.dockerEngine}, ` +
      (machine.buildKit ? 'BuildKit (buildx)' : 'legacy builder (no buildx installed)'),
    `- One-minute load average: ${results.loadBefore.toFixed(2)} before, ${results.loadAfter.toFixed(2)} after ` +
      '(the machine is shared: other work shows in the ranges)',
  ].join('\n');
}

function methodSection(results: WithPush & WithStartup): string {
  const { settings } = results;
  const peaks = settings.gnuTime
    ? "`/usr/bin/time -f %M` (GNU time: the kernel's own peak RSS of the largest process it waited for, exact)"
    : 'sampled VmHWM only (GNU time not used: processes shorter than one sample interval can be missed)';
  return [
    '## Method',
    '',
    '- Everything runs on this machine against the local world of the tests: the OCI API emulator and the CNCF ' +
      'distribution registry behind its OCIR-style auth front (a Node proxy inside the benchmark process), and ' +
      'the docker engine. No internet.',
    '- **The action** runs as the GitHub runner runs it: a new Node 24 process on `dist/main.js` with `INPUT_*` ' +
      '(and the action.yml defaults), `GITHUB_*` from a push event and file-command files, then `dist/post.js` ' +
      'with the saved state. Its time is main + post. (The harness of the tests, `test-support/runner.ts`, is ' +
      "not used: it samples every command line on the machine every 10 ms, which would load the action's side only.)",
    '- **The shell** is `bench/push.sh`: `docker login --password-stdin`, `docker build -t`, one `docker tag` and ' +
      'one `docker push` per tag, `docker logout`, run with `bash`: the flow of the articles users copy. The plain ' +
      "shell is the user's status quo; the shell with the action's six OCI labels on its build makes the same " +
      'image as the action, so it is the fair comparison.',
    '- **The action** pushes the first tag with `docker push` (the layers go up once) and puts every other tag ' +
      'through the registry API, concurrently: the manifest read once by digest, the same bytes put under each ' +
      "tag (the registry's token handshake runs while docker pushes).",
    '- Cases: 1 and 4 tags (`run-<case>-<n>`, then `latest`, `main`, `sha-<n>`), each with the registry front ' +
      'answering at once and with 50 ms added to every request through it (token endpoint included), as from ' +
      'a GitHub-hosted runner to a registry in another region.',
    '- Both push the demo app (`demo/app`, `FROM scratch`). Each run ' +
      `builds a fresh copy of the context with a random ${settings.payloadBytes / 1024} KiB payload and a nonce in ` +
      'each layer, so every run builds and uploads every layer: no side finds blobs already in the registry or ' +
      'layers in the build cache. Each run has its own HOME (docker credentials), and afterwards the registry ' +
      'itself must hold every tag on one digest, or the benchmark stops.',
    '- The API-key variant resolves the namespace, ensures the repository (created during the warm-up, so ' +
      'measured runs find it, as a CI job usually does) and gets a registry token from the emulator.',
    `- One warm-up run of every case and variant is not counted. Cases and variants are interleaved and their ` +
      'order rotates each round, so drift on the machine spreads over all of them.',
    `- Memory: the process tree of each step is sampled every ${settings.sampleIntervalMs} ms from ` +
      '`/proc/<pid>/status` (VmHWM per process, sum of VmRSS for the whole step). The largest single process: ' +
      `${peaks}. The docker engine's own memory (dockerd, containerd) is left out: it does the same build and ` +
      'push for both sides.',
    '- Start-up: `node dist/main.js` with no `repository` input fails at input validation. With the SDK chunk ' +
      'preloaded by `node --import`, the same run pays what a bundle that loads the OCI SDK eagerly would pay on ' +
      `every run. The bundle loads ${(results.bundle.startupBytes / 1024).toFixed(0)} KiB at start-up; the SDK ` +
      `chunk is ${(results.bundle.sdkBytes / 1024).toFixed(0)} KiB more.`,
    '- The login starts: `node dist/main.js` on the auth-token path (namespace, username, auth token) against a ' +
      'registry stand-in that notes when its first request arrives and refuses it; the figure is from the spawn ' +
      "of node to that moment (the login's `GET /v2/`, the first thing the run sends anywhere).",
  ].join('\n');
}

function pushSection(results: WithPush): string {
  const rows = PUSH_CASES.flatMap((pushCase) => {
    const shell = pushSummary(results, 'shell-token', 'wallMs', pushCase.id);
    const shellLabelled = pushSummary(results, 'shell-token-labels', 'wallMs', pushCase.id);
    return pushCase.variants.map((variant) => {
      const time = pushSummary(results, variant, 'wallMs', pushCase.id);
      return (
        `| ${caseTitle(pushCase)} | ${PUSH_VARIANT_TITLES[variant]} | ${spread(time, seconds)} | ` +
        `${times(ratio(time, shell))} | ${times(ratio(time, shellLabelled))} |`
      );
    });
  });
  return [
    '## 1. Build, tag and push (wall time)',
    '',
    '| case | variant | median (min – max) | ratio to plain shell | ratio to shell with labels |',
    '|---|---|---|---:|---:|',
    ...rows,
    '',
    'The action labels every image with six `org.opencontainers.image.*` labels (SPEC §5.6). ' +
      (results.machine.buildKit
        ? 'With BuildKit, as here, labels are image metadata and cost little. '
        : 'With the legacy builder used here (no buildx), every `--label` is a build step of its own (an ' +
          'intermediate container each): build work the plain shell does not do. The labelled shell passes ' +
          'them as users write them, six `--label`s; the action writes them as one `LABEL` step on the built ' +
          'image (a second `docker build`, `FROM` the image id), to the same image config. ') +
      "The labelled shell makes the same image as the action, so the last column isolates the action's " +
      'own cost and savings: two Node processes (main and post) around the docker work, the labels in one ' +
      'step, and one manifest per extra tag instead of one `docker push` each.',
  ].join('\n');
}

/** The job's segments, medians per case: one row a segment, in the order the job meets them. */
function timelineSection(results: WithTimeline): string {
  const cases = PUSH_CASES.filter((pushCase) => results.timeline[pushCase.id]);
  const names = [
    ...new Set(cases.flatMap((pushCase) => results.timeline[pushCase.id]?.[0]?.map((s) => s.name) ?? [])),
  ];
  /** A figure of one job: the time of the segments `keep` picks. */
  const timeOf = (keep: (segment: Segment) => boolean) => (run: Segment[]) =>
    run.filter(keep).reduce((sum, segment) => sum + segment.ms, 0);
  const row = (title: string, figure: (run: Segment[]) => number) =>
    `| ${title} | ${cases
      .map((pushCase) => millis(summarise((results.timeline[pushCase.id] ?? []).map(figure)).median))
      .join(' | ')} |`;
  return [
    "## 2. Where the action's time goes",
    '',
    `One job of the action (auth token + namespace) per case, main then post step, ${results.settings.timelineRuns} ` +
      'runs, with a `docker` first on PATH that notes when each docker command starts and ends (a bash ' +
      'wrapper, a few ms per command, so the job is a little slower than in section 1). `main: a → b` is ' +
      "the action's own Node process between two docker commands (or its start and exit); 50 ms is added to " +
      'every registry request, as in section 1. Medians:',
    '',
    `| segment | ${cases.map((pushCase) => pushCase.id).join(' | ')} |`,
    `|---|${cases.map(() => '---:').join('|')}|`,
    ...names.map((name) =>
      row(
        `\`${name}\``,
        timeOf((segment) => segment.name === name),
      ),
    ),
    row(
      "**the action's own work** (every row but the docker commands)",
      timeOf((segment) => !segment.name.startsWith('docker')),
    ),
    row(
      '**the job**',
      timeOf(() => true),
    ),
    '',
    '- `main: start → docker build`: Node start-up, the bundle loaded, the inputs read and checked, the ' +
      "builder chosen, and the login: the registry's token endpoint checks the auth token (`GET /v2/`, then the " +
      "token), and docker's config file keeps it; no OCI API call on this path, no docker process.",
    '- `main: docker push → exit`: every tag after the first (its manifest read once by digest, then put ' +
      'under each tag, concurrently), the outputs and the job summary.',
    '- `post: start → exit`: the post step is a Node process of its own; the logout (required, SPEC §5.9) ' +
      "removes the login's entry from docker's config file, without a docker process.",
  ].join('\n');
}

function startupSection(results: WithStartup): string {
  const lazy = startupSummary(results, 'fail-fast-lazy', 'wallMs');
  const lazyMemory = startupSummary(results, 'fail-fast-lazy', 'peakKiB');
  return [
    '## 3. Start-up cost',
    '',
    '| run | wall time | ratio | peak RSS | ratio |',
    '|---|---|---:|---|---:|',
    ...STARTUP_VARIANTS.map((variant) => {
      const time = startupSummary(results, variant, 'wallMs');
      const memory = startupSummary(results, variant, 'peakKiB');
      return (
        `| ${STARTUP_VARIANT_TITLES[variant]} | ${spread(time, millis)} | ${times(ratio(time, lazy))} | ` +
        `${spread(memory, mib)} | ${times(ratio(memory, lazyMemory))} |`
      );
    }),
    '',
    'Ratios are to the action as shipped (lazy). From the spawn of node to its login reaching the registry on ' +
      `the auth-token path: ${spread(startupSummary(results, 'login-starts', 'loginStartsMs'), millis)} ` +
      '(budget: 150 ms).',
  ].join('\n');
}

function memorySection(results: WithPush): string {
  const shell = (field: keyof PushSample) => pushSummary(results, 'shell-token', field);
  const cell = (variant: PushVariant, field: keyof PushSample) => {
    const value = pushSummary(results, variant, field);
    if (value.median === 0) return '–';
    return variant === 'shell-token'
      ? spread(value, mib)
      : `${spread(value, mib)}, ${times(ratio(value, shell(field === 'nodeKiB' ? 'dockerCliKiB' : field)))}`;
  };
  return [
    `## 4. Memory during build-tag-push (peak RSS, ${MEMORY_CASE})`,
    '',
    "| variant | action's node process | largest docker CLI process | largest process | whole step (sum at one instant) |",
    '|---|---|---|---|---|',
    ...(PUSH_CASES.find((pushCase) => pushCase.id === MEMORY_CASE)?.variants ?? []).map(
      (variant) =>
        `| ${PUSH_VARIANT_TITLES[variant]} | ${cell(variant, 'nodeKiB')} | ${cell(variant, 'dockerCliKiB')} | ` +
        `${cell(variant, 'largestKiB')} | ${cell(variant, 'peakTreeKiB')} |`,
    ),
    '',
    "Ratios are to the shell's figure in the same column; for the node process, to the shell's largest docker " +
      'CLI process. The action runs one docker CLI at a time (and writes extra tags from its own process), so ' +
      'its step holds its node process plus one docker CLI; the shell holds bash plus one docker CLI.',
  ].join('\n');
}

function pruneSection(results: WithPrune): string {
  const images = PRUNE_SCENARIO.buildImages + PRUNE_SCENARIO.releaseImages;
  const kept = images - PRUNE_DELETIONS;
  const requests = (round: PruneRound, variant: PruneVariant) => {
    const parts = {
      list: pruneSummary(round, variant, 'listRequests').median,
      get: pruneSummary(round, variant, 'getRequests').median,
      delete: pruneSummary(round, variant, 'deleteRequests').median,
    };
    const total = pruneSummary(round, variant, 'requests').median;
    const other = total - parts.list - parts.get - parts.delete;
    return (
      `${count(total)} (${count(parts.list)} list, ${count(parts.get)} get, ${count(parts.delete)} delete` +
      `${other > 0 ? `, ${count(other)} other` : ''})`
    );
  };
  const rows = results.prune.flatMap((round) => {
    const oneByOne = pruneSummary(round, 'one-by-one', 'wallMs');
    return PRUNE_VARIANTS.map((variant) => {
      const time = pruneSummary(round, variant, 'wallMs');
      return (
        `| ${round.latencyMs} ms | ${PRUNE_VARIANT_TITLES[variant]} | ${spread(time, seconds)} | ` +
        `${times(ratio(time, oneByOne))} | ${requests(round, variant)} | ` +
        `${spread(pruneSummary(round, variant, 'peakKiB'), mib)} |`
      );
    });
  });
  return [
    `## 5. Prune ${count(images)} images`,
    '',
    `- The repository: ${count(PRUNE_SCENARIO.buildImages)} images with one \`sha-<n>\` tag each, one pushed an ` +
      'hour, and two release images (`latest` + `1.2.3`, and `1.2.2`). The rule: ' +
      `\`match: ${PRUNE_SCENARIO.match}\`, \`keep-last: ${PRUNE_SCENARIO.keepLast}\` (and the default ` +
      'protection: `latest`, release versions, `buildcache`), ' +
      `so ${count(PRUNE_DELETIONS)} images are deleted and ${kept} kept. Every run ` +
      'starts a new OCI API emulator seeded afresh; afterwards the emulator must hold exactly those ' +
      `${kept} images, or the benchmark stops.`,
    '- **The action** runs `dist/prune.js` as a job step (a new Node 24 process with `INPUT_*`, `GITHUB_*`, ' +
      'file-command files, the API key in the environment): it lists the images in pages of 100, reads each ' +
      'image (one GET, 8 at a time) for every tag it carries, plans, then deletes 8 at a time with retries.',
    '- **One by one** is what a user scripts by hand today: `oci artifacts container image list --all`, then ' +
      '`oci artifacts container image delete --image-id … --force` for each image, one after another. The OCI ' +
      'CLI cannot be installed here, so `bench/prune-one-by-one.ts` makes the same requests through the same ' +
      'SDK package as the action (`oci-artifacts`), in sequence: the list pages, then one DELETE per image. ' +
      "It leaves out the CLI's own start-up, about a second of Python for every `oci` call, so the real CLI " +
      `loop takes some ${Math.round(PRUNE_DELETIONS / 60)} minutes longer than this baseline: it is a lower ` +
      "bound. It picks images by the list's newest tag only, right here (one tag per image) but unsafe for " +
      "an image with several tags, which is what the action's GETs are for.",
    '- The emulator delays every answer by the latency shown: 30 ms models the round trip from a ' +
      'GitHub-hosted runner to an OCI region; at 0 ms only CPU counts (both sides sign every request with ' +
      'RSA-2048 and the emulator, in the benchmark process on the same cores, verifies it). Requests are ' +
      'counted by the emulator, retries included. Peak RSS is that of the one node process (GNU time, or ' +
      'sampled without it).',
    `- One warm-up run of each variant at 0 ms is not counted; at each latency the ${results.settings.pruneRuns} ` +
      'runs of the two variants alternate, in an order that rotates each round.',
    '',
    '| round trip | variant | wall time | ratio to one by one | OCI API requests | peak RSS |',
    '|---|---|---|---:|---|---|',
    ...rows,
  ].join('\n');
}

function indexSection(results: WithIndexes): string {
  const images = INDEX_TAGGED + INDEX_UNTAGGED;
  const rows = results.indexes.flatMap((round) => {
    const none = indexSummary(round, 'no-reads', 'wallMs');
    return INDEX_VARIANTS.map((variant) => {
      const time = indexSummary(round, variant, 'wallMs');
      return (
        `| ${round.latencyMs} ms | ${INDEX_VARIANT_TITLES[variant]} | ${spread(time, seconds)} | ` +
        `${times(ratio(time, none))} | ${count(indexSummary(round, variant, 'registryReads').median)} | ` +
        `${count(indexSummary(round, variant, 'apiRequests').median)} |`
      );
    });
  });
  const added = (round: IndexRound) =>
    indexSummary(round, 'reads', 'wallMs').median - indexSummary(round, 'no-reads', 'wallMs').median;
  return [
    `## 6. Prune: reading the index manifests (${count(images)} images)`,
    '',
    `- The repository: ${INDEX_SCENARIO.builds} single-platform builds and ${INDEX_SCENARIO.releases} ` +
      `multi-platform releases (an index over ${INDEX_SCENARIO.architectures.join(' and ')}, each platform ` +
      `with an attestation manifest), pushed through the registry API as buildx pushes them: ${INDEX_TAGGED} ` +
      `tagged images and ${INDEX_UNTAGGED} untagged platform images and attestations, all 40 days old.`,
    '- The rule: `older-than: 30d` with a `match` no tag matches, so only untagged images could go. With ' +
      '`untagged: true` the action first reads the manifest of every tagged image through the registry API ' +
      '(8 at a time; the Artifacts API does not say which images are indexes) and keeps every manifest an ' +
      'index references: here all the untagged images, so nothing is deleted. With `untagged: false` it reads ' +
      'nothing. The difference between the two is the cost of the reads. A run that deletes anything, or ' +
      'reads other than one manifest per tagged image, stops the benchmark.',
    '- Both the OCI API emulator and the registry delay every answer by the latency shown. Registry reads ' +
      'are counted by the registry front, OCI API requests by the emulator (the reads add one: the registry ' +
      'token).',
    `- One warm-up run of each variant at 0 ms is not counted; at each latency the ${results.settings.pruneRuns} ` +
      'runs of the two variants alternate, in an order that rotates each round.',
    '',
    '| round trip | variant | wall time | ratio to no reads | registry reads | OCI API requests |',
    '|---|---|---|---:|---:|---:|',
    ...rows,
    '',
    results.indexes
      .map(
        (round) =>
          `at ${round.latencyMs} ms the reads add ${millis(added(round))} (${millis(added(round) / INDEX_TAGGED)} ` +
          'per tagged image)',
      )
      .join('; ')
      .replace(/^a/, 'A') +
      `. They grow with the number of tagged images (${Math.ceil(INDEX_TAGGED / 8)} round trips here, 8 in ` +
      'flight), and a run makes them only when it would delete an untagged image: a pull request clean-up or ' +
      'a `keep-last` without `untagged: true` reads no manifest.',
  ].join('\n');
}

function reproduceSection(): string {
  return [
    '## Reproduce',
    '',
    '```sh',
    'npm run build            # the benchmark measures dist/ as committed',
    `${REPRODUCE_COMMAND} --write            # rewrites BENCHMARKS.md`,
    `${REPRODUCE_COMMAND} --runs 20 --startup-runs 60   # more runs, prints only`,
    `${REPRODUCE_COMMAND} --sample-only      # without GNU time (/usr/bin/time)`,
    `${REPRODUCE_COMMAND} --only prune --prune-runs 5   # one part alone (push, timeline, startup, prune, indexes, buildkit, replicate), prints only`,
    `${REPRODUCE_COMMAND} --only buildkit --write       # rewrites the BuildKit section alone`,
    `${REPRODUCE_COMMAND} --only replicate --write      # rewrites the replication section alone`,
    '```',
    '',
    'It needs what the end-to-end tests need (a docker engine, `/usr/bin/docker-registry`; see `scripts/setup.sh`); ' +
      'the BuildKit part needs buildx and the BuildKit image (`../shared/buildx`) and the docker actions (`../shared/peers`). ' +
      'Times are never asserted in tests: these machines are noisy, so they are measured here and reported as ratios.',
  ].join('\n');
}

export const BUILDKIT_HEADING = '## 7. BuildKit: the `default` builder and a docker-container builder';
const REPRODUCE_HEADING = '## Reproduce';

/**
 * `markdown` with the section under `heading` (up to the next `## `) replaced where it stands, or
 * `section` put before the Reproduce section when there is none yet; the Reproduce section is
 * rendered anew, so it names every part.
 */
export function spliceSection(markdown: string, heading: string, section: string): string {
  const sections = markdown.split(/\n(?=## )/).filter((part) => !part.startsWith(`${REPRODUCE_HEADING}\n`));
  const at = sections.findIndex((part) => part.startsWith(`${heading}\n`));
  if (at >= 0) sections[at] = section;
  else sections.push(section);
  return [...sections, reproduceSection()].join('\n\n').replace(/\n{3,}/g, '\n\n');
}

/** Medians of the BuildKit part; its own date, runs and load, since it may be written alone. */
export function buildkitSection(results: WithBuildkit): string {
  const bk = results.buildkit;
  const time = (caseId: string, variant: BuildkitVariant) => summarise(bk.cases[caseId]?.[variant] ?? []);
  const targetRows = BUILDKIT_DRIVERS.map((driver) => {
    const pushCase = targetCase(driver);
    const target = BUILDKIT_TARGETS[driver];
    const action = time(pushCase.id, 'action');
    const baseline = time(pushCase.id, target.baseline);
    const value = ratio(action, baseline);
    return (
      `| ${DRIVER_TITLES[driver]} | ${BUILDKIT_VARIANT_TITLES[target.baseline]} | ${seconds(action.median)} vs ` +
      `${seconds(baseline.median)} | **${times(value)}** | ≤ ${times(target.atMost)} | ${value <= target.atMost ? 'met' : '**not met**'} |`
    );
  });
  const caseRows = BUILDKIT_CASES.map((pushCase) => {
    const [action, articles, peers] = (['action', 'articles', 'docker-actions'] as const).map((v) =>
      time(pushCase.id, v),
    ) as [Summary, Summary, Summary];
    return (
      `| ${DRIVER_TITLES[pushCase.driver]} | ${pushCase.tags} | ${pushCase.latencyMs} ms | ${spread(action, seconds)} | ` +
      `${spread(articles, seconds)} | ${spread(peers, seconds)} | ${times(ratio(action, articles))} | ${times(ratio(action, peers))} |`
    );
  });
  const strategyRows = BUILDKIT_DRIVERS.flatMap((driver) =>
    STRATEGY_LATENCIES_MS.map((latencyMs) => {
      const [current, other] = STRATEGY_PAIRS[driver];
      const [mine, theirs] = [current, other].map((strategy) =>
        summarise(bk.strategies[latencyMs]?.[strategy] ?? []),
      ) as [Summary, Summary];
      return (
        `| ${DRIVER_TITLES[driver]} | ${latencyMs} ms | ${spread(mine, seconds)} | ` +
        `${spread(theirs, seconds)} | ${times(ratio(mine, theirs))} | ` +
        `${mine.median <= theirs.median ? "the action's" : '**the other**'} (by ${millis(Math.abs(mine.median - theirs.median))}) |`
      );
    }),
  );
  const action = segmentTable(bk.timeline, FIXED_COST_CASES);
  const articles = segmentTable(bk.articlesTimeline, ARTICLES_TIMELINE_CASES);
  return [
    BUILDKIT_HEADING,
    '',
    `Measured on ${results.date.toISOString()} (this part took ${Math.round(results.durationS)} s; one-minute load ` +
      `average ${results.loadBefore.toFixed(2)} before, ${results.loadAfter.toFixed(2)} after, on ` +
      `${results.machine.cores} cores shared with other work). Medians of ${results.settings.buildkitRuns} runs, ` +
      `range (min – max) in brackets. buildx ${bk.buildxVersion}; BuildKit ${bk.buildkitVersions.docker} ` +
      `in dockerd ${results.machine.dockerEngine} (docker driver) and ${bk.buildkitVersions['docker-container']} ` +
      '(docker-container builder).',
    '',
    '### Targets (4 tags, 50 ms added to every registry request)',
    '',
    '| builder | compared with | medians | action / baseline | target | |',
    '|---|---|---|---:|---:|---|',
    ...targetRows,
    '',
    '### Method',
    '',
    '- Both builders come from `test-support/backends.ts`: a real buildx and, for the container builder, ' +
      '`docker buildx create --driver docker-container` on the shared BuildKit image with host networking, made ' +
      'current with `--use` as docker/setup-buildx-action does. Every run has its own DOCKER_CONFIG (the ' +
      'plugin and the builder state linked in) and HOME, a fresh build context (demo/app with a random 256 KiB ' +
      'payload, so every layer is built and uploaded), and is checked against the registry afterwards: every ' +
      'tag on one digest, or the benchmark stops.',
    '- **The action**: `dist/main.js` then `dist/post.js` as a runner runs them (as in section 1), auth token ' +
      'and namespace, `builder` naming the builder, provenance off (its default). On the docker driver buildx ' +
      'builds into the engine (`--load`) and the engine pushes the first tag, every other tag one manifest PUT; ' +
      'on the container builder BuildKit pushes one name, every other tag one manifest PUT.',
    "- **The articles' flow** (`bench/push-buildkit.sh`): `docker login --password-stdin`; on the docker driver " +
      "`docker buildx build --load -t <tag>` then `docker tag` and one `docker push` per tag (the articles' " +
      '`docker build` and `docker push` per tag); on the container builder `docker buildx build --push` with ' +
      'every tag as `-t`; `docker logout`. Provenance off.',
    '- **The docker actions**: docker/login-action v4.1.0 and docker/build-push-action v7.3.0 (`../shared/peers`), ' +
      'each a new node24 process with `INPUT_*`, `GITHUB_*` and file commands: login main, build-push main ' +
      '(`push: true`, `provenance: false`, `builder` naming the same builder, the same tags), build-push post, ' +
      "login post (its logout). Their build summary and record upload need GitHub's artifact service, absent " +
      'here, and are off (`DOCKER_BUILD_SUMMARY=false`, `DOCKER_BUILD_RECORD_UPLOAD=false`): the least work ' +
      'they can do, so their times are a lower bound of theirs on a runner.',
    '- The registry front adds the latency to every request (token endpoint included). The container ' +
      'builder is one BuildKit daemon for the whole benchmark, so it keeps the registry tokens it fetched ' +
      'between runs (a fresh builder per job, as on a hosted runner, would fetch them again): this favours ' +
      'whatever BuildKit pushes (all of the baselines; only the first tag of the action).',
    '- One warm-up round is not counted; cases, variants and the jobs below are interleaved and their order ' +
      'rotates each round.',
    '',
    '### Build, tag and push (wall time)',
    '',
    "| builder | tags | added latency | action | articles' flow | docker actions | action / articles | action / docker actions |",
    '|---|---:|---:|---|---|---|---:|---:|',
    ...caseRows,
    '',
    "### 4 tags: the action's way to push them, and the other way",
    '',
    'The push alone, from the spawn of `docker buildx build` to the last tag in the registry, logged in ' +
      "beforehand, with the action's build flags (`--metadata-file`, no default attestations). The manifest " +
      "PUTs go through the action's own registry client (`src/build-push/manifest-tagger.ts`), its handshake " +
      "started as the action starts it. On the container builder this is the issue's question: BuildKit " +
      'pushing N names, or one name and concurrent manifest PUTs.',
    '',
    ...BUILDKIT_DRIVERS.map(
      (driver) =>
        `- ${DRIVER_TITLES[driver]}: the action's way is ${PUSH_STRATEGY_TITLES[STRATEGY_PAIRS[driver][0]]}; ` +
        `the other way is ${PUSH_STRATEGY_TITLES[STRATEGY_PAIRS[driver][1]]}.`,
    ),
    '',
    "| builder | added latency | the action's way | the other way | ratio | faster |",
    '|---|---:|---|---|---:|---|',
    ...strategyRows,
    '',
    '### Fixed cost before the build, and where the time goes (the action, 4 tags)',
    '',
    'One job per case and round with a `docker` first on PATH that notes when each docker command starts and ' +
      "ends (section 2's wrapper, a few ms per command). `main: a → b` is the action's own Node process between " +
      'two docker commands. Medians:',
    '',
    action.header,
    action.row('**process start → `docker buildx build` starts**', (run) => msBeforeBuild(run)),
    action.row("of which the action's own work (the login included)", (run) => {
      const before = msBeforeBuild(run);
      if (before === undefined) return undefined;
      const build = run.findIndex((segment) => segment.name === 'docker buildx build');
      return sumOf((segment) => !segment.name.startsWith('docker'))(run.slice(0, build));
    }),
    ...action.names.map((name) => action.row(`\`${name}\``, present(name))),
    action.row(
      "**the action's own work** (every row but the docker commands)",
      sumOf((s) => !s.name.startsWith('docker')),
    ),
    action.row(
      '**the job**',
      sumOf(() => true),
    ),
    '',
    '- No `docker buildx version` or `inspect` runs before the build: the builder and its driver are read from ' +
      "buildx's own files (`$DOCKER_CONFIG/buildx/current`, `instances/<name>`).",
    '',
    "The articles' flow on the docker driver, its baseline there, split the same way (`script: a → b` is bash " +
      'between two commands; a command run again for each further tag is summed on its own row):',
    '',
    articles.header,
    ...articles.names.map((name) => articles.row(`\`${name}\``, present(name))),
    articles.row(
      '**the job**',
      sumOf(() => true),
    ),
  ].join('\n');
}

/** A run's time in the segments `keep` picks. */
const sumOf = (keep: (segment: Segment) => boolean) => (run: Segment[]) =>
  run.filter(keep).reduce((sum, segment) => sum + segment.ms, 0);

/** A run's time in the segments named `name`; undefined when it has none (that row is `–`). */
const present = (name: string) => (run: Segment[]) =>
  run.some((segment) => segment.name === name) ? sumOf((segment) => segment.name === name)(run) : undefined;

/** Medians of segmented jobs: one column per case that ran, one row per figure. */
function segmentTable(jobs: Record<string, Segment[][]>, cases: readonly BuildkitCase[]) {
  const ran = cases.filter((pushCase) => (jobs[pushCase.id] ?? []).length > 0);
  return {
    header: [
      `| segment | ${ran.map((pushCase) => pushCase.id).join(' | ')} |`,
      `|---|${ran.map(() => '---:').join('|')}|`,
    ].join('\n'),
    /** Every segment name, in the order the jobs meet them. */
    names: [...new Set(ran.flatMap((pushCase) => (jobs[pushCase.id] ?? []).flat().map((s) => s.name)))],
    row: (title: string, figure: (run: Segment[]) => number | undefined) =>
      `| ${title} | ${ran
        .map((pushCase) => {
          const values = (jobs[pushCase.id] ?? []).map(figure).filter((v) => v !== undefined);
          return values.length > 0 ? millis(summarise(values).median) : '–';
        })
        .join(' | ')} |`,
  };
}

export const REPLICATE_HEADING = '## 8. Replication: the same image in 2 more regions';

/** Medians of the replication part; its own date, runs and load, since it may be written alone. */
export function replicateSection(results: WithReplicate): string {
  const { samples, skipped, large } = results.replicate;
  const ran = REPLICATE_VARIANTS.filter((variant) => (samples[variant] ?? []).length > 0);
  const of = (
    variant: (typeof REPLICATE_VARIANTS)[number],
    field: keyof Omit<ReplicateSample, 'uploadedBytes'>,
  ) => summarise((samples[variant] ?? []).map((sample) => sample[field]));
  const docker = ran.includes('docker') ? of('docker', 'replicationMs') : undefined;
  const target = (variant: 'action' | 'engine') => {
    if (!ran.includes(variant) || !docker) return undefined;
    const value = ratio(of(variant, 'replicationMs'), docker);
    return (
      `| ${REPLICATE_VARIANT_TITLES[variant]} | ${seconds(of(variant, 'replicationMs').median)} vs ` +
      `${seconds(docker.median)} | **${times(value)}** | ≤ ${times(REPLICATE_TARGET)} | ` +
      `${value <= REPLICATE_TARGET ? 'met' : '**not met**'} |`
    );
  };
  const rows = ran.map((variant) => {
    const uploaded = (samples[variant] ?? []).flatMap((sample) => sample.uploadedBytes);
    const node = of(variant, 'nodeKiB');
    const cli = of(variant, 'dockerCliKiB');
    return (
      `| ${REPLICATE_VARIANT_TITLES[variant]} | ${spread(of(variant, 'replicationMs'), seconds)} | ` +
      `${docker ? times(ratio(of(variant, 'replicationMs'), docker)) : '–'} | ` +
      `${variant === 'action' ? spread(of(variant, 'stepMs'), seconds) : '–'} | ` +
      `${node.max > 0 ? spread(node, mib) : '–'} | ${cli.max > 0 ? spread(cli, mib) : '–'} | ` +
      `${spread(of(variant, 'peakTreeKiB'), mib)} | ${mib(Math.min(...uploaded) / 1024)} |`
    );
  });
  const imageMiB = (REPLICATE_LAYERS * REPLICATE_LAYER_BYTES) / 1024 / 1024;
  const missing = REPLICATE_VARIANTS.filter((variant) => skipped[variant]).map(
    (variant) => `- **Not run: ${REPLICATE_VARIANT_TITLES[variant]}**: ${skipped[variant]}.`,
  );
  return [
    REPLICATE_HEADING,
    '',
    `Measured on ${results.date.toISOString()} (this part took ${Math.round(results.durationS)} s; one-minute load ` +
      `average ${results.loadBefore.toFixed(2)} before, ${results.loadAfter.toFixed(2)} after, on ` +
      `${results.machine.cores} cores shared with other work). Medians of ${results.settings.replicateRuns} runs, ` +
      'range (min – max) in brackets.',
    '',
    ...(missing.length > 0 ? [...missing, ''] : []),
    `### Target (${imageMiB} MiB image, ${REPLICATE_LAYERS} layers, ${REPLICA_REGIONS.length} regions, ${REPLICA_LATENCY_MS} ms)`,
    '',
    '| replication | medians | / usual way | target | |',
    '|---|---|---:|---:|---|',
    ...(['action', 'engine'] as const).map(target).filter((row) => row !== undefined),
    '',
    '### Method',
    '',
    `- The image: ${imageMiB} MiB in ${REPLICATE_LAYERS} layers of random (incompressible) bytes ` +
      `(\`FROM scratch\`, one \`COPY\` of ${REPLICATE_LAYER_BYTES / 1024 / 1024} MiB each), built once with \`docker build\`.`,
    `- Every run starts a new world (\`startWorld({ replicaRegions: [${REPLICA_REGIONS.map((r) => `'${r}'`).join(', ')}] })\`): ` +
      'the primary registry and one per replica region, each with its own storage, so every layer is uploaded ' +
      'to every region and docker has no blob there it could mount. The replica registries answer every ' +
      `request ${REPLICA_LATENCY_MS} ms late (the front's latency, token endpoint included); the primary at once. ` +
      "Afterwards every region must hold the primary's digest under the tag, and its front must have received " +
      'every byte of the layers, or the benchmark stops.',
    '- **The action**: `dist/main.js` as a runner runs it, auth token and namespace, one tag, `replicate-to` ' +
      'naming both regions (with their registries). It builds the same context (from the build cache), ' +
      'pushes the primary with `docker push`, then copies registry to registry. Its figure is the replication: ' +
      'from the end of that `docker push` (a `docker` first on PATH notes when each command ends) to the ' +
      "step's exit. The whole main step is shown beside it; the post step (logout) runs untimed.",
    '- **The copy engine alone**: `src/registry/copy.ts` driven by `bench/replicate-engine.ts` (bundled with ' +
      'esbuild, its own node process, both regions at once), after the primary push by `docker push`: what the ' +
      "action's replication costs without the action around it.",
    '- **The usual way** (`bench/replicate.sh`), after the same primary push: per region `docker login ' +
      '--password-stdin`, `docker tag`, `docker push`, one region after the other. docker compresses every ' +
      'layer again for each push; the copy sends the compressed blobs the primary already holds.',
    '- Memory: the process tree of each step sampled every 20 ms from `/proc` (VmHWM per process, the sum ' +
      "of VmRSS at one instant for the whole tree). The action's tree includes its docker CLI processes " +
      '(build and primary push). The registries and the docker engine are outside it, for every variant.',
    '- Variants alternate and their order rotates each round; no warm-up round (each run is a new world).',
    '',
    '### Wall time and memory',
    '',
    '| variant | replication | / usual way | whole main step | peak RSS, node process | peak RSS, largest docker CLI | peak RSS, whole tree | bytes each region received |',
    '|---|---|---:|---|---|---|---|---|',
    ...rows,
    ...(large && ran.includes('engine')
      ? largeImageLines(of('engine', 'replicationMs'), of('engine', 'nodeKiB'), large)
      : []),
  ].join('\n');
}

/** The engine's memory on the benchmark's image and on one 5 times larger: what it follows. */
function largeImageLines(time: Summary, node: Summary, large: ReplicateSample): string[] {
  const imageMiB = (layerBytes: number) => (REPLICATE_LAYERS * layerBytes) / 1024 / 1024;
  return [
    '',
    "### The copy engine's memory against the image's size",
    '',
    '| image (to 2 regions, 50 ms) | replication | peak RSS, node process |',
    '|---|---|---|',
    `| ${imageMiB(REPLICATE_LAYER_BYTES)} MiB (${REPLICATE_LAYERS} × ${REPLICATE_LAYER_BYTES / 1024 / 1024} MiB), ` +
      `median of the runs above | ${seconds(time.median)} | ${mib(node.median)} |`,
    `| ${imageMiB(LARGE_LAYER_BYTES)} MiB (${REPLICATE_LAYERS} × ${LARGE_LAYER_BYTES / 1024 / 1024} MiB, ` +
      `pushed to the primary through the registry API), one run | ${seconds(large.replicationMs)} | ${mib(large.nodeKiB)} |`,
    '',
    "Blobs stream from the primary's socket to each region's (backpressure included; each blob is " +
      'hashed on the way, its last chunk held back until its digest checks), so the peak does not follow ' +
      "the image: it is Node's own, plus the socket reads (64 KiB each) that wait for the next garbage " +
      'collection, which frees them in batches of some tens of MiB.',
  ];
}
