import {
  chooseBackend,
  parseBuilderInspect,
  parseBuildxVersion,
  versionAtLeast,
  type CommandResult,
} from '../../../src/build-push/buildx/backend.js';
import { fixture } from './fixtures.js';

const ok = (stdout: string): CommandResult => ({ exitCode: 0, stdout, stderr: '' });
const failed = (stderr: string): CommandResult => ({ exitCode: 1, stdout: '', stderr });

describe('parseBuildxVersion', () => {
  it.each([
    ['version-v0.12.1.txt', { version: '0.12.1', commit: '30feaa1' }],
    [
      'version-desktop.txt',
      { version: '0.14.0-desktop.1', commit: '3ff6fa8f1a6e5a0dbb0a0e71ecb50e7f1a3f3b8c' },
    ],
    ['version-debian.txt', { version: '0.13.1+ds1-3' }],
  ])('%s', (name, expected) => {
    expect(parseBuildxVersion(fixture(name))).toEqual(expected);
  });

  it('a build from source reports a commit', () => {
    expect(parseBuildxVersion('github.com/docker/buildx 37657a1 37657a1\n')).toEqual({
      version: '37657a1',
      commit: '37657a1',
    });
  });

  it.each([[''], ['docker: unknown command: docker buildx'], ['buildx']])('unrecognised: %j', (text) => {
    expect(parseBuildxVersion(text)).toBeUndefined();
  });
});

describe('parseBuilderInspect', () => {
  it('the default builder (docker driver, buildx ≥ 0.13 field names)', () => {
    expect(parseBuilderInspect(fixture('inspect-docker-default.txt'))).toEqual({
      name: 'default',
      driver: 'docker',
      nodes: [
        {
          name: 'default',
          endpoint: 'default',
          status: 'running',
          buildkitVersion: 'v0.13.2',
          platforms: ['linux/amd64', 'linux/amd64/v2', 'linux/amd64/v3', 'linux/386'],
          features: {},
        },
      ],
    });
  });

  it('buildx < 0.13 field names (Buildkit:), GC policy skipped', () => {
    const info = parseBuilderInspect(fixture('inspect-docker-old.txt'));
    expect(info.nodes).toHaveLength(1);
    expect(info.nodes[0]).toMatchObject({ buildkitVersion: 'v0.11.6+616c3f613b54', status: 'running' });
    expect(info.nodes[0]?.platforms).toContain('linux/arm/v6');
    expect(info.nodes[0]?.platforms).toHaveLength(12);
  });

  it('features of buildx ≥ 0.13', () => {
    expect(parseBuilderInspect(fixture('inspect-container-features.txt')).nodes[0]?.features).toEqual({
      'Cache export': true,
      'Docker exporter': true,
      'Multi-platform build': true,
      'OCI exporter': true,
    });
    expect(parseBuilderInspect(fixture('inspect-docker-containerd.txt')).nodes[0]?.features).toMatchObject({
      'Automatically load images to the Docker Engine image store': true,
      'Multi-platform build': true,
    });
  });

  it('several nodes; preferred (starred) platforms only; an empty list', () => {
    const info = parseBuilderInspect(fixture('inspect-remote-nodes.txt'));
    expect(info).toMatchObject({ name: 'remote-builder', driver: 'remote' });
    expect(info.nodes.map((node) => [node.name, node.status, node.platforms])).toEqual([
      ['remote-builder0', 'inactive', []],
      [
        'aws_graviton2',
        'running',
        ['darwin/arm64', 'linux/arm64', 'linux/arm/v5', 'linux/arm/v6', 'linux/arm/v7', 'windows/arm64'],
      ],
      ['linuxone_s390x', 'running', ['linux/s390x']],
    ]);
  });
});

describe('chooseBackend', () => {
  it.each<[string, Parameters<typeof chooseBackend>[0], ReturnType<typeof chooseBackend>]>([
    [
      '1. no buildx (docker CLI 28): legacy',
      { version: failed(fixture('version-missing.stderr.txt')) },
      { backend: 'legacy', reason: 'docker buildx not installed: legacy builder' },
    ],
    [
      '2. no buildx (docker CLI 20.10): legacy',
      { version: failed(fixture('version-missing-20.10.stderr.txt')), builder: '' },
      { backend: 'legacy', reason: 'docker buildx not installed: legacy builder' },
    ],
    [
      '3. exit 0 but no version: legacy',
      { version: ok('Usage: docker [OPTIONS] COMMAND\n') },
      { backend: 'legacy', reason: 'docker buildx not installed: legacy builder' },
    ],
    [
      '4. the default builder',
      { version: ok(fixture('version-v0.12.1.txt')), inspect: ok(fixture('inspect-docker-default.txt')) },
      {
        backend: 'buildx',
        version: '0.12.1',
        builder: 'default',
        driver: 'docker',
        platforms: ['linux/amd64', 'linux/amd64/v2', 'linux/amd64/v3', 'linux/386'],
        features: {},
        buildkitVersion: 'v0.13.2',
        reason: 'buildx v0.12.1 found; builder default (docker)',
      },
    ],
    [
      '5. a docker-container builder asked for by name',
      {
        version: ok(fixture('version-v0.12.1.txt')),
        inspect: ok(fixture('inspect-container-features.txt')),
        builder: ' builder ',
      },
      {
        backend: 'buildx',
        version: '0.12.1',
        builder: 'builder',
        driver: 'docker-container',
        platforms: expect.arrayContaining(['linux/amd64', 'linux/arm64']) as unknown as string[],
        features: {
          'Cache export': true,
          'Docker exporter': true,
          'Multi-platform build': true,
          'OCI exporter': true,
        },
        reason: 'buildx v0.12.1 found; builder builder (docker-container)',
      },
    ],
    [
      '6. several nodes: platforms together, the lowest BuildKit',
      { version: ok(fixture('version-desktop.txt')), inspect: ok(fixture('inspect-remote-nodes.txt')) },
      {
        backend: 'buildx',
        version: '0.14.0-desktop.1',
        builder: 'remote-builder',
        driver: 'remote',
        platforms: [
          'darwin/arm64',
          'linux/arm64',
          'linux/arm/v5',
          'linux/arm/v6',
          'linux/arm/v7',
          'windows/arm64',
          'linux/s390x',
        ],
        features: {},
        buildkitVersion: 'v0.10.6',
        reason: 'buildx v0.14.0-desktop.1 found; builder remote-builder (remote)',
      },
    ],
    [
      '7. the current builder cannot be inspected: buildx all the same, said so',
      { version: ok(fixture('version-v0.12.1.txt')), inspect: failed('ERROR: permission denied\n') },
      {
        backend: 'buildx',
        version: '0.12.1',
        platforms: [],
        features: {},
        reason: 'buildx v0.12.1 found; current builder not inspectable (ERROR: permission denied)',
      },
    ],
  ])('%s', (_name, evidence, expected) => {
    expect(chooseBackend(evidence)).toEqual(expected);
  });

  it('a builder asked for that does not exist fails with the fix', () => {
    expect(() =>
      chooseBackend({
        version: ok(fixture('version-v0.12.1.txt')),
        inspect: failed(fixture('inspect-missing-builder.stderr.txt')),
        builder: 'nope',
      }),
    ).toThrow(
      "The builder 'nope' cannot be used (ERROR: no builder \"nope\" found): create it with docker/setup-buildx-action, or leave 'builder' empty for the current one",
    );
  });

  it('a builder asked for without buildx fails with the fix', () => {
    expect(() =>
      chooseBackend({ version: failed(fixture('version-missing.stderr.txt')), builder: 'x' }),
    ).toThrow(/docker buildx is not installed: add docker\/setup-buildx-action before this step/);
  });
});

describe('versionAtLeast', () => {
  it.each([
    ['v0.11.6+616c3f613b54', '0.11.0', true],
    ['0.10.5+ds1', '0.11.0', false],
    ['v0.8.3-31-gc0149372', '0.11.0', false],
    ['v0.12.0', '0.11.9', true],
    ['1.0.0', '0.99.99', true],
    ['37657a1', '0.11.0', true],
  ])('%s ≥ %s: %s', (version, minimum, expected) => {
    expect(versionAtLeast(version, minimum)).toBe(expected);
  });
});
