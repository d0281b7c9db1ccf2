/** Step outputs and the job summary: set only for what really happened. */
import * as core from '@actions/core';
import type { ScanReport } from '../oci/scan-report.js';
import type { SigningAlgorithm } from '../oci/signature-message.js';
import { Output } from './constants.js';
import { formatBytes } from '../registry/copy.js';
import { replicasOutput, type ReplicaOutcome } from './replicas/decisions.js';
import { scanSummaryRows, type ScanGate } from './scan-gate.js';

/** The Vault signature made of the pushed digest. */
export interface SignatureResult {
  /** `ocid1.containerimagesignature.…` */
  id: string;
  keyId: string;
  keyVersionId: string;
  algorithm: SigningAlgorithm;
}

/** The scan result the gate judged, and its verdict. */
export interface ScanResult {
  report: ScanReport;
  gate: ScanGate;
  /** The worst problem reached the gate: the step fails. */
  fails: boolean;
}

/** One platform's image inside the pushed index (or the pushed image itself). */
export interface PlatformDigest {
  /** `linux/amd64`, `linux/arm64/v8`, … */
  platform: string;
  digest: string;
}

export interface RunResult {
  registry: string;
  namespace: string;
  /** `<registry>/<namespace>/<repository>`. */
  repository: string;
  repositoryOcid: string;
  tagNames: string[];
  version: string;
  /** The local image id; empty when nothing reached the local image store (buildx without load). */
  imageId: string;
  pushed: boolean;
  /** Each platform's manifest digest, when known (buildx). */
  platforms?: PlatformDigest[];
  /** Present only when every tag was pushed (or already held the image). */
  digest?: string;
  /** Present only when the pushed image was signed. */
  signature?: SignatureResult;
  /** Present only when a scan result of the pushed image was read. */
  scan?: ScanResult;
  /** What each `replicate-to` region ended with; present only when replication ran. */
  replicas?: ReplicaOutcome[];
}

export function references(result: Pick<RunResult, 'repository' | 'tagNames'>): string[] {
  return result.tagNames.map((name) => `${result.repository}:${name}`);
}

/** All outputs as name → value, pure so tests can specify them exactly. */
export function outputValues(result: RunResult): Record<string, string> {
  const values: Record<string, string> = {
    [Output.Registry]: result.registry,
    [Output.Namespace]: result.namespace,
    [Output.Repository]: result.repository,
    [Output.RepositoryOcid]: result.repositoryOcid,
    [Output.Tags]: references(result).join('\n'),
    [Output.TagNames]: result.tagNames.join('\n'),
    [Output.Version]: result.version,
    ...(result.imageId ? { [Output.ImageId]: result.imageId } : {}),
    [Output.Pushed]: String(result.pushed),
  };
  if (result.digest) {
    values[Output.Digest] = result.digest;
    values[Output.Image] = `${result.repository}@${result.digest}`;
  }
  if (result.signature) values[Output.SignatureOcid] = result.signature.id;
  if (result.scan) {
    values[Output.ScanSeverity] = result.scan.report.highestSeverity;
    values[Output.ScanProblems] = String(result.scan.report.problemCount);
  }
  if (result.replicas) values[Output.Replicas] = replicasOutput(result.replicas);
  const metadata: Record<string, unknown> = {
    ...values,
    ...(result.replicas ? { replicas: JSON.parse(replicasOutput(result.replicas)) as unknown } : {}),
    tags: references(result),
    'tag-names': result.tagNames,
    ...(result.platforms && result.platforms.length > 0
      ? { platforms: result.platforms.map(({ platform, digest }) => ({ platform, digest })) }
      : {}),
  };
  values[Output.Metadata] = JSON.stringify(metadata);
  return values;
}

export function setOutputs(result: RunResult): void {
  for (const [name, value] of Object.entries(outputValues(result))) core.setOutput(name, value);
}

/** Markdown for the job summary, pure. */
export function summaryMarkdown(result: RunResult): string {
  const rows = [
    ['Image', `\`${result.repository}\``],
    ['Tags', result.tagNames.map((name) => `\`${name}\``).join(' ')],
    ['Pushed', result.pushed ? 'yes' : 'no (built and tagged only)'],
    ...(result.digest
      ? [
          ['Digest', `\`${result.digest}\``],
          ['Deploy', `\`${result.repository}@${result.digest}\``],
        ]
      : []),
    ...(result.signature
      ? [
          ['Signature', `\`${result.signature.id}\``],
          [
            'Signed with',
            `Vault key \`${result.signature.keyId}\`, version \`${result.signature.keyVersionId}\`, ${result.signature.algorithm}`,
          ],
        ]
      : []),
    ...(result.platforms ?? []).map(({ platform, digest }) => [`Platform ${platform}`, `\`${digest}\``]),
    ...(result.imageId ? [['Local image id', `\`${result.imageId}\``]] : []),
  ];
  const table = ['| | |', '|---|---|', ...rows.map(([key, value]) => `| ${key} | ${value} |`)].join('\n');
  const pull = result.digest
    ? `\n\nPull it:\n\n\`\`\`sh\ndocker pull ${result.repository}@${result.digest}\n\`\`\`\n`
    : '\n';
  const scan = result.scan ? `\n${scanMarkdown(result.scan)}` : '';
  const replicas = result.replicas ? `\n${replicasMarkdown(result.replicas)}` : '';
  return `### Container image ${result.pushed ? 'pushed to' : 'built for'} ${result.registry}\n\n${table}${pull}${scan}${replicas}`;
}

/** One row per `replicate-to` region: the reference to deploy there, or why it has none. */
export function replicasMarkdown(replicas: readonly ReplicaOutcome[]): string {
  const rows = replicas.map(({ region, image, copied, failure }) => {
    const result = image
      ? `\`${image}\``
      : `**failed**: ${cell((failure ?? 'unknown').replace(/\s*\n\s*/g, ' '))}`;
    const copy = copied
      ? `${copied.blobsUploaded} blob(s) uploaded (${formatBytes(copied.bytesUploaded)}), ${copied.blobsPresent} already there`
      : '—';
    return `| ${region} | ${result} | ${copy} |`;
  });
  return ['#### Replicas', '', '| region | image | copy |', '|---|---|---|', ...rows].join('\n') + '\n';
}

/** The gate's verdict, the problems per severity and the worst of them with their packages. */
export function scanMarkdown(scan: ScanResult): string {
  const { counts, worst } = scanSummaryRows(scan.report);
  const verdict = scan.fails
    ? `**Failed** \`scan-gate: ${scan.gate}\`: the worst problem is ${scan.report.highestSeverity}.`
    : `Passed \`scan-gate: ${scan.gate}\`: the worst problem is ${scan.report.highestSeverity}.`;
  const countTable = [
    '| severity | problems |',
    '|---|---|',
    ...counts.map(([severity, count]) => `| ${severity} | ${count} |`),
  ].join('\n');
  const worstTable =
    worst.length === 0
      ? ''
      : [
          '\n\nWorst problems:\n',
          '| severity | problem | packages |',
          '|---|---|---|',
          ...worst.map(([severity, name, packages]) => `| ${severity} | ${cell(name)} | ${cell(packages)} |`),
        ].join('\n');
  return `#### Vulnerability scan\n\n${verdict} ${scan.report.problemCount} problem(s), scanned ${scan.report.timeFinished}.\n\n${countTable}${worstTable}\n`;
}

/** Text from the scanner inside a table cell: a `|` would split the cell. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|') || '—';
}

export async function writeSummary(result: RunResult): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(summaryMarkdown(result)).write();
}
