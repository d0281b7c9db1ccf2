/**
 * Each replica region resolved through its own OCI API (the real SDK against the multi-region
 * emulator, signatures verified): the repository ensured there like the primary's, the digests its
 * immutable tags hold, and a registry token that region issued. A failing region is reported, not thrown.
 */
import { resolveReplicas } from '../../../src/build-push/replicas/resolve.js';
import { StepFailure } from '../../../src/common/errors.js';
import { parseReplicaRegions } from '../../../src/oci/replica-regions.js';
import { resolveRegion } from '../../../src/oci/region.js';
import { startEmulator, type Emulator } from '../../../test-support/emulator.js';
import { createTestKey, ocid } from '../../../test-support/keys.js';

const key = createTestKey();
const tenancy = ocid.tenancy();
const user = { id: ocid.user(), name: 'joao.silva', authToken: 'iam-token' };
const auth = {
  kind: 'api-key',
  apiKey: { tenancy, user: user.id, fingerprint: key.fingerprint, privateKey: key.privateKeyPem },
} as const;
const D = `sha256:${'a'.repeat(64)}`;
const OTHER = `sha256:${'b'.repeat(64)}`;

let emulator: Emulator;
let compartment: string;
const savedBaseUrl = process.env.OCI_API_BASE_URL;

beforeEach(async () => {
  emulator = await startEmulator({
    tenancy,
    namespace: 'grxmw2a9myyj',
    users: [{ ...user, fingerprint: key.fingerprint, publicKeyPem: key.publicKeyPem }],
    replicaRegions: ['sa-vinhedo-1', 'us-ashburn-1'],
  });
  compartment = emulator.addCompartment({ name: 'ci' }).id;
  process.env.OCI_API_BASE_URL = emulator.regionUrlTemplate;
});

afterEach(async () => {
  if (savedBaseUrl === undefined) delete process.env.OCI_API_BASE_URL;
  else process.env.OCI_API_BASE_URL = savedBaseUrl;
  await emulator.close();
});

const targets = () => parseReplicaRegions('sa-vinhedo-1, us-ashburn-1', resolveRegion('sa-saopaulo-1'));

function resolveBoth(overrides: { registryToken?: boolean; repository?: boolean } = {}) {
  return resolveReplicas(targets(), {
    auth,
    registryToken: overrides.registryToken ?? true,
    ...(overrides.repository === false
      ? {}
      : {
          repository: Promise.resolve({
            name: 'project-x/api',
            compartmentId: compartment,
            isPublic: true,
            isImmutable: false,
          }),
        }),
    wanted: { isPublic: true, isImmutable: false },
    tagNames: ['1.0.0', 'latest'],
  });
}

describe('resolveReplicas', () => {
  it("ensures the repository in each region like the primary's, and gets each region's own registry token", async () => {
    const resolutions = await resolveBoth();
    for (const resolution of resolutions) {
      if (!('access' in resolution)) throw new Error(`unexpected failure: ${String(resolution.failure)}`);
      const region = emulator.inRegion(resolution.target.region.id);
      expect(region.repositories()).toEqual([
        expect.objectContaining({
          displayName: 'project-x/api',
          compartmentId: compartment,
          isPublic: true,
          isImmutable: false,
        }),
      ]);
      expect(resolution.access.repository?.id).toBe(region.repositories()[0]?.id);
      const token = resolution.access.registryToken!.token;
      expect(region.issuedTokens()).toEqual([token]);
      expect(region.acceptsRegistryLogin('BEARER_TOKEN', token)).toBe(true);
      expect(resolution.access.existingTags).toBeUndefined();
    }
    // A registry token is good only in the region that issued it; the primary's API was not asked.
    const [vinhedo, ashburn] = resolutions as Array<
      Extract<(typeof resolutions)[number], { access: unknown }>
    >;
    expect(
      emulator
        .inRegion('us-ashburn-1')
        .acceptsRegistryLogin('BEARER_TOKEN', vinhedo!.access.registryToken!.token),
    ).toBe(false);
    expect(ashburn!.access.registryToken!.token).not.toBe(vinhedo!.access.registryToken!.token);
    expect(emulator.repositories()).toEqual([]);
    expect(new Set(emulator.requests.map((request) => request.region))).toEqual(
      new Set(['sa-vinhedo-1', 'us-ashburn-1']),
    );
  });

  it('an existing immutable repository tells the digest each requested tag holds there', async () => {
    const vinhedo = emulator.inRegion('sa-vinhedo-1');
    vinhedo.addRepository({ displayName: 'project-x/api', compartmentId: tenancy, isImmutable: true });
    vinhedo.addImage({ repositoryName: 'project-x/api', digest: D, versions: ['1.0.0'] });
    vinhedo.addImage({ repositoryName: 'project-x/api', digest: OTHER, versions: ['other'] });
    const [resolution] = await resolveBoth();
    if (!resolution || !('access' in resolution)) throw new Error('expected access');
    expect(resolution.access.repository).toMatchObject({ isImmutable: true, compartmentId: tenancy });
    expect(resolution.access.existingTags).toEqual(new Map([['1.0.0', D]]));
    // The existing repository is left as it is: not created again in the compartment asked.
    expect(vinhedo.repositories()).toHaveLength(1);
  });

  it('a region whose API fails is reported with its step; the other region resolves', async () => {
    emulator.injectFault({
      region: 'us-ashburn-1',
      method: 'POST',
      path: '/20160918/container/repositories',
      status: 404,
      code: 'NotAuthorizedOrNotFound',
      times: 5,
    });
    const [vinhedo, ashburn] = await resolveBoth();
    expect(vinhedo && 'access' in vinhedo).toBe(true);
    expect(ashburn && 'failure' in ashburn && ashburn.failure).toBeInstanceOf(StepFailure);
    expect((ashburn as { failure: StepFailure }).failure.step).toBe('repository');
  });

  it('with an auth token and no repository to ensure, no region API is called', async () => {
    const resolutions = await resolveBoth({ registryToken: false, repository: false });
    expect(resolutions.map((resolution) => 'access' in resolution && resolution.access)).toEqual(
      targets().map((target) => ({ target })),
    );
    expect(emulator.requests).toEqual([]);
  });
});
