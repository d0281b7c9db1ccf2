/**
 * What a vulnerability scan found, as the actions use it (no SDK types): read by oci/scan-results.ts,
 * judged by build-push/scan-gate.ts.
 */

/** `highestProblemSeverity` values, lowest first. */
export const SEVERITIES = ['NONE', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface ScanPackage {
  name: string;
  version: string;
  /** The version that fixes the CVE, when known. */
  fixVersion?: string;
}

export interface ScanProblem {
  name: string;
  severity: Severity;
  /** `CVE-2024-1234`, when the problem is a CVE. */
  cveReference?: string;
  packages: ScanPackage[];
}

export interface ScanReport {
  resultId: string;
  repository: string;
  /** What the service calls the image scanned (a tag, or the digest). */
  image: string;
  highestSeverity: Severity;
  problemCount: number;
  problems: ScanProblem[];
  /** ISO 8601. */
  timeFinished: string;
}
