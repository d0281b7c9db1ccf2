/**
 * The local world every end-to-end test runs in: a real docker engine, the OCI API emulator and a
 * real registry behind an OCIR-style auth front, linked into one OCIR (a push shows in the API, a
 * delete through the API leaves the registry). One world per test file.
 *
 * Multi-region: `startWorld({ replicaRegions: ['sa-vinhedo-1'] })` adds, per replica region, a
 * registry with its own storage linked to that region's emulator state (test-support/linked-world.ts).
 * Then `apiKeyEnv.OCI_API_BASE_URL` (and `apiBaseUrl`) is the `http://127.0.0.1:<port>/{region}`
 * template, so each region's API calls reach that region, and `replicateTo` is the `replicate-to`
 * input naming each replica region with its registry:
 *
 *   const world = await startWorld({ replicaRegions: ['sa-vinhedo-1'] });
 *   const [vinhedo] = world.replicas;          // {id, host, registry, emulator}
 *   runAction(..., { inputs: { ..., 'replicate-to': world.replicateTo }, env: world.apiKeyEnv });
 *   await vinhedo.registry.manifestDigest(`${world.namespace}/app`, 'v1');
 *   vinhedo.emulator.images(); vinhedo.registry.traffic().blobUploads;
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDocker } from '../../test-support/dockerd.js';
import type { Emulator, EmulatorOptions, EmulatorRegion } from '../../test-support/emulator.js';
import { createInstanceIdentity, type InstanceIdentity } from '../../test-support/instance-identity.js';
import { createTestKey, ocid, type TestKey } from '../../test-support/keys.js';
import { startLinkedWorld } from '../../test-support/linked-world.js';
import type { Registry } from '../../test-support/registry.js';
import {
  localImageReferences,
  referencesOnHost,
  removeImageReferences,
} from '../../test-support/docker-images.js';
import { removeRunFiles, removeRunImages } from '../../test-support/runner.js';

/** One region of the world: the primary (the emulator's home region) or a replica region. */
export interface WorldRegion {
  /** The region identifier, e.g. `sa-vinhedo-1`. */
  id: string;
  /** `127.0.0.1:<port>` of the region's registry front (`registry.host`). */
  host: string;
  registry: Registry;
  /** The emulator as this region sees it: its repositories, images and registry tokens. */
  emulator: EmulatorRegion;
}

export interface World {
  key: TestKey;
  tenancy: string;
  compartment: string;
  namespace: string;
  iamUser: { id: string; name: string; authToken: string };
  federatedUser: { id: string; name: string; authToken: string };
  /** The service user keyless sign-in impersonates: no API key, no auth token. */
  serviceUser: { id: string; name: string };
  /** The OCI instance the runner is, when the world was started with `instance: true`. */
  instance?: InstanceIdentity;
  /** The emulator; its region-scoped members are the primary region's (`emulator.inRegion(id)`). */
  emulator: Emulator;
  /** The primary region's registry. */
  registry: Registry;
  /** The primary region's identifier (the runs' `region` input): `sa-saopaulo-1`. */
  region: string;
  /** Every region: the primary first, then the replica regions in the order given. */
  regions: WorldRegion[];
  /** The replica regions only; empty in a single-region world. */
  replicas: WorldRegion[];
  /** One region by identifier; an unknown one throws. */
  inRegion(id: string): WorldRegion;
  /**
   * The runs' OCI_API_BASE_URL: the emulator's `/{region}` template when there are replica regions,
   * else its plain URL (as single-region tests have always used).
   */
  apiBaseUrl: string;
  /** The `replicate-to` input for every replica region: `<id>=<registry host>`, comma-separated. */
  replicateTo: string;
  /** The OCI_CLI_* variables of the IAM user's API key, as a workflow sets them from secrets, and OCI_API_BASE_URL. */
  apiKeyEnv: Record<string, string>;
  close(): Promise<void>;
}

/**
 * `options`: emulator settings a test needs, e.g. short-lived registry or session tokens; `instance`
 * makes the emulator the metadata service and federation endpoint of an OCI instance too.
 */
export async function startWorld(
  options: Pick<
    EmulatorOptions,
    'tokenLifetimeSeconds' | 'sessionTokenLifetimeSeconds' | 'replicaRegions'
  > & {
    instance?: boolean;
  } = {},
): Promise<World> {
  await ensureDocker();
  const key = createTestKey();
  const tenancy = ocid.tenancy();
  const namespace = 'axaxnpcrorw5';
  const iamUser = { id: ocid.user(), name: 'joao.silva', authToken: 'iam-auth-token-Xq7;zP' };
  const federatedUser = {
    id: ocid.user(),
    name: 'oracleidentitycloudservice/maria@example.com',
    authToken: 'fed-auth-token-9L)kw3',
  };
  const serviceUser = { id: ocid.user(), name: 'github-ocir-pusher' };
  const { instance: asInstance, ...emulatorOptions } = options;
  const instance = asInstance ? createInstanceIdentity(tenancy) : undefined;
  const linked = await startLinkedWorld({
    ...emulatorOptions,
    ...(instance ? { instance } : {}),
    tenancy,
    namespace,
    users: [
      { ...iamUser, fingerprint: key.fingerprint, publicKeyPem: key.publicKeyPem },
      { ...federatedUser, fingerprint: key.fingerprint, publicKeyPem: key.publicKeyPem },
      // No API key: only a session token signs for it.
      { ...serviceUser, fingerprint: '', publicKeyPem: '' },
    ],
  });
  const { emulator, registry, close } = linked;
  // The compartment the runs create repositories in, a child of the root as most are.
  const compartment = emulator.addCompartment({ name: 'ci' }).id;
  const regions = linked.regions.map(({ id, registry, emulator }) => ({
    id,
    host: registry.host,
    registry,
    emulator,
  }));
  const replicas = regions.slice(1);
  const apiBaseUrl = replicas.length > 0 ? emulator.regionUrlTemplate : emulator.url;
  return {
    key,
    tenancy,
    compartment,
    namespace,
    iamUser,
    federatedUser,
    serviceUser,
    ...(instance ? { instance } : {}),
    emulator,
    registry,
    region: emulator.region,
    regions,
    replicas,
    inRegion: (id) => {
      const region = regions.find((candidate) => candidate.id === id);
      if (region === undefined)
        throw new Error(`no region ${id} in this world (${emulator.regions.join(', ')})`);
      return region;
    },
    apiBaseUrl,
    replicateTo: replicas.map((replica) => `${replica.id}=${replica.host}`).join(','),
    apiKeyEnv: {
      OCI_CLI_TENANCY: tenancy,
      OCI_CLI_USER: iamUser.id,
      OCI_CLI_FINGERPRINT: key.fingerprint,
      OCI_CLI_KEY_CONTENT: key.privateKeyPem,
      OCI_API_BASE_URL: apiBaseUrl,
    },
    async close() {
      // The images the runs built: those they reported, and any named for this world's registry
      // (a run that failed after the build reports none). The port makes the host this world's own.
      const refused = await removeRunImages();
      const local = await localImageReferences();
      for (const region of regions) {
        refused.push(...(await removeImageReferences(referencesOnHost(local, region.host))));
      }
      await close();
      removeRunFiles();
      for (const home of homes.splice(0)) rmSync(home, { recursive: true, force: true });
      if (refused.length > 0) throw new Error(`images left behind:\n${refused.join('\n')}`);
    },
  };
}

const homes: string[] = [];

/** A fresh HOME, so the docker CLI's credential file of each run can be inspected afterwards. */
export function freshHome(): string {
  const home = mkdtempSync(join(tmpdir(), 'e2e-home-'));
  homes.push(home);
  return home;
}

/** Every file under `dir` with its text, for "no secret left behind" checks. */
export function filesUnder(dir: string): Array<{ path: string; text: string }> {
  const out: Array<{ path: string; text: string }> = [];
  for (const entry of readdirSync(dir, { recursive: true })) {
    const path = join(dir, String(entry));
    if (statSync(path).isFile()) out.push({ path, text: readFileSync(path, 'latin1') });
  }
  return out;
}

/** A secret must not appear whole, nor any 16-character piece of it (e.g. one line of a PEM key). */
export function leaks(haystack: string, secret: string): boolean {
  const compact = secret.replace(/\s+/g, '');
  if (haystack.includes(secret)) return true;
  if (compact.length < 32) return false;
  const body = compact.replace(/-----[A-Z ]+-----/g, '');
  for (let i = 0; i + 16 <= body.length; i += 16) {
    if (haystack.includes(body.slice(i, i + 16))) return true;
  }
  return false;
}
