/**
 * The OCI Vulnerability Scanning result of a pushed image: checks whether a container scan target covers
 * the repository (refusing at once only when it is certain that none does: no scan would ever come),
 * then polls the results of the repository with backoff until one matches the pushed image, within a
 * time limit, and reads its problems.
 *
 * Only reachable through dynamic imports from the entries: loading it loads the SDK.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { models, VulnerabilityScanningClient } from 'oci-vulnerabilityscanning';
import { ActionError } from '../common/errors.js';
import type { OciClient } from './client.js';
import { causeOf } from './cause.js';
import { allPages, PAGE_LIMIT } from './pages.js';
import type { ScanCoverage } from './scan-coverage.js';
import { SEVERITIES, type ScanProblem, type ScanReport, type Severity } from './scan-report.js';
import { findScanCoverage } from './scan-targets.js';

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
  /**
   * Called once, before the first look, with what the gate found of the repository's scan target:
   * `certain` when a target covers it; otherwise `message` is the warning to show (the wait goes on).
   */
  onCoverage?: (note: { message: string; certain: boolean }) => void;
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
  const coverage = await requireCoverage(oci, request);
  request.onCoverage?.(coverageNote(request, coverage));
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
    if (nextInMs === undefined) throw timeoutError(request, attempt, coverage);
    await sleep(nextInMs);
  }
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
 * Refuses at once only when every target was read and none covers the repository; when that cannot be
 * established the wait goes on (with a warning), since a result may still come.
 */
async function requireCoverage(
  oci: OciClient,
  request: ScanWaitRequest,
): Promise<Exclude<ScanCoverage, { state: 'uncovered' }>> {
  const coverage = await findScanCoverage(oci, request.repositoryName, request.repositoryCompartmentId);
  if (coverage.state !== 'uncovered') return coverage;
  // Results the service made earlier mean a target took the repository in: one this reading missed?
  if ((await listResults(oci, request.repositoryName)).length > 0) {
    return {
      state: 'unknown',
      gaps: ['the repository has earlier scan results, though none of the targets read covers it'],
    };
  }
  throw new ActionError(
    `Vulnerability gate: no container scan target covers the repository ${request.repositoryName}, so no scan result will come. ` +
      `${enableScanning(request)} Or set 'scan-gate: none'.`,
  );
}

/** What to set up in OCI so that the repository's images are scanned. */
function enableScanning(request: Pick<ScanWaitRequest, 'repositoryCompartmentId'>): string {
  return (
    `Enable scanning for it: create a container scan recipe and a container scan target (kept in any compartment) whose registry is ` +
    `compartment ${request.repositoryCompartmentId} or one above it, with no repository list (it then scans every repository there and below; ` +
    `the root compartment scans the whole tenancy), or compartment ${request.repositoryCompartmentId} with this repository listed; and give the service access: ` +
    `"Allow service vulnerability-scanning-service to read repos in tenancy" and "Allow service vulnerability-scanning-service to read compartments in tenancy".`
  );
}

/** What the gate can read to establish coverage: the compartment tree and every compartment's targets. */
const READ_POLICIES = `"Allow group ${GROUP} to inspect compartments in tenancy" and "Allow group ${GROUP} to read vss-family in tenancy"`;

function coverageNote(
  request: ScanWaitRequest,
  coverage: Exclude<ScanCoverage, { state: 'uncovered' }>,
): { message: string; certain: boolean } {
  if (coverage.state === 'covered') {
    const { displayName, id, compartmentId } = coverage.target;
    return {
      certain: true,
      message: `Scan target ${displayName} (${id}, in compartment ${compartmentId}) covers ${request.repositoryName}`,
    };
  }
  return {
    certain: false,
    message:
      `Vulnerability gate: whether a container scan target covers the repository ${request.repositoryName} could not be established: ` +
      `${coverage.gaps.join('; ')}. Waiting for the scan result anyway, up to 'scan-timeout' (${Math.round(request.timeoutMs / 1000)} s). ` +
      `For a certain answer the API key's user needs ${READ_POLICIES}. If no target covers it, no result will come: ${enableScanning(request)}`,
  };
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

function timeoutError(
  request: ScanWaitRequest,
  attempts: number,
  coverage: Exclude<ScanCoverage, { state: 'uncovered' }>,
): ActionError {
  const seconds = Math.round(request.timeoutMs / 1000);
  const head = `Vulnerability gate: no scan result for ${request.repositoryName}@${request.digest} after ${seconds} s (${attempts} looks).`;
  const tail = 'The image is pushed; it was not gated.';
  if (coverage.state === 'unknown') {
    return new ActionError(
      `${head} Either the scan takes longer than 'scan-timeout' (a scan usually takes a few minutes after the push: raise 'scan-timeout', e.g. 20m), ` +
        `or no container scan target covers the repository, so no result will ever come (the gate could not establish coverage: ${coverage.gaps.join('; ')}). ` +
        `${enableScanning(request)} ${tail}`,
    );
  }
  const { displayName, id } = coverage.target;
  return new ActionError(
    `${head} A scan usually takes a few minutes after the push: raise 'scan-timeout' (e.g. 20m). If results never appear, check that the ` +
      `scan target ${displayName} (${id}) still covers this repository and that the service may pull from it: ` +
      `"Allow service vulnerability-scanning-service to read repos in tenancy". ${tail}`,
  );
}
