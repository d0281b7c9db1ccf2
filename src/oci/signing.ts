/**
 * Signs a pushed image with an OCI Vault key, as `oci artifacts container image-signature
 * sign-upload` does: the image's OCID from the Artifacts API (by repository and digest), the
 * CLI-format message (signature-message.ts) signed RAW by KMS at the vault's crypto endpoint, then an
 * image signature created in the image's compartment. OKE image verification policies, the console
 * and `get-verify` check exactly these signatures.
 *
 * Only reachable through dynamic imports from the entries: loading it loads the SDK.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { ArtifactsClient, models as artifactsModels, requests } from 'oci-artifacts';
import * as common from 'oci-common';
import { KmsCryptoClient, KmsVaultClient, models as kmsModels } from 'oci-keymanagement';
import { ActionError } from '../common/errors.js';
import type { OciClient } from './client.js';
import { causeOf } from './cause.js';
import { statusOf } from './errors.js';
import { findInPages, isGone, PAGE_LIMIT } from './pages.js';
import {
  cryptoEndpointFromKeyId,
  DEFAULT_SIGNING_ALGORITHM,
  KMS_RAW_MESSAGE_LIMIT,
  signatureMessage,
  signatureMessageBytes,
  type SignatureMessageFields,
  type SigningAlgorithm,
} from './signature-message.js';

export interface SignImageRequest {
  /** Region identifier (`sa-saopaulo-1`): written into the message and used to reach the vault. */
  regionId: string;
  /** Repository display name without the namespace (`project-x/api`). */
  repositoryName: string;
  /** The digest pushed (`sha256:…`); for a multi-platform image, the index digest. */
  digest: string;
  /** Input `sign-key`: OCID of the Vault master key (RSA). */
  keyId: string;
  /** Input `sign-key-version`: OCID of the key version to sign with. */
  keyVersionId: string;
  /**
   * Input `sign-crypto-endpoint`: the vault's crypto endpoint URL, or the vault's OCID (its
   * `cryptoEndpoint` is looked up). Absent: derived from the key OCID as the CLI does.
   */
  cryptoEndpoint?: string;
  /** Input `sign-algorithm`. Default SHA_256_RSA_PKCS_PSS. */
  algorithm?: SigningAlgorithm;
  /** Input `sign-description`. */
  description?: string;
  /** Input `sign-metadata`: JSON text, embedded verbatim (validate it with signMetadataProblem). */
  metadata?: string;
  /**
   * How long a just-pushed image may take to show in the Artifacts API before giving up. Default 30 s.
   */
  imageLookupTimeoutMs?: number;
}

export interface ImageSignature {
  /** Output `signature-ocid`. */
  id: string;
  imageId: string;
  compartmentId: string;
  keyId: string;
  keyVersionId: string;
  algorithm: SigningAlgorithm;
  /** The base64 message that was signed (the CLI format). */
  message: string;
}

const DEFAULT_IMAGE_LOOKUP_TIMEOUT_MS = 30_000;
const IMAGE_LOOKUP_FIRST_DELAY_MS = 1_000;
const VAULT_OCID = /^ocid1\.vault\./;
const GROUP = '<your-group>';

/** Signs the image; any failure throws an ActionError that says what to fix (an unsigned release is no success). */
export async function signPushedImage(oci: OciClient, request: SignImageRequest): Promise<ImageSignature> {
  const algorithm = request.algorithm ?? DEFAULT_SIGNING_ALGORITHM;
  const image = await findImageByDigest(oci, request);
  const fields: SignatureMessageFields = {
    description: request.description ?? '',
    imageDigest: image.digest,
    kmsKeyId: request.keyId,
    kmsKeyVersionId: request.keyVersionId,
    metadata: request.metadata ?? '',
    region: request.regionId,
    repositoryName: image.repositoryName,
    signingAlgorithm: algorithm,
  };
  const size = signatureMessageBytes(fields);
  if (size > KMS_RAW_MESSAGE_LIMIT) {
    throw new ActionError(
      `The signature message is ${size} bytes, over the ${KMS_RAW_MESSAGE_LIMIT} bytes KMS signs: shorten 'sign-description' or 'sign-metadata'.`,
    );
  }
  const message = signatureMessage(fields);
  const endpoint = await cryptoEndpoint(oci, request);
  const signature = await signWithKms(oci, endpoint, message, request, algorithm);
  const created = await createSignature(oci, {
    compartmentId: image.compartmentId,
    imageId: image.id,
    kmsKeyId: request.keyId,
    kmsKeyVersionId: request.keyVersionId,
    message,
    signature,
    signingAlgorithm:
      algorithm as unknown as artifactsModels.CreateContainerImageSignatureDetails.SigningAlgorithm,
  });
  return {
    id: created.id,
    imageId: image.id,
    compartmentId: image.compartmentId,
    keyId: request.keyId,
    keyVersionId: request.keyVersionId,
    algorithm,
    message,
  };
}

/**
 * The image of that digest in the repository, tenancy-wide (repository names are unique per tenancy
 * and region). OCIR may list a manifest a moment after the push answered: retried with backoff.
 */
async function findImageByDigest(
  oci: OciClient,
  request: SignImageRequest,
): Promise<artifactsModels.ContainerImageSummary> {
  const artifacts = oci.service(ArtifactsClient);
  const deadline = Date.now() + (request.imageLookupTimeoutMs ?? DEFAULT_IMAGE_LOOKUP_TIMEOUT_MS);
  for (let delay = IMAGE_LOOKUP_FIRST_DELAY_MS; ; delay *= 2) {
    let found: artifactsModels.ContainerImageSummary | undefined;
    try {
      found = await findInPages(
        async (page) => {
          const response = await oci.call(() =>
            artifacts.listContainerImages({
              compartmentId: oci.tenancy,
              compartmentIdInSubtree: true,
              repositoryName: request.repositoryName,
              imageDigest: request.digest,
              sortBy: requests.ListContainerImagesRequest.SortBy.Timecreated,
              sortOrder: requests.ListContainerImagesRequest.SortOrder.Desc,
              limit: PAGE_LIMIT,
              ...(page ? { page } : {}),
            }),
          );
          return { items: response.containerImageCollection.items, nextPage: response.opcNextPage };
        },
        (item) =>
          item.repositoryName === request.repositoryName &&
          item.digest === request.digest &&
          !isGone(item.lifecycleState),
      );
    } catch (error) {
      throw new ActionError(
        `Signing: the pushed image ${request.repositoryName}@${request.digest} could not be looked up. ` +
          `The API key's user needs this IAM policy: "Allow group ${GROUP} to read repos in tenancy". ${causeOf(error)}`,
      );
    }
    if (found) return found;
    if (Date.now() + delay > deadline) break;
    oci.log(
      `Signing: ${request.repositoryName}@${request.digest} is not listed yet; looking again in ${delay / 1000} s`,
    );
    await sleep(delay);
  }
  throw new ActionError(
    `Signing: no image ${request.repositoryName}@${request.digest} is listed by the OCI Artifacts API. ` +
      `Check that the push went to this tenancy's registry in region ${request.regionId}, and that the API key's user may list it ("Allow group ${GROUP} to read repos in tenancy").`,
  );
}

/** The crypto endpoint: given, looked up from a vault OCID, or derived from the key OCID like the CLI. */
async function cryptoEndpoint(oci: OciClient, request: SignImageRequest): Promise<string> {
  const given = request.cryptoEndpoint?.trim();
  if (given && VAULT_OCID.test(given)) {
    const vaults = oci.service(KmsVaultClient);
    try {
      const { vault } = await oci.call(() => vaults.getVault({ vaultId: given }));
      return vault.cryptoEndpoint;
    } catch (error) {
      throw new ActionError(
        `Signing: the vault ${given} ('sign-crypto-endpoint') could not be read to find its crypto endpoint. ` +
          `Give the crypto endpoint URL instead (Vault details page, "Cryptographic Endpoint"), or add "Allow group ${GROUP} to read vaults in compartment id <vault's compartment OCID>". ${causeOf(error)}`,
      );
    }
  }
  if (given) return given.replace(/\/+$/, '');
  const region = common.Region.fromRegionId(request.regionId) as common.Region | undefined;
  const derived = region
    ? cryptoEndpointFromKeyId(request.keyId, request.regionId, region.realm.secondLevelDomain)
    : undefined;
  if (!derived) {
    throw new ActionError(
      `Signing: the crypto endpoint of the key ${request.keyId} cannot be derived from its OCID: set 'sign-crypto-endpoint' to the vault's crypto endpoint URL (e.g. https://<vault>-crypto.kms.${request.regionId}.oraclecloud.com) or to the vault's OCID.`,
    );
  }
  return derived;
}

async function signWithKms(
  oci: OciClient,
  endpoint: string,
  message: string,
  request: SignImageRequest,
  algorithm: SigningAlgorithm,
): Promise<string> {
  const crypto = oci.serviceAt(KmsCryptoClient, endpoint);
  try {
    const { signedData } = await oci.call(() =>
      crypto.sign({
        signDataDetails: {
          message,
          keyId: request.keyId,
          keyVersionId: request.keyVersionId,
          signingAlgorithm: algorithm as unknown as kmsModels.SignDataDetails.SigningAlgorithm,
          // The CLI signs the message itself, not a digest of it.
          messageType: kmsModels.SignDataDetails.MessageType.Raw,
        },
      }),
    );
    return signedData.signature;
  } catch (error) {
    const status = statusOf(error);
    const advice =
      status === 400
        ? `Check that 'sign-key' is an RSA key, that 'sign-key-version' (${request.keyVersionId}) is an enabled version of it, and that 'sign-algorithm' ${algorithm} suits it.`
        : `The API key's user needs: "Allow group ${GROUP} to use keys in compartment id <key's compartment OCID> where target.key.id = '${request.keyId}'"; check also that ${endpoint} is the crypto endpoint of the key's vault ('sign-crypto-endpoint').`;
    throw new ActionError(
      `Signing: KMS refused to sign with key ${request.keyId}. ${advice} ${causeOf(error)}`,
    );
  }
}

async function createSignature(
  oci: OciClient,
  details: artifactsModels.CreateContainerImageSignatureDetails,
): Promise<artifactsModels.ContainerImageSignature> {
  const artifacts = oci.service(ArtifactsClient);
  try {
    const { containerImageSignature } = await oci.call(() =>
      artifacts.createContainerImageSignature({ createContainerImageSignatureDetails: details }),
    );
    return containerImageSignature;
  } catch (error) {
    const advice =
      statusOf(error) === 400
        ? 'OCIR found the signature or its message invalid.'
        : `The API key's user needs: "Allow group ${GROUP} to manage repos in compartment id ${details.compartmentId}".`;
    throw new ActionError(
      `Signing: the image was signed by KMS but OCIR refused to store the signature. ${advice} ${causeOf(error)}`,
    );
  }
}

/** `Cause: 404 NotAuthorizedOrNotFound: …` from an OciError, or the message of anything else. */
