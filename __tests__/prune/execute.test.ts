import { executeRemovals, removalsOf, type RegistryWriter } from '../../src/prune/execute.js';
import type { RegistryImage } from '../../src/oci/images.js';

const image = (n: number, tags: string[] = [`t${n}`]): RegistryImage => ({
  id: `ocid1.containerimage.oc1.sa-saopaulo-1.image${n}`,
  digest: `sha256:${String(n).padStart(64, '0')}`,
  timeCreated: new Date(Date.UTC(2026, 0, 1, 0, n)),
  versions: tags.map((version) => ({ version, timeCreated: new Date(Date.UTC(2026, 0, 1, 0, n)) })),
});

class NotFound extends Error {
  readonly statusCode = 404;
}

/** A registry that records calls, answers after a tick, and fails the ids it is told to. */
function fakeRegistry(failing: Map<string, Error> = new Map()) {
  const calls: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const answer = async (call: string, key: string) => {
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    await new Promise((resolve) => setImmediate(resolve));
    inFlight -= 1;
    calls.push(call);
    const error = failing.get(key);
    if (error) throw error;
  };
  const registry: RegistryWriter = {
    deleteImage: (id) => answer(`delete ${id}`, id),
    removeVersion: (id, version) => answer(`untag ${id} ${version}`, `${id} ${version}`),
    isNotFound: (error) => error instanceof NotFound,
  };
  return { registry, calls, maxInFlight: () => maxInFlight };
}

const quiet = { concurrency: 8, progress: () => undefined };

describe('removalsOf', () => {
  it('deletes first, then untags, in plan order', () => {
    const [a, b, c] = [image(1), image(2, ['pr-2', 'sha-2']), image(3)];
    const plan = {
      delete: [
        { image: a, tags: ['t1'] },
        { image: c, tags: ['t3'] },
      ],
      untag: [
        {
          image: b,
          tags: ['pr-2'],
          kept: ['sha-2'],
          reasons: [{ tag: 'sha-2', reason: 'no rule selects it' }],
        },
      ],
      keep: [],
    };
    expect(removalsOf(plan).map((removal) => [removal.kind, removal.image.id, removal.tags])).toEqual([
      ['delete', a.id, ['t1']],
      ['delete', c.id, ['t3']],
      ['untag', b.id, ['pr-2']],
    ]);
  });
});

describe('executeRemovals', () => {
  it('removes everything with at most `concurrency` requests in flight', async () => {
    const removals = Array.from({ length: 50 }, (_, n) => ({
      image: image(n),
      kind: 'delete' as const,
      tags: [`t${n}`],
    }));
    const fake = fakeRegistry();
    const outcomes = await executeRemovals(removals, fake.registry, { ...quiet, concurrency: 8 });
    expect(outcomes.every((outcome) => outcome.error === undefined)).toBe(true);
    expect(fake.calls.sort()).toEqual(removals.map((removal) => `delete ${removal.image.id}`).sort());
    expect(fake.maxInFlight()).toBe(8);
  });

  it('untags one version per request and reports each removed tag', async () => {
    const target = image(1, ['pr-1', 'pr-1-old', 'sha-1']);
    const fake = fakeRegistry();
    const [outcome] = await executeRemovals(
      [{ image: target, kind: 'untag', tags: ['pr-1', 'pr-1-old'] }],
      fake.registry,
      quiet,
    );
    expect(fake.calls).toEqual([`untag ${target.id} pr-1`, `untag ${target.id} pr-1-old`]);
    expect(outcome).toMatchObject({ removed: ['pr-1', 'pr-1-old'] });
    expect(outcome?.error).toBeUndefined();
  });

  it('counts what is already gone as removed', async () => {
    const [gone, untagged] = [image(1), image(2, ['pr-2', 'sha-2'])];
    const fake = fakeRegistry(
      new Map<string, Error>([
        [gone.id, new NotFound('image not found')],
        [`${untagged.id} pr-2`, new NotFound('version not found')],
      ]),
    );
    const outcomes = await executeRemovals(
      [
        { image: gone, kind: 'delete', tags: ['t1'] },
        { image: untagged, kind: 'untag', tags: ['pr-2'] },
      ],
      fake.registry,
      quiet,
    );
    expect(outcomes.map((outcome) => [outcome.removed, outcome.error])).toEqual([
      [['t1'], undefined],
      [['pr-2'], undefined],
    ]);
  });

  it('on a partial failure attempts every removal and says which failed and how far an untag got', async () => {
    const images = [image(1), image(2), image(3, ['a', 'b', 'c'])];
    const throttled = Object.assign(new Error('Too many requests\nraw detail'), {
      statusCode: 429,
      serviceCode: 'TooManyRequests',
    });
    const fake = fakeRegistry(
      new Map<string, Error>([
        [images[1]!.id, throttled],
        [`${images[2]!.id} b`, new Error('connection reset')],
      ]),
    );
    const progress: Array<[number, number, number]> = [];
    const outcomes = await executeRemovals(
      [
        { image: images[0]!, kind: 'delete', tags: ['t1'] },
        { image: images[1]!, kind: 'delete', tags: ['t2'] },
        { image: images[2]!, kind: 'untag', tags: ['a', 'b', 'c'] },
      ],
      fake.registry,
      { concurrency: 2, progress: (...args) => progress.push(args) },
    );
    expect(outcomes.map((outcome) => [outcome.image.id, outcome.removed, outcome.error])).toEqual([
      [images[0]!.id, ['t1'], undefined],
      [images[1]!.id, [], '429 TooManyRequests: Too many requests'],
      [images[2]!.id, ['a'], 'connection reset'],
    ]);
    // The last progress line is the final count.
    expect(progress.at(-1)).toEqual([3, 3, 2]);
  });

  it('reports progress while removals run', async () => {
    const slow: RegistryWriter = {
      deleteImage: () => new Promise((resolve) => setTimeout(resolve, 30)),
      removeVersion: () => Promise.resolve(),
      isNotFound: () => false,
    };
    const progress: number[] = [];
    await executeRemovals(
      Array.from({ length: 6 }, (_, n) => ({ image: image(n), kind: 'delete' as const, tags: [] })),
      slow,
      { concurrency: 1, progress: (done) => progress.push(done), progressEveryMs: 20 },
    );
    // Lines came before the end, not only the final one.
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.at(-1)).toBe(6);
  });
});
