import {
  manifestDigest,
  parseBuildMetadata,
  parseImageIndex,
  platformName,
} from '../../../src/build-push/buildx/metadata.js';
import { fixture } from './fixtures.js';

const REPO = 'sa-saopaulo-1.ocir.io/axaxnpcrorw5/project-x/web';

describe('parseBuildMetadata', () => {
  it('a single-platform image pushed with two tags', () => {
    const metadata = parseBuildMetadata(fixture('metadata-single.json'));
    expect(metadata).toEqual({
      digest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
      configDigest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
      descriptor: {
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        digest: metadata.digest,
        size: 506,
        platform: 'linux/amd64',
        annotations: {
          'config.digest': metadata.configDigest,
          'org.opencontainers.image.created': '2024-03-01T14:25:10Z',
        },
      },
      isIndex: false,
      imageNames: [`${REPO}:1.0.0`, `${REPO}:stable`],
      buildRef: 'builder/builder0/0fjb6ubs52xx3vygf6fgdl611',
    });
    expect(metadata.digest).not.toBe(metadata.configDigest);
  });

  it('two platforms: the digest is the index, whose bytes hash to it', () => {
    const metadata = parseBuildMetadata(fixture('metadata-multi-platform.json'));
    expect(metadata).toMatchObject({
      isIndex: true,
      descriptor: { mediaType: 'application/vnd.oci.image.index.v1+json' },
      imageNames: [`${REPO}:1.0.0`, `${REPO}:stable`, `${REPO}:latest`, `${REPO}:sha-5d1e2f3`],
    });
    expect(metadata.configDigest).toBeUndefined();
    expect(manifestDigest(fixture('index-with-attestations.raw.txt'))).toBe(metadata.digest);
  });

  it('the docker driver (pushed by the engine): no descriptor', () => {
    expect(parseBuildMetadata(fixture('metadata-docker-driver.json'))).toEqual({
      digest: expect.stringMatching(/^sha256:/),
      configDigest: expect.stringMatching(/^sha256:/),
      isIndex: false,
      imageNames: [`${REPO}:1.0.0`],
      buildRef: 'default/default/w38vcd5fo5cfvfyig77qjec0v',
    });
  });

  it('pushed by digest: the name is the repository', () => {
    const metadata = parseBuildMetadata(fixture('metadata-push-by-digest.json'));
    expect(metadata).toMatchObject({ isIndex: false, imageNames: [REPO] });
    expect(metadata.descriptor?.platform).toBe('linux/arm64/v8');
  });

  it.each([['metadata-no-export.json'], ['null'], ['']])('nothing exported: %s', (source) => {
    const text = source.endsWith('.json') ? fixture(source) : source;
    expect(parseBuildMetadata(text)).toMatchObject({ isIndex: false, imageNames: [] });
    expect(parseBuildMetadata(text).digest).toBeUndefined();
  });

  it.each([
    ['not JSON', '{', /JSON/],
    ['an array', '[]', /not hold a JSON object/],
    ['a bad digest', JSON.stringify({ 'containerimage.digest': 'sha256:abc' }), /not a sha256 digest/],
    [
      'a descriptor without digest',
      JSON.stringify({ 'containerimage.descriptor': { mediaType: 'x' } }),
      /lacks a mediaType or a sha256 digest/,
    ],
  ])('refuses %s', (_name, text, error) => {
    expect(() => parseBuildMetadata(text)).toThrow(error);
  });
});

describe('parseImageIndex', () => {
  it('an OCI index of two platforms with BuildKit attestations', () => {
    const index = parseImageIndex(fixture('index-with-attestations.raw.txt'));
    expect(index?.mediaType).toBe('application/vnd.oci.image.index.v1+json');
    expect(index?.manifests.map(({ platform, size }) => [platform, size])).toEqual([
      ['linux/amd64', 673],
      ['linux/arm64/v8', 673],
    ]);
    expect(index?.attestations).toHaveLength(2);
    expect(index?.attestations.map((a) => a.annotations?.['vnd.docker.reference.digest'])).toEqual(
      index?.manifests.map((m) => m.digest),
    );
  });

  it('a docker manifest list', () => {
    const index = parseImageIndex(fixture('manifest-list.raw.txt'));
    expect(index).toMatchObject({
      mediaType: 'application/vnd.docker.distribution.manifest.list.v2+json',
      attestations: [],
    });
    expect(index?.manifests.map((m) => [m.platform, m.mediaType])).toEqual([
      ['linux/amd64', 'application/vnd.docker.distribution.manifest.v2+json'],
      ['linux/arm64/v8', 'application/vnd.docker.distribution.manifest.v2+json'],
    ]);
  });

  it('a single image manifest has no platforms to list', () => {
    expect(parseImageIndex(fixture('manifest-single.raw.txt'))).toBeUndefined();
  });

  it('refuses what is not a manifest', () => {
    expect(() => parseImageIndex('"x"')).toThrow(/not a JSON object/);
    expect(() => parseImageIndex('{"manifests":[{"mediaType":"m"}]}')).toThrow(/sha256 digest/);
  });
});

describe('manifestDigest and platformName', () => {
  it('hashes the exact bytes', () => {
    expect(manifestDigest('')).toBe(
      'sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(manifestDigest('{}\n')).not.toBe(manifestDigest('{}'));
  });

  it('joins os, architecture and variant', () => {
    expect(platformName({ os: 'linux', architecture: 'arm', variant: 'v7' })).toBe('linux/arm/v7');
    expect(platformName({ os: 'linux', architecture: 'amd64', variant: '' })).toBe('linux/amd64');
  });
});
