/**
 * The signed message against messages built by following the OCI CLI's code literally
 * (oracle/oci-cli services/artifacts/src/oci_cli_artifacts/artifacts_cli_extended.py,
 * `sign_and_upload_container_image_signature_metadata`):
 *
 *   if description is None: description = ""
 *   if metadata is None: metadata = ""  (else json.loads(metadata) only validates it)
 *   message = {"description": description, "imageDigest": container_image_metadata.digest,
 *              "kmsKeyId": kms_key_id, "kmsKeyVersionId": kms_key_version_id, "metadata": metadata,
 *              "region": region_name, "repositoryName": container_image_metadata.repository_name,
 *              "signingAlgorithm": signing_algorithm}
 *   json_string = json.dumps(message, separators=(',', ':'))
 *   encoded_json = base64.b64encode(json_string.encode()).decode()
 *
 * The expected strings below are what that Python code prints for these inputs.
 */
import {
  cryptoEndpointFromKeyId,
  parseSigningAlgorithm,
  signatureMessage,
  signatureMessageBytes,
  signatureMessageJson,
  signMetadataProblem,
} from '../../src/oci/signature-message.js';

const digest = 'sha256:6c3c624b58dbbcd3c0dd82b4c53f04194d1247c6eebdaab7c610cf7d66709b3b';
const kmsKeyId =
  'ocid1.key.oc1.sa-saopaulo-1.bbqehaq3aafaa.abtxkljrqexampleexampleexampleexampleexampleexampleexamplea';
const kmsKeyVersionId =
  'ocid1.keyversion.oc1.sa-saopaulo-1.bbqehaq3aafaa.abtxkljrexampleexampleexampleexampleexampleexampleexamplev';

describe('signatureMessage', () => {
  it('1. description and metadata given: compact JSON in the CLI order, metadata embedded as its text', () => {
    const fields = {
      description: 'Release 1.2.3',
      imageDigest: digest,
      kmsKeyId,
      kmsKeyVersionId,
      metadata: '{"buildNumber":"123"}',
      region: 'sa-saopaulo-1',
      repositoryName: 'project-x/api',
      signingAlgorithm: 'SHA_256_RSA_PKCS_PSS' as const,
    };
    expect(signatureMessageJson(fields)).toBe(
      `{"description":"Release 1.2.3","imageDigest":"${digest}","kmsKeyId":"${kmsKeyId}","kmsKeyVersionId":"${kmsKeyVersionId}","metadata":"{\\"buildNumber\\":\\"123\\"}","region":"sa-saopaulo-1","repositoryName":"project-x/api","signingAlgorithm":"SHA_256_RSA_PKCS_PSS"}`,
    );
    expect(signatureMessage(fields)).toBe(
      'eyJkZXNjcmlwdGlvbiI6IlJlbGVhc2UgMS4yLjMiLCJpbWFnZURpZ2VzdCI6InNoYTI1Njo2YzNjNjI0YjU4ZGJiY2QzYzBkZDgyYjRjNTNmMDQxOTRkMTI0N2M2ZWViZGFhYjdjNjEwY2Y3ZDY2NzA5YjNiIiwia21zS2V5SWQiOiJvY2lkMS5rZXkub2MxLnNhLXNhb3BhdWxvLTEuYmJxZWhhcTNhYWZhYS5hYnR4a2xqcnFleGFtcGxlZXhhbXBsZWV4YW1wbGVleGFtcGxlZXhhbXBsZWV4YW1wbGVleGFtcGxlYSIsImttc0tleVZlcnNpb25JZCI6Im9jaWQxLmtleXZlcnNpb24ub2MxLnNhLXNhb3BhdWxvLTEuYmJxZWhhcTNhYWZhYS5hYnR4a2xqcmV4YW1wbGVleGFtcGxlZXhhbXBsZWV4YW1wbGVleGFtcGxlZXhhbXBsZWV4YW1wbGV2IiwibWV0YWRhdGEiOiJ7XCJidWlsZE51bWJlclwiOlwiMTIzXCJ9IiwicmVnaW9uIjoic2Etc2FvcGF1bG8tMSIsInJlcG9zaXRvcnlOYW1lIjoicHJvamVjdC14L2FwaSIsInNpZ25pbmdBbGdvcml0aG0iOiJTSEFfMjU2X1JTQV9QS0NTX1BTUyJ9',
    );
  });

  it('2. no description, no metadata: both are empty strings, not left out', () => {
    expect(
      signatureMessage({
        imageDigest: digest,
        kmsKeyId,
        kmsKeyVersionId,
        region: 'us-ashburn-1',
        repositoryName: 'team/web',
        signingAlgorithm: 'SHA_512_RSA_PKCS_PSS',
      }),
    ).toBe(
      'eyJkZXNjcmlwdGlvbiI6IiIsImltYWdlRGlnZXN0Ijoic2hhMjU2OjZjM2M2MjRiNThkYmJjZDNjMGRkODJiNGM1M2YwNDE5NGQxMjQ3YzZlZWJkYWFiN2M2MTBjZjdkNjY3MDliM2IiLCJrbXNLZXlJZCI6Im9jaWQxLmtleS5vYzEuc2Etc2FvcGF1bG8tMS5iYnFlaGFxM2FhZmFhLmFidHhrbGpycWV4YW1wbGVleGFtcGxlZXhhbXBsZWV4YW1wbGVleGFtcGxlZXhhbXBsZWV4YW1wbGVhIiwia21zS2V5VmVyc2lvbklkIjoib2NpZDEua2V5dmVyc2lvbi5vYzEuc2Etc2FvcGF1bG8tMS5iYnFlaGFxM2FhZmFhLmFidHhrbGpyZXhhbXBsZWV4YW1wbGVleGFtcGxlZXhhbXBsZWV4YW1wbGVleGFtcGxlZXhhbXBsZXYiLCJtZXRhZGF0YSI6IiIsInJlZ2lvbiI6InVzLWFzaGJ1cm4tMSIsInJlcG9zaXRvcnlOYW1lIjoidGVhbS93ZWIiLCJzaWduaW5nQWxnb3JpdGhtIjoiU0hBXzUxMl9SU0FfUEtDU19QU1MifQ==',
    );
  });

  it("3. non-ASCII text is escaped as Python's ensure_ascii does (lower-case hex, surrogate pairs, DEL)", () => {
    const fields = {
      description: 'Versão ✓ 😀\t"q"\x7f',
      imageDigest: digest,
      kmsKeyId,
      kmsKeyVersionId,
      metadata: '{"a": "é"}',
      region: 'sa-saopaulo-1',
      repositoryName: 'project-x/api',
      signingAlgorithm: 'SHA_256_RSA_PKCS_PSS' as const,
    };
    expect(signatureMessageJson(fields)).toBe(
      `{"description":"Vers\\u00e3o \\u2713 \\ud83d\\ude00\\t\\"q\\"\\u007f","imageDigest":"${digest}","kmsKeyId":"${kmsKeyId}","kmsKeyVersionId":"${kmsKeyVersionId}","metadata":"{\\"a\\": \\"\\u00e9\\"}","region":"sa-saopaulo-1","repositoryName":"project-x/api","signingAlgorithm":"SHA_256_RSA_PKCS_PSS"}`,
    );
    expect(signatureMessage(fields)).toBe(
      'eyJkZXNjcmlwdGlvbiI6IlZlcnNcdTAwZTNvIFx1MjcxMyBcdWQ4M2RcdWRlMDBcdFwicVwiXHUwMDdmIiwiaW1hZ2VEaWdlc3QiOiJzaGEyNTY6NmMzYzYyNGI1OGRiYmNkM2MwZGQ4MmI0YzUzZjA0MTk0ZDEyNDdjNmVlYmRhYWI3YzYxMGNmN2Q2NjcwOWIzYiIsImttc0tleUlkIjoib2NpZDEua2V5Lm9jMS5zYS1zYW9wYXVsby0xLmJicWVoYXEzYWFmYWEuYWJ0eGtsanJxZXhhbXBsZWV4YW1wbGVleGFtcGxlZXhhbXBsZWV4YW1wbGVleGFtcGxlZXhhbXBsZWEiLCJrbXNLZXlWZXJzaW9uSWQiOiJvY2lkMS5rZXl2ZXJzaW9uLm9jMS5zYS1zYW9wYXVsby0xLmJicWVoYXEzYWFmYWEuYWJ0eGtsanJleGFtcGxlZXhhbXBsZWV4YW1wbGVleGFtcGxlZXhhbXBsZWV4YW1wbGVleGFtcGxldiIsIm1ldGFkYXRhIjoie1wiYVwiOiBcIlx1MDBlOVwifSIsInJlZ2lvbiI6InNhLXNhb3BhdWxvLTEiLCJyZXBvc2l0b3J5TmFtZSI6InByb2plY3QteC9hcGkiLCJzaWduaW5nQWxnb3JpdGhtIjoiU0hBXzI1Nl9SU0FfUEtDU19QU1MifQ==',
    );
    // What KMS counts against its 4096-byte RAW limit: the ASCII JSON, escapes included.
    expect(signatureMessageBytes(fields)).toBe(signatureMessageJson(fields).length);
  });
});

describe('inputs of the message', () => {
  it.each([
    ['SHA_256_RSA_PKCS_PSS', 'SHA_256_RSA_PKCS_PSS'],
    ['sha_384_rsa_pkcs_pss', 'SHA_384_RSA_PKCS_PSS'],
    [' SHA_224_RSA_PKCS_PSS ', 'SHA_224_RSA_PKCS_PSS'],
    ['SHA_256_RSA_PKCS1_V1_5', undefined],
    ['ECDSA_SHA_256', undefined],
  ])('sign-algorithm %j → %j (only the PSS algorithms OCIR accepts)', (text, expected) => {
    expect(parseSigningAlgorithm(text)).toBe(expected);
  });

  it('sign-metadata must parse as JSON, as the CLI checks', () => {
    expect(signMetadataProblem('{"buildNumber":"123"}')).toBeUndefined();
    expect(signMetadataProblem('buildNumber=123')).toMatch(/valid JSON/);
  });

  it.each([
    [
      '60 characters after the vault part',
      `ocid1.key.oc1.sa-saopaulo-1.bbqehaq3aafaa.${'a'.repeat(60)}`,
      true,
    ],
    [
      'more than 60, as the CLI accepts',
      `ocid1.key.oc1.sa-saopaulo-1.bbqehaq3aafaa.${'a1_'.repeat(25)}`,
      true,
    ],
    ['59, too short for the CLI', `ocid1.key.oc1.sa-saopaulo-1.bbqehaq3aafaa.${'a'.repeat(59)}`, false],
    ['no vault part', 'ocid1.key.oc1..short', false],
    ['a key version, not a key', `ocid1.keyversion.oc1.sa-saopaulo-1.bbqehaq3aafaa.${'a'.repeat(60)}`, false],
  ])(
    "derives the crypto endpoint from the key OCID as the CLI's build_vault_crypto_client does: %s",
    (_, key, derives) => {
      expect(cryptoEndpointFromKeyId(key, 'sa-saopaulo-1', 'oraclecloud.com')).toBe(
        derives ? 'https://bbqehaq3aafaa-crypto.kms.sa-saopaulo-1.oraclecloud.com' : undefined,
      );
    },
  );
});
