import { DockerError } from '../../src/build-push/docker/cli.js';
import { ActionError } from '../../src/common/errors.js';
import { isTransient, isUnauthorized, pushTags, type TagReference } from '../../src/build-push/push.js';
import { RegistryApiError } from '../../src/registry/api.js';

const A = `sha256:${'a'.repeat(64)}`;
const B = `sha256:${'b'.repeat(64)}`;
const tags: TagReference[] = ['1.2.3', 'latest'].map((name) => ({ name, reference: `r/ns/app:${name}` }));

function registry(digestOf: (reference: string) => string = () => A) {
  const pushed: string[] = [];
  return {
    pushed,
    pushOne: async (reference: string) => {
      pushed.push(reference);
      return digestOf(reference);
    },
  };
}

const quiet = { log: () => {}, initialDelayMs: 0 };

describe('pushTags', () => {
  it('pushes every tag and reports their one digest', async () => {
    const fake = registry();
    const result = await pushTags(tags, { attempts: 3, pushOne: fake.pushOne, ...quiet });
    expect(result).toEqual({ digest: A, pushed: ['1.2.3', 'latest'], unchanged: [] });
    expect(fake.pushed).toEqual(['r/ns/app:1.2.3', 'r/ns/app:latest']);
  });

  it('fails when the tags end up with different digests', async () => {
    const fake = registry((reference) => (reference.endsWith('latest') ? B : A));
    await expect(pushTags(tags, { attempts: 1, pushOne: fake.pushOne, ...quiet })).rejects.toThrow(
      /do not carry one digest/,
    );
  });

  it('retries a transient failure up to the number of attempts', async () => {
    let calls = 0;
    const pushOne = async () => {
      calls++;
      if (calls === 1)
        throw new DockerError('push', 'received unexpected HTTP status: 503 Service Unavailable', 1);
      return A;
    };
    const result = await pushTags(tags.slice(0, 1), { attempts: 3, pushOne, ...quiet });
    expect(result.digest).toBe(A);
    expect(calls).toBe(2);
  });

  it('never retries an authentication failure', async () => {
    let calls = 0;
    const pushOne = async (): Promise<string> => {
      calls++;
      throw new DockerError('push', 'unauthorized: authentication required', 1);
    };
    await expect(pushTags(tags, { attempts: 5, pushOne, ...quiet })).rejects.toThrow(/unauthorized/);
    expect(calls).toBe(1);
  });

  describe('on an immutable repository: decided before anything is written', () => {
    /** The image being pushed is A: the tags holding A hold it. */
    const sameImage = async (digest: string) => digest === A;

    it('skips a tag that holds the image, and puts it under the fresh tags without a layer upload', async () => {
      const fake = registry();
      const added: string[] = [];
      const result = await pushTags(tags, {
        attempts: 1,
        pushOne: fake.pushOne,
        addTag: async (tag, digest) => (added.push(`${tag.name}=${digest}`), digest),
        existing: new Map([['latest', A]]),
        sameImage,
        ...quiet,
      });
      expect(result).toEqual({ digest: A, pushed: ['1.2.3'], unchanged: ['latest'] });
      expect(fake.pushed).toEqual([]);
      expect(added).toEqual([`1.2.3=${A}`]);
    });

    it('refuses, writing nothing, when an existing tag holds another image', async () => {
      const fake = registry();
      const added: string[] = [];
      const failure = pushTags(tags, {
        attempts: 1,
        pushOne: fake.pushOne,
        addTag: async (tag, digest) => (added.push(tag.name), digest),
        existing: new Map([['latest', B]]),
        sameImage,
        ...quiet,
      });
      await expect(failure).rejects.toThrow(ActionError);
      await expect(failure).rejects.toThrow(/immutable.*'latest'.*No tag was written/);
      expect(fake.pushed).toEqual([]);
      expect(added).toEqual([]);
    });

    it('pushes nothing when every tag already holds the image', async () => {
      const fake = registry();
      const existing = new Map([
        ['1.2.3', A],
        ['latest', A],
      ]);
      const result = await pushTags(tags, {
        attempts: 1,
        pushOne: fake.pushOne,
        existing,
        sameImage,
        ...quiet,
      });
      expect(result).toEqual({ digest: A, pushed: [], unchanged: ['1.2.3', 'latest'] });
      expect(fake.pushed).toEqual([]);
    });

    it('fails when every tag exists and holds another image', async () => {
      const fake = registry();
      const existing = new Map([
        ['1.2.3', B],
        ['latest', B],
      ]);
      await expect(
        pushTags(tags, { attempts: 1, pushOne: fake.pushOne, existing, sameImage, ...quiet }),
      ).rejects.toThrow(/'1.2.3' \(sha256:b+\), 'latest' \(sha256:b+\) already hold another image/);
      expect(fake.pushed).toEqual([]);
    });

    it('without a way to compare, an existing tag is never taken for the same image', async () => {
      const fake = registry();
      await expect(
        pushTags(tags, { attempts: 1, pushOne: fake.pushOne, existing: new Map([['latest', A]]), ...quiet }),
      ).rejects.toThrow(/immutable/);
      expect(fake.pushed).toEqual([]);
    });
  });

  describe('a push refused as unauthorized (an expired registry token)', () => {
    const UNAUTHORIZED = 'unauthorized: authentication required';
    /** Refuses the first `refusals` pushes with `output`, then answers A. */
    function refusing(refusals: number, output = UNAUTHORIZED) {
      const calls: string[] = [];
      return {
        calls,
        pushOne: async (reference: string) => {
          calls.push(reference);
          if (calls.length <= refusals) throw new DockerError('push', output, 1);
          return A;
        },
      };
    }
    /** A renewal that says yes `times` times, then no (as the session does after its one fresh login). */
    function renewal(times: number) {
      let asked = 0;
      return {
        asked: () => asked,
        renewLogin: async () => ++asked <= times,
      };
    }

    it('logs in again once and pushes that tag again, then goes on', async () => {
      const registry = refusing(1);
      const renew = renewal(1);
      const result = await pushTags(tags, {
        attempts: 3,
        ...registry,
        renewLogin: renew.renewLogin,
        ...quiet,
      });
      expect(result.digest).toBe(A);
      expect(registry.calls).toEqual(['r/ns/app:1.2.3', 'r/ns/app:1.2.3', 'r/ns/app:latest']);
      expect(renew.asked()).toBe(1);
    });

    it('still refused after the fresh login: fails, without a loop', async () => {
      const registry = refusing(Infinity);
      const renew = renewal(1);
      await expect(
        pushTags(tags, { attempts: 5, ...registry, renewLogin: renew.renewLogin, ...quiet }),
      ).rejects.toThrow(/unauthorized/);
      expect(registry.calls).toEqual(['r/ns/app:1.2.3', 'r/ns/app:1.2.3']);
      expect(renew.asked()).toBe(1);
    });

    it('a renewal that declines (an auth token: a wrong credential) fails at the first refusal', async () => {
      const registry = refusing(Infinity);
      const renew = renewal(0);
      await expect(
        pushTags(tags, { attempts: 5, ...registry, renewLogin: renew.renewLogin, ...quiet }),
      ).rejects.toThrow(/unauthorized/);
      expect(registry.calls).toHaveLength(1);
    });

    it('without a renewal, a refusal is final', async () => {
      const registry = refusing(Infinity);
      await expect(pushTags(tags, { attempts: 5, ...registry, ...quiet })).rejects.toThrow(/unauthorized/);
      expect(registry.calls).toHaveLength(1);
    });

    it('a denied permission (403) is not an expired login: no renewal', async () => {
      const registry = refusing(Infinity, 'denied: requested access to the resource is denied');
      const renew = renewal(1);
      await expect(
        pushTags(tags, { attempts: 5, ...registry, renewLogin: renew.renewLogin, ...quiet }),
      ).rejects.toThrow(/denied/);
      expect([registry.calls.length, renew.asked()]).toEqual([1, 0]);
    });

    it.each<[string, unknown, boolean]>([
      ['1: docker on a 401', new DockerError('push', UNAUTHORIZED, 1), true],
      [
        '2: a 401 status line',
        new DockerError('push', 'unexpected status from HEAD request: 401 Unauthorized', 1),
        true,
      ],
      [
        '3: denied (403)',
        new DockerError('push', 'denied: requested access to the resource is denied', 1),
        false,
      ],
      [
        '4: a 503',
        new DockerError('push', 'received unexpected HTTP status: 503 Service Unavailable', 1),
        false,
      ],
      ['5: not a docker failure', new Error('unauthorized'), false],
    ])('isUnauthorized %s', (_title, error, expected) => {
      expect(isUnauthorized(error)).toBe(expected);
    });
  });
});

describe('pushTags with addTag (tags after the first by manifest)', () => {
  const four: TagReference[] = ['1.2.3', '1.2', '1', 'latest'].map((name) => ({
    name,
    reference: `r/ns/app:${name}`,
  }));

  it('pushes the first tag with docker, then puts every other one concurrently on its digest', async () => {
    const fake = registry();
    const added: Array<[string, string]> = [];
    let inFlight = 0;
    let most = 0;
    const result = await pushTags(four, {
      attempts: 1,
      pushOne: fake.pushOne,
      addTag: async (tag, digest) => {
        added.push([tag.name, digest]);
        most = Math.max(most, ++inFlight);
        await new Promise((resolve) => setImmediate(resolve));
        inFlight--;
        return digest;
      },
      ...quiet,
    });
    expect(result).toEqual({ digest: A, pushed: ['1.2.3', '1.2', '1', 'latest'], unchanged: [] });
    expect(fake.pushed).toEqual(['r/ns/app:1.2.3']);
    expect(added).toEqual([
      ['1.2', A],
      ['1', A],
      ['latest', A],
    ]);
    expect(most).toBe(3);
  });

  it('fails when the registry answers another digest for a tag', async () => {
    const fake = registry();
    await expect(
      pushTags(four, {
        attempts: 1,
        pushOne: fake.pushOne,
        addTag: async (tag, digest) => (tag.name === '1' ? B : digest),
        ...quiet,
      }),
    ).rejects.toThrow(/do not carry one digest.*1: sha256:b/);
  });

  it('retries a transient failure per tag; a tag the API cannot write is pushed with docker instead', async () => {
    const fake = registry();
    const calls = new Map<string, number>();
    const logs: string[] = [];
    const result = await pushTags(four, {
      attempts: 3,
      pushOne: fake.pushOne,
      addTag: async (tag, digest) => {
        const n = (calls.get(tag.name) ?? 0) + 1;
        calls.set(tag.name, n);
        if (tag.name === '1.2' && n === 1)
          throw new RegistryApiError('PUT: HTTP 503', { status: 503, transient: true });
        if (tag.name === '1') throw new RegistryApiError('PUT: HTTP 405', { status: 405 });
        return digest;
      },
      log: (line) => logs.push(line),
      initialDelayMs: 0,
    });
    expect(result.digest).toBe(A);
    expect(Object.fromEntries(calls)).toEqual({ '1.2': 2, '1': 1, latest: 1 });
    expect(fake.pushed).toEqual(['r/ns/app:1.2.3', 'r/ns/app:1']);
    expect(logs.some((line) => /Tagging 1 by manifest failed \(PUT: HTTP 405\)/.test(line))).toBe(true);
  });

  it('fails after every tag settled when a tag fails both ways', async () => {
    const settled: string[] = [];
    const failure = pushTags(four, {
      attempts: 1,
      pushOne: async (reference) => {
        if (reference.endsWith(':1')) throw new DockerError('push', 'manifest invalid', 1);
        return A;
      },
      addTag: async (tag, digest) => {
        if (tag.name === '1') throw new RegistryApiError('PUT: HTTP 400', { status: 400 });
        await new Promise((resolve) => setImmediate(resolve));
        settled.push(tag.name);
        return digest;
      },
      ...quiet,
    });
    await expect(failure).rejects.toThrow(/manifest invalid/);
    expect(settled.sort()).toEqual(['1.2', 'latest']);
  });

  it('a refused login at a manifest is not worked around with docker', async () => {
    const fake = registry();
    await expect(
      pushTags(four, {
        attempts: 3,
        pushOne: fake.pushOne,
        addTag: async () => {
          throw new RegistryApiError('refused', { status: 401, unauthorized: true });
        },
        ...quiet,
      }),
    ).rejects.toThrow(/refused/);
    expect(fake.pushed).toEqual(['r/ns/app:1.2.3']);
  });

  it('concurrent refusals share one fresh login, and each refused tag is put once more', async () => {
    const fake = registry();
    let renewals = 0;
    let loggedInAgain = false;
    const result = await pushTags(four, {
      attempts: 3,
      pushOne: fake.pushOne,
      addTag: async (_tag, digest) => {
        if (!loggedInAgain) throw new RegistryApiError('refused', { status: 401, unauthorized: true });
        return digest;
      },
      renewLogin: async () => {
        renewals++;
        await new Promise((resolve) => setImmediate(resolve));
        loggedInAgain = true;
        return true;
      },
      ...quiet,
    });
    expect(result.digest).toBe(A);
    expect(renewals).toBe(1);
  });

  it('skips immutable tags that already hold the digest, also by manifest', async () => {
    const fake = registry();
    const added: string[] = [];
    const result = await pushTags(four, {
      attempts: 1,
      pushOne: fake.pushOne,
      addTag: async (tag, digest) => {
        added.push(tag.name);
        return digest;
      },
      existing: new Map([['1.2', A]]),
      sameImage: async (digest) => digest === A,
      ...quiet,
    });
    expect(result).toEqual({ digest: A, pushed: ['1.2.3', '1', 'latest'], unchanged: ['1.2'] });
    // The image is already there: every fresh tag is a manifest PUT, no docker push at all.
    expect(fake.pushed).toEqual([]);
    expect(added).toEqual(['1.2.3', '1', 'latest']);
  });

  it('reads registry API errors as transient or unauthorized by what the registry said', () => {
    expect(isTransient(new RegistryApiError('x', { status: 502, transient: true }))).toBe(true);
    expect(isTransient(new RegistryApiError('x', { status: 404 }))).toBe(false);
    expect(isUnauthorized(new RegistryApiError('x', { status: 401, unauthorized: true }))).toBe(true);
    expect(isUnauthorized(new RegistryApiError('x', { status: 403 }))).toBe(false);
  });
});
