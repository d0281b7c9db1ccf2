/**
 * `replicate-to`: the regions that receive the same image as the primary region, digest for digest.
 * Each item is a region identifier or key (`sa-vinhedo-1`, `vcp`), optionally with the registry host
 * that serves it (`sa-vinhedo-1=vcp.ocir.io`), as the `registry` input overrides the primary's.
 * Pure: resolved offline, as the primary region is.
 */
import { SharedInput as Input } from '../common/constants.js';
import { InputError } from '../common/errors.js';
import { parseList } from '../common/inputs.js';
import { registryHost, resolveRegion, type Region } from './region.js';

export interface ReplicaTarget {
  region: Region;
  /** `host[:port]` of the region's registry: derived from the region unless the item names one. */
  registry: string;
}

const EXAMPLE = 'sa-vinhedo-1, or us-phoenix-1=phx.ocir.io';
const HOST = /^[A-Za-z0-9.-]+(?::\d{1,5})?$/;

/**
 * The replica regions in the order given, each once. `primary` is the run's own region: naming it
 * again is an error, since the primary push already puts the image there.
 */
export function parseReplicaRegions(
  value: string,
  primary: Region | undefined,
  regionSources: { regionMetadata?: string; regionsConfig?: string } = {},
): ReplicaTarget[] {
  const targets: ReplicaTarget[] = [];
  for (const item of parseList(value)) {
    const [regionValue = '', host, ...rest] = item.split('=').map((part) => part.trim());
    if (rest.length > 0 || host === '') {
      throw new InputError(
        Input.ReplicateTo,
        `'${item}' is not <region> or <region>=<registry host>`,
        EXAMPLE,
      );
    }
    if (host !== undefined && !HOST.test(host)) {
      throw new InputError(
        Input.ReplicateTo,
        `'${host}' is not a registry host name: give the host alone, without scheme or path`,
        EXAMPLE,
      );
    }
    const region = replicaRegion(regionValue, regionSources);
    if (primary && region.id === primary.id) {
      throw new InputError(
        Input.ReplicateTo,
        `${region.id} is the primary region (input 'region'); list only the other regions`,
        EXAMPLE,
      );
    }
    if (targets.some((target) => target.region.id === region.id)) {
      throw new InputError(Input.ReplicateTo, `${region.id} is listed twice`, EXAMPLE);
    }
    targets.push({ region, registry: host ?? registryHost(region) });
  }
  return targets;
}

/** The region lookup of `region`, with its problems reported under `replicate-to`. */
function replicaRegion(value: string, sources: { regionMetadata?: string; regionsConfig?: string }): Region {
  try {
    return resolveRegion(value, sources.regionMetadata, sources.regionsConfig);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const problem = error.message.replace(/^Input 'region': /, '').replace(/ \(for example: [^)]*\)$/, '');
    throw new InputError(Input.ReplicateTo, problem, EXAMPLE);
  }
}
