import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  sessionClaims
} from "./chunk-E4VHYFBO.js";
import {
  require_oci_common
} from "./chunk-HQHPRU6P.js";
import "./chunk-ZRR2EDCD.js";
import {
  ActionError,
  messageOf
} from "./chunk-6YBALY5C.js";
import {
  __toESM
} from "./chunk-OQV333LO.js";

// src/oci/instance-principal.ts
var common = __toESM(require_oci_common(), 1);
var ADVICE = "oci-auth: instance-principal works only on a runner that is an OCI compute instance, whose instance metadata service (169.254.169.254) is reachable, and the instance must match a dynamic group's rule (README, Instance principal).";
async function openInstancePrincipalSession(options) {
  const builder = new common.InstancePrincipalsAuthenticationDetailsProviderBuilder();
  if (options.baseUrl) {
    const base = options.baseUrl.replace(/\/+$/, "");
    builder.metadataBaseUrl = `${base}/opc/v2/`;
    builder.federationEndpoint = base;
  }
  options.log("Instance principal: reading the instance metadata service and federating for a session token");
  let keyId;
  let provider;
  try {
    provider = await builder.build();
    keyId = await provider.getKeyId();
  } catch (error) {
    throw new ActionError(`Instance principal sign-in failed: ${oneLine(messageOf(error))}. ${ADVICE}`);
  }
  const claims = sessionClaims(keyId.replace(/^ST\$/, ""));
  const tenancy = options.tenancy ?? builder.tenancyId ?? claims?.tenant;
  if (!tenancy)
    throw new ActionError(`Instance principal sign-in: the instance certificate names no tenancy. ${ADVICE}`);
  const principal = claims?.sub ?? "the instance";
  options.log(`Signed in as instance ${principal}`);
  return { kind: "instance-principal", tenancy, principal, signer: provider };
}
function oneLine(text) {
  return text.replace(/\s+/g, " ").trim();
}
export {
  openInstancePrincipalSession
};
