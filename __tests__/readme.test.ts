/** The README's inputs and outputs tables must say what action.yml says. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

interface ActionYaml {
  inputs: Record<string, { required?: boolean; default?: string }>;
  outputs: Record<string, unknown>;
}

const action = parse(readFileSync('action.yml', 'utf8')) as ActionYaml;
const readme = readFileSync('README.md', 'utf8');

/** Rows of the first table after `heading`: first cell without backticks → second cell. */
function table(heading: string): Map<string, string> {
  const section = readme.split(`\n${heading}\n`)[1]?.split('\n## ')[0] ?? '';
  const rows = section.split('\n').filter((line) => /^\| `/.test(line));
  return new Map(
    rows.map((row) => {
      const cells = row.split(/(?<!\\)\|/).map((cell) => cell.trim());
      return [cells[1]!.replace(/`/g, ''), cells[2]!];
    }),
  );
}

describe('README', () => {
  const inputs = table('## Inputs');
  const outputs = table('## Outputs');

  it('lists every input of action.yml, in order', () => {
    expect([...inputs.keys()]).toEqual(Object.keys(action.inputs));
  });

  it('shows the defaults action.yml sets, and marks the required input', () => {
    for (const [name, spec] of Object.entries(action.inputs)) {
      if (spec.default !== undefined)
        expect({ name, default: inputs.get(name) }).toEqual({ name, default: `\`${spec.default}\`` });
      if (spec.required) expect({ name, default: inputs.get(name) }).toEqual({ name, default: 'required' });
    }
  });

  it('lists every output of action.yml, in order', () => {
    expect([...outputs.keys()]).toEqual(Object.keys(action.outputs));
  });
});
