import type { RegistryImage } from '../../src/oci/images.js';
import {
  deletedEntries,
  failedRegionMarkdown,
  NOT_ATTEMPTED,
  pruneCounts,
  removalFailureMessage,
  reportRows,
  summaryMarkdown,
  SUMMARY_ROW_LIMIT,
  type PruneOutcome,
} from '../../src/prune/report.js';
import type { RemovalOutcome } from '../../src/prune/execute.js';
import type { PrunePlan } from '../../src/prune/select.js';

const NOW = new Date('2025-06-01T12:00:00Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function ago(ms: number): Date {
  return new Date(NOW.getTime() - ms);
}

/** An image whose digest repeats `hex`; tags as [name, pushed ms ago]. */
function image(hex: string, createdAgo: number, ...tags: Array<[string, number]>): RegistryImage {
  return {
    id: `ocid1.containerimage.oc1.sa-saopaulo-1.${hex}`,
    digest: `sha256:${hex.repeat(64)}`,
    timeCreated: ago(createdAgo),
    versions: tags.map(([version, pushedAgo]) => ({ version, timeCreated: ago(pushedAgo) })),
  };
}

const A = image('a', 3 * DAY + 4 * HOUR, ['pr-7', 3 * DAY + 4 * HOUR]);
const B = image('b', 10 * DAY, ['pr-8', 45 * MINUTE], ['sha-bbbbbbb', 10 * DAY]);
const C = image('c', 20 * DAY, ['pr-9', 20 * DAY], ['sha-ccccccc', 20 * DAY]);
const U = image('e', 40 * DAY);
const K = image('f', 5 * DAY, ['1.2.3', 5 * DAY], ['latest', 2 * HOUR]);
const Y = image('0', DAY);

const PLAN: PrunePlan = {
  delete: [
    { image: A, tags: ['pr-7'] },
    { image: C, tags: ['pr-9', 'sha-ccccccc'] },
    { image: U, tags: [] },
  ],
  untag: [
    {
      image: B,
      tags: ['pr-8'],
      kept: ['sha-bbbbbbb'],
      reasons: [{ tag: 'sha-bbbbbbb', reason: 'no rule selects it' }],
    },
  ],
  keep: [
    {
      image: K,
      reason: 'protected',
      reasons: [
        { tag: '1.2.3', reason: 'protected' },
        { tag: 'latest', reason: 'protected' },
      ],
    },
    { image: Y, reason: 'untagged, younger than 30d', reasons: [] },
  ],
};

/** What the executor reports when every removal went through. */
const ALL_DONE: RemovalOutcome[] = [
  { image: A, kind: 'delete', tags: ['pr-7'], removed: ['pr-7'] },
  { image: C, kind: 'delete', tags: ['pr-9', 'sha-ccccccc'], removed: ['pr-9', 'sha-ccccccc'] },
  { image: U, kind: 'delete', tags: [], removed: [] },
  { image: B, kind: 'untag', tags: ['pr-8'], removed: ['pr-8'] },
];

/** C's delete failed; B's untag was never attempted (no outcome for it). */
const SOME_FAILED: RemovalOutcome[] = [
  ALL_DONE[0]!,
  {
    image: C,
    kind: 'delete',
    tags: ['pr-9', 'sha-ccccccc'],
    removed: [],
    error: '404 NotAuthorizedOrNotFound: gone',
  },
  ALL_DONE[2]!,
];

function outcome(overrides: Partial<PruneOutcome> = {}): PruneOutcome {
  return {
    repository: 'project-x/api',
    plan: PLAN,
    dryRun: false,
    outcomes: ALL_DONE,
    total: 6,
    now: NOW,
    ...overrides,
  };
}

const digest = (hex: string) => `sha256:${hex.repeat(64)}`;

describe('deletedEntries', () => {
  it.each<[string, PruneOutcome, Array<{ tag: string | null; digest: string }>]>([
    [
      '1: every removed tag once; an untagged image deleted has tag null',
      outcome(),
      [
        { tag: 'pr-7', digest: digest('a') },
        { tag: 'pr-9', digest: digest('c') },
        { tag: 'sha-ccccccc', digest: digest('c') },
        { tag: null, digest: digest('e') },
        { tag: 'pr-8', digest: digest('b') },
      ],
    ],
    [
      '2: a dry run lists what would be removed',
      outcome({ dryRun: true, outcomes: undefined }),
      [
        { tag: 'pr-7', digest: digest('a') },
        { tag: 'pr-9', digest: digest('c') },
        { tag: 'sha-ccccccc', digest: digest('c') },
        { tag: null, digest: digest('e') },
        { tag: 'pr-8', digest: digest('b') },
      ],
    ],
    [
      '3: failed removals are left out',
      outcome({ outcomes: SOME_FAILED }),
      [
        { tag: 'pr-7', digest: digest('a') },
        { tag: null, digest: digest('e') },
      ],
    ],
  ])('%s', (_name, given, expected) => {
    expect(deletedEntries(given)).toEqual(expected);
  });
});

describe('pruneCounts', () => {
  it.each<[string, PruneOutcome, ReturnType<typeof pruneCounts>]>([
    [
      '1: all done',
      outcome(),
      { deletedImages: 3, untaggedImages: 1, untaggedTags: 1, deletedEntries: 5, keptImages: 3, failed: 0 },
    ],
    [
      '2: the repository holds more images than the plan (exact tag lookup): kept counts them all',
      outcome({ total: 2_000 }),
      {
        deletedImages: 3,
        untaggedImages: 1,
        untaggedTags: 1,
        deletedEntries: 5,
        keptImages: 1_997,
        failed: 0,
      },
    ],
    [
      '3: a dry run counts what would happen',
      outcome({ dryRun: true, outcomes: undefined }),
      { deletedImages: 3, untaggedImages: 1, untaggedTags: 1, deletedEntries: 5, keptImages: 3, failed: 0 },
    ],
    [
      '4: a failed delete keeps its image; an untag never attempted removes nothing',
      outcome({ outcomes: SOME_FAILED }),
      { deletedImages: 2, untaggedImages: 0, untaggedTags: 0, deletedEntries: 2, keptImages: 4, failed: 2 },
    ],
  ])('%s', (_name, given, expected) => {
    expect(pruneCounts(given)).toEqual(expected);
  });
});

describe('reportRows', () => {
  it('puts failures first, then deletes, untags and keeps, each in plan order', () => {
    expect(
      reportRows(outcome({ outcomes: SOME_FAILED })).map((row) => [row.tag, row.age, row.action]),
    ).toEqual([
      ['pr-9', '20d', 'failed: 404 NotAuthorizedOrNotFound: gone'],
      ['sha-ccccccc', '20d', 'failed: 404 NotAuthorizedOrNotFound: gone'],
      ['pr-8', '45m', `failed: ${NOT_ATTEMPTED}`],
      ['pr-7', '3d 4h', 'delete'],
      [null, '40d', 'delete'],
      ['sha-bbbbbbb', '10d', 'keep (no rule selects it)'],
      ['1.2.3', '5d', 'keep (protected)'],
      ['latest', '2h', 'keep (protected)'],
      [null, '1d', 'keep (untagged, younger than 30d)'],
    ]);
  });

  it('a partly done untag: the removed tags are untagged, the rest failed with the error', () => {
    const image = B;
    const partly = outcome({
      plan: {
        delete: [],
        untag: [{ image, tags: ['pr-8', 'sha-bbbbbbb'], kept: [], reasons: [] }],
        keep: [],
      },
      outcomes: [
        { image, kind: 'untag', tags: ['pr-8', 'sha-bbbbbbb'], removed: ['pr-8'], error: '500 boom' },
      ],
    });
    expect(reportRows(partly).map((row) => [row.kind, row.tag, row.action])).toEqual([
      ['failed', 'sha-bbbbbbb', 'failed: 500 boom'],
      ['untag', 'pr-8', 'untag'],
    ]);
    expect(deletedEntries(partly)).toEqual([{ tag: 'pr-8', digest: digest('b') }]);
    expect(pruneCounts(partly)).toMatchObject({ untaggedImages: 1, untaggedTags: 1, failed: 1 });
  });
});

const TABLE = [
  '| tag | digest | age | action |',
  '| --- | --- | --- | --- |',
  '| `pr-7` | `sha256:aaaaaaaaaaaa` | 3d 4h | delete |',
  '| `pr-9` | `sha256:cccccccccccc` | 20d | delete |',
  '| `sha-ccccccc` | `sha256:cccccccccccc` | 20d | delete |',
  '| _(untagged)_ | `sha256:eeeeeeeeeeee` | 40d | delete |',
  '| `pr-8` | `sha256:bbbbbbbbbbbb` | 45m | untag |',
  '| `sha-bbbbbbb` | `sha256:bbbbbbbbbbbb` | 10d | keep (no rule selects it) |',
  '| `1.2.3` | `sha256:ffffffffffff` | 5d | keep (protected) |',
  '| `latest` | `sha256:ffffffffffff` | 2h | keep (protected) |',
  '| _(untagged)_ | `sha256:000000000000` | 1d | keep (untagged, younger than 30d) |',
];

describe('summaryMarkdown', () => {
  it('a run: heading, counts, every tag', () => {
    expect(summaryMarkdown(outcome())).toBe(
      [
        '## OCIR prune of `project-x/api`',
        '',
        'Deleted 3 images and untagged 1 tag on 1 image; 3 images remain.',
        '',
        ...TABLE,
        '',
      ].join('\n'),
    );
  });

  it('a dry run says so in the heading and the counts', () => {
    expect(summaryMarkdown(outcome({ dryRun: true, outcomes: undefined }))).toBe(
      [
        '## OCIR prune of `project-x/api` (dry run: nothing was changed)',
        '',
        'Would delete 3 images and untag 1 tag on 1 image; 3 images would remain.',
        '',
        ...TABLE,
        '',
      ].join('\n'),
    );
  });

  it('failures: counted, listed first, reasons kept on one cell', () => {
    const error = '500 InternalServerError | upstream\n  retry budget spent';
    const outcomes = [{ ...ALL_DONE[0]!, removed: [], error }, ...ALL_DONE.slice(1)];
    const lines = summaryMarkdown(outcome({ outcomes })).split('\n');
    expect(lines.slice(0, 7)).toEqual([
      '## OCIR prune of `project-x/api`',
      '',
      'Deleted 2 images and untagged 1 tag on 1 image; 4 images remain. **1 removal failed** (listed first).',
      '',
      '| tag | digest | age | action |',
      '| --- | --- | --- | --- |',
      '| `pr-7` | `sha256:aaaaaaaaaaaa` | 3d 4h | failed: 500 InternalServerError \\| upstream retry budget spent |',
    ]);
  });

  it('notes under the counts, and the rows of an image planned again say so', () => {
    const markdown = summaryMarkdown(
      outcome({
        notes: [
          'Protected tags: latest, semver, buildcache',
          '1 image(s) changed during the run: planned again',
        ],
        replanned: [B.id],
      }),
    );
    expect(markdown.split('\n').slice(0, 8)).toEqual([
      '## OCIR prune of `project-x/api`',
      '',
      'Deleted 3 images and untagged 1 tag on 1 image; 3 images remain.',
      '',
      'Protected tags: latest, semver, buildcache',
      '',
      '1 image(s) changed during the run: planned again',
      '',
    ]);
    expect(reportRows(outcome({ replanned: [B.id] })).filter((row) => row.digest === B.digest)).toMatchObject(
      [
        { tag: 'pr-8', action: 'untag; changed during the run: planned again' },
        { tag: 'sha-bbbbbbb', action: 'keep (no rule selects it); changed during the run: planned again' },
      ],
    );
  });

  it('no image in the plan: no table', () => {
    const empty = outcome({ plan: { delete: [], untag: [], keep: [] }, outcomes: [], total: 0 });
    expect(summaryMarkdown(empty)).toBe(
      [
        '## OCIR prune of `project-x/api`',
        '',
        'Deleted 0 images and untagged 0 tags on 0 images; 0 images remain.',
        '',
        'Nothing matched: no image to show.',
        '',
      ].join('\n'),
    );
  });

  function manyDeleted(count: number): PruneOutcome {
    const images = Array.from({ length: count }, (_, i) => ({
      image: image(i.toString(16).padStart(4, '0'), DAY, [`sha-${i}`, DAY]),
      tags: [`sha-${i}`],
    }));
    const outcomes = images.map(({ image, tags }) => ({
      image,
      kind: 'delete' as const,
      tags,
      removed: tags,
    }));
    return outcome({ plan: { delete: images, untag: [], keep: [] }, outcomes, total: count });
  }

  it.each<[number, number, string | undefined]>([
    [SUMMARY_ROW_LIMIT, SUMMARY_ROW_LIMIT, undefined],
    [
      2_345,
      SUMMARY_ROW_LIMIT,
      '… and 1,845 more rows not shown: the full list is in the log, and what was removed in the `deleted` output.',
    ],
    [
      SUMMARY_ROW_LIMIT + 1,
      SUMMARY_ROW_LIMIT,
      '… and 1 more row not shown: the full list is in the log, and what was removed in the `deleted` output.',
    ],
  ])('%d rows: the table shows %d and says how many more', (count, shown, note) => {
    const markdown = summaryMarkdown(manyDeleted(count));
    const rows = markdown.split('\n').filter((line) => line.startsWith('| `sha-'));
    expect(rows).toHaveLength(shown);
    expect(rows.at(-1)).toBe(
      `| \`sha-${shown - 1}\` | \`sha256:${(shown - 1).toString(16).padStart(4, '0').repeat(3)}\` | 1d | delete |`,
    );
    const lastLine = markdown.trimEnd().split('\n').at(-1);
    expect(lastLine).toBe(note ?? rows.at(-1));
    expect(markdown).toContain(`Deleted ${count.toLocaleString('en-US')} images`);
  });
});

describe('one section per region', () => {
  it('the heading names the region pruned', () => {
    expect(summaryMarkdown(outcome({ region: 'sa-vinhedo-1' })).split('\n')[0]).toBe(
      '## OCIR prune of `project-x/api` in sa-vinhedo-1',
    );
    expect(summaryMarkdown(outcome({ region: 'sa-vinhedo-1', dryRun: true })).split('\n')[0]).toBe(
      '## OCIR prune of `project-x/api` in sa-vinhedo-1 (dry run: nothing was changed)',
    );
  });

  it('a region that stopped before its plan: its reason verbatim, markup and all', () => {
    const reason =
      "The OCI API answered NotAuthorizedOrNotFound. 'Allow group <group> to manage repos'\nCause: 404 | denied";
    expect(failedRegionMarkdown('project-x/api', 'sa-vinhedo-1', reason)).toBe(
      ['## OCIR prune of `project-x/api` in sa-vinhedo-1: failed', '', '```text', reason, '```', ''].join(
        '\n',
      ),
    );
  });
});

describe('removalFailureMessage', () => {
  it('none when every removal went through, nor in a dry run', () => {
    expect(removalFailureMessage(outcome())).toBeUndefined();
    expect(removalFailureMessage(outcome({ dryRun: true, outcomes: SOME_FAILED }))).toBeUndefined();
  });

  it('counts the failures against what was attempted and names each', () => {
    expect(removalFailureMessage(outcome({ outcomes: SOME_FAILED }))).toBe(
      '1 of 3 removal(s) failed; the other 2 succeeded (the job summary and the deleted output list them):\n' +
        `  delete ${digest('c')}: 404 NotAuthorizedOrNotFound: gone`,
    );
  });

  it('shows ten, and says how many more', () => {
    const failures: RemovalOutcome[] = Array.from({ length: 12 }, (_, n) => ({
      image: image(n.toString(16), DAY, [`sha-${n}`, DAY]),
      kind: 'untag',
      tags: [`sha-${n}`],
      removed: [],
      error: '500 boom',
    }));
    const message = removalFailureMessage(outcome({ outcomes: failures }))!;
    expect(message.split('\n')).toHaveLength(12);
    expect(message).toMatch(/^12 of 12 removal\(s\) failed; the other 0 succeeded/);
    expect(message).toContain('  untag sha-9: 500 boom');
    expect(message).not.toContain('sha-10');
    expect(message.endsWith('  … and 2 more (see the log)')).toBe(true);
  });
});
