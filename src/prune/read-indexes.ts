/**
 * The edge of references.ts: the registry token (from the same API key, issued by the region whose
 * registry is read), a registry API client asking for `pull` only (imported on first use: only runs
 * that would delete an untagged image read indexes), and the log lines.
 */
import * as core from '@actions/core';
import { oneLineFailure } from '../common/errors.js';
import type { RegistryImage } from '../oci/images.js';
import type { RepositoryImages } from '../oci/repository-images.js';
import { BEARER_USERNAME } from '../oci/username.js';
import type { PruneLog } from './log.js';
import { collectReferences, type References } from './references.js';

/** Manifests read at once: as many as the API requests of the listing. */
const CONCURRENCY = 8;

/**
 * The manifests every tagged image's index references, read through the registry API with a
 * registry token, a bounded number at a time. Any failure (the token, a read) makes them unknown:
 * the plan then deletes no untagged image, and says why.
 */
export async function readReferences(
  where: { registry: string; repository: string },
  api: Pick<RepositoryImages, 'registryToken'>,
  images: RegistryImage[],
  log: PruneLog,
): Promise<References> {
  const roots = images.filter((image) => image.versions.length > 0).map((image) => image.digest);
  log.info(
    `Reading the manifests of ${roots.length} tagged image(s) from ${where.registry}: what an index references is kept`,
  );
  const { registryClient } = await import('../registry/api.js');
  let token: string;
  try {
    token = await api.registryToken();
    core.setSecret(token);
  } catch (error) {
    return unknownReferences(`no registry token: ${oneLineFailure(error)}`, log);
  }
  const client = registryClient({
    registry: where.registry,
    repository: where.repository,
    credentials: () => ({ username: BEARER_USERNAME, password: token }),
    access: 'pull',
  });
  try {
    const collected = await collectReferences(roots, {
      concurrency: CONCURRENCY,
      read: (digest) => client.getManifest(digest),
    });
    if (!collected.references.known) return unknownReferences(collected.references.reason, log);
    log.info(
      `Read ${collected.reads} manifest(s): ${collected.indexes} index(es) reference ` +
        `${collected.references.digests.size} manifest(s), which are kept`,
    );
    return collected.references;
  } finally {
    client.close();
  }
}

function unknownReferences(reason: string, log: PruneLog): References {
  log.warning(`Index manifests could not be read, so no untagged image is deleted in this run: ${reason}`);
  return { known: false, reason };
}
