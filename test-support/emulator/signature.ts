/**
 * Verification of OCI request signatures (draft-cavage HTTP signatures, as OCI profiles them):
 *   authorization: Signature version="1",keyId="<tenancy>/<user>/<fingerprint>",algorithm="rsa-sha256",
 *                  headers="x-date (request-target) host …",signature="<base64>"
 * or, with a session token, `keyId="ST$<token>"` and the key the token binds.
 * Pure: the caller supplies the request as received, the key lookup and the clock.
 */
import { createHash, verify } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export interface ReceivedRequest {
  method: string;
  /** Path and query exactly as sent (`req.url`): the signature covers the raw form. */
  target: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export type Verification = { ok: true; keyId: string } | { ok: false; keyId?: string; reason: string };

/**
 * Public key PEM for a keyId; undefined when no such key is registered; `{refused}` when the keyId is
 * a session token that cannot be used (expired, forged), with a reason that never quotes the token.
 */
export type PublicKeyLookup = (keyId: string) => string | { refused: string } | undefined;

const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;
const ALWAYS_SIGNED = ['(request-target)', 'host'];
const METHODS_WITH_BODY = ['POST', 'PUT', 'PATCH'];
const BODY_SIGNED = ['content-length', 'content-type', 'x-content-sha256'];

export function verifyRequestSignature(
  request: ReceivedRequest,
  lookupPublicKey: PublicKeyLookup,
  now: Date,
): Verification {
  const authorization = headerValue(request.headers, 'authorization');
  if (authorization === undefined) return { ok: false, reason: 'The authorization header is missing.' };
  const params = parseSignatureHeader(authorization);
  if (params === undefined) return { ok: false, reason: 'The authorization header is not an OCI signature.' };

  const keyId = params.get('keyId');
  const fail = (reason: string): Verification => ({ ok: false, keyId, reason });
  const signature = params.get('signature');
  const signedList = params.get('headers');
  if (keyId === undefined || signature === undefined || signedList === undefined) {
    return fail('The signature lacks keyId, headers or signature.');
  }
  if ((params.get('version') ?? '1') !== '1') return fail('Unsupported signature version.');
  if (params.get('algorithm')?.toLowerCase() !== 'rsa-sha256')
    return fail('The algorithm must be rsa-sha256.');

  const signed = signedList.toLowerCase().split(/\s+/).filter(Boolean);
  const required = METHODS_WITH_BODY.includes(request.method.toUpperCase())
    ? [...ALWAYS_SIGNED, ...BODY_SIGNED]
    : ALWAYS_SIGNED;
  const unsigned = required.filter((name) => !signed.includes(name));
  if (unsigned.length > 0) return fail(`Required headers are not signed: ${unsigned.join(', ')}.`);

  const dateHeader = signed.includes('x-date') ? 'x-date' : signed.includes('date') ? 'date' : undefined;
  if (dateHeader === undefined) return fail('Neither x-date nor date is signed.');
  const signedAt = Date.parse(headerValue(request.headers, dateHeader) ?? '');
  if (Number.isNaN(signedAt)) return fail(`The ${dateHeader} header is missing or not a date.`);
  if (Math.abs(now.getTime() - signedAt) > MAX_CLOCK_SKEW_MS) {
    return fail(`The ${dateHeader} header is more than 5 minutes away from the server clock.`);
  }

  if (signed.includes('x-content-sha256')) {
    const digest = createHash('sha256').update(request.body).digest('base64');
    if (headerValue(request.headers, 'x-content-sha256') !== digest) {
      return fail('x-content-sha256 does not match the body.');
    }
  }
  if (signed.includes('content-length')) {
    if (headerValue(request.headers, 'content-length') !== String(request.body.length)) {
      return fail('content-length does not match the body.');
    }
  }

  const signingString = buildSigningString(signed, request);
  if (typeof signingString !== 'string') return fail(`Signed header ${signingString.missing} is missing.`);

  const publicKeyPem = lookupPublicKey(keyId);
  if (typeof publicKeyPem === 'object') return fail(publicKeyPem.refused);
  if (publicKeyPem === undefined)
    return fail(keyId.startsWith('ST$') ? 'Unknown session token.' : `Unknown keyId ${keyId}.`);

  const valid = verify('sha256', Buffer.from(signingString), publicKeyPem, Buffer.from(signature, 'base64'));
  return valid ? { ok: true, keyId } : fail('The signature does not verify with the key of this keyId.');
}

/** `Signature a="1",b="2"` → Map {a → 1, b → 2}; undefined when it is not a Signature header. */
export function parseSignatureHeader(authorization: string): Map<string, string> | undefined {
  const match = /^Signature\s+(.+)$/i.exec(authorization.trim());
  if (!match?.[1]) return undefined;
  const params = new Map<string, string>();
  for (const pair of match[1].matchAll(/([A-Za-z]+)="([^"]*)"/g)) {
    if (pair[1] !== undefined && pair[2] !== undefined) params.set(pair[1], pair[2]);
  }
  return params.size > 0 ? params : undefined;
}

/** One `name: value` line per signed header, in the signed order; `(request-target)` is `<method> <path?query>`. */
export function buildSigningString(signed: string[], request: ReceivedRequest): string | { missing: string } {
  const lines: string[] = [];
  for (const name of signed) {
    if (name === '(request-target)') {
      lines.push(`(request-target): ${request.method.toLowerCase()} ${request.target}`);
      continue;
    }
    const value = headerValue(request.headers, name);
    if (value === undefined) return { missing: name };
    lines.push(`${name}: ${value}`);
  }
  return lines.join('\n');
}

function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}
