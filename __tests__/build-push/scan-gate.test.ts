import {
  describeProblem,
  gateFailureMessage,
  gateFails,
  parseScanGate,
  parseScanTimeout,
  scanSummaryRows,
  severityCounts,
  severityRank,
  worstProblems,
  type ScanGate,
  type Severity,
} from '../../src/build-push/scan-gate.js';
import type { ScanProblem, ScanReport } from '../../src/oci/scan-report.js';

const problems: ScanProblem[] = [
  { name: 'low one', severity: 'LOW', cveReference: 'CVE-2023-0001', packages: [] },
  {
    name: 'openssl',
    severity: 'HIGH',
    cveReference: 'CVE-2024-0727',
    packages: [{ name: 'libssl3', version: '3.0.2', fixVersion: '3.0.13' }],
  },
  {
    name: 'zlib',
    severity: 'MEDIUM',
    cveReference: 'CVE-2022-37434',
    packages: [{ name: 'zlib1g', version: '1.2.11' }],
  },
  {
    name: 'glibc',
    severity: 'HIGH',
    cveReference: 'CVE-2023-4911',
    packages: [{ name: 'libc6', version: '2.35' }],
  },
];
const report: ScanReport = {
  resultId: 'ocid1.vsscontainerscanresult.oc1..x',
  repository: 'project-x/api',
  image: '1.2.3',
  highestSeverity: 'HIGH',
  problemCount: problems.length,
  problems,
  timeFinished: '2025-01-01T00:00:00.000Z',
};

describe('severity order', () => {
  it('is NONE < LOW < MEDIUM < HIGH < CRITICAL', () => {
    const order: Severity[] = ['NONE', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
    expect(order.map(severityRank)).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('gateFails', () => {
  it.each<[Severity, ScanGate, boolean]>([
    ['CRITICAL', 'none', false],
    ['NONE', 'low', false],
    ['LOW', 'low', true],
    ['HIGH', 'critical', false],
    ['HIGH', 'high', true],
    ['CRITICAL', 'high', true],
    ['MEDIUM', 'high', false],
    ['CRITICAL', 'critical', true],
  ])('%s against gate %s → %s', (highest, gate, fails) => {
    expect(gateFails(highest, gate)).toBe(fails);
  });
});

describe('inputs', () => {
  it.each([
    ['', 'none'],
    ['HIGH', 'high'],
    [' critical ', 'critical'],
  ])('scan-gate %j → %s', (text, gate) => expect(parseScanGate(text)).toBe(gate));

  it('scan-gate rejects anything else, naming the input and an example', () => {
    expect(() => parseScanGate('severe')).toThrow(
      /Input 'scan-gate'.*none, low, medium, high, critical.*high/,
    );
  });

  it.each([
    ['', 600_000],
    ['10m', 600_000],
    ['90s', 90_000],
    ['1h', 3_600_000],
  ])('scan-timeout %j → %d ms', (text, ms) => expect(parseScanTimeout(text)).toBe(ms));

  it.each(['10', '0m', '1.5m', '2d', 'soon'])('scan-timeout %j is refused', (text) => {
    expect(() => parseScanTimeout(text)).toThrow(/Input 'scan-timeout'.*10m/);
  });
});

describe('summary', () => {
  it('counts problems per severity, worst first, zeros included', () => {
    expect(severityCounts(problems)).toEqual([
      ['CRITICAL', 0],
      ['HIGH', 2],
      ['MEDIUM', 1],
      ['LOW', 1],
      ['NONE', 0],
    ]);
  });

  it('lists the worst problems first, keeping the report order within a severity', () => {
    expect(worstProblems(problems, 3).map((problem) => problem.cveReference)).toEqual([
      'CVE-2024-0727',
      'CVE-2023-4911',
      'CVE-2022-37434',
    ]);
  });

  it('rows name the CVE and its packages', () => {
    expect(scanSummaryRows(report, 2).worst).toEqual([
      ['HIGH', 'CVE-2024-0727', 'libssl3 3.0.2'],
      ['HIGH', 'CVE-2023-4911', 'libc6 2.35'],
    ]);
    expect(describeProblem(problems[1]!)).toBe('CVE-2024-0727 (libssl3 3.0.2 → 3.0.13)');
  });

  it('the failure names the CVEs that reach the gate, not those below it', () => {
    const message = gateFailureMessage(report, 'high');
    expect(message).toContain('CVE-2024-0727 (libssl3 3.0.2 → 3.0.13)');
    expect(message).toContain('CVE-2023-4911 (libc6 2.35)');
    expect(message).not.toContain('CVE-2022-37434');
    expect(message).toContain("'scan-gate: high'");
  });
});
