/**
 * The message an OCIR image signature carries, byte for byte as the OCI CLI builds it in
 * `oci artifacts container image-signature sign-upload` (oracle/oci-cli,
 * services/artifacts/src/oci_cli_artifacts/artifacts_cli_extended.py,
 * `sign_and_upload_container_image_signature_metadata`). The console, `get-verify` and OKE's image
 * verification read the signatures the CLI makes, so ours must be indistinguishable from them:
 *
 *   message = {"description", "imageDigest", "kmsKeyId", "kmsKeyVersionId", "metadata", "region",
 *              "repositoryName", "signingAlgorithm"}           (this order, every field a string)
 *   json_string = json.dumps(message, separators=(',', ':'))   (compact, ensure_ascii=True)
 *   encoded = base64(json_string.encode())                    (the `message` sent to KMS and OCIR)
 *
 * Pure: no SDK, no I/O.
 */

/** The only algorithms OCIR accepts for image signatures (the CLI's `--signing-algorithm` choices). */
export const SIGNING_ALGORITHMS = [
  'SHA_224_RSA_PKCS_PSS',
  'SHA_256_RSA_PKCS_PSS',
  'SHA_384_RSA_PKCS_PSS',
  'SHA_512_RSA_PKCS_PSS',
] as const;
export type SigningAlgorithm = (typeof SIGNING_ALGORITHMS)[number];
export const DEFAULT_SIGNING_ALGORITHM: SigningAlgorithm = 'SHA_256_RSA_PKCS_PSS';

/** KMS signs a RAW message of at most this many bytes (the decoded message, not its base64). */
export const KMS_RAW_MESSAGE_LIMIT = 4096;

export interface SignatureMessageFields {
  /** Free text shown in the console; the CLI writes "" when none is given. */
  description?: string;
  /** `sha256:…` of the image as OCIR records it (`ContainerImage.digest`). */
  imageDigest: string;
  kmsKeyId: string;
  kmsKeyVersionId: string;
  /**
   * The user's JSON text, verbatim (not re-serialised: the CLI only checks that it parses and then
   * embeds the original string); "" when none is given.
   */
  metadata?: string;
  /** Region identifier as in the CLI config (`sa-saopaulo-1`), not the region key. */
  region: string;
  /** Repository display name without the namespace (`ContainerImage.repositoryName`). */
  repositoryName: string;
  signingAlgorithm: SigningAlgorithm;
}

/** The JSON text that is signed: what Python's `json.dumps(message, separators=(',', ':'))` prints. */
export function signatureMessageJson(fields: SignatureMessageFields): string {
  // Key order is the dict literal's order in the CLI (Python dicts keep insertion order).
  const message = {
    description: fields.description ?? '',
    imageDigest: fields.imageDigest,
    kmsKeyId: fields.kmsKeyId,
    kmsKeyVersionId: fields.kmsKeyVersionId,
    metadata: fields.metadata ?? '',
    region: fields.region,
    repositoryName: fields.repositoryName,
    signingAlgorithm: fields.signingAlgorithm,
  };
  return pythonAsciiJson(JSON.stringify(message));
}

/** The `message` of the signature, as sent to KMS `sign` (RAW) and to `createContainerImageSignature`. */
export function signatureMessage(fields: SignatureMessageFields): string {
  return Buffer.from(signatureMessageJson(fields), 'utf8').toString('base64');
}

/**
 * JSON.stringify and Python's json.dumps agree on compact output except for `ensure_ascii`: Python
 * escapes every character outside printable ASCII as `\uXXXX` (lower-case hex, UTF-16 code units, so
 * astral characters become surrogate pairs, and DEL too), where JSON.stringify leaves them raw.
 * Control characters and lone surrogates JSON.stringify already escapes the same way.
 */
function pythonAsciiJson(json: string): string {
  return json.replace(/[^\x20-\x7e]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `sha_256_rsa_pkcs_pss` → `SHA_256_RSA_PKCS_PSS` (the CLI's choice is case-insensitive); undefined otherwise. */
export function parseSigningAlgorithm(text: string): SigningAlgorithm | undefined {
  const upper = text.trim().toUpperCase();
  return SIGNING_ALGORITHMS.find((algorithm) => algorithm === upper);
}

/**
 * What is wrong with a `sign-metadata` value, or undefined when the CLI would take it. The CLI only
 * requires valid JSON (its help adds: alphanumeric keys, sorted, no whitespace; not enforced).
 */
export function signMetadataProblem(text: string): string | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch {
    return 'must be valid JSON, e.g. {"buildNumber":"123"}';
  }
}

/** Bytes KMS will be asked to sign for these fields (the RAW limit is KMS_RAW_MESSAGE_LIMIT). */
export function signatureMessageBytes(fields: SignatureMessageFields): number {
  return Buffer.byteLength(signatureMessageJson(fields), 'utf8');
}

/**
 * The vault's crypto endpoint as the CLI derives it from the key OCID (`build_vault_crypto_client`):
 * `ocid1.key.<realm>.<region>.<vault ext>.<unique part>` → `https://<vault ext>-crypto.kms.<region>.<domain>`.
 * The CLI's pattern ends in `\w{60}` without an anchor, so a unique part of 60 word characters or more
 * passes; so it does here. Undefined when the OCID does not have that shape.
 */
export function cryptoEndpointFromKeyId(
  keyId: string,
  regionId: string,
  secondLevelDomain: string,
): string | undefined {
  const match = /^ocid1\.key\.[\w-]+\.[\w-]+\.([\w-]+)\.\w{60,}$/.exec(keyId);
  return match ? `https://${match[1]}-crypto.kms.${regionId}.${secondLevelDomain}` : undefined;
}
