import {
  immutableConflicts,
  immutableRefusal,
  mismatchMessage,
  replicasOutput,
  replicationFailure,
  tagMismatches,
  type ReplicaOutcome,
} from '../../../src/build-push/replicas/decisions.js';

const D = `sha256:${'a'.repeat(64)}`;
const OTHER = `sha256:${'b'.repeat(64)}`;

const held: ReplicaOutcome = {
  region: 'sa-vinhedo-1',
  registry: 'vcp.ocir.io',
  image: `vcp.ocir.io/ns/project-x/api@${D}`,
  copied: { blobsUploaded: 3, bytesUploaded: 1234, blobsPresent: 0, tagsPut: ['1.0.0'], tagsPresent: [] },
};
const failed: ReplicaOutcome = {
  region: 'us-ashburn-1',
  registry: 'iad.ocir.io',
  failure: 'The registry or OCI API could not be reached.\nCause: connect ECONNREFUSED',
};

describe('immutableConflicts', () => {
  it('names the tags that hold another image; tags holding this one, or none, are fine', () => {
    const existing = new Map([
      ['1.0.0', D],
      ['latest', OTHER],
    ]);
    expect(immutableConflicts(['1.0.0', 'latest', 'sha-1234567'], existing, D)).toEqual(['latest']);
    expect(immutableConflicts(['1.0.0', 'sha-1234567'], existing, D)).toEqual([]);
  });
});

describe('immutableRefusal', () => {
  it('names the region, each tag with the image it holds, and that nothing was written', () => {
    const existing = new Map([
      ['1.0', OTHER],
      ['latest', OTHER],
    ]);
    expect(immutableRefusal('sa-vinhedo-1', ['1.0', 'latest'], existing, D)).toBe(
      `the repository is immutable in sa-vinhedo-1 and '1.0' (${OTHER}), 'latest' (${OTHER}) already hold ` +
        `another image than ${D}. Immutable tags cannot be moved: push a new tag (a version or the commit sha). ` +
        'Nothing was written in this region.',
    );
  });
});

describe('tagMismatches', () => {
  it('lists each tag that answers another digest or nothing', () => {
    const answers = new Map<string, string | undefined>([
      ['1.0.0', D],
      ['latest', OTHER],
      ['edge', undefined],
    ]);
    const mismatches = tagMismatches(answers, D);
    expect(mismatches).toEqual([
      ['latest', OTHER],
      ['edge', undefined],
    ]);
    expect(mismatchMessage(mismatches, D)).toBe(
      `after the copy, 'latest' answers ${OTHER}, 'edge' answers nothing instead of ${D}; another push may be racing this one`,
    );
  });
});

describe('replicasOutput', () => {
  it('lists {region, registry, image} of the regions that hold the image, in the order given', () => {
    expect(JSON.parse(replicasOutput([failed, held]))).toEqual([
      { region: 'sa-vinhedo-1', registry: 'vcp.ocir.io', image: `vcp.ocir.io/ns/project-x/api@${D}` },
    ]);
    expect(replicasOutput([])).toBe('[]');
  });
});

describe('replicationFailure', () => {
  it('none when every region holds the image', () => {
    expect(replicationFailure('sa-saopaulo-1', [held])).toBeUndefined();
  });

  it('names each failed region with its cause, then where the image is, primary first', () => {
    const error = replicationFailure('sa-saopaulo-1', [held, failed]);
    expect(error?.message).toBe(
      [
        'Replication failed in us-ashburn-1:',
        '- us-ashburn-1 (iad.ocir.io): The registry or OCI API could not be reached.',
        'Cause: connect ECONNREFUSED',
        'The image is in sa-saopaulo-1 (primary), sa-vinhedo-1. A re-run copies only what is missing.',
      ].join('\n'),
    );
  });
});
