/**
 * How the demo shows a step to a person at a terminal, as the GitHub web UI would: workflow
 * commands turned into what the runner displays, debug lines only when step debug is on, and
 * the job summary's markdown as plain aligned text. Pure, so tests pin the rendering.
 */

/** Step debug, as the runner decides it: `--debug`, RUNNER_DEBUG=1 or ACTIONS_STEP_DEBUG=true. */
export function stepDebugRequested(argv: readonly string[], env: NodeJS.ProcessEnv): boolean {
  return (
    argv.includes('--debug') || env.RUNNER_DEBUG === '1' || env.ACTIONS_STEP_DEBUG?.toLowerCase() === 'true'
  );
}

const COMMAND = /^::([a-z-]+)(?: [^:]*)?::(.*)$/;
const ANNOTATION_LABEL: Record<string, string> = { error: 'Error', warning: 'Warning', notice: 'Notice' };

/**
 * A step's log as the runner shows it: `::debug::` lines only with step debug on (as `##[debug]`),
 * annotations as `Error:`/`Warning:`/`Notice:` lines, groups as `▸ title`, other commands hidden.
 */
export function runnerView(log: string, options: { debug: boolean }): string {
  const shown: string[] = [];
  for (const line of log.split('\n')) {
    const match = COMMAND.exec(line.replace(/\r$/, ''));
    if (!match) {
      shown.push(line);
      continue;
    }
    const [, command = '', data = ''] = match;
    const text = data.replace(/%0D/g, '').replace(/%0A/g, '\n').replace(/%25/g, '%');
    if (command === 'debug') {
      if (options.debug) shown.push(...text.split('\n').map((part) => `##[debug]${part}`));
    } else if (command === 'group') {
      shown.push(`▸ ${text}`);
    } else if (ANNOTATION_LABEL[command]) {
      shown.push(`${ANNOTATION_LABEL[command]}: ${text}`);
    }
    // endgroup, add-mask, add-matcher …: the runner acts on them and shows nothing.
  }
  return shown.join('\n');
}

/**
 * Job-summary markdown as terminal text: tables become aligned columns, headings lose their
 * hashes, code spans and bold lose their markers, fenced code is indented.
 */
export function markdownAsText(markdown: string): string {
  const out: string[] = [];
  const lines = markdown.replace(/\r\n/g, '\n').split('\n');
  let inFence = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.startsWith('```')) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      out.push(`    ${line}`);
      continue;
    }
    if (isTableRow(line)) {
      const table: string[] = [];
      while (i < lines.length && isTableRow(lines[i] ?? '')) table.push(lines[i++] ?? '');
      i--;
      out.push(...alignedTable(table));
      continue;
    }
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    out.push(inline(heading ? heading[1]! : line));
  }
  return out.join('\n');
}

function isTableRow(line: string): boolean {
  return /^\s*\|.*\|\s*$/.test(line);
}

function inline(text: string): string {
  return text
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\*\*([^*]*)\*\*/g, '$1')
    .replace(/\[([^\]]*)\]\(([^)]*)\)/g, '$1 ($2)');
}

function cells(row: string): string[] {
  return row
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => inline(cell.trim()));
}

function alignedTable(rows: string[]): string[] {
  const isRule = (row: string) => /^\s*\|(\s*:?-+:?\s*\|)+\s*$/.test(row);
  const body = rows.filter((row) => !isRule(row)).map(cells);
  // A header of empty cells (`| | |`, a key-value table) is not shown.
  const visible = body.filter((row) => row.some((cell) => cell !== ''));
  const widths: number[] = [];
  for (const row of visible)
    row.forEach((cell, column) => (widths[column] = Math.max(widths[column] ?? 0, cell.length)));
  return visible.map((row) =>
    row
      .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}
