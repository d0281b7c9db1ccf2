import type { RepositoryInfo, RepositorySettings } from '../oci/repository.js';
import { Input } from './constants.js';

/**
 * How an existing repository differs from the inputs, one warning sentence per difference (empty
 * when they agree). The action never changes an existing repository: the sentences say so.
 */
export function repositoryDrift(existing: RepositoryInfo, wanted: RepositorySettings): string[] {
  const drift: string[] = [];
  if (existing.isPublic !== wanted.isPublic) {
    drift.push(
      existing.isPublic
        ? `Repository ${existing.name} is public, but ${Input.RepositoryPublic} is false: anyone can pull its images. ` +
            'The action does not change existing repositories; make it private in the OCI console if it should be.'
        : `Repository ${existing.name} is private, but ${Input.RepositoryPublic} is true: pulling needs credentials. ` +
            'The action does not change existing repositories; make it public in the OCI console if it should be.',
    );
  }
  if (existing.isImmutable !== wanted.isImmutable) {
    drift.push(
      existing.isImmutable
        ? `Repository ${existing.name} is immutable, but ${Input.RepositoryImmutable} is false: a tag that already ` +
            'exists cannot be moved to a new image. The action does not change existing repositories.'
        : `Repository ${existing.name} is mutable, but ${Input.RepositoryImmutable} is true: its tags can be ` +
            'overwritten. The action does not change existing repositories; make it immutable in the OCI console.',
    );
  }
  return drift;
}
