/**
 * Artifacts container image signatures (`/20160918/container/imageSignatures`): create, list, get.
 * A create is accepted only when it is what `oci artifacts container image-signature sign-upload`
 * would upload: the base64 `message` decodes to the CLI's compact ASCII JSON (its eight fields in its
 * order) naming this image's digest and repository, this region, and the body's key, key version and
 * algorithm; and `signature` verifies over the decoded message with the key version's public half.
 */
import { constants, randomBytes, verify } from 'node:crypto';
import { invalidParameter, notFound } from './errors.js';
import type { KmsState } from './kms.js';
import {
  booleanQuery,
  objectBody,
  ok,
  pageReply,
  param,
  requiredQuery,
  requiredString,
  type ExtraRoute,
} from './request-fields.js';
import type { TenancyState } from './state.js';
import type { ImageRecord } from './types.js';

export interface ImageSignatureRecord {
  id: string;
  compartmentId: string;
  imageId: string;
  kmsKeyId: string;
  kmsKeyVersionId: string;
  /** Base64 of the signed JSON, as uploaded. */
  message: string;
  /** Base64 signature, as uploaded. */
  signature: string;
  signingAlgorithm: string;
  displayName: string;
  createdBy: string;
  /** ISO 8601. */
  timeCreated: string;
  lifecycleState: 'AVAILABLE';
}

/** The CLI's message dict, in its order (artifacts_cli_extended.py, sign_and_upload_…). */
const MESSAGE_FIELDS = [
  'description',
  'imageDigest',
  'kmsKeyId',
  'kmsKeyVersionId',
  'metadata',
  'region',
  'repositoryName',
  'signingAlgorithm',
];
const HASHES: Record<string, string> = {
  SHA_224_RSA_PKCS_PSS: 'sha224',
  SHA_256_RSA_PKCS_PSS: 'sha256',
  SHA_384_RSA_PKCS_PSS: 'sha384',
  SHA_512_RSA_PKCS_PSS: 'sha512',
};

export class ImageSignatureState {
  private readonly list: ImageSignatureRecord[] = [];

  private readonly tenancy: TenancyState;
  private readonly kms: KmsState;
  private readonly region: string;

  constructor(tenancy: TenancyState, kms: KmsState, region: string) {
    this.tenancy = tenancy;
    this.kms = kms;
    this.region = region;
  }

  create(body: unknown, callerId: string): ImageSignatureRecord {
    const details = objectBody(body);
    const field = (name: string) => requiredString(details, name);
    const image = this.tenancy.getImage(field('imageId'));
    if (field('compartmentId') !== image.compartmentId) {
      throw invalidParameter(
        `compartmentId must be the compartment of the image's repository (${image.compartmentId}).`,
      );
    }
    const algorithm = field('signingAlgorithm');
    const hash = HASHES[algorithm];
    if (hash === undefined) {
      throw invalidParameter(`signingAlgorithm must be one of ${Object.keys(HASHES).join(', ')}.`);
    }
    const signed = Buffer.from(field('message'), 'base64');
    checkCliMessage(signed, {
      imageDigest: image.digest,
      kmsKeyId: field('kmsKeyId'),
      kmsKeyVersionId: field('kmsKeyVersionId'),
      region: this.region,
      repositoryName: image.repositoryName,
      signingAlgorithm: algorithm,
    });
    const publicKey = this.kms.publicKeyOf(field('kmsKeyId'), field('kmsKeyVersionId'));
    if (publicKey === undefined) {
      throw invalidParameter('kmsKeyId/kmsKeyVersionId name no key version of this tenancy.');
    }
    const valid = verify(
      hash,
      signed,
      {
        key: publicKey,
        padding: constants.RSA_PKCS1_PSS_PADDING,
        saltLength: constants.RSA_PSS_SALTLEN_AUTO,
      },
      Buffer.from(field('signature'), 'base64'),
    );
    if (!valid)
      throw invalidParameter('The signature does not verify over the message with the key version.');
    const record: ImageSignatureRecord = {
      id: `ocid1.containerimagesignature.oc1.${this.region}.${randomBytes(30).toString('hex')}`,
      compartmentId: image.compartmentId,
      imageId: image.id,
      kmsKeyId: field('kmsKeyId'),
      kmsKeyVersionId: field('kmsKeyVersionId'),
      message: field('message'),
      signature: field('signature'),
      signingAlgorithm: algorithm,
      displayName: `${image.repositoryName}@${image.digest}`,
      createdBy: callerId,
      timeCreated: this.tenancy.now().toISOString(),
      lifecycleState: 'AVAILABLE',
    };
    this.list.push(record);
    return record;
  }

  get(id: string): ImageSignatureRecord {
    const found = this.list.find((record) => record.id === id);
    if (found === undefined) throw notFound(`Container image signature ${id}`);
    return found;
  }

  /** Signatures of live images matching the list filters, newest first. */
  query(query: URLSearchParams): ImageSignatureRecord[] {
    const compartmentId = requiredQuery(query, 'compartmentId');
    const inSubtree = booleanQuery(query, 'compartmentIdInSubtree') ?? false;
    if (inSubtree && compartmentId !== this.tenancy.tenancy) {
      throw invalidParameter(
        'compartmentIdInSubtree can only be true when compartmentId is the tenancy OCID.',
      );
    }
    const images = new Map<string, ImageRecord>(this.tenancy.images().map((image) => [image.id, image]));
    const wanted = (name: string, actual: string | undefined) => {
      const value = query.get(name);
      return value === null || value === actual;
    };
    return this.list
      .filter((record) => {
        const image = images.get(record.imageId);
        return (
          image !== undefined &&
          (inSubtree || record.compartmentId === compartmentId) &&
          wanted('imageId', record.imageId) &&
          wanted('repositoryId', image.repositoryId) &&
          wanted('repositoryName', image.repositoryName) &&
          wanted('imageDigest', image.digest) &&
          wanted('displayName', record.displayName) &&
          wanted('kmsKeyId', record.kmsKeyId) &&
          wanted('kmsKeyVersionId', record.kmsKeyVersionId) &&
          wanted('signingAlgorithm', record.signingAlgorithm)
        );
      })
      .reverse();
  }

  all(): ImageSignatureRecord[] {
    return structuredClone(this.list);
  }
}

/**
 * The decoded message must be byte for byte what Python's `json.dumps(message, separators=(',', ':'))`
 * prints for these values: printable ASCII only (ensure_ascii), the eight fields in order, all
 * strings, no whitespace between tokens.
 */
function checkCliMessage(signed: Buffer, expected: Record<string, string>): void {
  const text = signed.toString('latin1');
  if (!/^[\x20-\x7e]*$/.test(text)) {
    throw invalidParameter('The message is not the CLI format: non-ASCII bytes (Python escapes them).');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw invalidParameter('The message is not base64 of a JSON object.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw invalidParameter('The message is not base64 of a JSON object.');
  }
  const message = parsed as Record<string, unknown>;
  if (Object.keys(message).join(',') !== MESSAGE_FIELDS.join(',')) {
    throw invalidParameter(`The message's fields must be, in order: ${MESSAGE_FIELDS.join(', ')}.`);
  }
  if (Object.values(message).some((value) => typeof value !== 'string')) {
    throw invalidParameter("The message's fields must all be strings.");
  }
  const reprinted = JSON.stringify(message).replace(
    /[^\x20-\x7e]/g,
    (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  if (reprinted !== text) throw invalidParameter('The message is not compact JSON as the CLI prints it.');
  for (const [name, value] of Object.entries(expected)) {
    if (message[name] !== value) {
      throw invalidParameter(`The message's ${name} is '${String(message[name])}', expected '${value}'.`);
    }
  }
}

function signatureView(record: ImageSignatureRecord): Record<string, unknown> {
  return { ...record, freeformTags: {}, definedTags: {}, systemTags: {} };
}

export const IMAGE_SIGNATURE_ROUTES: ExtraRoute[] = [
  {
    method: 'POST',
    pattern: /^\/20160918\/container\/imageSignatures$/,
    handle: ({ state, body, callerId }) => ok(signatureView(state.imageSignatures.create(body, callerId))),
  },
  {
    method: 'GET',
    pattern: /^\/20160918\/container\/imageSignatures$/,
    handle: (context) =>
      pageReply(context.state.imageSignatures.query(context.query).map(signatureView), context, true),
  },
  {
    method: 'GET',
    pattern: /^\/20160918\/container\/imageSignatures\/(?<imageSignatureId>[^/]+)$/,
    handle: ({ state, params }) =>
      ok(signatureView(state.imageSignatures.get(param(params, 'imageSignatureId')))),
  },
];
