import { manifestReference, parseDigest, sha256Digest, type Manifest } from '../../src/registry/api.js';
import { formatBytes, manifestLinks, planCopy } from '../../src/registry/copy.js';

const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';

const digestOf = (name: string) => sha256Digest(Buffer.from(name));
const blob = (name: string, size = 10) => ({
  mediaType: 'application/octet-stream',
  digest: digestOf(name),
  size,
});

function manifest(mediaType: string, body: object): Manifest {
  const bytes = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType, ...body }));
  return { digest: sha256Digest(bytes), mediaType, bytes };
}

const image = (config: string, ...layers: string[]) =>
  manifest(OCI_MANIFEST, { config: blob(config), layers: layers.map((layer) => blob(layer)) });

const index = (...children: Manifest[]) =>
  manifest(OCI_INDEX, {
    manifests: children.map((child) => ({
      mediaType: child.mediaType,
      digest: child.digest,
      size: child.bytes.length,
    })),
  });

const byDigest = (...manifests: Manifest[]) => new Map(manifests.map((m) => [m.digest, m]));

describe('planCopy', () => {
  it('an image: its config and layers, no manifest before the root', () => {
    const root = image('config', 'base', 'app');
    expect(planCopy(root.digest, byDigest(root))).toEqual({
      blobs: [blob('config'), blob('base'), blob('app')],
      children: [],
    });
  });

  it('an index: every blob once (shared layers, shared attestation configs), its manifests before it', () => {
    const amd64 = image('config-amd64', 'base', 'app-amd64');
    const arm64 = image('config-arm64', 'base', 'app-arm64');
    const attestation1 = image('attestation-config', 'statement-1');
    const attestation2 = image('attestation-config', 'statement-2');
    const root = index(amd64, arm64, attestation1, attestation2);
    const plan = planCopy(root.digest, byDigest(root, amd64, arm64, attestation1, attestation2));
    expect(plan.blobs.map((b) => b.digest)).toEqual(
      [
        'config-amd64',
        'base',
        'app-amd64',
        'config-arm64',
        'app-arm64',
        'attestation-config',
        'statement-1',
        'statement-2',
      ].map(digestOf),
    );
    expect(plan.children).toEqual([[amd64.digest, arm64.digest, attestation1.digest, attestation2.digest]]);
  });

  it('an index of indexes: the images first, then the inner index, then (not listed) the root', () => {
    const a = image('config-a', 'layer');
    const b = image('config-b', 'layer');
    const inner = index(a);
    const root = index(inner, b);
    expect(planCopy(root.digest, byDigest(root, inner, a, b)).children).toEqual([
      [a.digest, b.digest],
      [inner.digest],
    ]);
  });

  it('refuses what it cannot copy: a manifest not read, a cycle', () => {
    const a = image('config-a', 'layer');
    const root = index(a);
    expect(() => planCopy(root.digest, byDigest(root))).toThrow(`manifest ${a.digest} was not read`);
    // one lists `two`; what is stored as `two` lists one again
    const two = digestOf('two');
    const one = manifest(OCI_INDEX, { manifests: [{ mediaType: OCI_INDEX, digest: two, size: 1 }] });
    const back = manifest(OCI_INDEX, { manifests: [{ mediaType: OCI_INDEX, digest: one.digest, size: 1 }] });
    expect(() =>
      planCopy(
        one.digest,
        new Map([
          [one.digest, one],
          [two, { ...back, digest: two }],
        ]),
      ),
    ).toThrow(`manifest ${one.digest} references itself`);
  });
});

describe('manifestLinks', () => {
  it('skips foreign layers (they live at their URLs, not in a registry)', () => {
    const windows = manifest('application/vnd.docker.distribution.manifest.v2+json', {
      config: blob('config'),
      layers: [
        {
          ...blob('foreign'),
          mediaType: 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip',
          urls: ['https://x'],
        },
        { ...blob('layer'), mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip' },
      ],
    });
    expect(manifestLinks(windows).blobs.map((b) => b.digest)).toEqual([
      digestOf('config'),
      digestOf('layer'),
    ]);
  });

  it('names the manifest whose entry has no valid digest or size', () => {
    const broken = manifest(OCI_MANIFEST, { config: { digest: 'sha256:abc', size: 1 }, layers: [] });
    expect(() => manifestLinks(broken)).toThrow(
      `manifest ${broken.digest}: an entry of 'config' has no valid digest and size`,
    );
    const negative = manifest(OCI_MANIFEST, { config: { ...blob('c'), size: -1 }, layers: [] });
    expect(() => manifestLinks(negative)).toThrow(/no valid digest and size/);
    expect(() =>
      manifestLinks({ digest: digestOf('x'), mediaType: OCI_MANIFEST, bytes: Buffer.from('{') }),
    ).toThrow(/is not JSON/);
  });
});

describe('references and digests', () => {
  it('a digest goes into the path as it is, a tag escaped', () => {
    expect(manifestReference(digestOf('a'))).toBe(digestOf('a'));
    expect(manifestReference('1.2.3')).toBe('1.2.3');
    expect(manifestReference('a/b')).toBe('a%2Fb');
  });

  it('parses sha256 and sha512 digests of the right length only', () => {
    expect(parseDigest(digestOf('a'))).toEqual({ algorithm: 'sha256', hex: digestOf('a').slice(7) });
    expect(parseDigest(`sha512:${'a'.repeat(128)}`)).toMatchObject({ algorithm: 'sha512' });
    expect(parseDigest('sha256:abc')).toBeUndefined();
    expect(parseDigest(`md5:${'a'.repeat(32)}`)).toBeUndefined();
    expect(parseDigest(`sha256:${'A'.repeat(64)}`)).toBeUndefined();
  });

  it('sizes in the log read as people write them', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(40 * 1024)).toBe('40.0 KiB');
    expect(formatBytes(200 * 1024 * 1024)).toBe('200.0 MiB');
    expect(formatBytes(3.5 * 1024 ** 3)).toBe('3.5 GiB');
  });
});
