import { collectReferences, indexChildren, type StoredManifest } from '../../src/prune/references.js';

const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const DOCKER_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';

const d = (name: string) => `sha256:${Buffer.from(name).toString('hex').padEnd(64, '0').slice(0, 64)}`;

function stored(mediaType: string, body: object): StoredManifest {
  return { mediaType, bytes: Buffer.from(JSON.stringify(body)) };
}

function index(mediaType: string, children: Array<[string, string]>, declare = true): StoredManifest {
  return stored(mediaType, {
    schemaVersion: 2,
    ...(declare ? { mediaType } : {}),
    manifests: children.map(([name, type]) => ({ mediaType: type, digest: d(name), size: 500 })),
  });
}

const image = (mediaType = OCI_MANIFEST) =>
  stored(mediaType, { schemaVersion: 2, mediaType, config: { digest: d('config') }, layers: [] });

/** A buildx push: platform images plus one attestation manifest per platform (annotated in the index). */
const BUILDX_INDEX = stored(OCI_INDEX, {
  schemaVersion: 2,
  mediaType: OCI_INDEX,
  manifests: [
    {
      mediaType: OCI_MANIFEST,
      digest: d('amd64'),
      size: 1,
      platform: { os: 'linux', architecture: 'amd64' },
    },
    {
      mediaType: OCI_MANIFEST,
      digest: d('arm64'),
      size: 1,
      platform: { os: 'linux', architecture: 'arm64' },
    },
    {
      mediaType: OCI_MANIFEST,
      digest: d('att-amd64'),
      size: 1,
      platform: { os: 'unknown', architecture: 'unknown' },
      annotations: {
        'vnd.docker.reference.digest': d('amd64'),
        'vnd.docker.reference.type': 'attestation-manifest',
      },
    },
  ],
});

describe('indexChildren', () => {
  it.each<[string, StoredManifest, string[]]>([
    ['1: an OCI index with attestations', BUILDX_INDEX, ['amd64', 'arm64', 'att-amd64']],
    [
      '2: a docker manifest list',
      index(DOCKER_LIST, [
        ['a', DOCKER_MANIFEST],
        ['b', DOCKER_MANIFEST],
      ]),
      ['a', 'b'],
    ],
    [
      '3: an OCI index without its own mediaType field',
      index(OCI_INDEX, [['a', OCI_MANIFEST]], false),
      ['a'],
    ],
    [
      '4: stored with a charset parameter',
      { ...index(OCI_INDEX, [['a', OCI_MANIFEST]]), mediaType: `${OCI_INDEX}; charset=utf-8` },
      ['a'],
    ],
    ['5: an image manifest references no manifest', image(), []],
    ['6: a docker image manifest neither', image(DOCKER_MANIFEST), []],
  ])('%s', (_name, manifest, expected) => {
    expect(indexChildren(manifest).map((child) => child.digest)).toEqual(expected.map(d));
  });

  it.each<[string, StoredManifest, RegExp]>([
    ['not JSON', { mediaType: OCI_INDEX, bytes: Buffer.from('<html>') }, /not JSON/],
    [
      'no manifests array',
      stored(OCI_INDEX, { schemaVersion: 2, mediaType: OCI_INDEX }),
      /no manifests array/,
    ],
    [
      'a child without digest',
      stored(OCI_INDEX, { mediaType: OCI_INDEX, manifests: [{ size: 1 }] }),
      /valid digest/,
    ],
  ])('refuses an index with %s', (_name, manifest, message) => {
    expect(() => indexChildren(manifest)).toThrow(message);
  });
});

describe('collectReferences', () => {
  /** A registry of named manifests; `failing` names answer an error; every read is recorded. */
  function registry(manifests: Record<string, StoredManifest>, failing: string[] = []) {
    const byDigest = new Map(Object.entries(manifests).map(([name, manifest]) => [d(name), manifest]));
    const names = new Map(Object.keys(manifests).map((name) => [d(name), name]));
    const reads: string[] = [];
    let inFlight = 0;
    let maxInFlight = 0;
    const read = async (digest: string) => {
      reads.push(names.get(digest) ?? digest);
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((resolve) => setImmediate(resolve));
      inFlight -= 1;
      if (failing.includes(names.get(digest) ?? '')) throw new Error('GET manifest: HTTP 503');
      const manifest = byDigest.get(digest);
      if (!manifest) throw new Error(`GET manifest ${digest}: HTTP 404`);
      return manifest;
    };
    return { read, reads, maxInFlight: () => maxInFlight };
  }

  const WORLD = {
    release: BUILDX_INDEX,
    amd64: image(),
    arm64: image(),
    'att-amd64': image(),
    // An index of indexes: a nested index's children count too.
    bundle: index(OCI_INDEX, [
      ['inner', OCI_INDEX],
      ['s390x', OCI_MANIFEST],
    ]),
    inner: index(DOCKER_LIST, [['ppc64le', DOCKER_MANIFEST]]),
    single: image(),
  };

  it.each<[string, string[], string[], string[], number]>([
    [
      '1: a buildx release: platform images and attestation',
      ['release', 'single'],
      ['amd64', 'arm64', 'att-amd64'],
      ['release', 'single'],
      1,
    ],
    [
      '2: nested indexes are followed, each read once',
      ['bundle', 'release'],
      ['inner', 's390x', 'ppc64le', 'amd64', 'arm64', 'att-amd64'],
      ['bundle', 'release', 'inner'],
      3,
    ],
    ['3: image manifests only: nothing referenced', ['single', 'amd64'], [], ['single', 'amd64'], 0],
    [
      '4: the same root twice is read once',
      ['release', 'release'],
      ['amd64', 'arm64', 'att-amd64'],
      ['release'],
      1,
    ],
  ])('%s', async (_name, roots, referenced, read, indexes) => {
    const fake = registry(WORLD);
    const collected = await collectReferences(roots.map(d), { concurrency: 4, read: fake.read });
    expect(collected.references).toEqual({ known: true, digests: new Set(referenced.map(d)) });
    expect(fake.reads).toEqual(read);
    expect({ reads: collected.reads, indexes: collected.indexes }).toEqual({ reads: read.length, indexes });
  });

  it('fails closed: one manifest that cannot be read makes the references unknown, naming it', async () => {
    const fake = registry(WORLD, ['inner']);
    const collected = await collectReferences([d('bundle'), d('release')], {
      concurrency: 4,
      read: fake.read,
    });
    expect(collected.references).toEqual({
      known: false,
      reason: `the manifest ${d('inner')} could not be read: GET manifest: HTTP 503`,
    });
  });

  it('reads at most `concurrency` manifests at once', async () => {
    const many = Object.fromEntries(Array.from({ length: 40 }, (_, n) => [`img${n}`, image()]));
    const fake = registry(many);
    await collectReferences(Object.keys(many).map(d), { concurrency: 8, read: fake.read });
    expect(fake.reads).toHaveLength(40);
    expect(fake.maxInFlight()).toBe(8);
  });
});
