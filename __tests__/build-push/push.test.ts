import { DockerError } from '../../src/build-push/docker/cli.js';
import { ActionError } from '../../src/common/errors.js';
import { pushTags, type TagReference } from '../../src/build-push/push.js';

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

  describe('on an immutable repository', () => {
    it('skips a tag that already holds the same digest', async () => {
      const fake = registry();
      const result = await pushTags(tags, {
        attempts: 1,
        pushOne: fake.pushOne,
        existing: new Map([['latest', A]]),
        ...quiet,
      });
      expect(result).toEqual({ digest: A, pushed: ['1.2.3'], unchanged: ['latest'] });
      expect(fake.pushed).toEqual(['r/ns/app:1.2.3']);
    });

    it('fails clearly when an existing tag holds another digest', async () => {
      const fake = registry();
      const failure = pushTags(tags, {
        attempts: 1,
        pushOne: fake.pushOne,
        existing: new Map([['latest', B]]),
        ...quiet,
      });
      await expect(failure).rejects.toThrow(ActionError);
      await expect(failure).rejects.toThrow(/immutable.*'latest'/);
    });

    it('pushes nothing when every tag already holds the local image', async () => {
      const fake = registry();
      const existing = new Map([
        ['1.2.3', A],
        ['latest', A],
      ]);
      const result = await pushTags(tags, {
        attempts: 1,
        pushOne: fake.pushOne,
        existing,
        localDigests: async () => [A],
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
        pushTags(tags, {
          attempts: 1,
          pushOne: fake.pushOne,
          existing,
          localDigests: async () => [A],
          ...quiet,
        }),
      ).rejects.toThrow(/every tag already exists/);
    });
  });
});
