/**
 * An OCI session: requests signed with `keyId="ST$<session token>"` and the private half of the key
 * the token binds, as oci-common's session-token providers sign them. Made by keyless sign-in
 * (oidc-session.ts) or by an instance principal (instance-principal.ts). No SDK here: the entries
 * import this module's types only.
 */

/** What the SDK's request signer asks of a credential (oci-common's AuthenticationDetailsProvider). */
export interface SessionSigner {
  getKeyId(): Promise<string>;
  getPrivateKey(): string;
  getPassphrase(): string | null;
}

export type SessionKind = 'oidc' | 'instance-principal';

export interface OciSession {
  kind: SessionKind;
  /** The tenancy: from the inputs, else from the session token's claims (or the instance's certificate). */
  tenancy: string;
  /** The principal's OCID: the service user the trust impersonates, or the instance. */
  principal: string;
  signer: SessionSigner;
}

/** The claims of a session token the action reads (a UPST is a JWT). */
export interface SessionClaims {
  /** Seconds since the epoch. */
  exp: number;
  iat?: number;
  sub?: string;
  tenant?: string;
}

/** The claims of a JWT, unverified (the OCI API verifies it); undefined when it is no JWT. */
export function jwtClaims(token: string): Record<string, unknown> | undefined {
  const payload = token.split('.')[1];
  if (token.split('.').length !== 3 || !payload) return undefined;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return typeof claims === 'object' && claims !== null ? (claims as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** What the action needs of a session token's claims; undefined when it lacks an expiry. */
export function sessionClaims(token: string): SessionClaims | undefined {
  const claims = jwtClaims(token);
  if (!claims || typeof claims.exp !== 'number') return undefined;
  const text = (key: string) => (typeof claims[key] === 'string' ? claims[key] : undefined);
  const tenant = text('tenant') ?? text('res_tenant') ?? text('opc-tenant');
  const sub = text('sub');
  return {
    exp: claims.exp,
    ...(typeof claims.iat === 'number' ? { iat: claims.iat } : {}),
    ...(sub ? { sub } : {}),
    ...(tenant ? { tenant } : {}),
  };
}

/** Renew this long before `exp`: 5 minutes, or a sixth of a shorter lifetime. */
export function renewalMarginSeconds(claims: SessionClaims): number {
  const lifetime = claims.iat !== undefined ? claims.exp - claims.iat : 3600;
  return Math.min(300, Math.max(lifetime, 0) / 6);
}

/**
 * Why the session token must be renewed before the next request, or undefined while it is good.
 * With `receivedAtMs` (and an `iat`), its age on the runner's clock decides, so a runner whose clock
 * is off from OCI's neither renews on every request nor misses the expiry.
 */
export function renewalReason(
  claims: SessionClaims,
  nowMs: number,
  receivedAtMs?: number,
): string | undefined {
  const left =
    receivedAtMs !== undefined && claims.iat !== undefined
      ? claims.exp - claims.iat - (nowMs - receivedAtMs) / 1000
      : claims.exp - nowMs / 1000;
  if (left > renewalMarginSeconds(claims)) return undefined;
  const at = new Date(claims.exp * 1000).toISOString().slice(11, 19);
  return left <= 0
    ? `The OCI session token expired at ${at} UTC`
    : `The OCI session token expires in ${Math.round(left)} s (${at} UTC)`;
}
