import {
  attestationSetting,
  buildxBuildArgv,
  buildxEnvironment,
  parseSecretSpec,
  secretEnvSpec,
  type BuildxBuildOptions,
} from '../../../src/build-push/buildx/build-args.js';

const REPO = 'sa-saopaulo-1.ocir.io/axaxnpcrorw5/project-x/web';
const META = '/tmp/run/build-metadata.json';

/** The smallest build: one tag pushed by BuildKit. */
const base: BuildxBuildOptions = {
  context: '.',
  labels: {},
  buildArgs: [],
  platforms: [],
  pull: false,
  noCache: false,
  cacheFrom: [],
  cacheTo: [],
  secrets: [],
  secretEnvs: [],
  ssh: [],
  buildContexts: [],
  metadataFile: META,
  output: { kind: 'push', tags: [`${REPO}:1.0.0`], load: false },
};

describe('buildxBuildArgv: options to the exact docker argv', () => {
  it.each<[string, Partial<BuildxBuildOptions>, string[]]>([
    [
      '1. one tag pushed straight from BuildKit, nothing else',
      {},
      ['buildx', 'build', '--tag', `${REPO}:1.0.0`, '--metadata-file', META, '--push', '.'],
    ],
    [
      '2. every tag in one push, two platforms, on a named builder',
      {
        platforms: ['linux/amd64', 'linux/arm64'],
        builder: 'builder-52aa0611',
        output: { kind: 'push', tags: [`${REPO}:1.0.0`, `${REPO}:stable`, `${REPO}:latest`], load: false },
      },
      [
        'buildx',
        'build',
        '--platform',
        'linux/amd64,linux/arm64',
        '--tag',
        `${REPO}:1.0.0`,
        '--tag',
        `${REPO}:stable`,
        '--tag',
        `${REPO}:latest`,
        '--builder',
        'builder-52aa0611',
        '--metadata-file',
        META,
        '--push',
        '.',
      ],
    ],
    [
      '3. push and load',
      { output: { kind: 'push', tags: [`${REPO}:1`], load: true } },
      ['buildx', 'build', '--tag', `${REPO}:1`, '--load', '--metadata-file', META, '--push', '.'],
    ],
    [
      '4. load only (push: false), with an iidfile',
      { output: { kind: 'load', tags: ['web:pr-42'] }, iidfile: '/tmp/run/iid' },
      [
        'buildx',
        'build',
        '--iidfile',
        '/tmp/run/iid',
        '--tag',
        'web:pr-42',
        '--load',
        '--metadata-file',
        META,
        '.',
      ],
    ],
    [
      '5. no export at all',
      { output: { kind: 'none', tags: [] } },
      ['buildx', 'build', '--metadata-file', META, '.'],
    ],
    [
      '6. push by digest: no tag, the repository in the exporter',
      { platforms: ['linux/arm64'], output: { kind: 'push-by-digest', repository: REPO } },
      [
        'buildx',
        'build',
        '--output',
        `type=image,name=${REPO},push-by-digest=true,name-canonical=true,push=true`,
        '--platform',
        'linux/arm64',
        '--metadata-file',
        META,
        '.',
      ],
    ],
    [
      '7. file, labels, build args, target, pull, no-cache',
      {
        context: 'app',
        file: 'app/Dockerfile.prod',
        labels: { 'org.opencontainers.image.source': 'https://github.com/o/r', 'a.b': 'x=y z' },
        buildArgs: ['NODE_ENV=production', 'EMPTY='],
        target: 'runtime',
        pull: true,
        noCache: true,
      },
      [
        'buildx',
        'build',
        '--build-arg',
        'NODE_ENV=production',
        '--build-arg',
        'EMPTY=',
        '--file',
        'app/Dockerfile.prod',
        '--label',
        'org.opencontainers.image.source=https://github.com/o/r',
        '--label',
        'a.b=x=y z',
        '--tag',
        `${REPO}:1.0.0`,
        '--target',
        'runtime',
        '--metadata-file',
        META,
        '--no-cache',
        '--pull',
        '--push',
        'app',
      ],
    ],
    [
      '8. cache in OCIR next to the image, and GitHub cache',
      {
        cacheFrom: [`type=registry,ref=${REPO}:buildcache`, 'type=gha'],
        cacheTo: [`type=registry,ref=${REPO}:buildcache,mode=max,image-manifest=true,oci-mediatypes=true`],
      },
      [
        'buildx',
        'build',
        '--cache-from',
        `type=registry,ref=${REPO}:buildcache`,
        '--cache-from',
        'type=gha',
        '--cache-to',
        `type=registry,ref=${REPO}:buildcache,mode=max,image-manifest=true,oci-mediatypes=true`,
        '--tag',
        `${REPO}:1.0.0`,
        '--metadata-file',
        META,
        '--push',
        '.',
      ],
    ],
    [
      '9. secrets by file and variable name, secret-envs, ssh, build contexts',
      {
        secrets: ['id=npmrc,src=/home/runner/.npmrc', 'id=token,env=NPM_TOKEN'],
        secretEnvs: ['GIT_AUTH_TOKEN=GITHUB_TOKEN'],
        ssh: ['default'],
        buildContexts: ['shared=../shared', 'alpine=docker-image://alpine:3.20'],
      },
      [
        'buildx',
        'build',
        '--build-context',
        'shared=../shared',
        '--build-context',
        'alpine=docker-image://alpine:3.20',
        '--secret',
        'id=npmrc,src=/home/runner/.npmrc',
        '--secret',
        'id=token,env=NPM_TOKEN',
        '--secret',
        'id=GIT_AUTH_TOKEN,env=GITHUB_TOKEN',
        '--ssh',
        'default',
        '--tag',
        `${REPO}:1.0.0`,
        '--metadata-file',
        META,
        '--push',
        '.',
      ],
    ],
    [
      '10. provenance and sbom on',
      { provenance: 'mode=max', sbom: 'true' },
      [
        'buildx',
        'build',
        '--provenance',
        'mode=max',
        '--sbom',
        'true',
        '--tag',
        `${REPO}:1.0.0`,
        '--metadata-file',
        META,
        '--push',
        '.',
      ],
    ],
  ])('%s', (_name, options, expected) => {
    expect(buildxBuildArgv({ ...base, ...options })).toEqual(expected);
  });

  it('attestations off: no flag at all (dockerd 20.10 refuses even --provenance=false)', () => {
    const argv = buildxBuildArgv(base);
    expect(argv.some((arg) => /^--(provenance|sbom|attest)/.test(arg))).toBe(false);
  });
});

describe('buildxEnvironment', () => {
  it('turns buildx default attestations off unless provenance is asked for', () => {
    expect(buildxEnvironment({})).toEqual({ BUILDX_NO_DEFAULT_ATTESTATIONS: '1' });
    expect(buildxEnvironment({ provenance: 'true' })).toEqual({});
  });
});

describe('attestationSetting', () => {
  it.each([
    ['', undefined],
    ['false', undefined],
    [' FALSE ', undefined],
    ['true', 'true'],
    ['True', 'true'],
    ['mode=max', 'mode=max'],
    ['mode=min,inline-only=true', 'mode=min,inline-only=true'],
  ])('%j → %j', (input, expected) => {
    expect(attestationSetting(input)).toBe(expected);
  });
});

describe('parseSecretSpec', () => {
  it.each([
    [
      'id=npmrc,src=/home/runner/.npmrc',
      { id: 'npmrc', source: { kind: 'file', path: '/home/runner/.npmrc' } },
    ],
    ['id=npmrc,source=.npmrc', { id: 'npmrc', source: { kind: 'file', path: '.npmrc' } }],
    ['type=file,id=npmrc,src=.npmrc', { id: 'npmrc', source: { kind: 'file', path: '.npmrc' } }],
    ['id=token,env=NPM_TOKEN', { id: 'token', source: { kind: 'env', variable: 'NPM_TOKEN' } }],
    ['type=env,id=token,env=NPM_TOKEN', { id: 'token', source: { kind: 'env', variable: 'NPM_TOKEN' } }],
  ])('%s', (entry, expected) => {
    expect(parseSecretSpec(entry)).toEqual(expected);
  });

  it.each([
    [
      'a value where a name belongs (build-push-action style)',
      'NPM_TOKEN=npm_s3cr3tValue',
      'npm_s3cr3tValue',
    ],
    ['an unknown key', 'id=x,value=hunter2', 'hunter2'],
    ['no id', 'src=.npmrc', undefined],
    ['both sources', 'id=x,src=a,env=B', undefined],
    ['neither source', 'id=x', undefined],
    ['a type that contradicts', 'type=env,id=x,src=a', undefined],
    ['env= holding a value', 'id=x,env=abc def!', 'abc def!'],
  ])('refuses %s, without quoting the entry', (_name, entry, secret) => {
    const result = parseSecretSpec(entry);
    expect(result).toEqual({ problem: expect.any(String) });
    if (secret !== undefined) expect(JSON.stringify(result)).not.toContain(secret);
  });
});

describe('secretEnvSpec', () => {
  it('ID=VARIABLE → id=ID,env=VARIABLE', () => {
    expect(secretEnvSpec('GIT_AUTH_TOKEN=GITHUB_TOKEN')).toBe('id=GIT_AUTH_TOKEN,env=GITHUB_TOKEN');
  });

  it.each(['=X', 'TOKEN=', 'TOKEN', 'TOKEN=s3cr3t value'])('refuses %j without quoting it', (entry) => {
    expect(() => secretEnvSpec(entry)).toThrow('a secret-envs entry takes ID=VARIABLE');
    try {
      secretEnvSpec(entry);
    } catch (error) {
      expect((error as Error).message).not.toContain(entry);
    }
  });
});
