/**
 * The BuildKit cases: the hosted-runner path, on buildx's `default` builder (docker driver) and on
 * a docker-container builder (test-support/backends.ts: a real buildx, the shared BuildKit image,
 * a DOCKER_CONFIG per run). Each case builds demo/app with a fresh context and pushes 1 or 4 tags,
 * with the registry answering at once or 50 ms late, three ways on the same builder:
 *   action          the action's main and post steps, as a job runs them;
 *   articles        bench/push-buildkit.sh: login, build, push per tag (the docker driver) or
 *                   `buildx build --push` with every tag (a container builder), logout;
 *   docker-actions  docker/login-action + docker/build-push-action (../shared/peers) as a runner
 *                   runs them: main steps, then the post steps in reverse order (the logout).
 * Every run is checked against the registry afterwards: every tag on one digest.
 *
 * The push of 4 tags is also timed alone, two ways on each builder (PUSH_STRATEGIES): on the
 * container builder BuildKit pushing every name against one name plus concurrent manifest PUTs
 * (the action); on the docker driver `--load` then `docker push` (the action) against `--push`.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { World } from '../__tests__/e2e/world.js';
import { prepareBackends, type Backends, type TestBackend } from '../test-support/backends.js';
import { PROJECT_ROOT } from '../test-support/runner.js';
import { manifestTagger } from '../src/build-push/manifest-tagger.js';
import { actionStep, endJob, startJob, stepOf, stepResults, type Step } from './action-step.js';
import { uniqueBuildContext } from './build-context.js';
import { measure, runToEnd, type CommandSpec, type Measurement } from './measure.js';
import { runTags } from './push-scenarios.js';
import {
  dockerEvents,
  recordingDocker,
  runStep,
  runTimeline,
  segmentsOf,
  which,
  type Segment,
} from './timeline-scenarios.js';

export const BUILDKIT_DRIVERS = ['docker', 'docker-container'] as const;
export type BuildkitDriver = (typeof BUILDKIT_DRIVERS)[number];

export const DRIVER_TITLES: Record<BuildkitDriver, string> = {
  docker: '`default` builder (docker driver)',
  'docker-container': 'docker-container builder',
};

export const BUILDKIT_VARIANTS = ['action', 'articles', 'docker-actions'] as const;
export type BuildkitVariant = (typeof BUILDKIT_VARIANTS)[number];

export const BUILDKIT_VARIANT_TITLES: Record<BuildkitVariant, string> = {
  action: 'action (main + post)',
  articles: "articles' flow (`bench/push-buildkit.sh`)",
  'docker-actions': 'docker/login-action + docker/build-push-action',
};

export interface BuildkitCase {
  id: string;
  driver: BuildkitDriver;
  tags: 1 | 4;
  latencyMs: number;
}

const SHAPES = [
  { tags: 1, latencyMs: 0 },
  { tags: 4, latencyMs: 0 },
  { tags: 1, latencyMs: 50 },
  { tags: 4, latencyMs: 50 },
] as const;

export const BUILDKIT_CASES: readonly BuildkitCase[] = BUILDKIT_DRIVERS.flatMap((driver) =>
  SHAPES.map(({ tags, latencyMs }) => ({
    id: `${driver}, ${tags} tag${tags === 1 ? '' : 's'}${latencyMs ? `, ${latencyMs} ms` : ''}`,
    driver,
    tags,
    latencyMs,
  })),
);

/** The issue's targets, at 4 tags and 50 ms: the action's time over the baseline's, at most. */
export const BUILDKIT_TARGETS: Record<BuildkitDriver, { baseline: BuildkitVariant; atMost: number }> = {
  docker: { baseline: 'articles', atMost: 0.75 },
  'docker-container': { baseline: 'docker-actions', atMost: 0.4 },
};

/** The case a target is read at: 4 tags, 50 ms. */
export const targetCase = (driver: BuildkitDriver): BuildkitCase =>
  BUILDKIT_CASES.find((c) => c.driver === driver && c.tags === 4 && c.latencyMs === 50)!;

/** Ways to push 4 tags on each builder, the push alone: what the action does, and the other way. */
export const PUSH_STRATEGIES = ['engine-push', 'buildkit-push-docker', 'one-name-puts', 'n-names'] as const;
export type PushStrategy = (typeof PUSH_STRATEGIES)[number];
export const PUSH_STRATEGY_DRIVERS: Record<PushStrategy, BuildkitDriver> = {
  'engine-push': 'docker',
  'buildkit-push-docker': 'docker',
  'one-name-puts': 'docker-container',
  'n-names': 'docker-container',
};
/** Per builder: the action's way, then the other. */
export const STRATEGY_PAIRS: Record<BuildkitDriver, readonly [PushStrategy, PushStrategy]> = {
  docker: ['engine-push', 'buildkit-push-docker'],
  'docker-container': ['one-name-puts', 'n-names'],
};
export const PUSH_STRATEGY_TITLES: Record<PushStrategy, string> = {
  'engine-push': '`--load -t <tag 1>`, then `docker push <tag 1>`, the other 3 tags concurrent manifest PUTs',
  'buildkit-push-docker':
    "`--push -t <tag 1>` (dockerd's BuildKit stores the image and pushes it), the other 3 tags concurrent manifest PUTs",
  'one-name-puts': '`--push -t <tag 1>`, the other 3 tags concurrent manifest PUTs',
  'n-names': '`--push` with all 4 names (`-t` each): BuildKit pushes every name',
};
export const STRATEGY_LATENCIES_MS = [0, 50] as const;

/** The timeline jobs of the action: 4 tags on each driver, at each latency. */
export const FIXED_COST_CASES: readonly BuildkitCase[] = BUILDKIT_CASES.filter((c) => c.tags === 4);
/** The articles' flow split the same way where it is the target's baseline: the docker driver. */
export const ARTICLES_TIMELINE_CASES: readonly BuildkitCase[] = FIXED_COST_CASES.filter(
  (c) => c.driver === 'docker',
);

export interface BuildkitResults {
  /** Wall times (ms) per case id, per variant. */
  cases: Record<string, Partial<Record<BuildkitVariant, number[]>>>;
  /** Wall times (ms) per latency, per strategy (container builder, 4 tags). */
  strategies: Record<number, Partial<Record<PushStrategy, number[]>>>;
  /** The action's jobs split into segments, per case id (FIXED_COST_CASES). */
  timeline: Record<string, Segment[][]>;
  /** The articles' flow split into segments, per case id (ARTICLES_TIMELINE_CASES). */
  articlesTimeline: Record<string, Segment[][]>;
  /** The BuildKit of each builder, as `buildx inspect` names it. */
  buildkitVersions: Record<BuildkitDriver, string>;
  /** `docker buildx version`, e.g. `v0.28.0`. */
  buildxVersion: string;
}

const PEERS = resolve(PROJECT_ROOT, '..', 'shared', 'peers');
const LOGIN_ACTION = join(PEERS, 'login-action', 'action.yml');
const BUILD_PUSH_ACTION = join(PEERS, 'build-push-action', 'action.yml');
/**
 * build-push-action's build summary and record upload need GitHub's artifact service, which this
 * world has not: both off, so the docker actions do the least they can (a lower bound of their time).
 */
const PEER_ENV = { DOCKER_BUILD_SUMMARY: 'false', DOCKER_BUILD_RECORD_UPLOAD: 'false' };

export interface BuildkitWorld {
  backends: Record<BuildkitDriver, TestBackend>;
  buildkitVersions: Record<BuildkitDriver, string>;
  buildxVersion: string;
  close(): Promise<void>;
}

/** Both buildx backends, or an error that says why one cannot be had: this part needs both. */
export async function prepareBuildkit(): Promise<BuildkitWorld> {
  const prepared: Backends = await prepareBackends(['buildx-docker', 'buildx-container']);
  const byDriver = (driver: BuildkitDriver) => prepared.available.find((b) => b.driver === driver);
  const docker = byDriver('docker');
  const container = byDriver('docker-container');
  if (!docker || !container) {
    await prepared.close();
    throw new Error(
      `the BuildKit part needs both buildx backends: ${prepared.notRun.map((n) => `${n.name}: ${n.why}`).join('; ')}`,
    );
  }
  const backends = { docker, 'docker-container': container };
  const buildkitVersions = {
    docker: await buildkitVersion(docker),
    'docker-container': await buildkitVersion(container),
  };
  const config = docker.dockerConfig();
  const version = await runToEnd('docker', ['buildx', 'version'], { DOCKER_CONFIG: config }).catch(() => '');
  rmSync(config, { recursive: true, force: true });
  const buildxVersion = /\sv\d+\.\d+\.\d+\S*/.exec(version)?.[0]?.trim() ?? '?';
  return { backends, buildkitVersions, buildxVersion, close: () => prepared.close() };
}

async function buildkitVersion(backend: TestBackend): Promise<string> {
  const config = backend.dockerConfig();
  try {
    const inspect = await runToEnd('docker', ['buildx', 'inspect', backend.builder ?? 'default'], {
      DOCKER_CONFIG: config,
    });
    return /BuildKit(?: version)?:\s*([\w.+-]+)/i.exec(inspect)?.[1] ?? '?';
  } finally {
    rmSync(config, { recursive: true, force: true });
  }
}

interface Run {
  pushCase: BuildkitCase;
  backend: TestBackend;
  tags: string[];
  repository: string;
  context: string;
  home: string;
  dockerConfig: string;
}

export interface BuildkitRunOptions {
  world: World;
  buildkit: BuildkitWorld;
  gnuTime: boolean;
  runId: string;
}

/** One run of `variant` in `pushCase`: its wall time (ms), checked against the registry. */
export async function runBuildkitVariant(
  variant: BuildkitVariant,
  pushCase: BuildkitCase,
  options: BuildkitRunOptions,
): Promise<number> {
  const context = uniqueBuildContext();
  const home = mkdtempSync(join(tmpdir(), 'bench-home-'));
  const backend = options.buildkit.backends[pushCase.driver];
  const run: Run = {
    pushCase,
    backend,
    tags: runTags(pushCase, `${pushCase.driver}-${options.runId}`),
    repository: `bench/buildkit-${variant}`,
    context: context.dir,
    home,
    dockerConfig: backend.dockerConfig(),
  };
  const { world } = options;
  try {
    world.registry.setLatency(pushCase.latencyMs);
    const measurements = await (
      variant === 'action'
        ? measureAction(run, options)
        : variant === 'articles'
          ? measureArticles(run, options)
          : measureDockerActions(run, options)
    ).finally(() => world.registry.setLatency(0));
    await expectPushed(world, run.repository, run.tags);
    return measurements.reduce((sum, m) => sum + m.wallMs, 0);
  } finally {
    await removeLocalImages(world, run.repository, run.tags);
    context.remove();
    rmSync(home, { recursive: true, force: true });
    rmSync(run.dockerConfig, { recursive: true, force: true });
  }
}

const imageOf = (world: World, repository: string) =>
  `${world.registry.host}/${world.namespace}/${repository}`;

async function measureAction(run: Run, options: BuildkitRunOptions): Promise<Measurement[]> {
  const { world } = options;
  const inputs = {
    region: 'sa-saopaulo-1',
    registry: world.registry.host,
    repository: run.repository,
    context: run.context,
    tags: run.tags.join('\n'),
    namespace: world.namespace,
    username: world.iamUser.name,
    'auth-token': world.iamUser.authToken,
    builder: run.backend.builder ?? 'default',
  };
  const env = { HOME: run.home, DOCKER_CONFIG: run.dockerConfig };
  const job = startJob();
  try {
    const main = actionStep('main', { job, inputs, env });
    const mainRun = await measureStep('the action (main step)', main, options);
    const { outputs, state } = stepResults(main);
    if (outputs.pushed !== 'true') throw new Error(`main step did not push:\n${mainRun.output}`);
    const post = actionStep('post', { job, inputs, env, state });
    return [mainRun, await measureStep('the action (post step)', post, options)];
  } finally {
    endJob(job);
  }
}

async function measureArticles(run: Run, options: BuildkitRunOptions): Promise<Measurement[]> {
  const measurement = await measure(articlesSpec(run, options.world), { gnuTime: options.gnuTime });
  expectSuccess('bench/push-buildkit.sh', measurement);
  return [measurement];
}

function articlesSpec(run: Run, world: World, pathFirst?: string): CommandSpec {
  const path = process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin';
  return {
    command: 'bash',
    args: [join(PROJECT_ROOT, 'bench', 'push-buildkit.sh')],
    cwd: PROJECT_ROOT,
    env: {
      PATH: pathFirst ? `${pathFirst}:${path}` : path,
      HOME: run.home,
      DOCKER_CONFIG: run.dockerConfig,
      REGISTRY: world.registry.host,
      NAMESPACE: world.namespace,
      OCI_USERNAME: world.iamUser.name,
      TOKEN: world.iamUser.authToken,
      REPOSITORY: run.repository,
      CONTEXT: run.context,
      TAG: run.tags[0] ?? '',
      EXTRA_TAGS: run.tags.slice(1).join(' '),
      BUILDER: run.backend.builder ?? 'default',
      DRIVER: run.pushCase.driver,
    },
  };
}

/** login-action main, build-push-action main, then the post steps in reverse order, as a runner runs them. */
async function measureDockerActions(run: Run, options: BuildkitRunOptions): Promise<Measurement[]> {
  const { world } = options;
  const image = imageOf(world, run.repository);
  const env = { HOME: run.home, DOCKER_CONFIG: run.dockerConfig, ...PEER_ENV };
  const login = {
    registry: world.registry.host,
    username: `${world.namespace}/${world.iamUser.name}`,
    password: world.iamUser.authToken,
  };
  const build = {
    context: run.context,
    tags: run.tags.map((tag) => `${image}:${tag}`).join('\n'),
    push: 'true',
    provenance: 'false',
    builder: run.backend.builder ?? 'default',
    // The runner fills `${{ github.token }}`; nothing here reads it.
    'github-token': 'unused',
  };
  const job = startJob();
  try {
    const loginMain = stepOf(LOGIN_ACTION, 'main', { job, inputs: login, env });
    const measurements = [await measureStep('docker/login-action', loginMain, options)];
    const buildMain = stepOf(BUILD_PUSH_ACTION, 'main', { job, inputs: build, env });
    measurements.push(await measureStep('docker/build-push-action', buildMain, options));
    if (!stepResults(buildMain).outputs.digest) {
      throw new Error(`docker/build-push-action set no digest:\n${measurements[1]?.output ?? ''}`);
    }
    const buildPost = stepOf(BUILD_PUSH_ACTION, 'post', {
      job,
      inputs: build,
      env,
      state: stepResults(buildMain).state,
    });
    measurements.push(await measureStep('docker/build-push-action (post)', buildPost, options));
    const loginPost = stepOf(LOGIN_ACTION, 'post', {
      job,
      inputs: login,
      env,
      state: stepResults(loginMain).state,
    });
    measurements.push(await measureStep('docker/login-action (post)', loginPost, options));
    return measurements;
  } finally {
    endJob(job);
  }
}

async function measureStep(what: string, step: Step, options: BuildkitRunOptions): Promise<Measurement> {
  const measurement = await measure(step.spec, { gnuTime: options.gnuTime });
  expectSuccess(what, measurement);
  // A node action fails by exit code 1 and an ::error:: line; some only log the line.
  if (/^::error::/m.test(measurement.output))
    throw new Error(`${what} reported an error:\n${measurement.output}`);
  return measurement;
}

/**
 * 4 tags, the push alone, one way (PUSH_STRATEGIES) on its builder: logged in beforehand,
 * untimed; the same build flags as the action (metadata file, no default attestations). The
 * manifest PUTs go through the action's own registry client, its handshake started as the action
 * starts it (with the build; on the docker driver with `docker push`). Returns the wall time (ms)
 * from the spawn of the build to the last tag written.
 */
export async function runPushStrategy(
  strategy: PushStrategy,
  latencyMs: number,
  options: BuildkitRunOptions,
): Promise<number> {
  const { world } = options;
  const backend = options.buildkit.backends[PUSH_STRATEGY_DRIVERS[strategy]];
  const context = uniqueBuildContext();
  const dockerConfig = backend.dockerConfig();
  const scratch = mkdtempSync(join(tmpdir(), 'bench-strategy-'));
  const repository = `bench/buildkit-${strategy}`;
  const tags = runTags({ tags: 4, latencyMs }, `strategy-${options.runId}`);
  const image = imageOf(world, repository);
  const env = { DOCKER_CONFIG: dockerConfig, BUILDX_NO_DEFAULT_ATTESTATIONS: '1' };
  const username = `${world.namespace}/${world.iamUser.name}`;
  const tagger = manifestTagger({
    registry: world.registry.host,
    repository: `${world.namespace}/${repository}`,
    credentials: () => ({ username, password: world.iamUser.authToken }),
  });
  try {
    await runToEnd(
      'docker',
      ['login', '-u', username, '--password-stdin', world.registry.host],
      env,
      world.iamUser.authToken,
    );
    const metadataFile = join(scratch, 'metadata.json');
    const names = strategy === 'n-names' ? tags : tags.slice(0, 1);
    const argv = [
      'buildx',
      'build',
      '--builder',
      backend.builder ?? 'default',
      '--metadata-file',
      metadataFile,
      strategy === 'engine-push' ? '--load' : '--push',
      ...names.flatMap((tag) => ['-t', `${image}:${tag}`]),
      context.dir,
    ];
    const metadataDigest = () => {
      const metadata = JSON.parse(readFileSync(metadataFile, 'utf8')) as Record<string, unknown>;
      const digest = String(metadata['containerimage.digest'] ?? '');
      if (!digest) throw new Error(`buildx wrote no digest in ${metadataFile}`);
      return digest;
    };
    world.registry.setLatency(latencyMs);
    const started = performance.now();
    try {
      if (strategy === 'engine-push') {
        await runToEnd('docker', argv, env);
        const pushing = runToEnd('docker', ['push', `${image}:${tags[0] ?? ''}`], env);
        tagger.prepare();
        const digest = /digest: (sha256:[0-9a-f]{64})/.exec(await pushing)?.[1];
        if (!digest) throw new Error('docker push printed no digest');
        await Promise.all(tags.slice(1).map((tag) => tagger.addTag(tag, digest)));
      } else if (strategy === 'n-names') {
        await runToEnd('docker', argv, env);
      } else {
        const building = runToEnd('docker', argv, env);
        tagger.prepare();
        await building;
        const digest = metadataDigest();
        await Promise.all(tags.slice(1).map((tag) => tagger.addTag(tag, digest)));
      }
    } finally {
      world.registry.setLatency(0);
    }
    const wallMs = performance.now() - started;
    await expectPushed(world, repository, tags);
    return wallMs;
  } finally {
    tagger.close();
    await runToEnd('docker', ['logout', world.registry.host], env).catch(() => '');
    await removeLocalImages(world, repository, tags);
    context.remove();
    rmSync(scratch, { recursive: true, force: true });
    rmSync(dockerConfig, { recursive: true, force: true });
  }
}

/** One timeline job of the action on `pushCase`'s builder: its segments (see timeline-scenarios.ts). */
export async function runBuildkitTimeline(
  pushCase: BuildkitCase,
  options: BuildkitRunOptions,
): Promise<Segment[]> {
  const backend = options.buildkit.backends[pushCase.driver];
  const dockerConfig = backend.dockerConfig();
  try {
    return await runTimeline(options.world, pushCase, `${pushCase.driver}-${options.runId}`, {
      env: { DOCKER_CONFIG: dockerConfig },
      inputs: { builder: backend.builder ?? 'default' },
      repository: 'bench/buildkit-timeline',
    });
  } finally {
    rmSync(dockerConfig, { recursive: true, force: true });
  }
}

/**
 * One run of the articles' flow on `pushCase`'s builder with the same recording `docker`: the
 * script's segments (`script: a → b` is bash between two commands); a command run again (a tag,
 * a push) after its first time is named apart, so the first push is told from the others.
 */
export async function runArticlesTimeline(
  pushCase: BuildkitCase,
  options: BuildkitRunOptions,
): Promise<Segment[]> {
  const { world } = options;
  const backend = options.buildkit.backends[pushCase.driver];
  const context = uniqueBuildContext();
  const scratch = mkdtempSync(join(tmpdir(), 'bench-timeline-'));
  const events = join(scratch, 'events');
  writeFileSync(events, '');
  const run: Run = {
    pushCase,
    backend,
    tags: runTags(pushCase, `articles-timeline-${pushCase.driver}-${options.runId}`),
    repository: 'bench/buildkit-articles-timeline',
    context: context.dir,
    home: scratch,
    dockerConfig: backend.dockerConfig(),
  };
  try {
    const shim = mkdtempSync(join(scratch, 'bin-'));
    recordingDocker(shim, await which('docker'), events);
    world.registry.setLatency(pushCase.latencyMs);
    const script = await runStep(articlesSpec(run, world, shim), 'main').finally(() =>
      world.registry.setLatency(0),
    );
    await expectPushed(world, run.repository, run.tags);
    const seen = new Set<string>();
    return segmentsOf([...script, ...dockerEvents(events)]).map(({ name, ms }) => {
      const renamed = name.replace(/^main: /, 'script: ');
      if (!renamed.startsWith('docker ')) return { name: renamed, ms };
      const again = seen.has(renamed);
      seen.add(renamed);
      return { name: again ? `${renamed} (each further tag, summed)` : renamed, ms };
    });
  } finally {
    await removeLocalImages(world, run.repository, run.tags);
    context.remove();
    rmSync(scratch, { recursive: true, force: true });
    rmSync(run.dockerConfig, { recursive: true, force: true });
  }
}

/** From the spawn of the main step to the start of `docker buildx build`; undefined without one. */
export function msBeforeBuild(segments: readonly Segment[]): number | undefined {
  const build = segments.findIndex((segment) => segment.name === 'docker buildx build');
  if (build < 0) return undefined;
  return segments.slice(0, build).reduce((sum, segment) => sum + segment.ms, 0);
}

function expectSuccess(what: string, measurement: Measurement): void {
  if (measurement.exitCode !== 0) {
    throw new Error(`${what} failed (exit code ${measurement.exitCode}):\n${measurement.output}`);
  }
}

/** Every tag must be in the registry, on one digest: asked of the registry, not of the client. */
async function expectPushed(world: World, repository: string, tags: readonly string[]): Promise<void> {
  const stored = `${world.namespace}/${repository}`;
  const digests = await Promise.all(tags.map((tag) => world.registry.manifestDigest(stored, tag)));
  if (!digests[0] || digests.some((digest) => digest !== digests[0])) {
    throw new Error(`${stored}: tags ${tags.join(', ')} hold ${digests.join(', ')}, not one digest`);
  }
}

/** Outside the timed part: the docker driver's runs leave their image in the engine's store. */
function removeLocalImages(world: World, repository: string, tags: readonly string[]): Promise<void> {
  const image = imageOf(world, repository);
  return new Promise((done) =>
    execFile('docker', ['rmi', '--force', ...tags.map((tag) => `${image}:${tag}`)], () => done()),
  );
}
