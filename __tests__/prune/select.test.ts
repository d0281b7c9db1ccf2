import type { RegistryImage } from '../../src/oci/images.js';
import { NO_REFERENCES, type References } from '../../src/prune/references.js';
import {
  deletesUntagged,
  KeepReason,
  planPrune,
  type PrunePlan,
  type PruneRules,
} from '../../src/prune/select.js';

const NOW = new Date('2025-06-01T12:00:00Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const UNIT: Record<string, number> = { m: MINUTE, h: HOUR, d: DAY };

/** `90m`, `12h`, `30d` → ms; the test's own parser, independent of the module under test. */
function ms(age: string): number {
  const match = /^(\d+)([mhd])$/.exec(age);
  if (!match) throw new Error(`bad test age ${age}`);
  return Number(match[1]) * (UNIT[match[2] ?? ''] ?? NaN);
}

function ago(msAgo: number): Date {
  return new Date(NOW.getTime() - msAgo);
}

/** `image('i1', '2d', 'pr-8', 'sha-2@1h')`: created 2d ago; a tag without `@age` was pushed with the image. */
function image(id: string, age: string | number, ...tags: string[]): RegistryImage {
  const created = typeof age === 'number' ? age : ms(age);
  return {
    id,
    digest: `sha256:${id.padEnd(64, '0')}`,
    timeCreated: ago(created),
    versions: tags.map((tag) => {
      const [version = '', pushed] = tag.split('@');
      return { version, timeCreated: ago(pushed === undefined ? created : ms(pushed)) };
    }),
  };
}

/** The plan in a form that states every id, tag and reason, in order. */
function describePlan(plan: PrunePlan) {
  return {
    delete: plan.delete.map((entry) => `${entry.image.id} [${entry.tags.join(' ')}]`),
    untag: plan.untag.map(
      (entry) =>
        `${entry.image.id} -[${entry.tags.join(' ')}] +[${entry.reasons.map((k) => `${k.tag}: ${k.reason}`).join(', ')}]`,
    ),
    keep: plan.keep.map((entry) => `${entry.image.id}: ${entry.reason}`),
  };
}

const BASE: PruneRules = { tags: [], match: [], protect: ['latest', 'semver'], untagged: false };

function plan(images: RegistryImage[], rules: Partial<PruneRules>) {
  return describePlan(planPrune(images, { ...BASE, ...rules }, NOW));
}

/** A repository with PR previews, builds, releases and untagged leftovers; created newest first. */
const WORLD = [
  image('u2', '1d'),
  image('i5', '40d', 'sha-5555555'),
  image('i1', '1h', 'pr-9', 'sha-1111111'),
  image('i3', '10d', 'pr-7'),
  image('i6', '45d', 'sha-6666666', '2.0.0-rc.1'),
  image('i2', '2d', 'pr-8', 'sha-2222222'),
  image('i4', '20d', 'sha-4444444', 'latest@1d', '1.2.3', '1.2'),
  image('u1', '50d'),
];

const UNSELECTED = 'no rule selects it';
const UNTAGGED = 'untagged (untagged: false)';

type Expected = ReturnType<typeof describePlan>;

describe('planPrune', () => {
  it.each<[string, RegistryImage[], Partial<PruneRules>, Expected]>([
    [
      '1: exact tag',
      WORLD,
      { tags: ['pr-7'] },
      {
        delete: ['i3 [pr-7]'],
        untag: [],
        keep: [
          `i1: ${UNSELECTED}`,
          `u2: ${UNTAGGED}`,
          `i2: ${UNSELECTED}`,
          `i4: protected; ${UNSELECTED}`,
          `i5: ${UNSELECTED}`,
          `i6: ${UNSELECTED}`,
          `u1: ${UNTAGGED}`,
        ],
      },
    ],
    [
      '2: glob: every PR preview; images that also carry a sha tag are untagged',
      WORLD,
      { tags: ['pr-*'] },
      {
        delete: ['i3 [pr-7]'],
        untag: [`i1 -[pr-9] +[sha-1111111: ${UNSELECTED}]`, `i2 -[pr-8] +[sha-2222222: ${UNSELECTED}]`],
        keep: [
          `u2: ${UNTAGGED}`,
          `i4: protected; ${UNSELECTED}`,
          `i5: ${UNSELECTED}`,
          `i6: ${UNSELECTED}`,
          `u1: ${UNTAGGED}`,
        ],
      },
    ],
    [
      '3: tags + older-than: only old PR previews',
      WORLD,
      { tags: ['pr-*'], olderThanMs: 7 * DAY },
      {
        delete: ['i3 [pr-7]'],
        untag: [],
        keep: [
          `i1: younger than 7d; ${UNSELECTED}`,
          `u2: ${UNTAGGED}`,
          `i2: younger than 7d; ${UNSELECTED}`,
          `i4: protected; ${UNSELECTED}`,
          `i5: ${UNSELECTED}`,
          `i6: ${UNSELECTED}`,
          `u1: ${UNTAGGED}`,
        ],
      },
    ],
    [
      '4: match + keep-last: the 3 newest sha-* images stay; a pre-release outside match stays on its image',
      WORLD,
      { match: ['sha-*'], keepLast: 3 },
      {
        delete: ['i5 [sha-5555555]'],
        untag: [`i6 -[sha-6666666] +[2.0.0-rc.1: ${UNSELECTED}]`],
        keep: [
          `i1: ${UNSELECTED}; among the 3 newest`,
          `u2: ${UNTAGGED}`,
          `i2: ${UNSELECTED}; among the 3 newest`,
          `i3: ${UNSELECTED}`,
          `i4: protected; among the 3 newest`,
          `u1: ${UNTAGGED}`,
        ],
      },
    ],
    [
      '5: keep-last counts images, not tags: two candidate tags on one image count once',
      [
        image('c', '3d', 'sha-ccccccc'),
        image('a', '1d', 'sha-aaaaaaa', 'sha-aaaaaab'),
        image('b', '2d', 'sha-bbbbbbb'),
      ],
      { match: ['sha-*'], keepLast: 2 },
      { delete: ['c [sha-ccccccc]'], untag: [], keep: ['a: among the 2 newest', 'b: among the 2 newest'] },
    ],
    [
      '6: keep-last + older-than: old but among the newest stays',
      [image('x', '10d', 'sha-xxxxxxx'), image('y', '20d', 'sha-yyyyyyy'), image('z', '2h', 'sha-zzzzzzz')],
      { match: ['sha-*'], keepLast: 2, olderThanMs: DAY },
      { delete: ['y [sha-yyyyyyy]'], untag: [], keep: ['z: among the 2 newest', 'x: among the 2 newest'] },
    ],
    [
      '7: keep-last + older-than: outside the newest but young stays',
      WORLD,
      { match: ['sha-*'], keepLast: 1, olderThanMs: 30 * DAY },
      {
        delete: ['i5 [sha-5555555]'],
        untag: [`i6 -[sha-6666666] +[2.0.0-rc.1: ${UNSELECTED}]`],
        keep: [
          `i1: ${UNSELECTED}; among the 1 newest`,
          `u2: ${UNTAGGED}`,
          `i2: ${UNSELECTED}; younger than 30d`,
          `i3: ${UNSELECTED}`,
          'i4: protected; younger than 30d',
          `u1: ${UNTAGGED}`,
        ],
      },
    ],
    [
      '8: default protect (latest, semver): releases and their aliases stay, pre-releases do not',
      [
        image('p', '5d', 'latest', '1.2.3', 'v1', 'sha-ppppppp', 'pr-3'),
        image('q', '6d', '2.0.0-rc.1', 'sha-qqqqqqq'),
        image('r', '7d', '1'),
        image('s', '8d', 'v1.2'),
      ],
      { tags: ['*'] },
      {
        delete: ['q [2.0.0-rc.1 sha-qqqqqqq]'],
        untag: ['p -[pr-3 sha-ppppppp] +[1.2.3: protected, latest: protected, v1: protected]'],
        keep: ['r: protected', 's: protected'],
      },
    ],
    [
      '9: a custom protect glob replaces the default',
      [
        image('s', '1d', 'release-2025', 'sha-sssssss'),
        image('t', '2d', 'latest'),
        image('v', '3d', '1.2.3'),
      ],
      { tags: ['*'], protect: ['release-*'] },
      {
        delete: ['t [latest]', 'v [1.2.3]'],
        untag: ['s -[sha-sssssss] +[release-2025: protected]'],
        keep: [],
      },
    ],
    [
      '10: untag, not delete: the image also carries a tag outside the selection',
      [image('m', '1d', 'pr-7', 'sha-abcdef0')],
      { tags: ['pr-7'] },
      { delete: [], untag: [`m -[pr-7] +[sha-abcdef0: ${UNSELECTED}]`], keep: [] },
    ],
    [
      '11: delete: every tag the image carries is selected',
      [image('n', '1d', 'pr-7')],
      { tags: ['pr-7'] },
      { delete: ['n [pr-7]'], untag: [], keep: [] },
    ],
    [
      '12: untagged images are untouched by default, even when old',
      [image('old', '50d'), image('tagged', '50d', 'sha-0000000')],
      { olderThanMs: 30 * DAY },
      { delete: ['tagged [sha-0000000]'], untag: [], keep: [`old: ${UNTAGGED}`] },
    ],
    [
      '13: untagged: true deletes only the old untagged images',
      [image('old', '50d'), image('young', '1d'), image('tagged', '2d', 'sha-0000000')],
      { olderThanMs: 30 * DAY, untagged: true },
      {
        delete: ['old []'],
        untag: [],
        keep: ['young: untagged, younger than 30d', 'tagged: younger than 30d'],
      },
    ],
    [
      '14: a tag pushed again recently onto an old image is young',
      [image('old', '60d', 'pr-5@1h', 'pr-4')],
      { tags: ['pr-*'], olderThanMs: 7 * DAY },
      { delete: [], untag: ['old -[pr-4] +[pr-5: younger than 7d]'], keep: [] },
    ],
    [
      '15: keep-last orders by the newest candidate tag push, not by image creation',
      [image('new', '1d', 'sha-1111111'), image('old', '60d', 'sha-0000000@1h')],
      { match: ['sha-*'], keepLast: 1 },
      { delete: ['new [sha-1111111]'], untag: [], keep: ['old: among the 1 newest'] },
    ],
    [
      '16: keep-last ties on push time: the image created later wins, then the smaller id',
      [
        image('b', '3d', 'sha-bbbbbbb@1h'),
        image('c', '3d', 'sha-ccccccc@1h'),
        image('a', '2d', 'sha-aaaaaaa@1h'),
      ],
      { match: ['sha-*'], keepLast: 2 },
      { delete: ['c [sha-ccccccc]'], untag: [], keep: ['a: among the 2 newest', 'b: among the 2 newest'] },
    ],
    [
      '17: keep-last ignores images carrying only protected tags: they stay besides the N',
      [
        image('rel', '1h', '1.2.3', 'latest'),
        image('a', '1d', 'sha-aaaaaaa'),
        image('b', '2d', 'sha-bbbbbbb'),
      ],
      { keepLast: 1 },
      { delete: ['b [sha-bbbbbbb]'], untag: [], keep: ['rel: protected', 'a: among the 1 newest'] },
    ],
    [
      '18: keep-last 0 keeps none of the matching images',
      [image('a', '1d', 'sha-aaaaaaa'), image('b', '2d', 'pr-1')],
      { match: ['sha-*'], keepLast: 0 },
      { delete: ['a [sha-aaaaaaa]'], untag: [], keep: [`b: ${UNSELECTED}`] },
    ],
  ])('%s', (_name, images, rules, expected) => {
    expect(plan(images, rules)).toEqual(expected);
  });

  it.each<[string, number]>([
    ['30d', 30 * DAY],
    ['12h', 12 * HOUR],
    ['90m', 90 * MINUTE],
  ])('older-than %s: exactly at the threshold is not older; 1 ms beyond is', (label, olderThanMs) => {
    const images = [
      image('younger', olderThanMs - 1, 'sha-1111111'),
      image('exact', olderThanMs, 'sha-2222222'),
      image('older', olderThanMs + 1, 'sha-3333333'),
    ];
    expect(plan(images, { olderThanMs })).toEqual({
      delete: ['older [sha-3333333]'],
      untag: [],
      keep: [`younger: younger than ${label}`, `exact: younger than ${label}`],
    });
  });

  /** Every removal as `id:tag`, to compare selections. */
  function removed(rules: Partial<PruneRules>): string[] {
    const result = planPrune(WORLD, { ...BASE, ...rules }, NOW);
    return [
      ...result.delete.flatMap((entry) =>
        entry.tags.length === 0
          ? [`${entry.image.id}:`]
          : entry.tags.map((tag) => `${entry.image.id}:${tag}`),
      ),
      ...result.untag.flatMap((entry) => entry.tags.map((tag) => `${entry.image.id}:${tag}`)),
    ];
  }

  it.each<[string, Partial<PruneRules>, Partial<PruneRules>]>([
    ['tags, then match', { tags: ['*'] }, { match: ['sha-*'] }],
    ['match, then keep-last', { match: ['sha-*'] }, { keepLast: 2 }],
    ['older-than, then tags', { olderThanMs: 5 * DAY }, { tags: ['sha-*'] }],
    ['keep-last, then older-than', { keepLast: 1 }, { olderThanMs: 30 * DAY }],
    ['tags, then a protect glob', { tags: ['*'] }, { protect: ['latest', 'semver', 'pr-*'] }],
  ])('adding a rule never removes more: %s', (_name, base, extra) => {
    const before = removed(base);
    const after = removed({ ...base, ...extra });
    expect(after.length).toBeLessThan(before.length);
    expect(before).toEqual(expect.arrayContaining(after));
  });

  it.each<[string, Partial<PruneRules>, RegExp]>([
    ['no rule at all', {}, /no rule given/],
    ['only protect and untagged: false', { protect: ['x'] }, /no rule given/],
    ['untagged without older-than', { tags: ['pr-*'], untagged: true }, /untagged needs older-than/],
    ['a negative keep-last', { keepLast: -1 }, /keepLast/],
    ['a zero older-than', { olderThanMs: 0 }, /olderThanMs/],
  ])('throws on %s', (_name, rules, message) => {
    expect(() => planPrune(WORLD, { ...BASE, ...rules }, NOW)).toThrow(message);
  });

  it('throws an InputError naming the input for a bad pattern', () => {
    expect(() => planPrune(WORLD, { ...BASE, match: ['sha-{'] }, NOW)).toThrow(/Input 'match'/);
  });
});

describe('planPrune with the manifests tagged indexes reference', () => {
  // A multi-platform release: the index `rel` carries 1.2.3; its platform images `amd`, `arm` and its
  // attestation `att` are untagged, as a multi-platform push stores them. `dangling` is referenced by
  // nothing. `plat` is a platform image that also carries a selected tag.
  const images = [
    image('rel', '60d', '1.2.3', 'sha-rrrrrrr'),
    image('amd', '60d'),
    image('arm', '60d'),
    image('att', '60d'),
    image('dangling', '60d'),
    image('young', '1d'),
    image('plat', '60d', 'sha-ppppppp'),
  ];
  const digest = (id: string) => images.find((entry) => entry.id === id)!.digest;
  const referenced = new Set(['amd', 'arm', 'att', 'plat'].map(digest));
  const RETENTION: Partial<PruneRules> = { match: ['sha-*'], olderThanMs: 30 * DAY, untagged: true };
  const planWith = (references: References) =>
    describePlan(planPrune(images, { ...BASE, ...RETENTION }, NOW, references));

  it.each<[string, References, Expected]>([
    [
      '1: platform images and attestations are kept; a truly dangling manifest goes',
      { known: true, digests: referenced },
      {
        delete: ['dangling []'],
        untag: ['rel -[sha-rrrrrrr] +[1.2.3: protected]', 'plat -[sha-ppppppp] +[]'],
        keep: [
          `young: untagged, younger than 30d`,
          `amd: ${KeepReason.Referenced}`,
          `arm: ${KeepReason.Referenced}`,
          `att: ${KeepReason.Referenced}`,
        ],
      },
    ],
    [
      '2: indexes unknown (one could not be read): no untagged image goes; tagged ones still follow the rules',
      { known: false, reason: 'the manifest sha256:… could not be read: HTTP 503' },
      {
        delete: ['plat [sha-ppppppp]'],
        untag: ['rel -[sha-rrrrrrr] +[1.2.3: protected]'],
        keep: [
          'young: untagged, younger than 30d',
          ...['amd', 'arm', 'att', 'dangling'].map(
            (id) =>
              `${id}: ${KeepReason.ReferencesUnknown('the manifest sha256:… could not be read: HTTP 503')}`,
          ),
        ],
      },
    ],
    [
      '3: no reference at all: every old untagged image goes',
      NO_REFERENCES,
      {
        delete: ['plat [sha-ppppppp]', 'amd []', 'arm []', 'att []', 'dangling []'],
        untag: ['rel -[sha-rrrrrrr] +[1.2.3: protected]'],
        keep: ['young: untagged, younger than 30d'],
      },
    ],
  ])('%s', (_name, references, expected) => {
    // Images of the same age are ordered by id: compare each list as a set.
    const sorted = (plan: Expected) => ({
      delete: [...plan.delete].sort(),
      untag: [...plan.untag].sort(),
      keep: [...plan.keep].sort(),
    });
    expect(sorted(planWith(references))).toEqual(sorted(expected));
  });

  it('deletesUntagged says when the indexes must be read first', () => {
    const rules = { ...BASE, ...RETENTION };
    expect(deletesUntagged(planPrune(images, rules, NOW))).toBe(true);
    expect(deletesUntagged(planPrune(images, { ...rules, untagged: false }, NOW))).toBe(false);
    expect(deletesUntagged(planPrune(images, { ...BASE, tags: ['pr-*'] }, NOW))).toBe(false);
  });
});
