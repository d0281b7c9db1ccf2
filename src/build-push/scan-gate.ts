/**
 * The vulnerability gate's decisions, pure: the `scan-gate` and `scan-timeout` inputs, the severity
 * order, whether a result fails the gate, and what the job summary and the failure say about it.
 */
import { InputError } from '../common/errors.js';
import { SEVERITIES, type ScanProblem, type ScanReport, type Severity } from '../oci/scan-report.js';

export { SEVERITIES, type Severity } from '../oci/scan-report.js';

export const SCAN_GATES = ['none', 'low', 'medium', 'high', 'critical'] as const;
/** `none`: no scan is awaited; otherwise the lowest severity that fails the step. */
export type ScanGate = (typeof SCAN_GATES)[number];
export const DEFAULT_SCAN_GATE: ScanGate = 'none';
export const DEFAULT_SCAN_TIMEOUT = '10m';

/** NONE 0 < LOW 1 < MEDIUM 2 < HIGH 3 < CRITICAL 4. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/** The step fails when the worst problem reaches the gate; gate `none` never fails. */
export function gateFails(highest: Severity, gate: ScanGate): boolean {
  if (gate === 'none') return false;
  return severityRank(highest) >= severityRank(gate.toUpperCase() as Severity);
}

export function parseScanGate(text: string): ScanGate {
  const value = text.trim().toLowerCase();
  if (value === '') return DEFAULT_SCAN_GATE;
  const gate = SCAN_GATES.find((candidate) => candidate === value);
  if (!gate)
    throw new InputError('scan-gate', `expected one of ${SCAN_GATES.join(', ')}, got '${text}'`, 'high');
  return gate;
}

const TIMEOUT_UNITS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000 };

/** `90s`, `10m`, `1h` → milliseconds; empty → the default 10m. */
export function parseScanTimeout(text: string): number {
  const value = text.trim() === '' ? DEFAULT_SCAN_TIMEOUT : text.trim();
  const match = /^(\d+)([smh])$/.exec(value);
  const count = match ? Number(match[1]) : NaN;
  const unit = match ? TIMEOUT_UNITS[match[2] ?? ''] : undefined;
  if (unit === undefined || !Number.isSafeInteger(count) || count <= 0) {
    throw new InputError(
      'scan-timeout',
      `expected a positive whole number and a unit, s (seconds), m (minutes) or h (hours), got '${text}'`,
      '10m',
    );
  }
  return count * unit;
}

/** Problems per severity, worst first, every severity present (zeros included). */
export function severityCounts(problems: readonly ScanProblem[]): Array<[Severity, number]> {
  return [...SEVERITIES]
    .reverse()
    .map((severity) => [severity, problems.filter((problem) => problem.severity === severity).length]);
}

/** The `limit` worst problems, worst first, in the report's order within a severity. */
export function worstProblems(problems: readonly ScanProblem[], limit: number): ScanProblem[] {
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort((a, b) => severityRank(b.problem.severity) - severityRank(a.problem.severity) || a.index - b.index)
    .slice(0, limit)
    .map(({ problem }) => problem);
}

/** `CVE-2024-1234 (openssl 3.0.2 → 3.0.13, libssl3 3.0.2)`: the CVE or name, with its packages. */
export function describeProblem(problem: ScanProblem): string {
  const packages = problem.packages
    .map((pkg) => `${pkg.name} ${pkg.version}${pkg.fixVersion ? ` → ${pkg.fixVersion}` : ''}`)
    .join(', ');
  return `${problem.cveReference ?? problem.name}${packages ? ` (${packages})` : ''}`;
}

export interface ScanSummary {
  /** `[severity, count]` rows, worst first. */
  counts: Array<[Severity, number]>;
  /** `[severity, CVE or name, packages]` rows of the worst problems. */
  worst: Array<[Severity, string, string]>;
}

/** What the job summary shows of a scan. */
export function scanSummaryRows(report: ScanReport, limit = 10): ScanSummary {
  return {
    counts: severityCounts(report.problems),
    worst: worstProblems(report.problems, limit).map((problem) => [
      problem.severity,
      problem.cveReference ?? problem.name,
      problem.packages.map((pkg) => `${pkg.name} ${pkg.version}`).join(', '),
    ]),
  };
}

/** The failure of a gate that the report reaches: names the worst CVEs and their packages. */
export function gateFailureMessage(report: ScanReport, gate: ScanGate, limit = 5): string {
  const reaching = report.problems.filter((problem) => gateFails(problem.severity, gate));
  const shown = worstProblems(reaching, limit).map(describeProblem);
  const more = reaching.length > shown.length ? ` and ${reaching.length - shown.length} more` : '';
  return (
    `Vulnerability gate: the image's scan found ${report.highestSeverity} problems, at or above 'scan-gate: ${gate}'` +
    (shown.length > 0 ? `: ${shown.join('; ')}${more}.` : '.') +
    ' The image is pushed; fix the packages and push again, or raise the gate.'
  );
}
