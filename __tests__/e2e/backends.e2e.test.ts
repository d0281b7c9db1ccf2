/**
 * The same guarantees on every backend users run: the legacy builder, buildx's `default` builder
 * (docker driver) and a docker-container builder made current as docker/setup-buildx-action does
 * (test-support/backends.ts). Each case runs the committed bundle on each backend and reads the
 * registry's and the emulator's own state. A backend this machine cannot offer is printed as not
 * run (under CI=true a missing buildx fails the file instead).
 */
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { prepareBackends, type Backends, type TestBackend } from '../../test-support/backends.js';
import { removeImageReferences } from '../../test-support/docker-images.js';
import { runAction, type ActionRun } from '../../test-support/runner.js';
import { filesUnder, leaks, startWorld, type World } from './world.js';

const CASES_PER_BACKEND = 'pushes, retries, renews, immutable, failures, secrets';
/** Registry tokens live this long, so that a slow build outlives one. */
const TOKEN_LIFETIME_SECONDS = 8;
/** Unique per test run, so removing it can only touch what this file made. */
const SHELL_BASE = `ocir-e2e-shell-${randomBytes(4).toString('hex')}:1`;

let world: World;
let backends: Backends;
let workDir: string;
/** The labels each backend's image carries, compared at the end. */
const labelsByBackend = new Map<string, Record<string, string>>();

beforeAll(async () => {
  if (!existsSync('dist/main.js')) throw new Error("dist/ is missing: run 'npm run build' first");
  workDir = mkdtempSync(join(tmpdir(), 'backends-e2e-'));
  world = await startWorld({ tokenLifetimeSeconds: TOKEN_LIFETIME_SECONDS });
  backends = await prepareBackends();
  console.log(
    [
      `backends run (${CASES_PER_BACKEND}): ${backends.available.map((b) => b.name).join(', ') || 'none'}`,
      ...backends.notRun.map(({ name, why }) => `backend ${name}: NOT RUN (${why})`),
    ].join('\n'),
  );
}, 180_000);

afterAll(async () => {
  try {
    const refused = await removeImageReferences([SHELL_BASE]);
    if (refused.length > 0) throw new Error(`images left behind:\n${refused.join('\n')}`);
  } finally {
    await world?.close();
    await backends?.close();
    rmSync(workDir, { recursive: true, force: true });
  }
}, 120_000);

/** A build context of its own: `files` (path → text) beside the Dockerfile. */
function context(name: string, dockerfile: string, files: Record<string, string> = {}): string {
  const dir = join(workDir, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'Dockerfile'), dockerfile);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const SCRATCH_APP = (name: string) =>
  context(name, 'FROM scratch\nCOPY hello.txt /\n', { 'hello.txt': `hello from ${name}\n` });

interface Job {
  main: ActionRun;
  post: ActionRun;
  dockerConfig: string;
}

/** A job on `backend`: the main step, then its post step, in one DOCKER_CONFIG of the job's own. */
async function runJob(
  backend: TestBackend,
  inputs: Record<string, string>,
  options: { apiKey?: boolean; env?: Record<string, string> } = {},
): Promise<Job> {
  const dockerConfig = backend.dockerConfig();
  const credentials: Record<string, string> = options.apiKey
    ? { compartment: world.compartment }
    : { namespace: world.namespace, username: world.iamUser.name, 'auth-token': world.iamUser.authToken };
  const all = { region: 'sa-saopaulo-1', registry: world.registry.host, ...credentials, ...inputs };
  const env = {
    DOCKER_CONFIG: dockerConfig,
    ...(options.apiKey ? world.apiKeyEnv : {}),
    ...options.env,
  };
  const main = await runAction({ entry: 'main', inputs: all, env, timeoutMs: 150_000 });
  const post = await runAction({ entry: 'post', inputs: all, env, stateFrom: main });
  return { main, post, dockerConfig };
}

const errorsOf = (run: ActionRun) => run.annotations.filter((a) => a.level === 'error').map((a) => a.message);

const MANIFEST_TYPES = [
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.index.v1+json',
].join(', ');

async function manifestOf(repo: string, reference: string): Promise<Record<string, unknown>> {
  const res = await fetch(`${world.registry.backendUrl}/v2/${repo}/manifests/${reference}`, {
    headers: { Accept: MANIFEST_TYPES },
  });
  expect(res.status).toBe(200);
  return (await res.json()) as Record<string, unknown>;
}

/** The labels of the image `reference` as the registry stores them (its config blob). */
async function registryLabels(repo: string, reference: string): Promise<Record<string, string>> {
  const manifest = (await manifestOf(repo, reference)) as { config: { digest: string } };
  const res = await fetch(`${world.registry.backendUrl}/v2/${repo}/blobs/${manifest.config.digest}`);
  const config = (await res.json()) as { config?: { Labels?: Record<string, string> } };
  return config.config?.Labels ?? {};
}

function localImageId(reference: string): string | undefined {
  try {
    return execFileSync('docker', ['image', 'inspect', '--format', '{{.Id}}', reference], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return undefined;
  }
}

/** An image of the host's sh and cat with their libraries, for RUN steps with nothing to pull. */
function importShellBase(): void {
  if (localImageId(SHELL_BASE)) return;
  const root = join(workDir, 'rootfs');
  const binaries = ['/bin/sh', '/bin/cat', '/bin/sleep'];
  const libraries = [
    ...execFileSync('ldd', binaries, { encoding: 'utf8' }).matchAll(/(\/\S+\.so[\w.]*)/g),
  ].map((match) => match[1]!);
  for (const file of new Set([...binaries, ...libraries])) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    copyFileSync(file, join(root, file));
  }
  const tarball = join(workDir, 'rootfs.tar');
  execFileSync('tar', ['-C', root, '-chf', tarball, '.']);
  execFileSync('docker', ['import', tarball, SHELL_BASE]);
}

/** `docker <args>` with its own config folder (never the user's), `input` on stdin; throws on failure. */
function dockerIn(config: string, args: string[], input = ''): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('docker', args, {
      env: { ...process.env, DOCKER_CONFIG: config },
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`docker ${args[0]}: ${stderr}`))));
    child.stdin.end(input);
  });
}

/** A build that takes longer than the registry token lives: RUN sleeps (the engine's builders). */
function sleepingContext(): string {
  importShellBase();
  return context('sleeping', `FROM ${SHELL_BASE}\nRUN sleep ${TOKEN_LIFETIME_SECONDS + 3}\n`);
}

/**
 * The same for a container builder, which runs no RUN step here: its base image, pushed to the
 * world's registry beforehand, downloads slowly (the registry front holds the layer back).
 */
async function slowPullContext(): Promise<string> {
  const baseRepo = `${world.namespace}/backends/slow-base`;
  const base = `${world.registry.host}/${baseRepo}:1`;
  const config = mkdtempSync(join(workDir, 'pusher-'));
  const user = `${world.namespace}/${world.iamUser.name}`;
  await dockerIn(
    config,
    ['login', '--username', user, '--password-stdin', world.registry.host],
    world.iamUser.authToken,
  );
  await dockerIn(config, ['build', '--tag', base, SCRATCH_APP('slow-base')]);
  await dockerIn(config, ['push', base]);
  await removeImageReferences([base]);
  const manifest = (await manifestOf(baseRepo, '1')) as { layers: { digest: string }[] };
  world.registry.injectFault({
    method: 'GET',
    path: `/v2/${baseRepo}/blobs/${manifest.layers[0]!.digest}`,
    delayMs: (TOKEN_LIFETIME_SECONDS + 3) * 1000,
  });
  return context('slow-pull', `FROM ${base}\nCOPY hello.txt /slow.txt\n`, { 'hello.txt': 'slow\n' });
}

/** Runs `body` on the named backend when this machine offers it; says so otherwise. */
function onlyOn(name: TestBackend['name'], title: string, body: (b: TestBackend) => Promise<void>) {
  it(
    title,
    async () => {
      const chosen = backends.available.find((candidate) => candidate.name === name);
      if (!chosen) {
        console.warn(`${name}: "${title}" not run (${backends.notRun.find((e) => e.name === name)?.why})`);
        return;
      }
      await body(chosen);
    },
    240_000,
  );
}

const backendNames = () => backends.available.map((backend) => [backend.name, backend] as const);

describe.each(['legacy', 'buildx-docker', 'buildx-container'] as const)('on the %s backend', (name) => {
  const repoName = `backends/${name}`;
  const repo = `${world?.namespace ?? 'axaxnpcrorw5'}/${repoName}`;
  const onBackend = (title: string, body: (backend: TestBackend) => Promise<void>) =>
    onlyOn(name, title, body);

  onBackend(
    'pushes four tags: one digest, the registry’s, labels set, imageid where the image is local',
    async (b) => {
      const { main, post, dockerConfig } = await runJob(b, {
        repository: repoName,
        context: SCRATCH_APP('four'),
        tags: '1.0.0\n1.0\nlatest\nedge',
        labels: 'team=platform',
      });
      expect(errorsOf(main)).toEqual([]);
      expect(main.exitCode).toBe(0);
      const digest = main.outputs.digest!;
      expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
      for (const tag of ['1.0.0', '1.0', 'latest', 'edge']) {
        expect(await world.registry.manifestDigest(repo, tag)).toBe(digest);
      }
      labelsByBackend.set(name, await registryLabels(repo, digest));
      expect(labelsByBackend.get(name)).toMatchObject({ team: 'platform' });

      // The image is in the engine's store on the legacy path and the docker driver, not elsewhere.
      const local = localImageId(`${world.registry.host}/${repo}:1.0.0`);
      if (b.driver === 'docker-container') {
        expect(main.outputs.imageid ?? '').toBe('');
        expect(local).toBeUndefined();
      } else {
        expect(main.outputs.imageid).toMatch(/^sha256:[0-9a-f]{64}$/);
        expect(main.outputs.imageid).toBe(local);
      }
      // The post step logged out; no credential is left in the job's docker config or anywhere else.
      expect(post.exitCode).toBe(0);
      const config = JSON.parse(readFileSync(join(dockerConfig, 'config.json'), 'utf8')) as {
        auths?: Record<string, unknown>;
      };
      expect(Object.keys(config.auths ?? {})).not.toContain(world.registry.host);
      for (const file of filesUnder(dockerConfig).filter((f) => !f.path.includes('cli-plugins'))) {
        expect(leaks(file.text, world.iamUser.authToken)).toBe(false);
      }
      const traces = [
        main.log,
        post.log,
        JSON.stringify(main.outputs),
        JSON.stringify(main.state),
        main.summary,
      ];
      for (const trace of [...traces, ...main.commandLines])
        expect(leaks(trace, world.iamUser.authToken)).toBe(false);
    },
  );

  onBackend('retries a 503 on the manifest PUT, and the tag holds the pushed digest', async (b) => {
    // BuildKit retries a push 3 times itself: only a 4th failure reaches the action.
    const times = b.driver === 'docker-container' ? 4 : 1;
    world.registry.injectFault({ method: 'PUT', path: new RegExp(`/${repo}/manifests/retried$`), times });
    const { main } = await runJob(b, {
      repository: repoName,
      context: SCRATCH_APP('retried'),
      tags: 'retried',
    });
    expect(errorsOf(main)).toEqual([]);
    expect(main.log).toMatch(/transient reason/);
    expect(world.registry.pendingFaults()).toBe(0);
    expect(await world.registry.manifestDigest(repo, 'retried')).toBe(main.outputs.digest);
  });

  onBackend('a push refused as unauthorized: at most one fresh login, then it goes through', async (b) => {
    const tokensBefore = world.emulator.issuedTokens().length;
    world.registry.injectFault({
      method: 'PUT',
      path: new RegExp(`/${repo}/manifests/renewed$`),
      status: 401,
    });
    const { main } = await runJob(
      b,
      { repository: repoName, context: SCRATCH_APP('renewed'), tags: 'renewed' },
      { apiKey: true },
    );
    expect(errorsOf(main)).toEqual([]);
    expect(main.exitCode).toBe(0);
    expect(await world.registry.manifestDigest(repo, 'renewed')).toBe(main.outputs.digest);
    expect(world.registry.pendingFaults()).toBe(0);
    const fresh = world.emulator.issuedTokens().length - tokensBefore - 1;
    if (b.driver === 'docker-container') {
      // BuildKit authenticates again on its own first; the action logs in again only if that fails.
      expect(fresh).toBeLessThanOrEqual(1);
    } else {
      expect(fresh).toBe(1);
      expect(main.log).toContain('The registry refused the registry token at push (401 Unauthorized)');
    }
  });

  onBackend(
    'on an immutable repository: the same image is skipped, another refused before any tag',
    async (b) => {
      const immutable = `${repoName}-immutable`;
      const path = `${world.namespace}/${immutable}`;
      const app = SCRATCH_APP('immutable');
      const inputs = { repository: immutable, 'repository-immutable': 'true', context: app, tags: 'v1' };
      const first = await runJob(b, inputs, { apiKey: true });
      expect(errorsOf(first.main)).toEqual([]);
      const digest = first.main.outputs.digest!;

      // The identical re-run: nothing moves, nothing fails; the extra tag gets the same image.
      const again = await runJob(b, { ...inputs, tags: 'v1\nv1-again' }, { apiKey: true });
      expect(errorsOf(again.main)).toEqual([]);
      expect(again.main.log).toContain(
        `Tag v1 already holds ${digest} on this immutable repository: skipped`,
      );
      expect(again.main.outputs.digest).toBe(digest);
      expect(await world.registry.manifestDigest(path, 'v1-again')).toBe(digest);

      // Another image on the same tag: refused, and the fresh tag was not written either.
      const other = await runJob(b, { ...inputs, tags: 'v1\nv2', labels: 'changed=yes' }, { apiKey: true });
      expect(other.main.exitCode).toBe(1);
      expect(errorsOf(other.main).join('\n')).toMatch(/immutable.*'v1'.*No tag was written/s);
      expect(await world.registry.manifestDigest(path, 'v1')).toBe(digest);
      expect(await world.registry.manifestDigest(path, 'v2')).toBeUndefined();
    },
  );

  onBackend('a build that outlives its registry token still pushes', async (b) => {
    const tokensBefore = world.emulator.issuedTokens().length;
    const slow = b.driver === 'docker-container' ? await slowPullContext() : sleepingContext();
    const { main } = await runJob(
      b,
      { repository: repoName, context: slow, tags: 'slow', network: 'none' },
      { apiKey: true },
    );
    expect(errorsOf(main)).toEqual([]);
    expect(await world.registry.manifestDigest(repo, 'slow')).toBe(main.outputs.digest);
    // A fresh token was fetched once: before the push (engine), or after BuildKit's 401 (container).
    expect(world.emulator.issuedTokens().length - tokensBefore).toBe(2);
    expect(main.log).toMatch(/logging in again|logged in again/);
  });

  onBackend('a failed build names the build step, the cause and one line of advice', async (b) => {
    const { main } = await runJob(b, {
      repository: repoName,
      context: context('broken', 'FROM scratch\nCOPY missing.txt /\n'),
      tags: 'broken',
    });
    expect(main.exitCode).toBe(1);
    const [error, ...rest] = errorsOf(main);
    expect(rest).toEqual([]);
    expect(error).toMatch(/^The image build failed: .*missing\.txt/m);
    expect(error).toMatch(/A file the Dockerfile copies is not in the build context/);
    expect(await world.registry.tags(repo)).not.toContain('broken');
  });

  onBackend('secrets reach the build and nothing else', async (b) => {
    if (b.name === 'legacy') {
      // No buildx, no build secrets: refused before any request, the value named nowhere.
      const before = world.registry.authAttempts.length;
      const secret = `s3cr3t-${randomBytes(12).toString('hex')}`;
      const { main } = await runJob(
        b,
        {
          repository: repoName,
          context: SCRATCH_APP('no-secret'),
          tags: 'x',
          'secret-envs': 'token=BUILD_TOKEN',
        },
        { env: { BUILD_TOKEN: secret } },
      );
      expect(main.exitCode).toBe(1);
      expect(errorsOf(main).join('\n')).toMatch(/'secrets' needs docker buildx/);
      expect(world.registry.authAttempts.length).toBe(before);
      expect(main.log).not.toContain(secret);
      return;
    }
    if (b.driver === 'docker-container') {
      // This machine's container builder cannot run RUN steps (read-only cgroups): see README.
      console.warn(
        `${name}: "secrets in the image" not run (RUN steps fail in this machine's container builder)`,
      );
      return;
    }
    importShellBase();
    const secret = `s3cr3t-${randomBytes(12).toString('hex')}`;
    const dir = context(
      'secret',
      `FROM ${SHELL_BASE}\nRUN --mount=type=secret,id=token cat /run/secrets/token > /proof.txt\n`,
    );
    const { main, post, dockerConfig } = await runJob(
      b,
      // dockerd runs here with no bridge network: RUN steps run without one.
      {
        repository: repoName,
        context: dir,
        tags: 'secret',
        'secret-envs': 'token=BUILD_TOKEN',
        network: 'none',
      },
      { env: { BUILD_TOKEN: secret } },
    );
    expect(errorsOf(main)).toEqual([]);
    // In the image: the layer that RUN wrote holds it.
    const manifest = (await manifestOf(repo, 'secret')) as { layers: { digest: string }[] };
    const layer = await fetch(
      `${world.registry.backendUrl}/v2/${repo}/blobs/${manifest.layers.at(-1)!.digest}`,
    );
    const unpacked = execFileSync('tar', ['-xzOf', '-', 'proof.txt'], {
      input: Buffer.from(await layer.arrayBuffer()),
      encoding: 'utf8',
    });
    expect(unpacked).toBe(secret);
    // Nowhere else: log, outputs, state, summary, argv, files left.
    for (const trace of [
      main.log,
      post.log,
      JSON.stringify(main.outputs),
      JSON.stringify(main.state),
      main.summary,
    ]) {
      expect(trace).not.toContain(secret);
    }
    expect(main.commandLines.some((line) => line.includes(secret))).toBe(false);
    for (const file of filesUnder(dockerConfig).filter((f) => !f.path.includes('cli-plugins'))) {
      expect(file.text).not.toContain(secret);
    }
  });
});

/** The platforms an index lists, from the registry itself. */
async function indexPlatforms(repo: string, reference: string): Promise<string[]> {
  const index = (await manifestOf(repo, reference)) as {
    manifests?: { platform?: { os: string; architecture: string } }[];
  };
  return (index.manifests ?? [])
    .map((entry) => entry.platform)
    .filter((platform) => platform && platform.os !== 'unknown')
    .map((platform) => `${platform!.os}/${platform!.architecture}`)
    .sort();
}

describe('the docker-container builder builds what buildx builds, without QEMU', () => {
  const repoName = 'backends/multi';
  const repo = () => `${world.namespace}/${repoName}`;
  const TWO = 'linux/amd64,linux/arm64';

  onlyOn('buildx-container', 'two platforms FROM scratch: one index, each platform listed', async (b) => {
    const { main } = await runJob(b, {
      repository: repoName,
      context: SCRATCH_APP('multi'),
      tags: 'multi\nmulti-2',
      platforms: TWO,
    });
    expect(errorsOf(main)).toEqual([]);
    expect(await world.registry.manifestDigest(repo(), 'multi')).toBe(main.outputs.digest);
    expect(await world.registry.manifestDigest(repo(), 'multi-2')).toBe(main.outputs.digest);
    expect(await indexPlatforms(repo(), 'multi')).toEqual(['linux/amd64', 'linux/arm64']);
    expect(main.outputs.metadata).toContain('linux/arm64');
  });

  onlyOn('buildx-container', 'two platforms with the $BUILDPLATFORM cross-compile pattern', async (b) => {
    const dir = context(
      'cross',
      [
        'FROM --platform=$BUILDPLATFORM scratch AS build',
        'ARG TARGETARCH',
        'COPY hello.txt /out/hello.txt',
        'FROM scratch',
        'COPY --from=build /out/ /',
        '',
      ].join('\n'),
      { 'hello.txt': 'cross\n' },
    );
    const { main } = await runJob(b, { repository: repoName, context: dir, tags: 'cross', platforms: TWO });
    expect(errorsOf(main)).toEqual([]);
    expect(await indexPlatforms(repo(), 'cross')).toEqual(['linux/amd64', 'linux/arm64']);
  });

  onlyOn(
    'buildx-container',
    'two platforms with the cache in OCIR; the ignored image-manifest is a warning',
    async (b) => {
      const cacheRef = `${world.registry.host}/${repo()}:buildcache`;
      const { main } = await runJob(b, {
        repository: repoName,
        context: SCRATCH_APP('cached'),
        tags: 'cached',
        platforms: TWO,
        'cache-from': `type=registry,ref=${cacheRef}`,
        'cache-to': `type=registry,ref=${cacheRef},mode=max,image-manifest=true,oci-mediatypes=true`,
      });
      expect(errorsOf(main)).toEqual([]);
      expect(await world.registry.manifestDigest(repo(), 'buildcache')).toMatch(/^sha256:/);
      const warnings = main.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
      expect(warnings.join('\n')).toMatch(/BuildKit v0\.11\.6, which ignores image-manifest=true/);
    },
  );

  onlyOn(
    'buildx-container',
    'a cache export that fails after the push: named, outputs set, tags in place',
    async (b) => {
      const cacheRef = `${world.registry.host}/${repo()}:brokencache`;
      world.registry.injectFault({
        method: 'PUT',
        path: new RegExp(`/${repo()}/manifests/brokencache$`),
        times: 20,
      });
      const { main } = await runJob(b, {
        repository: repoName,
        context: SCRATCH_APP('cache-fails'),
        tags: 'cache-fails\ncache-fails-2',
        'cache-to': `type=registry,ref=${cacheRef}`,
        retries: '1',
      });
      expect(main.exitCode).toBe(1);
      expect(errorsOf(main)).toEqual([
        expect.stringMatching(/^The cache export failed after the image was pushed/),
      ]);
      expect(main.outputs.digest).toMatch(/^sha256:/);
      expect(main.outputs.pushed).toBe('true');
      expect(await world.registry.manifestDigest(repo(), 'cache-fails')).toBe(main.outputs.digest);
      expect(await world.registry.manifestDigest(repo(), 'cache-fails-2')).toBe(main.outputs.digest);
    },
  );

  onlyOn(
    'buildx-container',
    'push-by-digest on two jobs, then merge-digests joins them under the tags',
    async (b) => {
      const digests: string[] = [];
      for (const platform of ['linux/amd64', 'linux/arm64']) {
        const { main } = await runJob(b, {
          repository: repoName,
          context: SCRATCH_APP('by-digest'),
          tags: 'merged',
          platforms: platform,
          'push-by-digest': 'true',
        });
        expect(errorsOf(main)).toEqual([]);
        digests.push(main.outputs.digest!);
      }
      expect(await world.registry.manifestDigest(repo(), 'merged')).toBeUndefined();
      const { main } = await runJob(b, {
        repository: repoName,
        tags: 'merged',
        'merge-digests': digests.join('\n'),
      });
      expect(errorsOf(main)).toEqual([]);
      expect(await world.registry.manifestDigest(repo(), 'merged')).toBe(main.outputs.digest);
      const index = (await manifestOf(repo(), 'merged')) as { manifests: { digest: string }[] };
      expect(index.manifests.map((m) => m.digest).sort()).toEqual([...digests].sort());
    },
  );

  onlyOn('buildx-container', 'provenance on: the attestation is pushed with the image', async (b) => {
    const { main } = await runJob(b, {
      repository: repoName,
      context: SCRATCH_APP('provenance'),
      tags: 'provenance',
      provenance: 'true',
    });
    expect(errorsOf(main)).toEqual([]);
    const index = (await manifestOf(repo(), 'provenance')) as {
      manifests: { annotations?: Record<string, string> }[];
    };
    expect(
      index.manifests.some((m) => m.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest'),
    ).toBe(true);
  });

  onlyOn(
    'buildx-container',
    'load with a push on BuildKit 0.11: refused before anything is created',
    async (b) => {
      const before = world.emulator.requests.length;
      const { main } = await runJob(
        b,
        { repository: 'backends/never-created', context: SCRATCH_APP('load'), tags: 'x', load: 'true' },
        { apiKey: true },
      );
      expect(main.exitCode).toBe(1);
      expect(errorsOf(main).join('\n')).toMatch(/cannot load and push in one build.*BuildKit 0\.13/);
      expect(world.emulator.requests.slice(before)).toEqual([]);
      expect(await world.registry.tags(`${world.namespace}/backends/never-created`)).toEqual([]);
    },
  );
});

describe('the docker driver refuses only what buildx refuses there', () => {
  onlyOn(
    'buildx-docker',
    'two platforms, exported cache, push by digest: refused before any request',
    async (b) => {
      const before = world.emulator.requests.length;
      const { main } = await runJob(
        b,
        {
          repository: 'backends/never-created',
          context: SCRATCH_APP('refused'),
          tags: 'x',
          platforms: 'linux/amd64,linux/arm64',
          'cache-to': 'type=registry,ref=example.invalid/cache',
          'push-by-digest': 'true',
        },
        { apiKey: true },
      );
      expect(main.exitCode).toBe(1);
      const error = errorsOf(main).join('\n');
      expect(error).toMatch(/cannot build several platforms/);
      expect(error).toMatch(/cannot export cache/);
      expect(error).toMatch(/cannot push by digest/);
      expect(error).toMatch(/docker-container builder with docker\/setup-buildx-action/);
      expect(error).not.toMatch(/qemu/i);
      expect(world.emulator.requests.slice(before)).toEqual([]);
    },
  );
});

describe('every backend', () => {
  it('gives the image the same labels', () => {
    const all = [...labelsByBackend.values()];
    expect(all.length).toBe(backends.available.length);
    for (const labels of all.slice(1)) expect(labels).toEqual(all[0]);
  });

  it('names each backend it could not run', () => {
    const named = [...backendNames().map(([name]) => name), ...backends.notRun.map((entry) => entry.name)];
    expect(named.sort()).toEqual(['buildx-container', 'buildx-docker', 'legacy']);
    if (process.env.CI === 'true') expect(backends.notRun.filter((e) => e.name !== 'legacy')).toEqual([]);
  });
});
