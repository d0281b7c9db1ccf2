import {
  digestReference,
  imagetoolsCreateArgv,
  imagetoolsCreateDigest,
  imagetoolsInspectRawArgv,
  parseImagetoolsDryRun,
} from '../../../src/build-push/buildx/imagetools.js';
import { parseBuildMetadata } from '../../../src/build-push/buildx/metadata.js';
import { fixture } from './fixtures.js';

const REPO = 'sa-saopaulo-1.ocir.io/axaxnpcrorw5/project-x/web';
const AMD = `sha256:${'a'.repeat(64)}`;
const ARM = `sha256:${'b'.repeat(64)}`;

describe('imagetoolsCreateArgv', () => {
  it.each<[string, Parameters<typeof imagetoolsCreateArgv>[0], string[]]>([
    [
      '1. two platforms joined under every tag',
      { tags: [`${REPO}:1.0.0`, `${REPO}:stable`], sources: [`${REPO}@${AMD}`, `${REPO}@${ARM}`] },
      [
        'buildx',
        'imagetools',
        'create',
        '--tag',
        `${REPO}:1.0.0`,
        '--tag',
        `${REPO}:stable`,
        `${REPO}@${AMD}`,
        `${REPO}@${ARM}`,
      ],
    ],
    [
      '2. on a builder, writing a metadata file',
      { tags: [`${REPO}:1`], sources: [`${REPO}@${AMD}`], builder: 'b', metadataFile: '/tmp/m.json' },
      [
        'buildx',
        'imagetools',
        'create',
        '--builder',
        'b',
        '--tag',
        `${REPO}:1`,
        '--metadata-file',
        '/tmp/m.json',
        `${REPO}@${AMD}`,
      ],
    ],
    [
      '3. dry run: no metadata file, tags optional',
      { tags: [], sources: [`${REPO}@${AMD}`, `${REPO}@${ARM}`], dryRun: true, metadataFile: '/tmp/m.json' },
      ['buildx', 'imagetools', 'create', '--dry-run', `${REPO}@${AMD}`, `${REPO}@${ARM}`],
    ],
  ])('%s', (_name, options, expected) => {
    expect(imagetoolsCreateArgv(options)).toEqual(expected);
  });

  it('needs sources, and tags unless dry', () => {
    expect(() => imagetoolsCreateArgv({ tags: ['t'], sources: [] })).toThrow(/at least one source/);
    expect(() => imagetoolsCreateArgv({ tags: [], sources: ['s'] })).toThrow(/at least one tag/);
  });
});

describe('references', () => {
  it('digestReference', () => {
    expect(digestReference(REPO, AMD)).toBe(`${REPO}@${AMD}`);
    expect(() => digestReference(REPO, 'sha256:abc')).toThrow(/not a sha256 digest/);
  });

  it('imagetoolsInspectRawArgv', () => {
    expect(imagetoolsInspectRawArgv(`${REPO}@${AMD}`)).toEqual([
      'buildx',
      'imagetools',
      'inspect',
      '--raw',
      `${REPO}@${AMD}`,
    ]);
    expect(imagetoolsInspectRawArgv(`${REPO}:1`, 'b')).toEqual([
      'buildx',
      'imagetools',
      'inspect',
      '--builder',
      'b',
      '--raw',
      `${REPO}:1`,
    ]);
  });
});

describe('the digest of the joined index', () => {
  it('from a dry run: the hash of the printed bytes without the final newline', () => {
    const { digest, index } = parseImagetoolsDryRun(fixture('imagetools-create-dry-run.stdout.txt'));
    expect(digest).toBe(`sha256:${fixture('imagetools-create-dry-run.digest.txt').trim()}`);
    expect(index.manifests.map((m) => m.platform)).toEqual(['linux/amd64', 'linux/arm64/v8']);
  });

  it('a dry run that printed a single manifest is refused', () => {
    expect(() => parseImagetoolsDryRun(fixture('manifest-single.raw.txt'))).toThrow(/no image index/);
  });

  it('from the metadata file, the same digest as the dry run', () => {
    const { digest } = parseImagetoolsDryRun(fixture('imagetools-create-dry-run.stdout.txt'));
    const text = fixture('metadata-imagetools-create.json');
    expect(imagetoolsCreateDigest(text)).toBe(digest);
    expect(parseBuildMetadata(text)).toMatchObject({
      isIndex: true,
      imageNames: [`${REPO}:1.0.0`, `${REPO}:stable`],
    });
    expect(imagetoolsCreateDigest('null')).toBeUndefined();
  });
});
