/**
 * The release gates, after a successful push and on the digest just pushed: the wait for its
 * vulnerability scan and the gate's verdict, then a Vault signature of the image (OKE image verification).
 * The OCI SDK is loaded here by dynamic import only, so runs without gates never pay for it.
 */
import * as core from '@actions/core';
import { ActionError } from '../common/errors.js';
import { ociConnection } from '../common/oci-connection.js';
import { causeOf } from '../oci/cause.js';
import type { OciClient } from '../oci/client.js';
import type { ScanPoll, ScanReport } from '../oci/scan-results.js';
import type { Inputs, ScanGateInputs, SignInputs } from './inputs.js';
import type { ScanResult, SignatureResult } from './outputs.js';
import { gateFailureMessage, gateFails } from './scan-gate.js';

/** What the push left for the gates to work on. */
export interface PushedImage {
  digest: string;
  tagNames: string[];
  /** When the push finished: a scan found by tag must be newer. */
  pushedAt: Date;
  /** Compartment of the repository, when the run resolved it; else looked up for the gate. */
  repositoryCompartmentId?: string;
}

export interface GateOutcome {
  signature?: SignatureResult;
  scan?: ScanResult;
  /** Why the step fails (a signature that could not be made, no scan result, a gate reached). */
  failure?: Error;
}

/**
 * Gates, then signs, each phase in its own log group: OKE admits what carries a signature, so only an
 * image that passed the gate is signed. A failure does not throw: it is returned, so the outputs that
 * are true (digest, image, pushed) are still set before the step fails.
 */
export async function runReleaseGates(inputs: Inputs, image: PushedImage): Promise<GateOutcome> {
  const { sign, scan } = inputs;
  if (!sign && !scan) return {};
  let connection: Promise<OciClient> | undefined;
  const oci = () => (connection ??= connectReleaseApi(inputs));

  let scanned: ScanResult | undefined;
  if (scan) {
    try {
      const report = await core.group(
        `Waiting for the vulnerability scan (scan-gate: ${scan.gate})`,
        async () => awaitScan(await oci(), inputs, scan, image),
      );
      const fails = gateFails(report.highestSeverity, scan.gate);
      core.info(
        `Scan: ${report.problemCount} problem(s), worst ${report.highestSeverity}: ` +
          (fails ? `reaches scan-gate ${scan.gate}` : `below scan-gate ${scan.gate}, passed`),
      );
      scanned = { report, gate: scan.gate, fails };
      if (fails) {
        if (sign) core.info('Not signing: the image did not pass the vulnerability gate');
        return { scan: scanned, failure: new ActionError(gateFailureMessage(report, scan.gate)) };
      }
    } catch (error) {
      return { failure: asGateError('Vulnerability gate', error) };
    }
  }
  if (!sign) return { ...(scanned ? { scan: scanned } : {}) };
  try {
    const signature = await core.group(`Signing ${image.digest} with the Vault key`, async () =>
      signImage(await oci(), inputs, sign, image.digest),
    );
    return { signature, ...(scanned ? { scan: scanned } : {}) };
  } catch (error) {
    // An unsigned release is no success.
    return { ...(scanned ? { scan: scanned } : {}), failure: asGateError('Signing', error) };
  }
}

async function connectReleaseApi(inputs: Inputs): Promise<OciClient> {
  // parseInputs requires the API key and a region for a run that pushes with a gate.
  if (!inputs.auth || !inputs.region)
    throw new ActionError('The release gates need OCI API credentials and a region.');
  const connection = await ociConnection(inputs.auth, inputs.region.id);
  const { connectOci } = await import('../oci/client.js');
  return connectOci(connection);
}

async function signImage(
  oci: OciClient,
  inputs: Inputs,
  sign: SignInputs,
  digest: string,
): Promise<SignatureResult> {
  const { signPushedImage } = await import('../oci/signing.js');
  core.info(`Key ${sign.keyId}, version ${sign.keyVersionId}, ${sign.algorithm}`);
  const signed = await signPushedImage(oci, {
    regionId: inputs.region!.id,
    repositoryName: inputs.repository,
    digest,
    keyId: sign.keyId,
    keyVersionId: sign.keyVersionId,
    algorithm: sign.algorithm,
    ...(sign.cryptoEndpoint ? { cryptoEndpoint: sign.cryptoEndpoint } : {}),
    ...(sign.description ? { description: sign.description } : {}),
    ...(sign.metadata ? { metadata: sign.metadata } : {}),
  });
  core.info(`Signature ${signed.id} on image ${signed.imageId}`);
  return {
    id: signed.id,
    keyId: signed.keyId,
    keyVersionId: signed.keyVersionId,
    algorithm: signed.algorithm,
  };
}

async function awaitScan(
  oci: OciClient,
  inputs: Inputs,
  scan: ScanGateInputs,
  image: PushedImage,
): Promise<ScanReport> {
  const { waitForScanResult } = await import('../oci/scan-results.js');
  const compartmentId =
    image.repositoryCompartmentId ?? (await repositoryCompartment(oci, inputs.repository));
  const started = Date.now();
  const report = await waitForScanResult(oci, {
    repositoryName: inputs.repository,
    repositoryCompartmentId: compartmentId,
    digest: image.digest,
    tags: image.tagNames,
    pushedAt: image.pushedAt,
    timeoutMs: scan.timeoutMs,
    // Uncertain coverage is worth a warning: the wait may end in a timeout that only a target would prevent.
    onCoverage: ({ message, certain }) => (certain ? core.info(message) : core.warning(message)),
    onPoll: (poll) => {
      if (poll.nextInMs !== undefined) core.info(progressLine(poll));
    },
  });
  core.info(`Scan result ${report.resultId} after ${Math.round((Date.now() - started) / 1000)} s`);
  return report;
}

/** With create-repository: false the run did not look the repository up; the gate needs its compartment. */
async function repositoryCompartment(oci: OciClient, name: string): Promise<string> {
  const { findRepository } = await import('../oci/repositories.js');
  const repository = await findRepository(oci, name).catch((error: unknown) => {
    throw new ActionError(
      `Vulnerability gate: the repository ${name} could not be looked up to find its compartment. ` +
        `The signing principal's group needs: "Allow group <your-group> to read repos in tenancy". ${causeOf(error)}`,
    );
  });
  if (!repository) {
    throw new ActionError(
      `Vulnerability gate: the repository ${name} is not listed by the OCI Artifacts API, so its scan target cannot be found.`,
    );
  }
  return repository.compartmentId;
}

/** The line after a look that found nothing yet: how long it has waited, and when it looks again. */
export function progressLine(poll: ScanPoll): string {
  const seconds = (ms: number) => `${Math.round(ms / 1000)} s`;
  const next = poll.nextInMs === undefined ? '' : `; next look in ${seconds(poll.nextInMs)}`;
  return `Scan: no result yet (look ${poll.attempt}, ${seconds(poll.elapsedMs)} of ${seconds(poll.timeoutMs)})${next}`;
}

/** Failures the OCI modules did not already explain are named by the phase they hit. */
function asGateError(phase: string, error: unknown): Error {
  if (error instanceof ActionError) return error;
  return new ActionError(`${phase} failed: ${error instanceof Error ? error.message : String(error)}`);
}
