/**
 * `replicate-to`: the regions that receive the pushed image, digest for digest, after the primary
 * push. Read with the target inputs (it needs the primary region); what it cannot be combined with
 * is checked once the build and publish inputs are read.
 */
import { InputError } from '../../common/errors.js';
import { optional } from '../../common/inputs.js';
import { parseReplicaRegions, type ReplicaTarget } from '../../oci/replica-regions.js';
import type { Region } from '../../oci/region.js';
import { Env, Input } from '../constants.js';
import type { InputContext } from './context.js';

/** The replica regions given; undefined when the input is invalid (reported). */
export function readReplicas(
  ctx: InputContext,
  primary: Region | undefined,
  regionsConfig: string | undefined,
): ReplicaTarget[] | undefined {
  const value = optional(ctx.read, Input.ReplicateTo);
  if (value === undefined) return [];
  return ctx.problems.check(() =>
    parseReplicaRegions(value, primary, {
      ...(ctx.env[Env.RegionMetadata] ? { regionMetadata: ctx.env[Env.RegionMetadata] } : {}),
      ...(regionsConfig ? { regionsConfig } : {}),
    }),
  );
}

/**
 * Replication copies the image the run pushed, with its tags: a run that pushes nothing, or pushes
 * one platform by digest for a later merge, has nothing to copy. Said now, not after the build.
 */
export function checkReplicationNeeds(
  ctx: InputContext,
  run: { push: boolean | undefined; pushByDigest: boolean },
): void {
  if (!ctx.given(Input.ReplicateTo)) return;
  if (run.push === false) {
    ctx.problems.add(
      new InputError(
        Input.ReplicateTo,
        'copies the pushed image to other regions, and push: false pushes nothing: remove one of them',
      ),
    );
  } else if (run.pushByDigest) {
    ctx.problems.add(
      new InputError(
        Input.ReplicateTo,
        'copies the finished image with its tags, and push-by-digest pushes one platform for a later merge: ' +
          'set replicate-to on the merge-digests step instead, which copies the index with every platform',
      ),
    );
  }
}
