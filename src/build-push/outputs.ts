/** Step outputs and the job summary: set only for what really happened. */
import * as core from '@actions/core';
import { Output } from './constants.js';

export interface RunResult {
  registry: string;
  namespace: string;
  /** `<registry>/<namespace>/<repository>`. */
  repository: string;
  repositoryOcid: string;
  tagNames: string[];
  version: string;
  imageId: string;
  pushed: boolean;
  /** Present only when every tag was pushed (or already held the image). */
  digest?: string;
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
    [Output.ImageId]: result.imageId,
    [Output.Pushed]: String(result.pushed),
  };
  if (result.digest) {
    values[Output.Digest] = result.digest;
    values[Output.Image] = `${result.repository}@${result.digest}`;
  }
  const metadata: Record<string, unknown> = {
    ...values,
    tags: references(result),
    'tag-names': result.tagNames,
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
    ['Local image id', `\`${result.imageId}\``],
  ];
  const table = ['| | |', '|---|---|', ...rows.map(([key, value]) => `| ${key} | ${value} |`)].join('\n');
  const pull = result.digest
    ? `\n\nPull it:\n\n\`\`\`sh\ndocker pull ${result.repository}@${result.digest}\n\`\`\`\n`
    : '\n';
  return `### Container image ${result.pushed ? 'pushed to' : 'built for'} ${result.registry}\n\n${table}${pull}`;
}

export async function writeSummary(result: RunResult): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(summaryMarkdown(result)).write();
}
