import {
  executePlan,
  executeRemovals,
  MAX_ROUNDS,
  removalsOf,
  withEarlierRemovals,
  type PlanWriter,
  type RegistryWriter,
} from '../../src/prune/execute.js';
import type { RegistryImage } from '../../src/oci/images.js';
import { planPrune, type PruneRules } from '../../src/prune/select.js';

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
    removeVersion: async (id, version) => {
      await answer(`untag ${id} ${version}`, `${id} ${version}`);
      return undefined;
    },
    isNotFound: (error) => error instanceof NotFound,
    isChanged: () => false,
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
      removeVersion: () => Promise.resolve(undefined),
      isNotFound: () => false,
      isChanged: () => false,
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

class PreconditionFailed extends Error {
  readonly statusCode = 412;
}

/**
 * A registry that keeps etags as OCI does: every write is conditioned on the etag given, each change
 * makes a new one. `beforeWrite` runs before each write is checked: where a test changes an image
 * behind the prune's back.
 */
function etagRegistry(images: RegistryImage[], beforeWrite: (call: string) => void = () => undefined) {
  const live = new Map(
    images.map((entry) => [entry.id, { ...entry, versions: [...entry.versions], etag: 'e0' }]),
  );
  let revision = 0;
  const calls: string[] = [];
  const touch = (id: string) => {
    const entry = live.get(id)!;
    entry.etag = `e${++revision}`;
  };
  const check = (id: string, ifMatch: string | undefined) => {
    const entry = live.get(id);
    if (!entry) throw new NotFound(id);
    if (ifMatch !== entry.etag) throw new PreconditionFailed(`${id} changed`);
    return entry;
  };
  const registry: PlanWriter = {
    deleteImage: async (id, ifMatch) => {
      calls.push(`delete ${id} if ${ifMatch}`);
      beforeWrite(`delete ${id}`);
      check(id, ifMatch);
      live.delete(id);
    },
    removeVersion: async (id, version, ifMatch) => {
      calls.push(`untag ${id} ${version} if ${ifMatch}`);
      beforeWrite(`untag ${id} ${version}`);
      const entry = check(id, ifMatch);
      entry.versions = entry.versions.filter((v) => v.version !== version);
      touch(id);
      return entry.etag;
    },
    readImage: async (id) => {
      calls.push(`read ${id}`);
      const entry = live.get(id);
      return entry && { ...entry, versions: [...entry.versions] };
    },
    isNotFound: (error) => error instanceof NotFound,
    isChanged: (error) => error instanceof PreconditionFailed,
  };
  /** Someone else tags the image: a new version, a new etag. */
  const addTag = (id: string, version: string) => {
    live.get(id)!.versions.push({ version, timeCreated: new Date(Date.UTC(2026, 0, 2)) });
    touch(id);
  };
  const removeImage = (id: string) => live.delete(id);
  return { registry, calls, live, addTag, removeImage };
}

/** Read as the run reads: each image with the etag of its read. */
const read = (images: RegistryImage[]) => images.map((entry) => ({ ...entry, etag: 'e0' }));

const RULES: PruneRules = { tags: [], match: ['sha-*'], protect: ['latest', 'semver'], untagged: false };
const NOW = new Date(Date.UTC(2026, 1, 1));

function planner(snapshot: RegistryImage[]) {
  const replans: string[][] = [];
  const replan = (fresh: RegistryImage[]) => {
    replans.push(fresh.map((entry) => entry.id));
    const byId = new Map(fresh.map((entry) => [entry.id, entry]));
    return planPrune(
      snapshot.map((entry) => byId.get(entry.id) ?? entry),
      RULES,
      NOW,
    );
  };
  return { replan, replans };
}

describe('executePlan: conditional writes', () => {
  it('conditions every write on the etag of its read, and reads nothing again when nothing changed', async () => {
    const images = read([image(1, ['sha-1']), image(2, ['sha-2', 'main'])]);
    const fake = etagRegistry(images);
    const { replan, replans } = planner(images);
    const execution = await executePlan(planPrune(images, RULES, NOW), fake.registry, { ...quiet, replan });
    expect(fake.calls).toEqual([`delete ${images[0]!.id} if e0`, `untag ${images[1]!.id} sha-2 if e0`]);
    expect(replans).toEqual([]);
    expect(execution.replanned).toEqual([]);
    expect(execution.outcomes.map((o) => [o.kind, o.removed, o.error])).toEqual([
      ['delete', ['sha-1'], undefined],
      ['untag', ['sha-2'], undefined],
    ]);
  });

  it('each untag of one image is conditioned on the etag the previous one answered', async () => {
    const images = read([image(1, ['sha-1', 'sha-1b', 'main'])]);
    const fake = etagRegistry(images);
    await executePlan(planPrune(images, RULES, NOW), fake.registry, { ...quiet, ...planner(images) });
    expect(fake.calls).toEqual([`untag ${images[0]!.id} sha-1 if e0`, `untag ${images[0]!.id} sha-1b if e1`]);
  });

  it.each<[string, string, string[], string[], string]>([
    [
      '1: a release tagged it between the read and the delete: the image and 1.9.0 stay',
      '1.9.0',
      ['sha-1'],
      ['1.9.0'],
      'untag',
    ],
    [
      '2: another tag outside the selection: only the selected tag goes',
      'main',
      ['sha-1'],
      ['main'],
      'untag',
    ],
    ['3: another selected tag: the image still goes, with both', 'sha-1c', ['sha-1', 'sha-1c'], [], 'delete'],
  ])('%s', async (_name, added, removed, left, kind) => {
    const images = read([image(1, ['sha-1']), image(2, ['sha-2'])]);
    const target = images[0]!.id;
    let tagged = false;
    const fake = etagRegistry(images, (call) => {
      if (!tagged && call === `delete ${target}`) {
        tagged = true;
        fake.addTag(target, added);
      }
    });
    const { replan, replans } = planner(images);
    const changed: string[] = [];
    const execution = await executePlan(planPrune(images, RULES, NOW), fake.registry, {
      ...quiet,
      replan,
      onChanged: (entry) => changed.push(entry.id),
    });
    // Read once more, planned once more; the other image went as planned.
    expect(changed).toEqual([target]);
    expect(replans).toEqual([[target]]);
    expect(fake.calls.filter((call) => call.startsWith('read'))).toEqual([`read ${target}`]);
    expect(fake.live.has(images[1]!.id)).toBe(false);
    expect(
      fake.live
        .get(target)
        ?.versions.map((v) => v.version)
        .sort(),
    ).toEqual(left.length ? left : undefined);
    expect(execution.replanned).toEqual([target]);
    const entry = [...execution.plan.delete, ...execution.plan.untag, ...execution.plan.keep].find(
      (e) => e.image.id === target,
    );
    const actual = execution.plan.delete.includes(entry as never)
      ? 'delete'
      : execution.plan.untag.includes(entry as never)
        ? 'untag'
        : 'keep';
    expect(actual).toBe(kind);
    const outcome = execution.outcomes.find((o) => o.image.id === target);
    expect(outcome?.removed ?? []).toEqual(removed);
    expect(execution.outcomes.every((o) => o.error === undefined)).toBe(true);
  });

  it('tags an untag removed before the image changed still count as removed', async () => {
    const images = read([image(1, ['sha-1', 'sha-1b', 'main'])]);
    const target = images[0]!.id;
    let tagged = false;
    const fake = etagRegistry(images, (call) => {
      if (!tagged && call === `untag ${target} sha-1b`) {
        tagged = true;
        fake.addTag(target, '2.0.0');
      }
    });
    const execution = await executePlan(planPrune(images, RULES, NOW), fake.registry, {
      ...quiet,
      ...planner(images),
    });
    expect(
      fake.live
        .get(target)
        ?.versions.map((v) => v.version)
        .sort(),
    ).toEqual(['2.0.0', 'main']);
    expect(execution.plan.untag).toHaveLength(1);
    expect(execution.plan.untag[0]!.tags).toEqual(['sha-1', 'sha-1b']);
    expect(execution.outcomes).toMatchObject([{ removed: ['sha-1', 'sha-1b'] }]);
    expect(execution.outcomes[0]!.error).toBeUndefined();
  });

  it('an image that keeps changing is left as it is after MAX_ROUNDS, and reported failed', async () => {
    const images = read([image(1, ['sha-1'])]);
    const target = images[0]!.id;
    let n = 0;
    const fake = etagRegistry(images, () => fake.addTag(target, `sha-x${n++}`));
    const execution = await executePlan(planPrune(images, RULES, NOW), fake.registry, {
      ...quiet,
      ...planner(images),
    });
    expect(fake.calls.filter((call) => call.startsWith('delete'))).toHaveLength(MAX_ROUNDS);
    expect(fake.calls.filter((call) => call.startsWith('read'))).toHaveLength(MAX_ROUNDS - 1);
    expect(fake.live.has(target)).toBe(true);
    expect(execution.outcomes[0]!.error).toMatch(/changed during the run 3 times/);
  });

  it('an image deleted by someone else meanwhile counts as removed', async () => {
    const images = read([image(1, ['sha-1'])]);
    const target = images[0]!.id;
    let once = false;
    const fake = etagRegistry(images, () => {
      if (once) return;
      once = true;
      fake.addTag(target, 'x');
    });
    const registry = { ...fake.registry, readImage: async () => undefined };
    const execution = await executePlan(planPrune(images, RULES, NOW), registry, {
      ...quiet,
      ...planner(images),
    });
    expect(execution.outcomes).toMatchObject([{ kind: 'delete', removed: ['sha-1'] }]);
    expect(execution.outcomes[0]!.error).toBeUndefined();
  });
});

describe('withEarlierRemovals', () => {
  it('puts tags removed in an earlier round first, and turns a keep into an untag of them', () => {
    const [a, b, c] = [image(1, ['x']), image(2, ['y']), image(3, ['z'])];
    const plan = {
      delete: [{ image: a, tags: ['x'] }],
      untag: [],
      keep: [
        { image: b, reason: 'protected', reasons: [{ tag: 'y', reason: 'protected' }] },
        { image: c, reason: 'protected', reasons: [{ tag: 'z', reason: 'protected' }] },
      ],
    };
    const earlier = new Map([
      [a.id, ['w']],
      [b.id, ['v']],
    ]);
    expect(withEarlierRemovals(plan, earlier)).toEqual({
      delete: [{ image: a, tags: ['w', 'x'] }],
      untag: [{ image: b, tags: ['v'], kept: ['y'], reasons: [{ tag: 'y', reason: 'protected' }] }],
      keep: [plan.keep[1]],
    });
  });
});
