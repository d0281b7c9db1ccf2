/** The README's inputs and outputs tables must say what each action.yml says. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

interface ActionYaml {
  inputs: Record<string, { required?: boolean; default?: string }>;
  outputs: Record<string, unknown>;
}

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

describe.each([
  { file: 'action.yml', inputsHeading: '## Inputs', outputsHeading: '## Outputs' },
  { file: 'prune/action.yml', inputsHeading: '## Prune inputs', outputsHeading: '## Prune outputs' },
])('README tables of $file', ({ file, inputsHeading, outputsHeading }) => {
  const action = parse(readFileSync(file, 'utf8')) as ActionYaml;
  const inputs = table(inputsHeading);
  const outputs = table(outputsHeading);

  it('list every input, in order', () => {
    expect([...inputs.keys()]).toEqual(Object.keys(action.inputs));
  });

  it('show the defaults action.yml sets, and mark the required inputs', () => {
    for (const [name, spec] of Object.entries(action.inputs)) {
      if (spec.default !== undefined)
        expect({ name, default: inputs.get(name) }).toEqual({ name, default: `\`${spec.default}\`` });
      if (spec.required) expect({ name, default: inputs.get(name) }).toEqual({ name, default: 'required' });
    }
  });

  it('list every output, in order', () => {
    expect([...outputs.keys()]).toEqual(Object.keys(action.outputs));
  });
});
