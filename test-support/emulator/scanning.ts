/**
 * OCI Vulnerability Scanning for container images (API 20210215; the SDK's endpoint setter appends
 * `/20210215`): container scan targets that tests add, and scan results that appear for every image of
 * a covered repository once `delayMs` has passed since the image was created, with the problems the
 * test configured for that repository. A target covers as OCI documents ("Managing Image Targets"):
 * with no repository list, every repository of its registry compartment and of the compartments
 * below it (the root: the whole tenancy); with a list, the listed repositories of that compartment.
 * The target may be kept in any compartment; its results live there. Results are made when a list or get looks (no timers), and
 * keep the image name they had then: the newest tag, or the digest of an untagged image.
 */
import { randomBytes } from 'node:crypto';
import { invalidParameter, notFound } from './errors.js';
import { booleanQuery, ok, pageReply, param, requiredQuery, type ExtraRoute } from './request-fields.js';
import type { TenancyState } from './state.js';
import type { ImageRecord } from './types.js';

export type ScanSeverity = 'NONE' | 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';
const SEVERITY_ORDER: ScanSeverity[] = ['NONE', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];

export interface ScanTargetRecord {
  id: string;
  displayName: string;
  /** Where the target (and its results) live: any compartment. */
  compartmentId: string;
  containerScanRecipeId: string;
  /** The compartment whose repositories are scanned. */
  registryCompartmentId: string;
  /** Repository names of that compartment scanned; empty: every repository of it and of its subcompartments. */
  repositories: string[];
  /** DELETED after `deleteTarget`: still listed, as OCI lists deleted resources for a while, scanning nothing. */
  lifecycleState: 'ACTIVE' | 'DELETED';
  timeCreated: string;
}

export interface NewScanTarget {
  /** Default: the tenancy. */
  compartmentId?: string;
  /** Default: the tenancy. */
  registryCompartmentId?: string;
  repositories?: string[];
}

export interface ScanProblemSeed {
  name: string;
  severity: ScanSeverity;
  cveReference?: string;
  packages?: Array<{ name: string; version: string; fixVersion?: string }>;
}

/** What scanning a repository's images finds, and how long it takes. */
export interface ScanOutcome {
  /** Time from the image's creation to its result. Default 0; `Infinity`: the scan never finishes. */
  delayMs?: number;
  problems?: ScanProblemSeed[];
  /** Default: the worst severity among `problems`, NONE without problems. */
  highestSeverity?: ScanSeverity;
}

export interface ScanResultRecord {
  id: string;
  repository: string;
  image: string;
  imageId: string;
  compartmentId: string;
  targetCompartmentId: string;
  containerScanTargetId: string;
  highestProblemSeverity: ScanSeverity;
  problems: ScanProblemSeed[];
  timeStarted: string;
  timeFinished: string;
}

export class ScanningState {
  private readonly targets: ScanTargetRecord[] = [];
  private readonly results: ScanResultRecord[] = [];
  private readonly outcomes = new Map<string, ScanOutcome>();
  private defaultOutcome: ScanOutcome = {};

  private readonly tenancy: TenancyState;
  private readonly region: string;

  constructor(tenancy: TenancyState, region: string) {
    this.tenancy = tenancy;
    this.region = region;
  }

  /** Compartments it names that the tree lacks join the tenancy's children (see compartments.ts). */
  addTarget(seed: NewScanTarget = {}): ScanTargetRecord {
    if (seed.compartmentId !== undefined) this.tenancy.compartments.ensure(seed.compartmentId);
    if (seed.registryCompartmentId !== undefined)
      this.tenancy.compartments.ensure(seed.registryCompartmentId);
    const now = this.tenancy.now().toISOString();
    const target: ScanTargetRecord = {
      id: `ocid1.vsscontainerscantarget.oc1.${this.region}.${randomBytes(20).toString('hex')}`,
      displayName: `target-${this.targets.length + 1}`,
      compartmentId: seed.compartmentId ?? this.tenancy.tenancy,
      containerScanRecipeId: `ocid1.vsscontainerscanrecipe.oc1.${this.region}.${randomBytes(20).toString('hex')}`,
      registryCompartmentId: seed.registryCompartmentId ?? this.tenancy.tenancy,
      repositories: seed.repositories ?? [],
      lifecycleState: 'ACTIVE',
      timeCreated: now,
    };
    this.targets.push(target);
    return structuredClone(target);
  }

  /** What DeleteContainerScanTarget does: the target stops scanning and lists as DELETED. */
  deleteTarget(targetId: string): void {
    const target = this.targets.find((candidate) => candidate.id === targetId);
    if (target === undefined) throw new Error(`deleteTarget: no scan target ${targetId}`);
    target.lifecycleState = 'DELETED';
  }

  /** The outcome for images of `repositoryName` (all repositories when undefined) scanned from now on. */
  setOutcome(outcome: ScanOutcome, repositoryName?: string): void {
    if (repositoryName === undefined) this.defaultOutcome = outcome;
    else this.outcomes.set(repositoryName, outcome);
  }

  /** Results made so far (a snapshot). */
  scanResults(): ScanResultRecord[] {
    return structuredClone(this.results);
  }

  listTargets(query: URLSearchParams): ScanTargetRecord[] {
    const compartmentId = requiredQuery(query, 'compartmentId');
    if (!this.tenancy.compartments.has(compartmentId)) throw notFound(`Compartment ${compartmentId}`);
    return this.targets.filter((target) => target.compartmentId === compartmentId);
  }

  listResults(query: URLSearchParams): ScanResultRecord[] {
    this.scanDue();
    const compartmentId = requiredQuery(query, 'compartmentId');
    const subtree = booleanQuery(query, 'areSubcompartmentsIncluded') ?? false;
    const severity = query.get('highestProblemSeverity');
    if (severity !== null && !SEVERITY_ORDER.includes(severity as ScanSeverity)) {
      throw invalidParameter(`highestProblemSeverity must be one of ${SEVERITY_ORDER.join(', ')}.`);
    }
    const wanted = (name: string, actual: string) => {
      const value = query.get(name);
      return value === null || value === actual;
    };
    return this.results
      .filter(
        (result) =>
          (subtree
            ? this.tenancy.compartments.isWithin(result.compartmentId, compartmentId)
            : result.compartmentId === compartmentId) &&
          wanted('repository', result.repository) &&
          wanted('image', result.image) &&
          wanted('highestProblemSeverity', result.highestProblemSeverity),
      )
      .reverse();
  }

  getResult(id: string): ScanResultRecord {
    this.scanDue();
    const found = this.results.find((result) => result.id === id);
    if (found === undefined) throw notFound(`Container scan result ${id}`);
    return found;
  }

  /** Makes the results whose time has come: images of covered repositories, `delayMs` after their creation. */
  private scanDue(): void {
    const now = this.tenancy.now();
    for (const image of this.tenancy.images()) {
      if (this.results.some((result) => result.imageId === image.id)) continue;
      const target = this.targets.find((candidate) => this.covers(candidate, image));
      if (target === undefined) continue;
      const outcome = this.outcomes.get(image.repositoryName) ?? this.defaultOutcome;
      if (now.getTime() < Date.parse(image.timeCreated) + (outcome.delayMs ?? 0)) continue;
      const problems = outcome.problems ?? [];
      this.results.push({
        id: `ocid1.vsscontainerscanresult.oc1.${this.region}.${randomBytes(20).toString('hex')}`,
        repository: image.repositoryName,
        image: newestTag(image) ?? image.digest,
        imageId: image.id,
        compartmentId: target.compartmentId,
        targetCompartmentId: image.compartmentId,
        containerScanTargetId: target.id,
        highestProblemSeverity: outcome.highestSeverity ?? worst(problems),
        problems: structuredClone(problems),
        timeStarted: now.toISOString(),
        timeFinished: now.toISOString(),
      });
    }
  }

  private covers(target: ScanTargetRecord, image: ImageRecord): boolean {
    if (target.lifecycleState !== 'ACTIVE') return false;
    if (target.repositories.length > 0) {
      return (
        target.registryCompartmentId === image.compartmentId &&
        target.repositories.includes(image.repositoryName)
      );
    }
    return this.tenancy.compartments.isWithin(image.compartmentId, target.registryCompartmentId);
  }
}

function newestTag(image: ImageRecord): string | undefined {
  const versions = [...image.versions].sort((a, b) => Date.parse(a.timeCreated) - Date.parse(b.timeCreated));
  return versions.at(-1)?.version;
}

function worst(problems: ScanProblemSeed[]): ScanSeverity {
  return problems.reduce<ScanSeverity>(
    (highest, problem) =>
      SEVERITY_ORDER.indexOf(problem.severity) > SEVERITY_ORDER.indexOf(highest) ? problem.severity : highest,
    'NONE',
  );
}

function targetView(target: ScanTargetRecord): Record<string, unknown> {
  return {
    id: target.id,
    displayName: target.displayName,
    compartmentId: target.compartmentId,
    containerScanRecipeId: target.containerScanRecipeId,
    targetRegistry: {
      type: 'OCIR',
      url: 'https://ocir.invalid',
      compartmentId: target.registryCompartmentId,
      repositories: target.repositories,
    },
    lifecycleState: target.lifecycleState,
    timeCreated: target.timeCreated,
    timeUpdated: target.timeCreated,
    freeformTags: {},
    definedTags: {},
    systemTags: {},
  };
}

function resultSummaryView(result: ScanResultRecord): Record<string, unknown> {
  return {
    id: result.id,
    repository: result.repository,
    image: result.image,
    compartmentId: result.compartmentId,
    containerScanTargetId: result.containerScanTargetId,
    highestProblemSeverity: result.highestProblemSeverity,
    problemCount: result.problems.length,
    timeStarted: result.timeStarted,
    timeFinished: result.timeFinished,
  };
}

function resultView(result: ScanResultRecord): Record<string, unknown> {
  return {
    ...resultSummaryView(result),
    targetCompartmentId: result.targetCompartmentId,
    problems: result.problems.map((problem) => ({
      name: problem.name,
      severity: problem.severity,
      state: 'OPEN',
      ...(problem.cveReference === undefined ? {} : { cveReference: problem.cveReference }),
      timeFirstDetected: result.timeFinished,
      timeLastDetected: result.timeFinished,
      vulnerablePackages: (problem.packages ?? []).map((pkg) => ({
        name: pkg.name,
        version: pkg.version,
        ...(pkg.fixVersion === undefined ? {} : { cveFixVersion: pkg.fixVersion }),
        type: 'DEB',
      })),
    })),
  };
}

export const SCANNING_ROUTES: ExtraRoute[] = [
  {
    method: 'GET',
    pattern: /^\/20210215\/containerScanTargets$/,
    handle: (context) =>
      pageReply(context.state.scanning.listTargets(context.query).map(targetView), context, false),
  },
  {
    method: 'GET',
    pattern: /^\/20210215\/containerScanResults$/,
    handle: (context) =>
      pageReply(context.state.scanning.listResults(context.query).map(resultSummaryView), context, false),
  },
  {
    method: 'GET',
    pattern: /^\/20210215\/containerScanResults\/(?<resultId>[^/]+)$/,
    handle: ({ state, params }) => ok(resultView(state.scanning.getResult(param(params, 'resultId')))),
  },
];
