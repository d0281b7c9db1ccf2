import { repositoryDrift } from '../../src/build-push/repository-drift.js';
import type { RepositoryInfo } from '../../src/oci/repository.js';

const repository = (settings: Pick<RepositoryInfo, 'isPublic' | 'isImmutable'>): RepositoryInfo => ({
  id: 'ocid1.containerrepo.oc1.sa-saopaulo-1.aaaaaaaaexample',
  name: 'project-x/api',
  namespace: 'grxmw2a9myyj',
  compartmentId: 'ocid1.compartment.oc1..aaaaaaaaexample',
  ...settings,
});

describe('repositoryDrift', () => {
  it('is empty when the repository is as the inputs ask', () => {
    for (const isPublic of [true, false]) {
      for (const isImmutable of [true, false]) {
        expect(repositoryDrift(repository({ isPublic, isImmutable }), { isPublic, isImmutable })).toEqual([]);
      }
    }
  });

  it.each([
    [
      { isPublic: true, isImmutable: false },
      { isPublic: false, isImmutable: false },
      'is public, but repository-public is false',
    ],
    [
      { isPublic: false, isImmutable: false },
      { isPublic: true, isImmutable: false },
      'is private, but repository-public is true',
    ],
    [
      { isPublic: false, isImmutable: true },
      { isPublic: false, isImmutable: false },
      'is immutable, but repository-immutable is false',
    ],
    [
      { isPublic: false, isImmutable: false },
      { isPublic: false, isImmutable: true },
      'is mutable, but repository-immutable is true',
    ],
  ])('%j wanted %j: one sentence', (existing, wanted, says) => {
    const drift = repositoryDrift(repository(existing), wanted);
    expect(drift).toHaveLength(1);
    expect(drift[0]).toContain(`Repository project-x/api ${says}`);
    expect(drift[0]).toContain('does not change existing repositories');
  });

  it('one sentence per difference', () => {
    const drift = repositoryDrift(repository({ isPublic: true, isImmutable: true }), {
      isPublic: false,
      isImmutable: false,
    });
    expect(drift).toHaveLength(2);
  });
});
