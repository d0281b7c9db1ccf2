/**
 * The impure edge of region resolution: reads the two places where the OCI SDKs learn about
 * regions newer than their built-in table, then hands them to the pure `resolveRegion`.
 */
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { Env } from '../common/constants.js';
import { resolveRegion, type Region } from './region.js';

export interface RegionSources {
  /** Env `OCI_REGION_METADATA`: one JSON object. */
  regionMetadata?: string;
  /** `~/.oci/regions-config.json`: a JSON array of the same objects. */
  regionsConfig?: string;
}

export function readRegionSources(
  env: Record<string, string | undefined> = process.env,
  home: string = homedir(),
): RegionSources {
  const regionMetadata = env[Env.RegionMetadata];
  const regionsConfig = readIfPresent(join(home, '.oci', 'regions-config.json'));
  return {
    ...(regionMetadata ? { regionMetadata } : {}),
    ...(regionsConfig !== undefined ? { regionsConfig } : {}),
  };
}

/** `resolveRegion` with the metadata sources of this machine, as the OCI CLI and SDKs would see them. */
export function regionFromEnvironment(
  value: string,
  env: Record<string, string | undefined> = process.env,
  home: string = homedir(),
): Region {
  const sources = readRegionSources(env, home);
  return resolveRegion(value, sources.regionMetadata, sources.regionsConfig);
}

function readIfPresent(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
