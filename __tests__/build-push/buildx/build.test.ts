/**
 * The build phase's orchestration against a scripted docker: which backend runs, the exact argv of
 * every command, the capability check before any build, the metadata read back, the retries, and
 * how a failure is named.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommandResult } from '../../../src/build-push/buildx/backend.js';
import { buildWithBuildx, QEMU_ADVICE, type BuildxJob } from '../../../src/build-push/buildx/build.js';
import { mergeDigests } from '../../../src/build-push/buildx/merge.js';
import { selectBackend, type BuildxChoice } from '../../../src/build-push/buildx/select.js';
import {
  buildxCli,
  pluginDirectories,
  type DockerRunOptions,
} from '../../../src/build-push/docker/buildx-cli.js';
import { NO_BUILDX_INPUTS, type BuildxInputs } from '../../../src/build-push/inputs.js';
import { ActionError, StepFailure } from '../../../src/common/errors.js';
import { fixture } from './fixtures.js';

const REPO = 'sa-saopaulo-1.ocir.io/axaxnpcrorw5/project-x/web';
const SINGLE = 'sha256:99b129923f6c986a9d29ee99ff3000af4de4d2f29455b6f31fec553cd6027c65';
const INDEX = 'sha256:f83014dd187c44ba0088e7831d30a812f32eda34412889d865c46b1330d6fdbb';
const OTHER = `sha256:${'e'.repeat(64)}`;

interface Call {
  args: string[];
  env?: Record<string, string>;
}

/**
 * A docker that answers from a script: each handler gets the argv and returns what docker would.
 * A build's `--metadata-file` is written as buildx writes it.
 */
function scriptedDocker(
  answer: (args: string[], call: number) => Partial<CommandResult> & { metadata?: string },
  pluginInstalled = true,
) {
  const calls: Call[] = [];
  const runner = (args: readonly string[], options?: DockerRunOptions): Promise<CommandResult> => {
    const argv = [...args];
    calls.push({ args: argv, ...(options?.env ? { env: options.env } : {}) });
    const result = answer(argv, calls.length);
    const metadataAt = argv.indexOf('--metadata-file');
    if (metadataAt >= 0 && result.metadata !== undefined)
      writeFileSync(argv[metadataAt + 1]!, result.metadata);
    return Promise.resolve({
      exitCode: result.exitCode ?? 0,
      stdout: result.stdout ?? '',
      stderr: result.stderr ?? '',
    });
  };
  return { calls, buildx: buildxCli(runner, () => pluginInstalled) };
}

const BUILDX_VERSION = { stdout: fixture('version-v0.12.1.txt') };

let temp: string;
beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'build-test-'));
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const containerBuilder: BuildxChoice = {
  backend: 'buildx',
  version: '0.12.1',
  builder: 'builder-1',
  driver: 'docker-container',
  platforms: ['linux/amd64', 'linux/arm64'],
  features: {},
  reason: 'buildx v0.12.1 found; builder builder-1 (docker-container)',
};

function job(
  overrides: Partial<Omit<BuildxJob, 'buildx'>> & { buildx?: Partial<BuildxInputs> } = {},
): BuildxJob {
  const { buildx, ...rest } = overrides;
  return {
    choice: containerBuilder,
    build: {
      context: '.',
      file: './Dockerfile',
      buildArgs: [],
      labels: {},
      pull: false,
      noCache: false,
      cacheFrom: [],
    },
    buildx: { ...NO_BUILDX_INPUTS, ...buildx },
    labels: { 'org.opencontainers.image.revision': 'abc' },
    repository: REPO,
    tags: [
      { name: '1.0.0', reference: `${REPO}:1.0.0` },
      { name: 'stable', reference: `${REPO}:stable` },
    ],
    push: true,
    pushedBy: 'buildkit',
    attempts: 3,
    ...rest,
  };
}

/** The argv with the temporary paths replaced by their role. */
function shape(args: string[]): string[] {
  return args.map((arg) => (arg.startsWith(temp) ? `<${arg.slice(arg.lastIndexOf('/') + 1)}>` : arg));
}

const sleeps: number[] = [];
/** Tags written through the registry API, as `<tag>@<digest>`. */
const added: string[] = [];
const deps = (buildx: ReturnType<typeof scriptedDocker>['buildx'], log: string[] = []) => ({
  buildx,
  log: (message: string) => log.push(message),
  tempRoot: temp,
  addTag: (tag: { name: string }, digest: string) => {
    added.push(`${tag.name}@${digest}`);
    return Promise.resolve(digest);
  },
  sleep: (ms: number) => {
    sleeps.push(ms);
    return Promise.resolve();
  },
});

/** No builder described by buildx's files: buildx is asked. */
const unknownStore = () => undefined;

/** What selectBackend reads of the inputs: a plain build, and these buildx inputs. */
const inputs = (buildx: Partial<BuildxInputs> = {}) => ({
  build: {
    context: '.',
    file: 'Dockerfile',
    buildArgs: [],
    labels: {},
    pull: false,
    noCache: false,
    cacheFrom: [],
  },
  buildx: { ...NO_BUILDX_INPUTS, ...buildx },
});

describe('selectBackend', () => {
  it('without buildx: the legacy builder, and the log says why', async () => {
    const { calls, buildx } = scriptedDocker(() => ({
      exitCode: 1,
      stderr: fixture('version-missing.stderr.txt'),
    }));
    const log: string[] = [];
    const { choice } = await selectBackend(buildx, inputs(), (line) => log.push(line), unknownStore);
    expect(choice.backend).toBe('legacy');
    expect(log).toEqual(['Backend: docker build (docker buildx not installed: legacy builder)']);
    expect(calls.map((call) => call.args)).toEqual([
      ['buildx', 'version'],
      ['buildx', 'inspect'],
    ]);
  });

  it('with no docker-buildx plugin on disk: the legacy builder, without running docker at all', async () => {
    const { calls, buildx } = scriptedDocker(() => BUILDX_VERSION, false);
    const log: string[] = [];
    const { choice } = await selectBackend(buildx, inputs(), (line) => log.push(line));
    expect(choice.backend).toBe('legacy');
    expect(log).toEqual(['Backend: docker build (docker buildx not installed: legacy builder)']);
    expect(calls).toEqual([]);
  });

  it('without buildx, two platforms fail with the setup fix, and nothing else runs', async () => {
    const { calls, buildx } = scriptedDocker(() => ({
      exitCode: 1,
      stderr: fixture('version-missing.stderr.txt'),
    }));
    await expect(
      selectBackend(
        buildx,
        inputs({ platforms: ['linux/amd64', 'linux/arm64'] }),
        () => undefined,
        unknownStore,
      ),
    ).rejects.toThrow(/linux\/amd64,linux\/arm64.*add docker\/setup-buildx-action before this step/);
    expect(calls).toHaveLength(2);
  });

  it('without buildx, merge-digests fails with the setup fix', async () => {
    const { buildx } = scriptedDocker(() => ({ exitCode: 1 }));
    await expect(
      selectBackend(buildx, { ...inputs(), mergeDigests: [SINGLE] }, () => undefined, unknownStore),
    ).rejects.toThrow(/'merge-digests' needs docker buildx.*setup-buildx-action/);
  });

  it('the docker driver cannot build two platforms: fails before the build', async () => {
    const { buildx } = scriptedDocker((args) =>
      args[1] === 'version' ? BUILDX_VERSION : { stdout: fixture('inspect-docker-default.txt') },
    );
    await expect(
      selectBackend(
        buildx,
        inputs({ platforms: ['linux/amd64', 'linux/arm64'] }),
        () => undefined,
        unknownStore,
      ),
    ).rejects.toBeInstanceOf(ActionError);
  });

  it('a named builder is inspected by name and used', async () => {
    const { calls, buildx } = scriptedDocker((args) =>
      args[1] === 'version' ? BUILDX_VERSION : { stdout: fixture('inspect-container-qemu.txt') },
    );
    const log: string[] = [];
    const { choice } = await selectBackend(
      buildx,
      inputs({ builder: 'ci', platforms: ['linux/amd64', 'linux/arm64'] }),
      (line) => log.push(line),
      unknownStore,
    );
    expect(calls[1]!.args).toEqual(['buildx', 'inspect', 'ci']);
    expect(choice).toMatchObject({ backend: 'buildx', builder: 'ci', driver: 'docker-container' });
    expect(log[0]).toMatch(
      /^Backend: docker buildx build \(buildx v0\.12\.1 found; builder ci \(docker-container\)\)$/,
    );
  });
});

describe("selectBackend from buildx's own files", () => {
  const stored = (driver: string) => () => ({ name: 'ci', driver });

  it('needs no docker process when the files name the builder and nothing asks for a version', async () => {
    const { calls, buildx } = scriptedDocker(() => BUILDX_VERSION);
    const log: string[] = [];
    const { choice } = await selectBackend(
      buildx,
      inputs({
        platforms: ['linux/amd64', 'linux/arm64', 'linux/s390x'],
        cacheTo: ['type=registry,ref=r:c'],
      }),
      (line) => log.push(line),
      stored('docker-container'),
    );
    expect(calls).toEqual([]);
    expect(choice).toMatchObject({ backend: 'buildx', builder: 'ci', driver: 'docker-container' });
    expect(log).toEqual([
      "Backend: docker buildx build (builder ci (docker-container), from buildx's configuration)",
    ]);
  });

  it.each<[string, Partial<BuildxInputs>, string]>([
    ['attestations (the BuildKit version)', { provenance: 'true' }, 'docker-container'],
    ["load with a push on BuildKit's push path", { load: true }, 'docker-container'],
    [
      'image-manifest=true (ignored before BuildKit 0.12)',
      { cacheTo: ['type=registry,ref=r:c,image-manifest=true'] },
      'docker-container',
    ],
    [
      'two platforms on the docker driver (the containerd store)',
      { platforms: ['linux/amd64', 'linux/arm64'] },
      'docker',
    ],
  ])('asks buildx when a decision needs it: %s', async (_label, buildxInputs, driver) => {
    const { calls, buildx } = scriptedDocker((args) =>
      args[1] === 'version' ? BUILDX_VERSION : { stdout: fixture('inspect-container-features.txt') },
    );
    await selectBackend(buildx, inputs(buildxInputs), () => undefined, stored(driver)).catch(() => undefined);
    expect(calls.map((call) => call.args.slice(0, 2))).toEqual([
      ['buildx', 'version'],
      ['buildx', 'inspect'],
    ]);
  });

  it('never refuses by the platform list, and says what an older BuildKit ignores', async () => {
    const { buildx } = scriptedDocker((args) =>
      args[1] === 'version' ? BUILDX_VERSION : { stdout: fixture('inspect-container-qemu.txt') },
    );
    const selection = await selectBackend(
      buildx,
      inputs({
        platforms: ['linux/s390x', 'linux/ppc64le'],
        cacheTo: ['type=registry,ref=r:c,image-manifest=true'],
      }),
      () => undefined,
      unknownStore,
    );
    expect(selection.choice.backend).toBe('buildx');
    expect(selection.warnings).toEqual([
      expect.stringMatching(/ignores image-manifest=true \(0\.12 or later honours it\)/),
    ]);
  });
});

describe('buildWithBuildx', () => {
  beforeEach(() => {
    sleeps.splice(0);
    added.splice(0);
  });

  it('pushes one name, tags the others through the registry API, reads the digest from the metadata file', async () => {
    const { calls, buildx } = scriptedDocker(() => ({ metadata: fixture('metadata-single.json') }));
    const outcome = await buildWithBuildx(job({ buildx: { platforms: ['linux/amd64'] } }), deps(buildx));
    expect(calls).toHaveLength(1);
    expect(shape(calls[0]!.args)).toEqual([
      'buildx',
      'build',
      '--file',
      './Dockerfile',
      '--label',
      'org.opencontainers.image.revision=abc',
      '--platform',
      'linux/amd64',
      '--tag',
      `${REPO}:1.0.0`,
      '--builder',
      'builder-1',
      '--metadata-file',
      '<metadata.json>',
      '--push',
      '.',
    ]);
    expect(calls[0]!.env).toEqual({ BUILDX_NO_DEFAULT_ATTESTATIONS: '1' });
    expect(added).toEqual([`stable@${SINGLE}`]);
    expect(outcome).toEqual({
      imageId: '',
      pushed: { digest: SINGLE, pushed: ['1.0.0', 'stable'], unchanged: [] },
      platforms: [
        { platform: 'linux/amd64', digest: SINGLE, mediaType: 'application/vnd.oci.image.manifest.v1+json' },
      ],
    });
  });

  it('two platforms: one index, each platform read back with imagetools inspect --raw', async () => {
    const tags = ['1.0.0', 'stable', 'latest', 'sha-5d1e2f3'].map((name) => ({
      name,
      reference: `${REPO}:${name}`,
    }));
    const { calls, buildx } = scriptedDocker((args) =>
      args[1] === 'build'
        ? { metadata: fixture('metadata-multi-platform.json') }
        : { stdout: fixture('manifest-list.raw.txt') },
    );
    const outcome = await buildWithBuildx(
      job({ tags, buildx: { platforms: ['linux/amd64', 'linux/arm64'] } }),
      deps(buildx),
    );
    expect(calls[1]!.args).toEqual([
      'buildx',
      'imagetools',
      'inspect',
      '--builder',
      'builder-1',
      '--raw',
      `${REPO}@${INDEX}`,
    ]);
    expect(outcome.pushed?.digest).toBe(INDEX);
    expect(outcome.platforms.map((entry) => entry.platform)).toEqual(['linux/amd64', 'linux/arm64/v8']);
    expect(outcome.platforms[0]!.digest).toBe(
      'sha256:22bbe80166a48a7af491c49bd394b8bfba024dd4fc03daa01c648afb20b8aabd',
    );
  });

  it('fails when the metadata does not name the tag it was asked to push', async () => {
    const metadata = JSON.stringify({
      ...JSON.parse(fixture('metadata-single.json')),
      'image.name': `${REPO}:other`,
    });
    const { buildx } = scriptedDocker(() => ({ metadata }));
    await expect(buildWithBuildx(job(), deps(buildx))).rejects.toThrow(/but not .*:1\.0\.0/);
    expect(added).toEqual([]);
  });

  it('on the docker driver: builds into the engine store with every tag, for the engine to push', async () => {
    const dockerDriver: BuildxChoice = { ...containerBuilder, builder: 'default', driver: 'docker' };
    const { calls, buildx } = scriptedDocker((args) => {
      writeFileSync(args[args.indexOf('--iidfile') + 1]!, `${OTHER}\n`);
      return { metadata: fixture('metadata-docker-driver.json') };
    });
    const outcome = await buildWithBuildx(job({ choice: dockerDriver, pushedBy: 'engine' }), deps(buildx));
    const args = calls[0]!.args;
    expect(args).toContain('--load');
    expect(args).not.toContain('--push');
    expect(args.filter((arg) => arg.startsWith(REPO))).toEqual([`${REPO}:1.0.0`, `${REPO}:stable`]);
    expect(outcome).toEqual({ imageId: OTHER, platforms: [] });
  });

  it('push: false loads a single-platform image into the local store, with its id', async () => {
    const { calls, buildx } = scriptedDocker((args) => {
      writeFileSync(args[args.indexOf('--iidfile') + 1]!, `${OTHER}\n`);
      return { metadata: fixture('metadata-docker-driver.json') };
    });
    const outcome = await buildWithBuildx(job({ push: false }), deps(buildx));
    expect(calls[0]!.args).toContain('--load');
    expect(calls[0]!.args).not.toContain('--push');
    expect(outcome).toEqual({ imageId: OTHER, platforms: [] });
  });

  it('a transient push failure repeats the cached build, then succeeds', async () => {
    const log: string[] = [];
    const { calls, buildx } = scriptedDocker((_args, call) =>
      call === 1
        ? {
            exitCode: 1,
            stderr: `#12 exporting to image\n#12 ERROR: failed to push ${REPO}:1.0.0: 503 Service Unavailable\nERROR: failed to solve: failed to push ${REPO}:1.0.0: unexpected status from PUT request: 503 Service Unavailable\n`,
          }
        : { metadata: fixture('metadata-single.json') },
    );
    const outcome = await buildWithBuildx(job(), deps(buildx, log));
    expect(calls).toHaveLength(2);
    expect(calls[1]!.args).toEqual(calls[0]!.args);
    expect(sleeps).toEqual([2000]);
    expect(log.some((line) => /transient reason \(attempt 1\)/.test(line))).toBe(true);
    expect(outcome.pushed?.digest).toBe(SINGLE);
  });

  it("gives up after `retries` attempts, as a push failure with buildx's error line", async () => {
    const { calls, buildx } = scriptedDocker(() => ({
      exitCode: 1,
      stderr: 'ERROR: failed to solve: failed to push x: 502 Bad Gateway\n',
    }));
    const error = await buildWithBuildx(job({ attempts: 2 }), deps(buildx)).catch(
      (caught: unknown) => caught,
    );
    expect(calls).toHaveLength(2);
    expect(error).toBeInstanceOf(StepFailure);
    expect((error as StepFailure).step).toBe('push');
    expect((error as StepFailure).message).toContain('failed to push x: 502 Bad Gateway');
  });

  it('a cache export failing after the push: the tags are written, the failure is handed back', async () => {
    const stderr = [
      '#6 exporting to image',
      `#6 pushing manifest for ${REPO}:1.0.0@${SINGLE} 0.1s done`,
      '#6 DONE 0.3s',
      '#9 exporting content cache',
      '#9 ERROR: error writing manifest blob: failed commit on ref "sha256:01bd": unexpected status: 403 Forbidden',
      'ERROR: failed to build: failed to solve: error writing manifest blob: failed commit on ref "sha256:01bd": unexpected status: 403 Forbidden',
    ].join('\n');
    const { calls, buildx } = scriptedDocker(() => ({ exitCode: 1, stderr }));
    const outcome = await buildWithBuildx(
      job({ buildx: { cacheTo: ['type=registry,ref=x:c'] } }),
      deps(buildx),
    );
    expect(calls).toHaveLength(1);
    expect(outcome.pushed).toEqual({ digest: SINGLE, pushed: ['1.0.0', 'stable'], unchanged: [] });
    expect(added).toEqual([`stable@${SINGLE}`]);
    expect(outcome.failure?.step).toBe('cache-export');
    expect(outcome.failure?.message).toMatch(
      /^The cache export failed after the image was pushed \(sha256:99b1/,
    );
  });

  it('a transient cache export failure is retried like a push', async () => {
    const { calls, buildx } = scriptedDocker((_args, call) =>
      call === 1
        ? {
            exitCode: 1,
            stderr:
              '#9 exporting cache to registry\n#9 ERROR: unexpected status: 503 Service Unavailable\nERROR: failed to solve: unexpected status: 503 Service Unavailable\n',
          }
        : { metadata: fixture('metadata-single.json') },
    );
    const outcome = await buildWithBuildx(job(), deps(buildx));
    expect(calls).toHaveLength(2);
    expect(outcome.failure).toBeUndefined();
  });

  it('a RUN step for a foreign platform: exec format error names QEMU', async () => {
    const stderr = [
      '#7 [linux/arm64 2/2] RUN make',
      '#7 0.101 exec /bin/sh: exec format error',
      '#7 ERROR: process "/bin/sh -c make" did not complete successfully: exit code: 1',
      'ERROR: failed to solve: process "/bin/sh -c make" did not complete successfully: exit code: 1',
    ].join('\n');
    const { buildx } = scriptedDocker(() => ({ exitCode: 1, stderr }));
    const error = (await buildWithBuildx(job(), deps(buildx)).catch(
      (caught: unknown) => caught,
    )) as StepFailure;
    expect(error.step).toBe('build');
    expect(error.message).toBe(
      `The image build failed: failed to solve: process "/bin/sh -c make" did not complete successfully: exit code: 1\n${QEMU_ADVICE}`,
    );
  });

  it('a failing RUN is a build failure, never retried, told by its error line', async () => {
    const stderr = [
      '#5 [2/2] RUN curl https://example.invalid',
      '#5 0.2 curl: (6) Could not resolve host: connection timed out',
      '#5 ERROR: process "/bin/sh -c curl https://example.invalid" did not complete successfully: exit code: 6',
      'ERROR: failed to solve: process "/bin/sh -c curl https://example.invalid" did not complete successfully: exit code: 6',
    ].join('\n');
    const { calls, buildx } = scriptedDocker(() => ({ exitCode: 1, stderr }));
    const error = await buildWithBuildx(job(), deps(buildx)).catch((caught: unknown) => caught);
    expect(calls).toHaveLength(1);
    expect((error as StepFailure).step).toBe('build');
    expect((error as StepFailure).message).toMatch(
      /^The image build failed: failed to solve: process .* exit code: 6\nA RUN instruction failed/,
    );
  });

  it('an unauthorized push logs in again once, then pushes', async () => {
    let renewals = 0;
    const { calls, buildx } = scriptedDocker((_args, call) =>
      call === 1
        ? {
            exitCode: 1,
            stderr:
              'ERROR: failed to solve: failed to push x: unexpected status from HEAD request: 401 Unauthorized\n',
          }
        : { metadata: fixture('metadata-single.json') },
    );
    await buildWithBuildx(job(), {
      ...deps(buildx),
      renewLogin: () => {
        renewals++;
        return Promise.resolve(true);
      },
    });
    expect(renewals).toBe(1);
    expect(calls).toHaveLength(2);
  });

  describe('immutable repository with some tags already there', () => {
    it('pushes by digest, then tags only the missing ones with that very manifest', async () => {
      const { calls, buildx } = scriptedDocker(() => ({ metadata: fixture('metadata-single.json') }));
      const outcome = await buildWithBuildx(job({ existing: new Map([['stable', SINGLE]]) }), deps(buildx));
      expect(calls[0]!.args).toContain(
        `type=image,name=${REPO},push-by-digest=true,name-canonical=true,push=true`,
      );
      expect(calls[0]!.args).not.toContain('--tag');
      expect(added).toEqual([`1.0.0@${SINGLE}`]);
      expect(outcome.pushed).toEqual({ digest: SINGLE, pushed: ['1.0.0'], unchanged: ['stable'] });
    });

    it('an existing tag holding another image fails the run before any tag is written', async () => {
      const { buildx } = scriptedDocker(() => ({ metadata: fixture('metadata-single.json') }));
      await expect(
        buildWithBuildx(job({ existing: new Map([['stable', OTHER]]) }), deps(buildx)),
      ).rejects.toThrow(
        /immutable and 'stable' \(sha256:e{64}\) already holds another image.*No tag was written/,
      );
      expect(added).toEqual([]);
    });
  });

  it('push-by-digest: no tags, the digest reported', async () => {
    const { calls, buildx } = scriptedDocker(() => ({ metadata: fixture('metadata-push-by-digest.json') }));
    const outcome = await buildWithBuildx(
      job({ buildx: { pushByDigest: true, platforms: ['linux/arm64'] } }),
      deps(buildx),
    );
    expect(calls[0]!.args).not.toContain('--tag');
    expect(calls[0]!.args).not.toContain('--push');
    expect(outcome.pushed).toMatchObject({ pushed: [], unchanged: [] });
    expect(outcome.pushed?.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});

describe('mergeDigests', () => {
  const DIGESTS = [
    'sha256:22bbe80166a48a7af491c49bd394b8bfba024dd4fc03daa01c648afb20b8aabd',
    'sha256:aa38e7fa832aba1c62ffb4aa85422c0f6a2dcaa68e37cb0191c8b7f8d0417055',
  ];
  const merge = (existing?: Map<string, string>) => ({
    choice: containerBuilder,
    repository: REPO,
    tags: job().tags,
    digests: DIGESTS,
    attempts: 3,
    ...(existing ? { existing } : {}),
  });

  it('knows the index digest from a dry run, then creates it under every tag', async () => {
    const { calls, buildx } = scriptedDocker((args) =>
      args.includes('--dry-run') ? { stdout: fixture('imagetools-create-dry-run.stdout.txt') } : {},
    );
    const outcome = await mergeDigests(merge(), deps(buildx));
    const sources = DIGESTS.map((digest) => `${REPO}@${digest}`);
    expect(calls.map((call) => call.args)).toEqual([
      ['buildx', 'imagetools', 'create', '--builder', 'builder-1', '--dry-run', ...sources],
      [
        'buildx',
        'imagetools',
        'create',
        '--builder',
        'builder-1',
        '--tag',
        `${REPO}:1.0.0`,
        '--tag',
        `${REPO}:stable`,
        ...sources,
      ],
    ]);
    expect(outcome.pushed).toEqual({
      digest: `sha256:${fixture('imagetools-create-dry-run.digest.txt').trim()}`,
      pushed: ['1.0.0', 'stable'],
      unchanged: [],
    });
    expect(outcome.platforms.map((entry) => entry.digest)).toEqual(DIGESTS);
  });

  it('an immutable tag holding another index: nothing is created', async () => {
    const { calls, buildx } = scriptedDocker(() => ({
      stdout: fixture('imagetools-create-dry-run.stdout.txt'),
    }));
    await expect(mergeDigests(merge(new Map([['stable', OTHER]])), deps(buildx))).rejects.toThrow(
      /Immutable tags cannot be moved/,
    );
    expect(calls).toHaveLength(1);
  });
});

describe('pluginDirectories', () => {
  it('looks where the docker CLI looks: DOCKER_CONFIG (else ~/.docker), then the system folders', () => {
    expect(pluginDirectories({ DOCKER_CONFIG: '/cfg' })).toEqual([
      '/cfg/cli-plugins',
      '/usr/local/lib/docker/cli-plugins',
      '/usr/local/libexec/docker/cli-plugins',
      '/usr/lib/docker/cli-plugins',
      '/usr/libexec/docker/cli-plugins',
    ]);
  });
});
