import {
  replicateImage,
  type ReplicationDeps,
  type ReplicationJob,
} from '../../../src/build-push/replicas/replicate.js';
import type { ReplicaResolution } from '../../../src/build-push/replicas/resolve.js';
import { StepFailure } from '../../../src/common/errors.js';
import {
  RegistryApiError,
  type RegistryClient,
  type RegistryClientOptions,
} from '../../../src/registry/api.js';
import type { CopyReport } from '../../../src/registry/copy.js';
import type { Region } from '../../../src/oci/region.js';

const D = `sha256:${'a'.repeat(64)}`;
const OTHER = `sha256:${'b'.repeat(64)}`;
const region = (id: string, key: string): Region =>
  ({ id, key, realm: 'oc1', domain: 'oraclecloud.com' }) as Region;
const VINHEDO = { region: region('sa-vinhedo-1', 'vcp'), registry: 'vcp.example:5001' };
const ASHBURN = { region: region('us-ashburn-1', 'iad'), registry: 'iad.example:5002' };
const TAGS = ['1.0.0', 'latest'];

interface FakeRegistry {
  tags: Map<string, string>;
  /** The credentials each request would have carried. */
  seen: string[];
}

/** A world of fake registries keyed by host, and a copy that writes every tag unless told otherwise. */
function fakes(options: { copy?: (target: string, attempt: number) => void; answer?: string } = {}) {
  const registries = new Map<string, FakeRegistry>();
  const copies: string[] = [];
  const attempts = new Map<string, number>();
  const registryOf = (host: string) => {
    let registry = registries.get(host);
    if (!registry) registries.set(host, (registry = { tags: new Map(), seen: [] }));
    return registry;
  };
  const connect = (opts: RegistryClientOptions): RegistryClient => {
    const registry = registryOf(opts.registry);
    return {
      name: `${opts.registry}/${opts.repository}`,
      headManifest: async (reference: string) => {
        registry.seen.push(`${opts.credentials().username}:${opts.credentials().password}`);
        const digest = registry.tags.get(reference);
        return digest ? { digest, mediaType: undefined, size: undefined } : undefined;
      },
      close: () => undefined,
    } as unknown as RegistryClient;
  };
  const copy = async (_source: RegistryClient, target: RegistryClient, digest: string, tags: string[]) => {
    const host = target.name.split('/')[0]!;
    const attempt = (attempts.get(host) ?? 0) + 1;
    attempts.set(host, attempt);
    copies.push(host);
    await target.headManifest(tags[0]!);
    options.copy?.(host, attempt);
    for (const tag of tags) registryOf(host).tags.set(tag, options.answer ?? digest);
    return {
      digest,
      blobsUploaded: 2,
      bytesUploaded: 2048,
      blobsPresent: 1,
      manifestsPut: 1,
      tagsPut: tags,
      tagsPresent: [],
    } satisfies CopyReport;
  };
  const log: string[] = [];
  const deps: ReplicationDeps = {
    connect,
    copy: copy as unknown as ReplicationDeps['copy'],
    log: (line) => log.push(line),
    now: () => 1_000_000,
  };
  return { deps, registries, copies, log };
}

function job(resolutions: ReplicaResolution[], extra: Partial<ReplicationJob> = {}): ReplicationJob {
  return {
    resolutions,
    source: {
      registry: 'gru.example:5000',
      credentials: () => ({ username: 'ns/joao', password: 'primary' }),
    },
    repositoryPath: 'ns/project-x/api',
    digest: D,
    tagNames: TAGS,
    authToken: () => ({ username: 'ns/joao', password: 'auth-token' }),
    retries: 2,
    ...extra,
  };
}

const ok = (target: typeof VINHEDO, extra = {}): ReplicaResolution => ({
  target,
  access: { target, ...extra },
});

describe('replicateImage', () => {
  it('copies into every region and checks that each tag answers the digest there', async () => {
    const { deps, registries } = fakes();
    const outcomes = await replicateImage(job([ok(VINHEDO), ok(ASHBURN)]), deps);
    expect(outcomes).toEqual([
      expect.objectContaining({ region: 'sa-vinhedo-1', image: `vcp.example:5001/ns/project-x/api@${D}` }),
      expect.objectContaining({ region: 'us-ashburn-1', image: `iad.example:5002/ns/project-x/api@${D}` }),
    ]);
    expect(outcomes[0]?.copied).toEqual({
      blobsUploaded: 2,
      bytesUploaded: 2048,
      blobsPresent: 1,
      tagsPut: TAGS,
      tagsPresent: [],
    });
    // The auth token is the login in every region.
    expect(registries.get(VINHEDO.registry)?.seen).toContain('ns/joao:auth-token');
  });

  it('runs the regions at once', async () => {
    let inFlight = 0;
    let most = 0;
    const { deps } = fakes();
    const copy = deps.copy;
    deps.copy = async (...args) => {
      most = Math.max(most, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 20));
      inFlight--;
      return copy(...args);
    };
    await replicateImage(job([ok(VINHEDO), ok(ASHBURN)]), deps);
    expect(most).toBe(2);
  });

  it('a failing region lets the others finish, and says why it failed', async () => {
    const { deps } = fakes({
      copy: (host) => {
        if (host === VINHEDO.registry) {
          throw new RegistryApiError('PUT blob sha256:…: HTTP 503', { status: 503, transient: true });
        }
      },
    });
    const outcomes = await replicateImage(job([ok(VINHEDO), ok(ASHBURN)]), deps);
    expect(outcomes[0]).toEqual({
      region: 'sa-vinhedo-1',
      registry: VINHEDO.registry,
      failure: 'The push step failed: PUT blob sha256:…: HTTP 503',
    });
    expect(outcomes[1]?.image).toBeDefined();
  });

  it('a region whose resolve failed is reported with the advice of its step', async () => {
    const { deps, copies } = fakes();
    const failure = new StepFailure(
      'repository',
      Object.assign(new Error('Authorization failed or requested resource not found'), { statusCode: 404 }),
    );
    const outcomes = await replicateImage(job([{ target: VINHEDO, failure }, ok(ASHBURN)]), deps);
    expect(outcomes[0]?.failure).toMatch(
      /^The repository could not be looked up or created \(NotAuthorizedOrNotFound\)/,
    );
    expect(copies).toEqual([ASHBURN.registry]);
  });

  it('an immutable replica refuses a tag that holds another image before writing anything there', async () => {
    const { deps, copies } = fakes();
    const existingTags = new Map([
      ['1.0.0', OTHER],
      ['latest', D],
    ]);
    const outcomes = await replicateImage(job([ok(VINHEDO, { existingTags }), ok(ASHBURN)]), deps);
    expect(outcomes[0]?.failure).toBe(
      `the repository is immutable in sa-vinhedo-1 and '1.0.0' (${OTHER}) already holds another image than ${D}. ` +
        'Immutable tags cannot be moved: push a new tag (a version or the commit sha). Nothing was written in this region.',
    );
    expect(copies).toEqual([ASHBURN.registry]);
  });

  it('an immutable replica whose tags hold this very image is copied (the copy skips what is there)', async () => {
    const { deps } = fakes();
    const existingTags = new Map(TAGS.map((tag) => [tag, D]));
    const [outcome] = await replicateImage(job([ok(VINHEDO, { existingTags })]), deps);
    expect(outcome?.image).toBeDefined();
  });

  it('fails a region whose tags do not answer the digest after the copy', async () => {
    const { deps } = fakes({ answer: OTHER });
    const [outcome] = await replicateImage(job([ok(VINHEDO)]), deps);
    expect(outcome?.failure).toBe(
      `after the copy, '1.0.0' answers ${OTHER}, 'latest' answers ${OTHER} instead of ${D}; another push may be racing this one`,
    );
  });

  describe('with registry tokens', () => {
    const token = (value: string, issuedAtMs = 1_000_000) => ({
      token: value,
      issuedAtMs,
      lifetimeSeconds: 3600,
    });

    it("each region logs in with its own region's token", async () => {
      const { deps, registries } = fakes();
      const resolutions = [
        ok(VINHEDO, { registryToken: token('vcp-token'), issueRegistryToken: async () => token('vcp-2') }),
        ok(ASHBURN, { registryToken: token('iad-token'), issueRegistryToken: async () => token('iad-2') }),
      ];
      const { authToken: _none, ...rest } = job(resolutions);
      await replicateImage(rest, deps);
      expect(new Set(registries.get(VINHEDO.registry)?.seen)).toEqual(new Set(['BEARER_TOKEN:vcp-token']));
      expect(new Set(registries.get(ASHBURN.registry)?.seen)).toEqual(new Set(['BEARER_TOKEN:iad-token']));
    });

    it('a token near its expiry is replaced before the copy', async () => {
      const { deps, registries } = fakes();
      const old = token('old', 1_000_000 - 3500 * 1000);
      const { authToken: _none, ...rest } = job([
        ok(VINHEDO, { registryToken: old, issueRegistryToken: async () => token('fresh') }),
      ]);
      await replicateImage(rest, deps);
      expect(new Set(registries.get(VINHEDO.registry)?.seen)).toEqual(new Set(['BEARER_TOKEN:fresh']));
    });

    it('a refused token is renewed once and the copy runs again', async () => {
      const { deps, copies, registries } = fakes({
        copy: (_host, attempt) => {
          if (attempt === 1)
            throw new RegistryApiError('refused (HTTP 401)', { status: 401, unauthorized: true });
        },
      });
      let issued = 0;
      const { authToken: _none, ...rest } = job([
        ok(VINHEDO, {
          registryToken: token('first'),
          issueRegistryToken: async () => token(`fresh-${++issued}`),
        }),
      ]);
      const [outcome] = await replicateImage(rest, deps);
      expect(outcome?.image).toBeDefined();
      expect(copies).toEqual([VINHEDO.registry, VINHEDO.registry]);
      expect(issued).toBe(1);
      expect(registries.get(VINHEDO.registry)?.seen.at(-1)).toBe('BEARER_TOKEN:fresh-1');
    });
  });
});
