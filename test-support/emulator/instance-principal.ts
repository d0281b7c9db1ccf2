/**
 * The instance-principal path, served beside the API when the emulator is given an `instance`:
 *   GET  /opc/v2/instance/region, /opc/v2/identity/{cert,key,intermediate}.pem   the metadata service;
 *        header `Authorization: Bearer Oracle` required (else 401), as IMDS v2 wants
 *   POST /v1/x509   the auth service's federation: signed with keyId `<tenancy>/fed-x509/<SHA-1 of the
 *        certificate>` and the certificate's key; body {certificate, publicKey, intermediateCertificates,
 *        purpose} (base64 DER without PEM lines); the certificate must be this instance's, signed by the
 *        intermediate → {token}: a session token for the instance that binds `publicKey`
 * Without an `instance`, these paths are not answered here (the API's 404).
 */
import { createHash, X509Certificate } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { InstanceIdentity } from '../instance-identity.js';
import type { Reply } from './routes.js';
import type { SessionTokenAuthority } from './session-tokens.js';
import { verifyRequestSignature } from './signature.js';

const METADATA =
  /^\/opc\/v2\/(instance\/region|identity\/cert\.pem|identity\/key\.pem|identity\/intermediate\.pem)$/;

export interface InstanceRequest {
  method: string;
  path: string;
  target: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** The answer when the request is for the metadata service or the federation endpoint; else undefined. */
export function instancePrincipalReply(
  request: InstanceRequest,
  instance: InstanceIdentity | undefined,
  sessionTokens: SessionTokenAuthority,
  now: Date,
): Reply | undefined {
  const metadata = METADATA.exec(request.path);
  if (!instance || (!metadata && request.path !== '/v1/x509')) return undefined;
  if (metadata) {
    if (request.method !== 'GET')
      return { status: 405, body: { code: 'MethodNotAllowed', message: 'GET only.' } };
    if (request.headers.authorization !== 'Bearer Oracle') {
      return {
        status: 401,
        body: { code: 'NotAuthenticated', message: 'Authorization: Bearer Oracle is required.' },
      };
    }
    const text = {
      'instance/region': instance.region,
      'identity/cert.pem': instance.certificatePem,
      'identity/key.pem': instance.privateKeyPem,
      'identity/intermediate.pem': instance.intermediatePem,
    }[metadata[1]!]!;
    return { status: 200, text };
  }
  if (request.method !== 'POST')
    return { status: 405, body: { code: 'MethodNotAllowed', message: 'POST only.' } };
  const refuse = (message: string): Reply => ({ status: 401, body: { code: 'NotAuthenticated', message } });
  const certificate = new X509Certificate(instance.certificatePem);
  const fingerprint = createHash('sha1').update(certificate.raw).digest('hex');
  const verification = verifyRequestSignature(
    { method: request.method, target: request.target, headers: request.headers, body: request.body },
    (keyId) => {
      const [tenancy, kind, given] = keyId.split('/');
      return tenancy === instance.tenancy &&
        kind === 'fed-x509' &&
        given?.replace(/:/g, '').toLowerCase() === fingerprint
        ? certificate.publicKey.export({ type: 'spki', format: 'pem' }).toString()
        : undefined;
    },
    now,
  );
  if (!verification.ok) return refuse(verification.reason);
  let body: { certificate?: unknown; publicKey?: unknown; intermediateCertificates?: unknown };
  try {
    body = JSON.parse(request.body.toString('utf8')) as typeof body;
  } catch {
    return { status: 400, body: { code: 'InvalidParameter', message: 'The body is not JSON.' } };
  }
  const sent =
    typeof body.certificate === 'string' ? Buffer.from(body.certificate, 'base64') : Buffer.alloc(0);
  if (!sent.equals(certificate.raw)) return refuse('The certificate is not the one that signed the request.');
  const intermediates = Array.isArray(body.intermediateCertificates) ? body.intermediateCertificates : [];
  const chained = intermediates.some((entry) => {
    if (typeof entry !== 'string') return false;
    const intermediate = new X509Certificate(Buffer.from(entry, 'base64'));
    return (
      certificate.verify(intermediate.publicKey) &&
      intermediate.raw.equals(new X509Certificate(instance.intermediatePem).raw)
    );
  });
  if (!chained) return refuse('The certificate is not signed by a trusted intermediate.');
  if (typeof body.publicKey !== 'string' || body.publicKey === '') {
    return { status: 400, body: { code: 'InvalidParameter', message: 'publicKey is required.' } };
  }
  try {
    const token = sessionTokens.issue({ subject: instance.id, publicKey: body.publicKey, ptype: 'instance' });
    return { status: 200, body: { token } };
  } catch {
    return { status: 400, body: { code: 'InvalidParameter', message: 'publicKey is not a public key.' } };
  }
}
