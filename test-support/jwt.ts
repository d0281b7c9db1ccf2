/**
 * RS256 JSON Web Tokens and JWKS with Node's crypto, for the stand-ins that issue and check them (the
 * GitHub OIDC token service, the identity domain, the OCI auth service). No dependency.
 */
import { createPublicKey, createSign, createVerify, randomBytes, type KeyObject } from 'node:crypto';

export interface Jwk {
  kty: string;
  n: string;
  e: string;
  kid: string;
  alg: 'RS256';
  use: 'sig';
}

export type Claims = Record<string, unknown>;

export function signJwt(claims: Claims, privateKey: KeyObject, kid: string): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const input = `${encode({ alg: 'RS256', typ: 'JWT', kid })}.${encode(claims)}`;
  const signature = createSign('RSA-SHA256').update(input).sign(privateKey).toString('base64url');
  return `${input}.${signature}`;
}

/** The public half of `key` as a JWK with `kid`, as a JWKS lists it. */
export function publicJwk(key: KeyObject, kid: string): Jwk {
  const jwk = createPublicKey(key).export({ format: 'jwk' }) as { kty: string; n: string; e: string };
  return { kty: jwk.kty, n: jwk.n, e: jwk.e, kid, alg: 'RS256', use: 'sig' };
}

export type Decoded = { header: Claims; claims: Claims; input: string; signature: Buffer };

export function decodeJwt(token: string): Decoded | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  try {
    const header = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8')) as Claims;
    const claims = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as Claims;
    return {
      header,
      claims,
      input: `${parts[0]}.${parts[1]}`,
      signature: Buffer.from(parts[2]!, 'base64url'),
    };
  } catch {
    return undefined;
  }
}

/**
 * The token's claims when its RS256 signature verifies with the key of its `kid` among `keys`;
 * otherwise why not. Expiry and the other claims are the caller's to check.
 */
export function verifyJwt(
  token: string,
  keys: readonly Jwk[],
): { ok: true; claims: Claims } | { ok: false; reason: string } {
  const decoded = decodeJwt(token);
  if (!decoded) return { ok: false, reason: 'not a JWT' };
  if (decoded.header.alg !== 'RS256')
    return { ok: false, reason: `unsupported alg ${String(decoded.header.alg)}` };
  const jwk = keys.find((key) => key.kid === decoded.header.kid);
  if (!jwk) return { ok: false, reason: `no key with kid ${String(decoded.header.kid)} in the JWKS` };
  const key = createPublicKey({ key: { kty: jwk.kty, n: jwk.n, e: jwk.e }, format: 'jwk' });
  const valid = createVerify('RSA-SHA256').update(decoded.input).verify(key, decoded.signature);
  return valid ? { ok: true, claims: decoded.claims } : { ok: false, reason: 'signature does not verify' };
}

export function randomKid(): string {
  return randomBytes(8).toString('hex');
}
