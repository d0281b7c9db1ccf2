/**
 * How every action connects to the OCI API: the credential (an API key, or the session that keyless
 * sign-in or an instance principal opens), the region, the endpoint override of the local world
 * (env OCI_API_BASE_URL, unset in real runs) and the SDK's chatter sent to the debug log.
 * Call it right before the dynamic import of an SDK module: it also quiets the deprecation warnings
 * the SDK's dependencies print (punycode, url.parse), which no user can act on.
 *
 * A session is opened once per run, however many phases connect: the modules that open one are
 * loaded by dynamic import, only on their path.
 */
import * as core from '@actions/core';
import { Env } from './constants.js';
import type { ApiKey } from './inputs.js';
import type { OciAuth } from './oci-auth.js';
import type { OciSession } from '../oci/session.js';

export interface OciConnection {
  apiKey?: ApiKey;
  session?: OciSession;
  regionId: string;
  baseUrl?: string;
  log: (message: string) => void;
}

const sessions = new WeakMap<OciAuth, Promise<OciSession>>();

export async function ociConnection(auth: OciAuth, regionId: string): Promise<OciConnection> {
  process.noDeprecation = true;
  const baseUrl = apiBaseUrl(process.env[Env.ApiBaseUrl], regionId);
  const place = { regionId, ...(baseUrl ? { baseUrl } : {}), log: core.debug };
  if (auth.kind === 'api-key') return { apiKey: auth.apiKey, ...place };
  let session = sessions.get(auth);
  if (!session) {
    session = openSession(auth, baseUrl);
    sessions.set(auth, session);
  }
  return { session: await session, ...place };
}

/**
 * The endpoint override for one region: `{region}` in it stands for the region identifier, so one
 * local world can keep several regions apart (a repository, an image or a registry token lives in
 * one region, as in OCI). Without the placeholder every region shares the one base URL.
 */
export function apiBaseUrl(template: string | undefined, regionId: string): string | undefined {
  return template?.trim() ? template.trim().replaceAll(REGION_PLACEHOLDER, regionId) : undefined;
}

export const REGION_PLACEHOLDER = '{region}';

async function openSession(auth: Exclude<OciAuth, { kind: 'api-key' }>, baseUrl: string | undefined) {
  if (auth.kind === 'oidc') {
    const { openOidcSession } = await import('../oci/oidc-session.js');
    return openOidcSession(auth.oidc);
  }
  const { openInstancePrincipalSession } = await import('../oci/instance-principal.js');
  return openInstancePrincipalSession({
    ...(auth.tenancy ? { tenancy: auth.tenancy } : {}),
    ...(baseUrl ? { baseUrl } : {}),
    log: core.info,
  });
}
