/**
 * OCI Vault (KMS) as image signing uses it: RSA master keys that tests create (the emulator holds the
 * private half), the vault's `cryptoEndpoint` (KmsVaultClient getVault), and the crypto API's
 * `sign`/`verify` (KmsCryptoClient: `POST /20180608/sign`, `POST /20180608/verify`, the paths the SDK
 * appends to the crypto endpoint). RSA-PSS signs with a salt as long as the hash; RAW messages only,
 * at most 4096 bytes, as KMS.
 */
import {
  constants,
  createPublicKey,
  generateKeyPairSync,
  randomBytes,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { ApiError, invalidParameter, notFound } from './errors.js';
import { objectBody, ok, optionalString, param, requiredString, type ExtraRoute } from './request-fields.js';

/** What a test learns of a key it created: everything but the private half. */
export interface VaultKeyRecord {
  keyId: string;
  keyVersionId: string;
  vaultId: string;
  compartmentId: string;
  /** `https://<vault>-crypto.kms.<region>.oraclecloud.com`, as getVault answers. */
  cryptoEndpoint: string;
  managementEndpoint: string;
  /** SPKI PEM of the key version: what a verifier checks signatures with. */
  publicKeyPem: string;
}

export interface NewVaultKey {
  /** Default: the tenancy. */
  compartmentId?: string;
  /** Default 2048. */
  modulusLength?: number;
}

/** KMS signing algorithms → the hash and padding they mean. */
const RSA_ALGORITHMS: Record<string, { hash: string; padding: number }> = {
  SHA_224_RSA_PKCS_PSS: { hash: 'sha224', padding: constants.RSA_PKCS1_PSS_PADDING },
  SHA_256_RSA_PKCS_PSS: { hash: 'sha256', padding: constants.RSA_PKCS1_PSS_PADDING },
  SHA_384_RSA_PKCS_PSS: { hash: 'sha384', padding: constants.RSA_PKCS1_PSS_PADDING },
  SHA_512_RSA_PKCS_PSS: { hash: 'sha512', padding: constants.RSA_PKCS1_PSS_PADDING },
  SHA_224_RSA_PKCS1_V1_5: { hash: 'sha224', padding: constants.RSA_PKCS1_PADDING },
  SHA_256_RSA_PKCS1_V1_5: { hash: 'sha256', padding: constants.RSA_PKCS1_PADDING },
  SHA_384_RSA_PKCS1_V1_5: { hash: 'sha384', padding: constants.RSA_PKCS1_PADDING },
  SHA_512_RSA_PKCS1_V1_5: { hash: 'sha512', padding: constants.RSA_PKCS1_PADDING },
};
const RAW_MESSAGE_LIMIT = 4096;

interface HeldKey {
  record: VaultKeyRecord;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

export class KmsState {
  private readonly held: HeldKey[] = [];

  private readonly tenancy: string;
  private readonly region: string;
  private readonly now: () => Date;

  constructor(tenancy: string, region: string, now: () => Date) {
    this.tenancy = tenancy;
    this.region = region;
    this.now = now;
  }

  /** A new vault with one RSA key of one version; OCIDs shaped so that the CLI's endpoint derivation works. */
  createKey(seed: NewVaultKey = {}): VaultKeyRecord {
    const vaultExt = `b${lowerAlnum(12)}`;
    const of = (type: string) => `ocid1.${type}.oc1.${this.region}.${vaultExt}.${lowerAlnum(60)}`;
    const { privateKey, publicKey } = generateKeyPairSync('rsa', {
      modulusLength: seed.modulusLength ?? 2048,
    });
    const record: VaultKeyRecord = {
      keyId: of('key'),
      keyVersionId: of('keyversion'),
      vaultId: of('vault'),
      compartmentId: seed.compartmentId ?? this.tenancy,
      cryptoEndpoint: `https://${vaultExt}-crypto.kms.${this.region}.oraclecloud.com`,
      managementEndpoint: `https://${vaultExt}-management.kms.${this.region}.oraclecloud.com`,
      publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    };
    this.held.push({ record, privateKey, publicKey });
    return { ...record };
  }

  keys(): VaultKeyRecord[] {
    return this.held.map(({ record }) => ({ ...record }));
  }

  /** The public half of that key version, or undefined when the pair is unknown. */
  publicKeyOf(keyId: string, keyVersionId: string): KeyObject | undefined {
    const found = this.held.find(
      ({ record }) => record.keyId === keyId && record.keyVersionId === keyVersionId,
    );
    return found === undefined ? undefined : createPublicKey(found.record.publicKeyPem);
  }

  getVault(vaultId: string): Record<string, unknown> {
    const found = this.held.find(({ record }) => record.vaultId === vaultId);
    if (found === undefined) throw notFound(`Vault ${vaultId}`);
    const { record } = found;
    return {
      id: record.vaultId,
      compartmentId: record.compartmentId,
      displayName: 'release-signing',
      cryptoEndpoint: record.cryptoEndpoint,
      managementEndpoint: record.managementEndpoint,
      lifecycleState: 'ACTIVE',
      timeCreated: this.now().toISOString(),
      vaultType: 'DEFAULT',
      wrappingkeyId: record.keyId,
      freeformTags: {},
      definedTags: {},
    };
  }

  sign(body: unknown): Record<string, unknown> {
    const details = objectBody(body);
    const { key, algorithm, data } = this.resolve(details);
    const { hash, padding } = algorithm;
    const signature = sign(hash, data, {
      key: key.privateKey,
      padding,
      saltLength: constants.RSA_PSS_SALTLEN_DIGEST,
    });
    return {
      keyId: key.record.keyId,
      keyVersionId: key.record.keyVersionId,
      signature: signature.toString('base64'),
      signingAlgorithm: requiredString(details, 'signingAlgorithm'),
    };
  }

  verify(body: unknown): Record<string, unknown> {
    const details = objectBody(body);
    const { key, algorithm, data } = this.resolve(details);
    const signature = Buffer.from(requiredString(details, 'signature'), 'base64');
    const isSignatureValid = verify(
      algorithm.hash,
      data,
      { key: key.publicKey, padding: algorithm.padding, saltLength: constants.RSA_PSS_SALTLEN_AUTO },
      signature,
    );
    return { isSignatureValid };
  }

  private resolve(details: Record<string, unknown>): {
    key: HeldKey;
    algorithm: { hash: string; padding: number };
    data: Buffer;
  } {
    const keyId = requiredString(details, 'keyId');
    const keyVersionId = optionalString(details, 'keyVersionId');
    const versions = this.held.filter(({ record }) => record.keyId === keyId);
    if (versions.length === 0) throw notFound(`Key ${keyId}`);
    const key =
      keyVersionId === undefined
        ? versions.at(-1)
        : versions.find(({ record }) => record.keyVersionId === keyVersionId);
    if (key === undefined) throw notFound(`Key version ${keyVersionId ?? ''}`);
    const algorithmName = requiredString(details, 'signingAlgorithm');
    const algorithm = RSA_ALGORITHMS[algorithmName];
    if (algorithm === undefined) {
      throw invalidParameter(`signingAlgorithm ${algorithmName} does not suit an RSA key.`);
    }
    const messageType = optionalString(details, 'messageType') ?? 'RAW';
    if (messageType !== 'RAW') {
      throw new ApiError(
        400,
        'InvalidParameter',
        `The emulator signs RAW messages only, got ${messageType}.`,
      );
    }
    const data = Buffer.from(requiredString(details, 'message'), 'base64');
    if (data.length > RAW_MESSAGE_LIMIT) {
      throw invalidParameter(
        `A RAW message may hold at most ${RAW_MESSAGE_LIMIT} bytes, got ${data.length}.`,
      );
    }
    return { key, algorithm, data };
  }
}

export const KMS_ROUTES: ExtraRoute[] = [
  {
    method: 'GET',
    pattern: /^\/20180608\/vaults\/(?<vaultId>[^/]+)$/,
    handle: ({ state, params }) => ok(state.kms.getVault(param(params, 'vaultId'))),
  },
  { method: 'POST', pattern: /^\/20180608\/sign$/, handle: ({ state, body }) => ok(state.kms.sign(body)) },
  {
    method: 'POST',
    pattern: /^\/20180608\/verify$/,
    handle: ({ state, body }) => ok(state.kms.verify(body)),
  },
];

function lowerAlnum(length: number): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return [...randomBytes(length)].map((byte) => alphabet[byte % alphabet.length]).join('');
}
