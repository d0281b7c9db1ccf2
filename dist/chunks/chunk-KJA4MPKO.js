import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/oci/signature-message.ts
var SIGNING_ALGORITHMS = [
  "SHA_224_RSA_PKCS_PSS",
  "SHA_256_RSA_PKCS_PSS",
  "SHA_384_RSA_PKCS_PSS",
  "SHA_512_RSA_PKCS_PSS"
];
var DEFAULT_SIGNING_ALGORITHM = "SHA_256_RSA_PKCS_PSS";
var KMS_RAW_MESSAGE_LIMIT = 4096;
function signatureMessageJson(fields) {
  const message = {
    description: fields.description ?? "",
    imageDigest: fields.imageDigest,
    kmsKeyId: fields.kmsKeyId,
    kmsKeyVersionId: fields.kmsKeyVersionId,
    metadata: fields.metadata ?? "",
    region: fields.region,
    repositoryName: fields.repositoryName,
    signingAlgorithm: fields.signingAlgorithm
  };
  return pythonAsciiJson(JSON.stringify(message));
}
function signatureMessage(fields) {
  return Buffer.from(signatureMessageJson(fields), "utf8").toString("base64");
}
function pythonAsciiJson(json) {
  return json.replace(/[^\x20-\x7e]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function parseSigningAlgorithm(text) {
  const upper = text.trim().toUpperCase();
  return SIGNING_ALGORITHMS.find((algorithm) => algorithm === upper);
}
function signMetadataProblem(text) {
  try {
    JSON.parse(text);
    return void 0;
  } catch {
    return 'must be valid JSON, e.g. {"buildNumber":"123"}';
  }
}
function signatureMessageBytes(fields) {
  return Buffer.byteLength(signatureMessageJson(fields), "utf8");
}
function cryptoEndpointFromKeyId(keyId, regionId, secondLevelDomain) {
  const match = /^ocid1\.key\.[\w-]+\.[\w-]+\.([\w-]+)\.\w{60,}$/.exec(keyId);
  return match ? `https://${match[1]}-crypto.kms.${regionId}.${secondLevelDomain}` : void 0;
}

export {
  SIGNING_ALGORITHMS,
  DEFAULT_SIGNING_ALGORITHM,
  KMS_RAW_MESSAGE_LIMIT,
  signatureMessage,
  parseSigningAlgorithm,
  signMetadataProblem,
  signatureMessageBytes,
  cryptoEndpointFromKeyId
};
