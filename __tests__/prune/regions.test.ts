import type { RegistryImage } from '../../src/oci/images.js';
import type { RemovalOutcome } from '../../src/prune/execute.js';
import { regionOutputs, regionsFailure, type RegionResult } from '../../src/prune/regions.js';
import type { PruneOutcome } from '../../src/prune/report.js';

const NOW = new Date('2025-06-01T12:00:00Z');

function image(hex: string, ...tags: string[]): RegistryImage {
  return {
    id: `ocid1.containerimage.oc1.${hex}`,
    digest: `sha256:${hex.repeat(64)}`,
    timeCreated: NOW,
    versions: tags.map((version) => ({ version, timeCreated: NOW })),
  };
}

const PREVIEW = image('a', 'pr-7');
const SHARED = image('b', 'pr-7', 'sha-bbbbbbb');
const RELEASE = image('c', '1.2.3');

/**
 * One region's prune of pr-7: PREVIEW deleted, SHARED untagged, RELEASE kept, `others` more images
 * in the repository; `failed` makes the untag fail.
 */
function pruned(region: string, { others = 0, failed = false, dryRun = false } = {}): RegionResult {
  const outcomes: RemovalOutcome[] = [
    { image: PREVIEW, kind: 'delete', tags: ['pr-7'], removed: ['pr-7'] },
    {
      image: SHARED,
      kind: 'untag',
      tags: ['pr-7'],
      removed: failed ? [] : ['pr-7'],
      ...(failed ? { error: '500 InternalServerError: boom' } : {}),
    },
  ];
  const outcome: PruneOutcome = {
    repository: 'project-x/api',
    region,
    plan: {
      delete: [{ image: PREVIEW, tags: ['pr-7'] }],
      untag: [{ image: SHARED, tags: ['pr-7'], kept: ['sha-bbbbbbb'], reasons: [] }],
      keep: [{ image: RELEASE, reason: 'protected', reasons: [] }],
    },
    dryRun,
    ...(dryRun ? {} : { outcomes }),
    total: 3 + others,
    now: NOW,
  };
  return { region, outcome };
}

const stopped = (region: string, error: string): RegionResult => ({ region, error });

describe('regionOutputs', () => {
  it('one region: the entries of a run without replicate-to, each with its region', () => {
    expect(regionOutputs([pruned('sa-saopaulo-1')])).toEqual({
      deleted: [
        { tag: 'pr-7', digest: PREVIEW.digest, region: 'sa-saopaulo-1' },
        { tag: 'pr-7', digest: SHARED.digest, region: 'sa-saopaulo-1' },
      ],
      keptCount: 2,
    });
  });

  it('two regions: region by region in the order given, counts summed', () => {
    const { deleted, keptCount } = regionOutputs([
      pruned('sa-saopaulo-1'),
      pruned('sa-vinhedo-1', { others: 5 }),
    ]);
    expect(deleted.map((entry) => `${entry.region} ${entry.tag} ${entry.digest.slice(7, 8)}`)).toEqual([
      'sa-saopaulo-1 pr-7 a',
      'sa-saopaulo-1 pr-7 b',
      'sa-vinhedo-1 pr-7 a',
      'sa-vinhedo-1 pr-7 b',
    ]);
    expect(keptCount).toBe(2 + 7);
  });

  it('a region that stopped adds nothing; a failed removal is not listed', () => {
    expect(
      regionOutputs([pruned('sa-saopaulo-1', { failed: true }), stopped('sa-vinhedo-1', 'no repository')]),
    ).toEqual({
      deleted: [{ tag: 'pr-7', digest: PREVIEW.digest, region: 'sa-saopaulo-1' }],
      keptCount: 2,
    });
  });
});

describe('regionsFailure', () => {
  it('none when every region went through (a dry run attempts nothing)', () => {
    expect(regionsFailure([pruned('sa-saopaulo-1')])).toBeUndefined();
    expect(
      regionsFailure([pruned('sa-saopaulo-1'), pruned('sa-vinhedo-1', { dryRun: true })]),
    ).toBeUndefined();
  });

  it('one region: its removal failures, worded as without replicate-to', () => {
    expect(regionsFailure([pruned('sa-saopaulo-1', { failed: true })])).toBe(
      '1 of 2 removal(s) failed; the other 1 succeeded (the job summary and the deleted output list them):\n' +
        `  untag pr-7: 500 InternalServerError: boom`,
    );
  });

  it('several: names the region that failed and why, and where the prune went through', () => {
    const failure = regionsFailure([
      pruned('sa-saopaulo-1'),
      stopped('sa-vinhedo-1', 'Repository project-x/api does not exist in region sa-vinhedo-1'),
      pruned('us-ashburn-1'),
    ]);
    expect(failure).toBe(
      'The prune failed in 1 region of 3, sa-vinhedo-1; it went through in sa-saopaulo-1, us-ashburn-1 ' +
        '(the job summary and the deleted output say what was removed).\n' +
        'sa-vinhedo-1: Repository project-x/api does not exist in region sa-vinhedo-1',
    );
  });

  it('several: a region with failed removals counts as failed; all failed says so', () => {
    const failure = regionsFailure([
      pruned('sa-saopaulo-1', { failed: true }),
      stopped('sa-vinhedo-1', '429 TooManyRequests'),
    ])!;
    expect(failure.split('\n')).toEqual([
      'The prune failed in 2 regions of 2, sa-saopaulo-1, sa-vinhedo-1; it went through in no region.',
      'sa-saopaulo-1: 1 of 2 removal(s) failed; the other 1 succeeded (the job summary and the deleted output list them):',
      '  untag pr-7: 500 InternalServerError: boom',
      'sa-vinhedo-1: 429 TooManyRequests',
    ]);
  });
});
