/**
 * The release gates after the push: the OCI Vault signature (`sign-*`) and the vulnerability scan
 * gate (`scan-*`), each validated, and what they need (a key version, the API signing key).
 */
import { InputError } from '../../common/errors.js';
import { optional } from '../../common/inputs.js';
import { OCI_API_CREDENTIALS } from '../../common/oci-auth.js';
import {
  DEFAULT_SIGNING_ALGORITHM,
  parseSigningAlgorithm,
  SIGNING_ALGORITHMS,
  signMetadataProblem,
  type SigningAlgorithm,
} from '../../oci/signature-message.js';
import { Input } from '../constants.js';
import { parseScanGate, parseScanTimeout, type ScanGate } from '../scan-gate.js';
import type { InputContext, RunSituation } from './context.js';

// ocid1.<type>.<realm>.<region>.<vault>.<unique id>: Vault keys and versions are regional and name their vault.
const VAULT_RESOURCE_OCID = (type: string) =>
  new RegExp(`^ocid1\\.${type}\\.[a-z0-9]+\\.[a-z0-9-]+\\.[a-z0-9-]+\\.[a-z0-9]+$`);
const KEY_OCID = VAULT_RESOURCE_OCID('key');
const KEY_VERSION_OCID = VAULT_RESOURCE_OCID('keyversion');
const VAULT_OCID = VAULT_RESOURCE_OCID('vault');
const CRYPTO_ENDPOINT = /^https:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?\/?$/;
const SIGN_EXAMPLES = {
  key: 'ocid1.key.oc1.sa-saopaulo-1.bbpsfs3zaacuu.abtxexample',
  keyVersion: 'ocid1.keyversion.oc1.sa-saopaulo-1.bbpsfs3zaacuu.abtxexample',
  cryptoEndpoint: 'https://bbpsfs3zaacuu-crypto.kms.sa-saopaulo-1.oraclecloud.com',
};

export interface ScanGateInputs {
  gate: Exclude<ScanGate, 'none'>;
  /** How long to wait for the scan result (`scan-timeout`). */
  timeoutMs: number;
}

/** The Vault signature of the pushed image (inputs `sign-*`), as oci/signing.ts takes it. */
export interface SignInputs {
  keyId: string;
  keyVersionId: string;
  /** The vault's crypto endpoint URL or the vault's OCID; absent: derived from the key OCID. */
  cryptoEndpoint?: string;
  algorithm: SigningAlgorithm;
  description?: string;
  /** JSON text, embedded verbatim in the signed message. */
  metadata?: string;
}

function validateKeyOcid(value: string): string {
  if (!KEY_OCID.test(value)) {
    const hint = value.startsWith('ocid1.keyversion.')
      ? ': this is a key version; give the key here and the version in sign-key-version'
      : ' (Vault > Master Encryption Keys > the key: OCID)';
    throw new InputError(Input.SignKey, `'${value}' is not a Vault key OCID${hint}`, SIGN_EXAMPLES.key);
  }
  return value;
}

function validateKeyVersionOcid(value: string): string {
  if (!KEY_VERSION_OCID.test(value)) {
    throw new InputError(
      Input.SignKeyVersion,
      `'${value}' is not a Vault key version OCID (the key's Versions list: OCID)`,
      SIGN_EXAMPLES.keyVersion,
    );
  }
  return value;
}

function validateCryptoEndpoint(value: string): string {
  if (!CRYPTO_ENDPOINT.test(value) && !VAULT_OCID.test(value)) {
    throw new InputError(
      Input.SignCryptoEndpoint,
      `'${value}' is neither the vault's crypto endpoint URL (https://…-crypto.kms.…) nor a vault OCID`,
      SIGN_EXAMPLES.cryptoEndpoint,
    );
  }
  return value.replace(/\/+$/, '');
}

function validateSigningAlgorithm(value: string): SigningAlgorithm {
  if (value.trim() === '') return DEFAULT_SIGNING_ALGORITHM;
  const algorithm = parseSigningAlgorithm(value);
  if (!algorithm) {
    throw new InputError(
      Input.SignAlgorithm,
      `expected one of ${SIGNING_ALGORITHMS.join(', ')} (OCIR accepts RSA-PSS signatures only), got '${value}'`,
      DEFAULT_SIGNING_ALGORITHM,
    );
  }
  return algorithm;
}

function validateSignMetadata(value: string): string {
  const problem = signMetadataProblem(value);
  if (problem) throw new InputError(Input.SignMetadata, problem);
  return value;
}

/** The inputs that only mean something with `sign-key` (sign-algorithm has a default, so it is not one). */
const SIGN_COMPANIONS = [
  Input.SignKeyVersion,
  Input.SignCryptoEndpoint,
  Input.SignDescription,
  Input.SignMetadata,
];

export interface GateInputs {
  /** Sign the pushed image with an OCI Vault key; absent without `sign-key`. */
  sign?: SignInputs;
  /** Wait for the image's vulnerability scan and fail at this severity; absent with `scan-gate: none`. */
  scan?: ScanGateInputs;
}

export interface GatesReading {
  /** Absent when invalid (reported). */
  scanGate?: ScanGate;
  validated(): GateInputs;
}

export function readGates(ctx: InputContext): GatesReading {
  const { read, problems, check } = ctx;
  const signKey = check(Input.SignKey, validateKeyOcid);
  const signKeyVersion = check(Input.SignKeyVersion, validateKeyVersionOcid);
  const signCryptoEndpoint = check(Input.SignCryptoEndpoint, validateCryptoEndpoint);
  const signAlgorithm = problems.check(() => validateSigningAlgorithm(read(Input.SignAlgorithm)));
  const signDescription = optional(read, Input.SignDescription);
  const signMetadata = check(Input.SignMetadata, validateSignMetadata);
  const scanGate = problems.check(() => parseScanGate(read(Input.ScanGate)));
  const scanTimeoutMs = problems.check(() => parseScanTimeout(read(Input.ScanTimeout)));
  return {
    ...(scanGate !== undefined ? { scanGate } : {}),
    // Every value below was validated: a failed one has thrown before this is called.
    validated: () => ({
      ...(signKey
        ? {
            sign: {
              keyId: signKey,
              keyVersionId: signKeyVersion!,
              ...(signCryptoEndpoint ? { cryptoEndpoint: signCryptoEndpoint } : {}),
              algorithm: signAlgorithm!,
              ...(signDescription ? { description: signDescription } : {}),
              ...(signMetadata ? { metadata: signMetadata } : {}),
            },
          }
        : {}),
      ...(scanGate && scanGate !== 'none' ? { scan: { gate: scanGate, timeoutMs: scanTimeoutMs! } } : {}),
    }),
  };
}

/** What the gates need: the key for its companions, a key version, and the API key when they run. */
export function checkGatesNeeds(
  ctx: InputContext,
  gates: GatesReading,
  run: { push: boolean | undefined; ociApiGiven: boolean; situation: RunSituation },
): void {
  const { problems, given } = ctx;
  const signKeyGiven = given(Input.SignKey);
  const signCompanions = SIGN_COMPANIONS.filter(given);
  if (!signKeyGiven && signCompanions.length > 0) {
    problems.add(
      new InputError(
        Input.SignKey,
        `is needed by ${signCompanions.join(', ')}: set the Vault key to sign with, or remove them`,
        SIGN_EXAMPLES.key,
      ),
    );
  }
  if (signKeyGiven && !given(Input.SignKeyVersion)) {
    problems.add(
      new InputError(
        Input.SignKeyVersion,
        "is needed with sign-key: the OCID of the key version to sign with (the key's Versions list)",
        SIGN_EXAMPLES.keyVersion,
      ),
    );
  }
  // Signing and the gate call the OCI API after the push. A run that pushes nothing (push: false, or
  // a fork's pull request without secrets) skips them, so it needs no key for them.
  const releaseGates = [
    ...(signKeyGiven ? [Input.SignKey] : []),
    ...(gates.scanGate !== undefined && gates.scanGate !== 'none' ? [Input.ScanGate] : []),
  ];
  if (releaseGates.length > 0 && run.push === true && !run.ociApiGiven && !run.situation.forkPullRequest) {
    for (const name of releaseGates) {
      problems.add(
        new InputError(
          name,
          `${name === Input.SignKey ? 'signing calls OCI Vault and the Artifacts API' : 'the vulnerability gate reads OCI Vulnerability Scanning results'}, ` +
            `which need OCI API credentials: ${OCI_API_CREDENTIALS}; an auth token cannot. Set one, or remove ${name}`,
        ),
      );
    }
  }
}
