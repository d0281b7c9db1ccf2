/**
 * Minimal X.509 certificates made with Node's crypto and a small DER writer: what the instance
 * metadata service hands an OCI instance (a leaf whose subject names `opc-tenant:<tenancy>` and
 * `opc-instance:<id>`, signed by an intermediate). OCIDs exceed the 64-character limit tools such as
 * openssl enforce on subject attributes, which real instance certificates do not respect either.
 */
import { createSign, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';

export interface IssuedCertificate {
  certificatePem: string;
  privateKey: KeyObject;
  privateKeyPem: string;
}

/** A self-signed CA (the intermediate the metadata service serves). */
export function createCertificateAuthority(commonName: string): IssuedCertificate {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const name = [['2.5.4.3', commonName]] as const;
  return issued(
    certificate({ subject: name, issuer: name, publicKey, signer: privateKey, ca: true }),
    privateKey,
  );
}

/** A leaf certificate for `subject` (attribute OID → value, in order), signed by `ca`. */
export function createLeafCertificate(
  subject: ReadonlyArray<readonly [string, string]>,
  ca: IssuedCertificate & { subject: ReadonlyArray<readonly [string, string]> },
): IssuedCertificate {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return issued(
    certificate({ subject, issuer: ca.subject, publicKey, signer: ca.privateKey, ca: false }),
    privateKey,
  );
}

export const OID = { commonName: '2.5.4.3', organizationalUnit: '2.5.4.11' } as const;

function issued(der: Buffer, privateKey: KeyObject): IssuedCertificate {
  const base64 = der
    .toString('base64')
    .replace(/(.{64})/g, '$1\n')
    .trim();
  return {
    certificatePem: `-----BEGIN CERTIFICATE-----\n${base64}\n-----END CERTIFICATE-----\n`,
    privateKey,
    privateKeyPem: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
  };
}

function certificate(options: {
  subject: ReadonlyArray<readonly [string, string]>;
  issuer: ReadonlyArray<readonly [string, string]>;
  publicKey: KeyObject;
  signer: KeyObject;
  ca: boolean;
}): Buffer {
  const sha256WithRsa = sequence(oid('1.2.840.113549.1.1.11'), tlv(0x05, Buffer.alloc(0)));
  const now = Date.now();
  const tbs = sequence(
    tlv(0xa0, integer(Buffer.from([2]))), // v3
    integer(Buffer.concat([Buffer.from([0x01]), randomBytes(8)])),
    sha256WithRsa,
    name(options.issuer),
    sequence(time(new Date(now - 3600_000)), time(new Date(now + 2 * 86_400_000))),
    name(options.subject),
    options.publicKey.export({ type: 'spki', format: 'der' }),
    ...(options.ca
      ? [
          tlv(
            0xa3,
            sequence(
              sequence(
                oid('2.5.29.19'),
                tlv(0x01, Buffer.from([0xff])),
                tlv(0x04, sequence(tlv(0x01, Buffer.from([0xff])))),
              ),
            ),
          ),
        ]
      : []),
  );
  const signature = createSign('RSA-SHA256').update(tbs).sign(options.signer);
  return sequence(tbs, sha256WithRsa, tlv(0x03, Buffer.concat([Buffer.from([0]), signature])));
}

function name(attributes: ReadonlyArray<readonly [string, string]>): Buffer {
  return sequence(
    ...attributes.map(([type, value]) =>
      tlv(0x31, sequence(oid(type), tlv(0x0c, Buffer.from(value, 'utf8')))),
    ),
  );
}

function time(date: Date): Buffer {
  const text = date.toISOString().replace(/[-:T]/g, '').slice(2, 14) + 'Z';
  return tlv(0x17, Buffer.from(text, 'ascii'));
}

function integer(bytes: Buffer): Buffer {
  return tlv(0x02, bytes[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes);
}

function oid(text: string): Buffer {
  const [first, second, ...rest] = text.split('.').map(Number);
  const bytes = [first! * 40 + second!];
  for (const part of rest) {
    const chunk: number[] = [part & 0x7f];
    for (let value = part >> 7; value > 0; value >>= 7) chunk.unshift((value & 0x7f) | 0x80);
    bytes.push(...chunk);
  }
  return tlv(0x06, Buffer.from(bytes));
}

function sequence(...items: Buffer[]): Buffer {
  return tlv(0x30, Buffer.concat(items));
}

function tlv(tag: number, content: Buffer): Buffer {
  const length = content.length;
  const header =
    length < 0x80
      ? Buffer.from([tag, length])
      : length < 0x100
        ? Buffer.from([tag, 0x81, length])
        : Buffer.from([tag, 0x82, length >> 8, length & 0xff]);
  return Buffer.concat([header, content]);
}
