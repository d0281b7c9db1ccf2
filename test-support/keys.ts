/**
 * Test credentials made at run time: an RSA API signing key in the PEM flavours users paste into
 * secrets, its OCI fingerprint, and fake but well-formed OCIDs. Nothing here is ever written to disk.
 *
 *   const key = createTestKey();
 *   key.privateKeyPem               // "-----BEGIN PRIVATE KEY-----"            (PKCS#8, console download)
 *   key.encryptedPrivateKeyPem      // "-----BEGIN ENCRYPTED PRIVATE KEY-----"  (PKCS#8 + key.passphrase)
 *   key.encryptedPkcs1PrivateKeyPem // "-----BEGIN RSA PRIVATE KEY-----" + Proc-Type (`oci setup keys`)
 *   key.publicKeyPem, key.fingerprint  // what the emulator registers for the user
 *   ocid.tenancy(), ocid.user(), ocid.compartment(), ocid.of('containerrepo', 'sa-saopaulo-1')
 */
import { createHash, createPublicKey, generateKeyPairSync, randomBytes } from 'node:crypto';

export interface TestKey {
  /** Unencrypted PKCS#8 PEM. */
  privateKeyPem: string;
  /** The same key as encrypted PKCS#8 (PBES2, AES-256-CBC) under `passphrase`. */
  encryptedPrivateKeyPem: string;
  /** The same key as a traditional OpenSSL PKCS#1 PEM with `Proc-Type: 4,ENCRYPTED`, under `passphrase`. */
  encryptedPkcs1PrivateKeyPem: string;
  /** Random per key; it never leaves the process. */
  passphrase: string;
  /** SubjectPublicKeyInfo PEM, as uploaded to the OCI console. */
  publicKeyPem: string;
  /** OCI fingerprint: MD5 of the DER public key, `aa:bb:...`. */
  fingerprint: string;
}

/** A fresh 2048-bit RSA key pair (about 50-200 ms: create it once per test file). */
export function createTestKey(): TestKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const passphrase = randomBytes(12).toString('hex');
  const publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    encryptedPrivateKeyPem: privateKey
      .export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase })
      .toString(),
    encryptedPkcs1PrivateKeyPem: privateKey
      .export({ type: 'pkcs1', format: 'pem', cipher: 'aes-256-cbc', passphrase })
      .toString(),
    passphrase,
    publicKeyPem,
    fingerprint: ociFingerprint(publicKeyPem),
  };
}

/** The fingerprint OCI shows for an API key: MD5 of the DER SubjectPublicKeyInfo, colon-separated lower-case hex. */
export function ociFingerprint(publicKeyPem: string): string {
  const der = createPublicKey(publicKeyPem).export({ type: 'spki', format: 'der' });
  const hex = createHash('md5').update(der).digest('hex');
  return hex.match(/../g)?.join(':') ?? hex;
}

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

/** The 60-character unique part of an OCID (`aaaaaaaa` + 52 base32 characters). */
function uniqueId(): string {
  const bytes = randomBytes(52);
  let id = 'aaaaaaaa';
  for (const byte of bytes) id += BASE32[byte % 32];
  return id;
}

/** Fake but well-formed OCIDs: `ocid1.<type>.oc1.<region>.<unique>` (region empty for global resources). */
export const ocid = {
  of(type: string, region = '', realm = 'oc1'): string {
    return `ocid1.${type}.${realm}.${region}.${uniqueId()}`;
  },
  tenancy(): string {
    return ocid.of('tenancy');
  },
  user(): string {
    return ocid.of('user');
  },
  compartment(): string {
    return ocid.of('compartment');
  },
};
