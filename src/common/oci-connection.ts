/**
 * How every action connects to the OCI API: the API key, the region, the endpoint override of the
 * local world (env OCI_API_BASE_URL, unset in real runs) and the SDK's chatter sent to the debug log.
 * Call it right before the dynamic import of an SDK module: it also quiets the deprecation warnings
 * the SDK's dependencies print (punycode, url.parse), which no user can act on.
 */
import * as core from '@actions/core';
import { Env } from './constants.js';
import type { ApiKey } from './inputs.js';

export interface OciConnection {
  apiKey: ApiKey;
  regionId: string;
  baseUrl?: string;
  log: (message: string) => void;
}

export function ociConnection(apiKey: ApiKey, regionId: string): OciConnection {
  process.noDeprecation = true;
  const baseUrl = process.env[Env.ApiBaseUrl];
  return { apiKey, regionId, ...(baseUrl ? { baseUrl } : {}), log: core.debug };
}
