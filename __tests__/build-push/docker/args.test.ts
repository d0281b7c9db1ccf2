import { buildArgv } from '../../../src/build-push/docker/args.js';
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
