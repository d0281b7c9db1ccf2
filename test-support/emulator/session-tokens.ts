/**
 * OCI's session tokens, as the auth service mints them for the identity domain's token exchange (a
 * UPST) and for an instance's federation: a JWT signed by the emulator's own key, whose claims name
 * the principal (`sub`), the tenancy (`tenant`), the principal type (`ptype`), the expiry and the
 * public key the token binds (`jwk`). A request signed with `keyId="ST$<token>"` verifies only with
 * that bound key, and only until `exp`.
 */
import { createPublicKey, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { publicJwk, randomKid, signJwt, verifyJwt, type Jwk } from '../jwt.js';

/** OCI's UPST lifetime (60 minutes): the default of `EmulatorOptions.sessionTokenLifetimeSeconds`. */
export const SESSION_TOKEN_LIFETIME_SECONDS = 3600;

export interface SessionTokenRequest {
  /** The principal: a (service) user OCID, or an instance OCID. */
  subject: string;
  /** The key the token binds: a KeyObject, a PEM, or base64 of the DER SubjectPublicKeyInfo. */
  publicKey: KeyObject | string;
  ptype: 'user' | 'instance';
}

export interface IssuedSessionToken {
  /** The token itself, for tests that check it never leaks. */
  token: string;
  subject: string;
  ptype: 'user' | 'instance';
  /** Seconds since the epoch. */
  expiresAt: number;
}

export type SessionResolution =
  { ok: true; principal: string; publicKeyPem: string } | { ok: false; reason: string };

export class SessionTokenAuthority {
  private readonly key = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  private readonly kid = randomKid();
  private readonly jwks: Jwk[];
  private readonly log: IssuedSessionToken[] = [];
  lifetimeSeconds: number;

  private readonly tenancy: string;
  private readonly now: () => Date;

  constructor(tenancy: string, now: () => Date, lifetimeSeconds = SESSION_TOKEN_LIFETIME_SECONDS) {
    this.tenancy = tenancy;
    this.now = now;
    this.lifetimeSeconds = lifetimeSeconds;
    this.jwks = [publicJwk(this.key, this.kid)];
  }

  issue(request: SessionTokenRequest): string {
    const iat = Math.floor(this.now().getTime() / 1000);
    const exp = iat + this.lifetimeSeconds;
    const bound = publicKeyOf(request.publicKey).export({ format: 'jwk' }) as Record<string, string>;
    const token = signJwt(
      {
        iss: 'authService.oracle.com',
        aud: 'oci',
        sub: request.subject,
        tenant: this.tenancy,
        ptype: request.ptype,
        jwk: JSON.stringify({
          kid: randomKid(),
          kty: bound.kty,
          n: bound.n,
          e: bound.e,
          alg: 'RS256',
          use: 'sig',
        }),
        sess_exp: exp,
        iat,
        exp,
        jti: randomUUID(),
      },
      this.key,
      this.kid,
    );
    this.log.push({ token, subject: request.subject, ptype: request.ptype, expiresAt: exp });
    return token;
  }

  /** The principal and the bound key of `ST$<token>`; a reason that never quotes the token when refused. */
  resolve(token: string): SessionResolution {
    const verified = verifyJwt(token, this.jwks);
    if (!verified.ok) return { ok: false, reason: 'The session token is not valid.' };
    const { claims } = verified;
    if (typeof claims.exp !== 'number' || claims.exp * 1000 <= this.now().getTime()) {
      return { ok: false, reason: 'The session token has expired.' };
    }
    if (claims.tenant !== this.tenancy)
      return { ok: false, reason: 'The session token is for another tenancy.' };
    try {
      const jwk = JSON.parse(String(claims.jwk)) as { kty: string; n: string; e: string };
      const publicKeyPem = createPublicKey({ key: { kty: jwk.kty, n: jwk.n, e: jwk.e }, format: 'jwk' })
        .export({ type: 'spki', format: 'pem' })
        .toString();
      return { ok: true, principal: String(claims.sub), publicKeyPem };
    } catch {
      return { ok: false, reason: 'The session token binds no key.' };
    }
  }

  issued(): IssuedSessionToken[] {
    return structuredClone(this.log);
  }
}

function publicKeyOf(key: KeyObject | string): KeyObject {
  if (typeof key !== 'string') return key.type === 'public' ? key : createPublicKey(key);
  if (key.includes('-----BEGIN')) return createPublicKey(key);
  return createPublicKey({ key: Buffer.from(key, 'base64'), format: 'der', type: 'spki' });
}
