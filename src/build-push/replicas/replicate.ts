/**
 * The replication phase, after the primary push: the pushed image (an image or an index, whichever
 * backend pushed it) is copied registry to registry into every `replicate-to` region at once, then
 * each region is asked for every tag and must answer the primary's digest. A region that fails lets
 * the others finish; the outcomes say what each region holds, and decisions.ts decides the rest.
 */
import * as core from '@actions/core';
import { ActionError, inStep } from '../../common/errors.js';
import { explainFailure } from '../../common/fail.js';
import { withRetries } from '../../common/retry.js';
import { copyImage, type CopyReport } from '../../registry/copy.js';
import {
  registryClient,
  RegistryApiError,
  type RegistryClient,
  type RegistryClientOptions,
  type RegistryCredentials,
} from '../../registry/api.js';
import { BEARER_USERNAME } from '../../oci/username.js';
import { registryLogin } from '../registry-login.js';
import {
  immutableConflicts,
  immutableRefusal,
  mismatchMessage,
  tagMismatches,
  type ReplicaOutcome,
} from './decisions.js';
import type { ReplicaAccess, ReplicaResolution } from './resolve.js';

export interface ReplicationJob {
  resolutions: ReplicaResolution[];
  /** The primary registry and the run's login there: the source every region copies from. */
  source: { registry: string; credentials: () => RegistryCredentials };
  /** `<namespace>/<repository>`: the same path in every region. */
  repositoryPath: string;
  digest: string;
  tagNames: string[];
  /**
   * The auth-token login (`<namespace>/<user>` and the token), which works in every region of the
   * tenancy; undefined: each region logs in with its own registry token.
   */
  authToken?: () => RegistryCredentials;
  /** Attempts per request for transient failures (`retries`). */
  retries: number;
}

export interface ReplicationDeps {
  connect: (options: RegistryClientOptions) => RegistryClient;
  copy: typeof copyImage;
  log: (line: string) => void;
  now: () => number;
}

const DEFAULT_DEPS: ReplicationDeps = {
  connect: registryClient,
  copy: copyImage,
  log: core.info,
  now: Date.now,
};

export async function replicateImage(
  job: ReplicationJob,
  deps: ReplicationDeps = DEFAULT_DEPS,
): Promise<ReplicaOutcome[]> {
  // One reader of the primary for every region: one handshake, one pool of connections.
  const source = deps.connect({
    registry: job.source.registry,
    repository: job.repositoryPath,
    credentials: job.source.credentials,
    access: 'pull',
  });
  try {
    return await Promise.all(job.resolutions.map((resolution) => replicateTo(resolution, job, source, deps)));
  } finally {
    source.close();
  }
}

async function replicateTo(
  resolution: ReplicaResolution,
  job: ReplicationJob,
  source: RegistryClient,
  deps: ReplicationDeps,
): Promise<ReplicaOutcome> {
  const region = resolution.target.region.id;
  const registry = resolution.target.registry;
  const log = (line: string) => deps.log(`${region}: ${line}`);
  try {
    if ('failure' in resolution) throw resolution.failure;
    const { access } = resolution;
    // Immutable tags decide before the first byte is written in this region.
    const conflicts = access.existingTags
      ? immutableConflicts(job.tagNames, access.existingTags, job.digest)
      : [];
    if (conflicts.length > 0) {
      throw new ActionError(immutableRefusal(region, conflicts, access.existingTags!, job.digest));
    }
    const login = regionLogin(access, job, deps.now, log);
    const target = deps.connect({ registry, repository: job.repositoryPath, credentials: login.credentials });
    try {
      log(`copying ${job.digest} from ${job.source.registry} to ${registry}`);
      const report = await inStep('push', async () => {
        await login.refreshIfOld();
        return copyWithRenewal(
          () => deps.copy(source, target, job.digest, job.tagNames, { retries: job.retries - 1, log }),
          login,
        );
      });
      await inStep('push', () => verify(target, job, report));
      log(`holds ${job.digest} under ${job.tagNames.join(', ')}: every tag answers it there`);
      return {
        region,
        registry,
        image: `${registry}/${job.repositoryPath}@${job.digest}`,
        copied: {
          blobsUploaded: report.blobsUploaded,
          bytesUploaded: report.bytesUploaded,
          blobsPresent: report.blobsPresent,
          tagsPut: report.tagsPut,
          tagsPresent: report.tagsPresent,
        },
      };
    } finally {
      target.close();
    }
  } catch (error) {
    // The advice of the step it failed in, with the cause's first line.
    const failure = explainFailure(error, 'push');
    log(`does not hold the image: ${failure.replace(/\s*\n\s*/g, ' ')}`);
    return { region, registry, failure };
  }
}

/** Every tag, asked of the region itself, must answer the digest the primary holds. */
async function verify(target: RegistryClient, job: ReplicationJob, report: CopyReport): Promise<void> {
  if (report.digest !== job.digest) {
    throw new ActionError(
      `the registry stored ${report.digest} for ${job.digest}; the copy is not the same image`,
    );
  }
  const answers = new Map(
    await Promise.all(
      job.tagNames.map(
        async (tag) =>
          [
            tag,
            (
              await withRetries(() => target.headManifest(tag), {
                attempts: job.retries,
                initialDelayMs: 1000,
                isRetryable: (error) => error instanceof RegistryApiError && error.transient,
              })
            )?.digest,
          ] as const,
      ),
    ),
  );
  const mismatches = tagMismatches(answers, job.digest);
  if (mismatches.length > 0) throw new ActionError(mismatchMessage(mismatches, job.digest));
}

interface RegionLogin {
  credentials: () => RegistryCredentials;
  /** A registry token that will not outlast the copy is replaced before it starts. */
  refreshIfOld(): Promise<void>;
  /** After a refusal (401): a fresh registry token, once; false when nothing could change. */
  renew(): Promise<boolean>;
}

/**
 * How the run logs in to one region: the auth token as everywhere, or that region's own registry
 * token (a registry token is good only in the region that issued it), kept in memory only. A token
 * is renewed by the run's own rules (registry-login.ts: near its expiry before the copy, once after
 * a 401); "logging in" only hands the fresh token to this region's client.
 */
function regionLogin(
  access: ReplicaAccess,
  job: ReplicationJob,
  now: () => number,
  log: (line: string) => void,
): RegionLogin {
  if (job.authToken) {
    return { credentials: job.authToken, refreshIfOld: async () => {}, renew: async () => false };
  }
  const { registryToken, issueRegistryToken } = access;
  if (!registryToken || !issueRegistryToken) {
    throw new ActionError(
      `no registry token for ${access.target.region.id}: the run has no OCI API credential`,
    );
  }
  let password = registryToken.token;
  const login = registryLogin(
    { kind: 'registry-token', issued: registryToken, issue: issueRegistryToken },
    {
      login: async (fresh) => {
        password = fresh;
      },
      now,
      log,
    },
  );
  return {
    credentials: () => ({ username: BEARER_USERNAME, password }),
    refreshIfOld: () => login.refreshBeforePush(),
    renew: () => login.renewAfterRefusal(),
  };
}

/** The copy, and once more after a refused login was renewed: what is there already is not copied again. */
async function copyWithRenewal(copy: () => Promise<CopyReport>, login: RegionLogin): Promise<CopyReport> {
  try {
    return await copy();
  } catch (error) {
    if (error instanceof RegistryApiError && error.unauthorized && (await login.renew())) return copy();
    throw error;
  }
}
