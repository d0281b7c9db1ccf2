/**
 * What the GitHub runner reads back from an action: the file commands (GITHUB_OUTPUT,
 * GITHUB_STATE, GITHUB_ENV) and the workflow commands in its output (`::add-mask::`, `::error::` …).
 * Pure parsing, so the runner harness and its tests share one definition.
 */

/**
 * Parses the file-command format: `name=value` lines and `name<<DELIMITER` heredocs whose value
 * runs until a line equal to DELIMITER. A later value for a name replaces the earlier one.
 */
export function parseFileCommands(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const equals = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
      values[line.slice(0, equals)] = line.slice(equals + 1);
    } else if (heredoc >= 0) {
      const name = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      const end = lines.indexOf(delimiter, i + 1);
      if (name === '' || delimiter === '' || end < 0) {
        throw new Error(`file command: heredoc '${line}' has no name, no delimiter or no closing line`);
      }
      values[name] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else {
      throw new Error(`file command: invalid line '${line}'`);
    }
  }
  return values;
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  title?: string;
}

export interface WorkflowCommands {
  /** Values the action asked the runner to mask (`core.setSecret`). */
  masks: string[];
  annotations: Annotation[];
  /** The output without the `::add-mask::` lines, which by design repeat the secret. */
  log: string;
}

const COMMAND = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/;

export function parseWorkflowCommands(output: string): WorkflowCommands {
  const masks: string[] = [];
  const annotations: Annotation[] = [];
  const kept: string[] = [];
  for (const line of output.split('\n')) {
    const match = COMMAND.exec(line.replace(/\r$/, ''));
    const [, command, properties, data] = match ?? [];
    if (command === 'add-mask') {
      masks.push(unescapeData(data ?? ''));
      continue;
    }
    if (command === 'error' || command === 'warning' || command === 'notice') {
      const title = parseProperties(properties ?? '').title;
      annotations.push({ level: command, message: unescapeData(data ?? ''), ...(title ? { title } : {}) });
    }
    kept.push(line);
  }
  return { masks, annotations, log: kept.join('\n') };
}

function parseProperties(text: string): Record<string, string> {
  const properties: Record<string, string> = {};
  for (const pair of text.split(',')) {
    const equals = pair.indexOf('=');
    if (equals > 0) properties[pair.slice(0, equals).trim()] = unescapeProperty(pair.slice(equals + 1));
  }
  return properties;
}

// The escapes @actions/core applies (toCommandValue + escapeData / escapeProperty).
function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(text: string): string {
  return unescapeData(text.replace(/%3A/g, ':').replace(/%2C/g, ','));
}
