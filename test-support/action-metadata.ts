/**
 * The two things the runner takes from an action.yml: which file each step runs (`runs`) and
 * the input defaults it sets as INPUT_* when a workflow leaves an input out. Reads the plain
 * YAML subset our action.yml files use (block mappings, plain or quoted scalars) and refuses
 * anything else rather than guessing.
 */
import { readFileSync } from 'node:fs';

export interface ActionMetadata {
  using: string;
  main: string;
  post?: string;
  inputNames: string[];
  /** The inputs that declare a default: the runner sets those even when a workflow omits them. */
  inputDefaults: Record<string, string>;
}

export function readActionMetadata(path: string): ActionMetadata {
  return parseActionMetadata(readFileSync(path, 'utf8'), path);
}

export function parseActionMetadata(text: string, source = 'action.yml'): ActionMetadata {
  const inputNames: string[] = [];
  const inputDefaults: Record<string, string> = {};
  const runs: Record<string, string> = {};
  let section = '';
  let input = '';
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    const match = /^( *)([A-Za-z0-9_-]+):(?: +(.*))?$/.exec(line);
    if (!match) continue; // comments, blank lines, continuations of fields we do not read
    const [, indent = '', key = '', rawValue] = match;
    const valueOf = () => (rawValue === undefined ? undefined : scalar(rawValue, `${source}:${index + 1}`));
    if (indent.length === 0) {
      section = key;
    } else if (section === 'inputs' && indent.length === 2) {
      input = key;
      inputNames.push(input);
    } else if (section === 'inputs' && indent.length === 4 && key === 'default') {
      inputDefaults[input] = valueOf() ?? '';
    } else if (section === 'runs' && indent.length === 2) {
      runs[key] = valueOf() ?? '';
    }
  }
  if (!runs.using || !runs.main) throw new Error(`${source}: runs.using and runs.main are required`);
  return {
    using: runs.using,
    main: runs.main,
    ...(runs.post ? { post: runs.post } : {}),
    inputNames,
    inputDefaults,
  };
}

function scalar(text: string, where: string): string {
  const doubleQuoted = /^"((?:[^"\\]|\\.)*)"/.exec(text);
  if (doubleQuoted) return JSON.parse(doubleQuoted[0]) as string;
  const singleQuoted = /^'((?:[^']|'')*)'/.exec(text);
  if (singleQuoted) return (singleQuoted[1] ?? '').replace(/''/g, "'");
  if (/^[|>"']/.test(text)) throw new Error(`${where}: only one-line scalars are supported here`);
  return text.replace(/\s+#.*$/, '').trim();
}
