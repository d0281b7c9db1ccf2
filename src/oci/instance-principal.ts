/**
 * A self-hosted runner on an OCI instance signs as the instance: oci-common's instance-principals
 * provider reads the instance metadata service (region, certificate, intermediate, key) and
 * federates at the auth service for a session token, renewing it itself. Nothing is stored.
 *
 * `baseUrl` (env OCI_API_BASE_URL, the local world of the tests) also stands in for the metadata
 * service (`<base>/opc/v2/`) and the federation endpoint (`<base>/v1/x509`). Loaded by dynamic import.
 */
import * as common from 'oci-common';
import { ActionError, messageOf } from '../common/errors.js';
import { sessionClaims, type OciSession } from './session.js';

const ADVICE =
  'oci-auth: instance-principal works only on a runner that is an OCI compute instance, whose instance ' +
  "metadata service (169.254.169.254) is reachable, and the instance must match a dynamic group's rule (README, Instance principal).";

export async function openInstancePrincipalSession(options: {
  tenancy?: string;
  baseUrl?: string;
  log: (message: string) => void;
}): Promise<OciSession> {
  const builder = new common.InstancePrincipalsAuthenticationDetailsProviderBuilder();
  if (options.baseUrl) {
    const base = options.baseUrl.replace(/\/+$/, '');
    builder.metadataBaseUrl = `${base}/opc/v2/`;
    builder.federationEndpoint = base;
  }
  options.log('Instance principal: reading the instance metadata service and federating for a session token');
  let keyId: string;
  let provider: common.AuthenticationDetailsProvider;
  try {
    provider = await builder.build();
    // Federate now, so a refusal is reported at sign-in, not as the first lookup's failure.
    keyId = await provider.getKeyId();
  } catch (error) {
    throw new ActionError(`Instance principal sign-in failed: ${oneLine(messageOf(error))}. ${ADVICE}`);
  }
  const claims = sessionClaims(keyId.replace(/^ST\$/, ''));
  const tenancy = options.tenancy ?? builder.tenancyId ?? claims?.tenant;
  if (!tenancy)
    throw new ActionError(`Instance principal sign-in: the instance certificate names no tenancy. ${ADVICE}`);
  const principal = claims?.sub ?? 'the instance';
  options.log(`Signed in as instance ${principal}`);
  return { kind: 'instance-principal', tenancy, principal, signer: provider };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
