/**
 * Regions and realms, resolved offline and without the OCI SDK (start-up cost: an auth-token run
 * never loads it). The built-in table is a checked snapshot of oci-common's; regions newer than it
 * are registered from the same sources, with the same rules, as the OCI SDKs use.
 */
import { Env, SharedInput as Input } from '../common/constants.js';
import { InputError } from '../common/errors.js';
import { REALM_DOMAINS, REGIONS } from './region-table.js';

export interface Region {
  /** Region identifier, e.g. `sa-saopaulo-1`. */
  id: string;
  /** Region key, lower case, e.g. `gru`. */
  key: string;
  /** Realm id, e.g. `oc1`. */
  realm: string;
  /** Second-level domain of the realm's endpoints, e.g. `oraclecloud.com`. */
  domain: string;
}

/** One region as described by `OCI_REGION_METADATA` or an entry of `~/.oci/regions-config.json`. */
export interface RegionMetadata {
  realmKey: string;
  realmDomainComponent: string;
  regionKey: string;
  regionIdentifier: string;
}

const EXAMPLE = 'sa-saopaulo-1 or gru';
const METADATA_EXAMPLE =
  '{"realmKey":"oc1","realmDomainComponent":"oraclecloud.com","regionKey":"<key>","regionIdentifier":"<region id>"}';

/** The SDKs trim and lower-case every region and realm name (Region.register, Realm.register). */
const normalise = (value: string) => value.trim().toLowerCase();

const BUILT_IN: readonly Region[] = Object.entries(REGIONS).map(([id, { key, realm }]) => ({
  id,
  key,
  realm,
  domain: REALM_DOMAINS[realm] ?? '',
}));

/**
 * Finds a region by identifier (`sa-saopaulo-1`) or key (`gru`, `GRU`), in any realm.
 * Lookup order as in oci-common: the built-in table, then `regionsConfig` (the contents of
 * `~/.oci/regions-config.json`, a JSON array), then `regionMetadata` (env `OCI_REGION_METADATA`,
 * one JSON object). Throws an InputError naming `region` when no source knows the value.
 */
export function resolveRegion(value: string, regionMetadata?: string, regionsConfig?: string): Region {
  const wanted = normalise(value);
  if (wanted === '') throw new InputError(Input.Region, 'is empty', EXAMPLE);

  const extra = registeredRegions(regionsConfig, regionMetadata);
  const known = [...BUILT_IN, ...extra.regions];
  const found = known.find((region) => region.id === wanted) ?? known.find((region) => region.key === wanted);
  if (found) return { ...found };

  throw new InputError(
    Input.Region,
    unknownRegionProblem(value.trim(), wanted, known, extra.problems),
    EXAMPLE,
  );
}

/** `<key>.ocir.io` in realm oc1 (the short form users know); `ocir.<id>.oci.<domain>` works in every realm. */
export function registryHost(region: Region): string {
  return region.realm === 'oc1' ? `${region.key}.ocir.io` : `ocir.${region.id}.oci.${region.domain}`;
}

/**
 * Regions described by the config file and the metadata variable, in that order. Entries the SDK
 * would skip (missing keys) or refuse (a known realm or region under another domain) are left out,
 * with a note kept for the error message in case the wanted region is among them.
 */
function registeredRegions(
  regionsConfig: string | undefined,
  regionMetadata: string | undefined,
): { regions: Region[]; problems: string[] } {
  const regions: Region[] = [];
  const problems: string[] = [];
  const realmDomains = new Map(Object.entries(REALM_DOMAINS));
  const register = (source: string, entry: unknown) => {
    const metadata = asRegionMetadata(entry);
    if (!metadata) {
      problems.push(`${source} lacks one of realmKey, realmDomainComponent, regionKey, regionIdentifier`);
      return;
    }
    const region: Region = {
      id: normalise(metadata.regionIdentifier),
      key: normalise(metadata.regionKey),
      realm: normalise(metadata.realmKey),
      domain: normalise(metadata.realmDomainComponent),
    };
    const realmDomain = realmDomains.get(region.realm);
    const sameId = [...BUILT_IN, ...regions].find((known) => known.id === region.id);
    if (realmDomain !== undefined && realmDomain !== region.domain) {
      problems.push(`${source} puts realm ${region.realm} under ${region.domain}, but it is ${realmDomain}`);
    } else if (sameId && sameId.domain !== region.domain) {
      problems.push(`${source} puts region ${region.id} under ${region.domain}, but it is ${sameId.domain}`);
    } else if (!sameId) {
      realmDomains.set(region.realm, region.domain);
      regions.push(region);
    }
  };

  if (regionsConfig !== undefined && regionsConfig.trim() !== '') {
    const parsed = parseJson(regionsConfig);
    if (Array.isArray(parsed))
      parsed.forEach((entry, index) => register(`regions-config.json entry ${index + 1}`, entry));
    else problems.push('~/.oci/regions-config.json is not a JSON array');
  }
  if (regionMetadata !== undefined && regionMetadata.trim() !== '') {
    const parsed = parseJson(regionMetadata);
    if (parsed === undefined) problems.push(`${Env.RegionMetadata} is not valid JSON`);
    else register(Env.RegionMetadata, parsed);
  }
  return { regions, problems };
}

function asRegionMetadata(entry: unknown): RegionMetadata | undefined {
  if (typeof entry !== 'object' || entry === null) return undefined;
  const record = entry as Record<string, unknown>;
  const fields = ['realmKey', 'realmDomainComponent', 'regionKey', 'regionIdentifier'] as const;
  const valid = fields.every((field) => typeof record[field] === 'string' && record[field].trim() !== '');
  return valid ? (record as unknown as RegionMetadata) : undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function unknownRegionProblem(
  value: string,
  wanted: string,
  known: readonly Region[],
  problems: string[],
): string {
  const problem = `'${value}' is not a region identifier or region key known to this action`;
  const ignored = problems.length > 0 ? `; ignored: ${problems.join('; ')}` : '';
  const hostRegion = wanted.endsWith('.ocir.io')
    ? known.find((region) => region.key === wanted.split('.')[0])
    : undefined;
  if (hostRegion)
    return `${problem}: it is the registry host of ${hostRegion.id}, give that as the region${ignored}`;
  const suggestions = similarRegions(wanted, known);
  if (suggestions.length > 0) return `${problem}: did you mean ${orList(suggestions)}?${ignored}`;
  return `${problem}${ignored}; describe a region newer than this action in env ${Env.RegionMetadata}, e.g. ${METADATA_EXAMPLE}`;
}

function orList(items: string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} or ${items.at(-1)}` : (items[0] ?? '');
}

/** Identifiers that contain the value (`saopaulo`, `us-ashburn`) or are a typo or two away from it. */
function similarRegions(wanted: string, known: readonly Region[]): string[] {
  if (wanted.length < 4) return [];
  const squashed = wanted.replace(/[\s_-]+/g, '');
  return known
    .filter(
      (region) => region.id.replace(/-/g, '').includes(squashed) || editDistance(region.id, wanted) <= 2,
    )
    .slice(0, 3)
    .map((region) => region.id);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
