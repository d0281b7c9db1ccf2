/**
 * Signing through the real OCI SDK against the emulator (request signatures verified): the image found
 * by digest, the CLI-format message signed by the Vault key, the signature stored and checked by the
 * emulator with the key's public half.
 */
import { constants, verify } from 'node:crypto';
import { ArtifactsClient } from 'oci-artifacts';
import { KmsCryptoClient } from 'oci-keymanagement';
import { connectOci, type OciClient } from '../../src/oci/client.js';
import { signatureMessage } from '../../src/oci/signature-message.js';
import { signPushedImage, type SignImageRequest } from '../../src/oci/signing.js';
import { startEmulator, type Emulator } from '../../test-support/emulator.js';
import type { VaultKeyRecord } from '../../test-support/emulator/kms.js';
import { createTestKey, ocid } from '../../test-support/keys.js';

const apiKey = createTestKey();
const tenancy = ocid.tenancy();
const compartment = ocid.compartment();
const user = { id: ocid.user(), name: 'joao.silva' };
const digest = `sha256:${'4e'.repeat(32)}`;

let emulator: Emulator;
let vaultKey: VaultKeyRecord;
let oci: OciClient;

beforeAll(async () => {
  emulator = await startEmulator({
    tenancy,
    namespace: 'grxmw2a9myyj',
    users: [{ ...user, fingerprint: apiKey.fingerprint, publicKeyPem: apiKey.publicKeyPem }],
  });
  emulator.addRepository({ displayName: 'project-x/api', compartmentId: compartment });
  emulator.addImage({ repositoryName: 'project-x/api', digest, versions: ['1.2.3'] });
  emulator.addImage({ repositoryName: 'project-x/api', versions: ['1.2.2'] });
  vaultKey = emulator.kms.createKey({ compartmentId: compartment });
  oci = connectOci({
    apiKey: { tenancy, user: user.id, fingerprint: apiKey.fingerprint, privateKey: apiKey.privateKeyPem },
    regionId: 'sa-saopaulo-1',
    baseUrl: emulator.url,
  });
});
afterAll(() => emulator.close());
beforeEach(() => {
  emulator.requests.length = 0;
});

function request(overrides: Partial<SignImageRequest> = {}): SignImageRequest {
  return {
    regionId: 'sa-saopaulo-1',
    repositoryName: 'project-x/api',
    digest,
    keyId: vaultKey.keyId,
    keyVersionId: vaultKey.keyVersionId,
    ...overrides,
  };
}

function verifiesWithPublicKey(message: string, signature: string): boolean {
  return verify(
    'sha256',
    Buffer.from(message, 'base64'),
    {
      key: vaultKey.publicKeyPem,
      padding: constants.RSA_PKCS1_PSS_PADDING,
      saltLength: constants.RSA_PSS_SALTLEN_AUTO,
    },
    Buffer.from(signature, 'base64'),
  );
}

it('signs the pushed image: found by digest, signed by KMS, stored and verified by the registry', async () => {
  const signed = await signPushedImage(
    oci,
    request({ description: 'Release 1.2.3', metadata: '{"run":"42"}' }),
  );

  const image = emulator.images().find((candidate) => candidate.digest === digest)!;
  const stored = emulator.imageSignatures();
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({
    id: signed.id,
    imageId: image.id,
    compartmentId: compartment,
    kmsKeyId: vaultKey.keyId,
    kmsKeyVersionId: vaultKey.keyVersionId,
    signingAlgorithm: 'SHA_256_RSA_PKCS_PSS',
    message: signed.message,
  });
  expect(signed.message).toBe(
    signatureMessage({
      description: 'Release 1.2.3',
      imageDigest: digest,
      kmsKeyId: vaultKey.keyId,
      kmsKeyVersionId: vaultKey.keyVersionId,
      metadata: '{"run":"42"}',
      region: 'sa-saopaulo-1',
      repositoryName: 'project-x/api',
      signingAlgorithm: 'SHA_256_RSA_PKCS_PSS',
    }),
  );
  expect(verifiesWithPublicKey(stored[0]!.message, stored[0]!.signature)).toBe(true);

  const calls = emulator.requests.map((r) => `${r.method} ${r.path} ${r.status}`);
  expect(calls).toEqual([
    'GET /20160918/container/images 200',
    'POST /20180608/sign 200',
    'POST /20160918/container/imageSignatures 200',
  ]);
  expect(emulator.requests[0]?.query).toMatchObject({ imageDigest: digest, repositoryName: 'project-x/api' });
  expect(emulator.requests[1]?.body).toMatchObject({ messageType: 'RAW', message: signed.message });

  // The signature is listed on the image, as the console and `get-verify` find it.
  const artifacts = oci.service(ArtifactsClient);
  const listed = await artifacts.listContainerImageSignatures({
    compartmentId: tenancy,
    compartmentIdInSubtree: true,
    repositoryName: 'project-x/api',
    imageDigest: digest,
  });
  expect(listed.containerImageSignatureCollection.items.map((item) => item.id)).toContain(signed.id);
});

it('finds the crypto endpoint from a vault OCID', async () => {
  await signPushedImage(
    oci,
    request({ cryptoEndpoint: vaultKey.vaultId, algorithm: 'SHA_512_RSA_PKCS_PSS' }),
  );
  expect(emulator.requests.map((r) => `${r.method} ${r.path}`)).toContain(
    `GET /20180608/vaults/${vaultKey.vaultId}`,
  );
  expect(emulator.imageSignatures().at(-1)?.signingAlgorithm).toBe('SHA_512_RSA_PKCS_PSS');
});

it('the registry rejects a message changed after signing, and a message naming another image', async () => {
  const artifacts = oci.service(ArtifactsClient);
  const crypto = oci.serviceAt(KmsCryptoClient, vaultKey.cryptoEndpoint);
  const image = emulator.images().find((candidate) => candidate.digest === digest)!;
  const fields = {
    imageDigest: digest,
    kmsKeyId: vaultKey.keyId,
    kmsKeyVersionId: vaultKey.keyVersionId,
    region: 'sa-saopaulo-1',
    repositoryName: 'project-x/api',
    signingAlgorithm: 'SHA_256_RSA_PKCS_PSS' as const,
  };
  const sign = async (message: string) =>
    (
      await oci.call(() =>
        crypto.sign({
          signDataDetails: {
            message,
            keyId: vaultKey.keyId,
            keyVersionId: vaultKey.keyVersionId,
            signingAlgorithm: 'SHA_256_RSA_PKCS_PSS' as never,
          },
        }),
      )
    ).signedData.signature;
  const upload = (message: string, signature: string) =>
    oci.call(() =>
      artifacts.createContainerImageSignature({
        createContainerImageSignatureDetails: {
          compartmentId: compartment,
          imageId: image.id,
          kmsKeyId: vaultKey.keyId,
          kmsKeyVersionId: vaultKey.keyVersionId,
          message,
          signature,
          signingAlgorithm: 'SHA_256_RSA_PKCS_PSS' as never,
        },
      }),
    );
  const before = emulator.imageSignatures().length;

  const signature = await sign(signatureMessage({ ...fields, description: 'approved' }));
  await expect(
    upload(signatureMessage({ ...fields, description: 'tampered' }), signature),
  ).rejects.toMatchObject({
    statusCode: 400,
    message: expect.stringMatching(/does not verify/),
  });

  const otherDigest = signatureMessage({ ...fields, imageDigest: `sha256:${'00'.repeat(32)}` });
  await expect(upload(otherDigest, await sign(otherDigest))).rejects.toMatchObject({
    statusCode: 400,
    message: expect.stringMatching(/imageDigest/),
  });
  expect(emulator.imageSignatures()).toHaveLength(before);
});

it('a key the API key may not use fails with the policy statement to add', async () => {
  const stranger = `ocid1.key.oc1.sa-saopaulo-1.bzzzzzzzzzzzz.${'z'.repeat(60)}`;
  const failure = signPushedImage(oci, request({ keyId: stranger }));
  await expect(failure).rejects.toThrow(
    `Allow group <your-group> to use keys in compartment id <key's compartment OCID> where target.key.id = '${stranger}'`,
  );
  await expect(failure).rejects.toThrow(/Cause: 404 NotAuthorizedOrNotFound/);
  expect(emulator.imageSignatures().some((record) => record.kmsKeyId === stranger)).toBe(false);
});

it('an image the Artifacts API does not list fails without signing anything', async () => {
  await expect(
    signPushedImage(oci, request({ digest: `sha256:${'ab'.repeat(32)}`, imageLookupTimeoutMs: 0 })),
  ).rejects.toThrow(/no image project-x\/api@sha256:abab.* is listed/);
  expect(emulator.requests.map((r) => r.path)).not.toContain('/20180608/sign');
});
