/**
 * Pushes and pulls through a registry's own HTTP API, as a client without docker does: blobs, image
 * manifests, and multi-platform indexes whose platform images (and attestation manifests, as buildx
 * adds them) are pushed by digest, with no tag, as `docker buildx build --platform … --push` does.
 * Test setup and assertions only: `pullEveryPlatform` fetches what `docker pull --platform` fetches
 * for each platform (index, manifest, config and layers) and fails on the first thing missing.
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';

export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json';
const OCI_LAYER = 'application/vnd.oci.image.layer.v1.tar+gzip';
const IN_TOTO = 'application/vnd.in-toto+json';
const ACCEPT = [
  OCI_INDEX,
  OCI_MANIFEST,
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
].join(', ');

export interface RegistryLogin {
  /** `host:port` of the registry (the auth front, which accepts Basic credentials on /v2/). */
  host: string;
  username: string;
  password: string;
}

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  platform?: { os: string; architecture: string };
  annotations?: Record<string, string>;
}

export interface MultiPlatformPush {
  index: Descriptor;
  platforms: Descriptor[];
  attestations: Descriptor[];
}

const sha256 = (data: Buffer) => `sha256:${createHash('sha256').update(data).digest('hex')}`;

function authorization(login: RegistryLogin): Record<string, string> {
  return { Authorization: `Basic ${Buffer.from(`${login.username}:${login.password}`).toString('base64')}` };
}

export async function pushBlob(login: RegistryLogin, repo: string, data: Buffer): Promise<string> {
  const front = `http://${login.host}`;
  const started = await fetch(`${front}/v2/${repo}/blobs/uploads/`, {
    method: 'POST',
    headers: authorization(login),
  });
  if (started.status !== 202) throw new Error(`start upload to ${repo}: HTTP ${started.status}`);
  const location = new URL(started.headers.get('location') ?? '', front);
  location.searchParams.set('digest', sha256(data));
  const put = await fetch(location, {
    method: 'PUT',
    headers: { ...authorization(login), 'Content-Type': 'application/octet-stream' },
    body: data,
  });
  if (put.status !== 201) throw new Error(`upload to ${repo}: HTTP ${put.status} ${await put.text()}`);
  return sha256(data);
}

/**
 * PUTs a manifest under `reference` (a tag), or by its own digest when there is none. A Buffer is
 * put as it is (a stored manifest's exact bytes: its digest), an object as JSON.
 */
export async function pushManifest(
  login: RegistryLogin,
  repo: string,
  mediaType: string,
  body: object | Buffer,
  reference?: string,
): Promise<Descriptor> {
  const bytes = Buffer.isBuffer(body) ? body : Buffer.from(JSON.stringify(body));
  const digest = sha256(bytes);
  const put = await fetch(`http://${login.host}/v2/${repo}/manifests/${reference ?? digest}`, {
    method: 'PUT',
    headers: { ...authorization(login), 'Content-Type': mediaType },
    body: bytes,
  });
  if (put.status !== 201) throw new Error(`PUT manifest ${repo}:${reference ?? digest}: HTTP ${put.status}`);
  return { mediaType, digest, size: bytes.length };
}

/** A gzipped tar holding one file: a layer a real pull could unpack. */
function layerTarball(name: string, content: string): Buffer {
  const data = Buffer.from(content);
  const header = Buffer.alloc(512);
  header.write(name, 0, 'utf8');
  header.write('0000644\0', 100);
  header.write('0000000\0', 108);
  header.write('0000000\0', 116);
  header.write(`${data.length.toString(8).padStart(11, '0')}\0`, 124);
  header.write('00000000000\0', 136);
  header.write('        ', 148);
  header.write('0', 156);
  header.write('ustar\0', 257);
  header.write('00', 263);
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  const padding = Buffer.alloc((512 - (data.length % 512)) % 512);
  return gzipSync(Buffer.concat([header, data, padding, Buffer.alloc(1024)]));
}

/** One image manifest for `platform`, pushed by digest or under `tag`; `seed` makes it unique. */
export async function pushImage(
  login: RegistryLogin,
  repo: string,
  options: { seed: string; platform?: { os: string; architecture: string }; tag?: string },
): Promise<Descriptor> {
  const platform = options.platform ?? { os: 'linux', architecture: 'amd64' };
  const layer = layerTarball('seed.txt', `${options.seed} ${platform.architecture}\n`);
  const layerDigest = await pushBlob(login, repo, layer);
  const diffId = sha256(gunzipSync(layer));
  const config = Buffer.from(
    JSON.stringify({ ...platform, rootfs: { type: 'layers', diff_ids: [diffId] }, config: {} }),
  );
  const configDigest = await pushBlob(login, repo, config);
  const pushed = await pushManifest(
    login,
    repo,
    OCI_MANIFEST,
    {
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { mediaType: OCI_CONFIG, digest: configDigest, size: config.length },
      layers: [{ mediaType: OCI_LAYER, digest: layerDigest, size: layer.length }],
    },
    options.tag,
  );
  return { ...pushed, platform };
}

/** An attestation manifest as buildx attaches one to a platform image (an in-toto layer, unknown platform). */
async function pushAttestation(login: RegistryLogin, repo: string, subject: Descriptor): Promise<Descriptor> {
  const statement = Buffer.from(
    JSON.stringify({
      _type: 'https://in-toto.io/Statement/v0.1',
      subject: [{ digest: { sha256: subject.digest.slice('sha256:'.length) } }],
    }),
  );
  const layerDigest = await pushBlob(login, repo, statement);
  const config = Buffer.from(
    JSON.stringify({ architecture: 'unknown', os: 'unknown', rootfs: { type: 'layers', diff_ids: [] } }),
  );
  const configDigest = await pushBlob(login, repo, config);
  const pushed = await pushManifest(login, repo, OCI_MANIFEST, {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    config: { mediaType: OCI_CONFIG, digest: configDigest, size: config.length },
    layers: [
      {
        mediaType: IN_TOTO,
        digest: layerDigest,
        size: statement.length,
        annotations: { 'in-toto.io/predicate-type': 'https://slsa.dev/provenance/v0.2' },
      },
    ],
  });
  return {
    ...pushed,
    platform: { os: 'unknown', architecture: 'unknown' },
    annotations: {
      'vnd.docker.reference.digest': subject.digest,
      'vnd.docker.reference.type': 'attestation-manifest',
    },
  };
}

/**
 * A multi-platform push as buildx makes it: each platform image and its attestation by digest, then
 * the index under `tags[0]` and each further tag.
 */
export async function pushMultiPlatform(
  login: RegistryLogin,
  repo: string,
  options: { seed: string; architectures: string[]; tags: string[]; attestations?: boolean },
): Promise<MultiPlatformPush> {
  const platforms: Descriptor[] = [];
  const attestations: Descriptor[] = [];
  for (const architecture of options.architectures) {
    const image = await pushImage(login, repo, {
      seed: options.seed,
      platform: { os: 'linux', architecture },
    });
    platforms.push(image);
    if (options.attestations) attestations.push(await pushAttestation(login, repo, image));
  }
  const body = { schemaVersion: 2, mediaType: OCI_INDEX, manifests: [...platforms, ...attestations] };
  let index: Descriptor | undefined;
  for (const tag of options.tags) index = await pushManifest(login, repo, OCI_INDEX, body, tag);
  if (!index) throw new Error('pushMultiPlatform needs at least one tag');
  return { index, platforms, attestations };
}

async function fetchOk(login: RegistryLogin, path: string, accept?: string): Promise<Buffer> {
  const res = await fetch(`http://${login.host}${path}`, {
    headers: { ...authorization(login), ...(accept ? { Accept: accept } : {}) },
  });
  if (res.status !== 200) throw new Error(`GET ${path}: HTTP ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}

/**
 * Pulls `repo:tag` on every platform its index lists, as `docker pull --platform` would: the
 * platform's manifest, its config and every layer. Resolves to the platforms pulled; rejects naming
 * the first thing that is missing.
 */
export async function pullEveryPlatform(login: RegistryLogin, repo: string, tag: string): Promise<string[]> {
  const index = JSON.parse((await fetchOk(login, `/v2/${repo}/manifests/${tag}`, ACCEPT)).toString()) as {
    manifests: Descriptor[];
  };
  const pulled: string[] = [];
  for (const entry of index.manifests) {
    if (entry.platform?.os === 'unknown') continue; // an attestation: not a platform anyone pulls
    const manifest = JSON.parse(
      (await fetchOk(login, `/v2/${repo}/manifests/${entry.digest}`, ACCEPT)).toString(),
    ) as { config: Descriptor; layers: Descriptor[] };
    for (const blob of [manifest.config, ...manifest.layers]) {
      const bytes = await fetchOk(login, `/v2/${repo}/blobs/${blob.digest}`);
      if (sha256(bytes) !== blob.digest)
        throw new Error(`blob ${blob.digest} of ${entry.digest}: other bytes`);
    }
    pulled.push(`${entry.platform?.os}/${entry.platform?.architecture}`);
  }
  return pulled;
}
