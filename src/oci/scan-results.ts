/**
 * The OCI Vulnerability Scanning result of a pushed image: checks that a container scan target covers
 * the repository (else no scan will ever come), then polls the results of the repository with backoff
 * until one matches the pushed image, within a time limit, and reads its problems.
 *
 * Only reachable through dynamic imports from the entries: loading it loads the SDK.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { models, VulnerabilityScanningClient } from 'oci-vulnerabilityscanning';
import { ActionError } from '../common/errors.js';
import type { OciClient } from './client.js';
import { causeOf } from './cause.js';
import { allPages, PAGE_LIMIT } from './pages.js';
import { SEVERITIES, type ScanProblem, type ScanReport, type Severity } from './scan-report.js';

export {
  SEVERITIES,
  type ScanPackage,
  type ScanProblem,
  type ScanReport,
  type Severity,
} from './scan-report.js';

export interface ScanPoll {
  /** 1 for the first look. */
  attempt: number;
  elapsedMs: number;
  timeoutMs: number;
  /** Milliseconds until the next look; undefined when found or out of time. */
  nextInMs?: number;
}

export interface ScanWaitRequest {
  /** Repository display name without the namespace (`project-x/api`). */
  repositoryName: string;
  /** Compartment OCID of the repository: scan targets name the compartment whose repositories they scan. */
  repositoryCompartmentId: string;
  /** The pushed digest (`sha256:…`). */
  digest: string;
  /** Tag names pushed: scan results name images by tag. */
  tags: string[];
  /** When the push finished: a result found by tag must have started after it (the tag may have moved). */
  pushedAt: Date;
  /** Input `scan-timeout`. */
  timeoutMs: number;
  /** First wait between looks. Default 10 s; grows 1.5× per look up to `maxPollIntervalMs`. */
  pollIntervalMs?: number;
  /** Default 60 s. */
  maxPollIntervalMs?: number;
  /** Called after every look that found nothing yet (and once more when found): the progress line. */
  onPoll?: (poll: ScanPoll) => void;
}

const DEFAULT_POLL_INTERVAL_MS = 10_000;
const DEFAULT_MAX_POLL_INTERVAL_MS = 60_000;
const BACKOFF = 1.5;
/** Tolerance between the runner's clock and the service's when comparing a result's start to the push. */
const CLOCK_SKEW_MS = 30_000;
const GROUP = '<your-group>';

/** Waits for the image's scan result; every way of not getting one throws an ActionError saying what to do. */
export async function waitForScanResult(oci: OciClient, request: ScanWaitRequest): Promise<ScanReport> {
  const started = Date.now();
  await requireScanTarget(oci, request);
  const initial = request.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
  const cap = request.maxPollIntervalMs ?? DEFAULT_MAX_POLL_INTERVAL_MS;
  for (let attempt = 1, interval = initial; ; attempt += 1, interval = Math.min(cap, interval * BACKOFF)) {
    const found = await findResult(oci, request);
    const elapsedMs = Date.now() - started;
    if (found) {
      request.onPoll?.({ attempt, elapsedMs, timeoutMs: request.timeoutMs });
      return readReport(oci, found.id);
    }
    const remaining = request.timeoutMs - elapsedMs;
    const nextInMs = remaining > 0 ? Math.min(interval, remaining) : undefined;
    request.onPoll?.({ attempt, elapsedMs, timeoutMs: request.timeoutMs, ...(nextInMs ? { nextInMs } : {}) });
    if (nextInMs === undefined) throw timeoutError(request, attempt);
    await sleep(nextInMs);
  }
}

/** A target scans the repository when it looks at the repository's compartment and lists it (or lists none: all). */
export function targetCovers(
  target: Pick<models.ContainerScanTargetSummary, 'targetRegistry' | 'lifecycleState'>,
  repositoryName: string,
  repositoryCompartmentId: string,
): boolean {
  const registry = target.targetRegistry;
  if (!registry || target.lifecycleState !== models.LifecycleState.Active) return false;
  if (registry.compartmentId !== repositoryCompartmentId) return false;
  const repositories = registry.repositories ?? [];
  return repositories.length === 0 || repositories.includes(repositoryName);
}

/**
 * Whether a scan result is of the pushed image: by digest, or by a pushed tag scanned after the push
 * (an older scan of the same tag saw another image).
 */
export function resultMatches(
  result: Pick<models.ContainerScanResultSummary, 'repository' | 'image' | 'timeStarted'>,
  request: Pick<ScanWaitRequest, 'repositoryName' | 'digest' | 'tags' | 'pushedAt'>,
): boolean {
  const repository = result.repository;
  if (repository !== request.repositoryName && !repository.endsWith(`/${request.repositoryName}`))
    return false;
  if (result.image === request.digest || result.image.endsWith(`@${request.digest}`)) return true;
  if (!request.tags.includes(result.image)) return false;
  // The SDK types these as Date but hands over the JSON strings.
  const startedAt = new Date(result.timeStarted).getTime();
  return startedAt >= request.pushedAt.getTime() - CLOCK_SKEW_MS;
}

/**
 * Targets are looked for where they usually live: the repository's compartment and the tenancy. A
 * repository that already has scan results is covered whatever the target's compartment.
 */
async function requireScanTarget(oci: OciClient, request: ScanWaitRequest): Promise<void> {
  const compartments = [...new Set([request.repositoryCompartmentId, oci.tenancy])];
  let targets: models.ContainerScanTargetSummary[];
  try {
    const lists = await Promise.all(compartments.map((compartmentId) => listTargets(oci, compartmentId)));
    targets = lists.flat();
  } catch (error) {
    throw new ActionError(
      `Vulnerability gate: the container scan targets could not be read. The API key's user needs: "Allow group ${GROUP} to read vss-family in tenancy". ${causeOf(error)}`,
    );
  }
  if (targets.some((target) => targetCovers(target, request.repositoryName, request.repositoryCompartmentId)))
    return;
  if ((await listResults(oci, request.repositoryName)).length > 0) return;
  throw new ActionError(
    `Vulnerability gate: no container scan target covers the repository ${request.repositoryName}, so no scan result will come. ` +
      `Enable scanning for it: create a container scan recipe and a container scan target whose registry is compartment ${request.repositoryCompartmentId} ` +
      `(with this repository listed, or no repository list to scan them all), and give the service access: ` +
      `"Allow service vulnerability-scanning-service to read repos in tenancy" and "Allow service vulnerability-scanning-service to read compartments in tenancy". ` +
      `Or set 'scan-gate: none'.`,
  );
}

async function findResult(
  oci: OciClient,
  request: ScanWaitRequest,
): Promise<models.ContainerScanResultSummary | undefined> {
  const matching = (await listResults(oci, request.repositoryName)).filter((result) =>
    resultMatches(result, request),
  );
  return matching.sort((a, b) => timeOf(b.timeStarted) - timeOf(a.timeStarted))[0];
}

async function listTargets(
  oci: OciClient,
  compartmentId: string,
): Promise<models.ContainerScanTargetSummary[]> {
  const scanning = oci.service(VulnerabilityScanningClient);
  return allPages(async (page) => {
    const response = await oci.call(() =>
      scanning.listContainerScanTargets({ compartmentId, limit: PAGE_LIMIT, ...(page ? { page } : {}) }),
    );
    return { items: response.containerScanTargetSummaryCollection.items, nextPage: response.opcNextPage };
  });
}

/** Every result of the repository, tenancy-wide: results live in their target's compartment, wherever that is. */
async function listResults(oci: OciClient, repository: string): Promise<models.ContainerScanResultSummary[]> {
  const scanning = oci.service(VulnerabilityScanningClient);
  try {
    return await allPages(async (page) => {
      const response = await oci.call(() =>
        scanning.listContainerScanResults({
          compartmentId: oci.tenancy,
          areSubcompartmentsIncluded: true,
          repository,
          limit: PAGE_LIMIT,
          ...(page ? { page } : {}),
        }),
      );
      return { items: response.containerScanResultSummaryCollection.items, nextPage: response.opcNextPage };
    });
  } catch (error) {
    throw new ActionError(
      `Vulnerability gate: the scan results of ${repository} could not be read. The API key's user needs: "Allow group ${GROUP} to read vss-family in tenancy". ${causeOf(error)}`,
    );
  }
}

async function readReport(oci: OciClient, resultId: string): Promise<ScanReport> {
  const scanning = oci.service(VulnerabilityScanningClient);
  let result: models.ContainerScanResult;
  try {
    ({ containerScanResult: result } = await oci.call(() =>
      scanning.getContainerScanResult({ containerScanResultId: resultId }),
    ));
  } catch (error) {
    throw new ActionError(
      `Vulnerability gate: the scan result ${resultId} could not be read. The API key's user needs: "Allow group ${GROUP} to read vss-family in tenancy". ${causeOf(error)}`,
    );
  }
  const problems = (result.problems ?? []).map((problem): ScanProblem => ({
    name: problem.name,
    severity: severityOf(problem.severity),
    ...(problem.cveReference ? { cveReference: problem.cveReference } : {}),
    packages: (problem.vulnerablePackages ?? []).map((pkg) => ({
      name: pkg.name,
      version: pkg.version,
      ...(pkg.cveFixVersion ? { fixVersion: pkg.cveFixVersion } : {}),
    })),
  }));
  return {
    resultId: result.id,
    repository: result.repository,
    image: result.image,
    highestSeverity: severityOf(result.highestProblemSeverity),
    problemCount: result.problemCount ?? problems.length,
    problems,
    timeFinished: new Date(result.timeFinished).toISOString(),
  };
}

/** A severity this SDK does not know counts as the worst: a gate must not pass on what it cannot read. */
function severityOf(value: string): Severity {
  return SEVERITIES.find((severity) => severity === value) ?? 'CRITICAL';
}

function timeOf(value: Date | string): number {
  return new Date(value).getTime();
}

function timeoutError(request: ScanWaitRequest, attempts: number): ActionError {
  const seconds = Math.round(request.timeoutMs / 1000);
  return new ActionError(
    `Vulnerability gate: no scan result for ${request.repositoryName}@${request.digest} after ${seconds} s (${attempts} looks). ` +
      `A scan usually takes a few minutes after the push: raise 'scan-timeout' (e.g. 20m). If results never appear, check that the ` +
      `container scan target of compartment ${request.repositoryCompartmentId} covers this repository and that the service may pull from it: ` +
      `"Allow service vulnerability-scanning-service to read repos in tenancy". The image is pushed; it was not gated.`,
  );
}
