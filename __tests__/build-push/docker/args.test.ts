import { buildArgv, labelBuild, labelInstruction } from '../../../src/build-push/docker/args.js';
import type { BuildInputs } from '../../../src/build-push/inputs.js';

const base: BuildInputs = {
  context: '.',
  file: './Dockerfile',
  buildArgs: [],
  labels: {},
  pull: false,
  noCache: false,
  cacheFrom: [],
};

describe('buildArgv', () => {
  it.each<[string, Partial<BuildInputs>, Record<string, string>, string[]]>([
    [
      '1: defaults',
      {},
      {},
      ['build', '--file', './Dockerfile', '--iidfile', '/tmp/iid', '--force-rm', '--tag', 'r/a:1', '.'],
    ],
    [
      '2: every option',
      {
        context: 'app',
        file: 'app/Containerfile',
        buildArgs: ['NODE_VERSION=24', 'EMPTY='],
        target: 'runtime',
        platform: 'linux/arm64',
        pull: true,
        noCache: true,
        cacheFrom: ['r/a:cache', 'r/a:latest'],
      },
      { 'org.opencontainers.image.version': '1.2.3', team: 'platform, core' },
      [
        'build',
        '--file',
        'app/Containerfile',
        '--iidfile',
        '/tmp/iid',
        '--force-rm',
        '--label',
        'org.opencontainers.image.version=1.2.3',
        '--label',
        'team=platform, core',
        '--build-arg',
        'NODE_VERSION=24',
        '--build-arg',
        'EMPTY=',
        '--target',
        'runtime',
        '--platform',
        'linux/arm64',
        '--pull',
        '--no-cache',
        '--cache-from',
        'r/a:cache',
        '--cache-from',
        'r/a:latest',
        '--tag',
        'r/a:1',
        'app',
      ],
    ],
  ])('%s', (_name, overrides, labels, expected) => {
    expect(buildArgv({ ...base, ...overrides }, labels, ['r/a:1'], '/tmp/iid')).toEqual(expected);
  });

  it('tags every reference', () => {
    const argv = buildArgv(base, {}, ['r/a:1', 'r/a:latest'], '/tmp/iid');
    expect(argv.filter((arg, i) => argv[i - 1] === '--tag')).toEqual(['r/a:1', 'r/a:latest']);
  });
});

describe('labelInstruction', () => {
  it.each<[string, Record<string, string>, string | undefined]>([
    ['nothing to label', {}, undefined],
    [
      'every label in one instruction, in order',
      { 'org.opencontainers.image.version': '1.2.3', team: 'platform, core' },
      'LABEL "org.opencontainers.image.version"="1.2.3" "team"="platform, core"',
    ],
    ['an empty value', { empty: '' }, 'LABEL "empty"=""'],
    [
      'quotes, dollars and backslashes escaped: a --label is never expanded',
      { note: 'say "hi" to $HOME or ${USER}\\ \\n' },
      'LABEL "note"="say \\"hi\\" to \\$HOME or \\${USER}\\\\ \\\\n"',
    ],
    ['other characters as they are', { title: "l'été = 🚀\tdone" }, 'LABEL "title"="l\'été = 🚀\tdone"'],
    ['a line break cannot be written on one line', { a: '1', b: 'two\nlines' }, undefined],
    ['nor a carriage return', { a: 'x\ry' }, undefined],
  ])('%s', (_name, labels, expected) => {
    expect(labelInstruction(labels)).toBe(expected);
  });
});

describe('labelBuild', () => {
  it('builds FROM the image, the Dockerfile on standard input, with the tags', () => {
    expect(labelBuild('sha256:abc', 'LABEL "a"="1"', undefined, ['r/a:1', 'r/a:2'], '/tmp/iid')).toEqual({
      argv: ['build', '--iidfile', '/tmp/iid', '--force-rm', '--tag', 'r/a:1', '--tag', 'r/a:2', '-'],
      dockerfile: 'FROM sha256:abc\nLABEL "a"="1"\n',
      env: { BUILDX_NO_DEFAULT_ATTESTATIONS: '1', DOCKER_BUILDKIT: '0' },
    });
  });

  it('keeps the platform of the build', () => {
    expect(labelBuild('sha256:abc', 'LABEL "a"="1"', 'linux/arm64', [], '/tmp/iid').argv).toEqual([
      'build',
      '--iidfile',
      '/tmp/iid',
      '--force-rm',
      '--platform',
      'linux/arm64',
      '-',
    ]);
  });
});
