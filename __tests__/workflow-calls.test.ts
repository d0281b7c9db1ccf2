/**
 * The reusable workflow called twice in one run (two Dockerfiles for one repository): each call's
 * merge joins exactly the digests its own platform legs pushed, never the other call's. The
 * workflow's own scripts run in bash and the artifact actions are modelled
 * (test-support/reusable-workflow.ts); our action's build is stood in for, since buildx is missing
 * here (e2e.yml runs it on GitHub's runners). Also: the concurrency group a run gets, per event.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { runDistributedCalls, type WorkflowCall } from '../test-support/reusable-workflow.js';

const WORKFLOW = readFileSync('.github/workflows/ocir-build-push.yml', 'utf8');

const digestOf = (text: string) => `sha256:${createHash('sha256').update(text).digest('hex')}`;

/** A call whose legs push digests named after `label`, so whose digests they are is plain. */
function call(label: string, given: WorkflowCall['with']): WorkflowCall & { digests: string[] } {
  const platforms = ['linux/amd64', 'linux/arm64'];
  return {
    with: { region: 'sa-saopaulo-1', repository: 'project-x/api', ...given },
    pushedDigest: (platform) => digestOf(`${label} ${platform}`),
    digests: platforms.map((platform) => digestOf(`${label} ${platform}`)).sort(),
  };
}

describe('two calls of the workflow in one run', () => {
  it('two Dockerfiles for one repository: each merge tags its own digests', () => {
    const api = call('api', { context: 'api', file: 'api/Dockerfile' });
    const worker = call('worker', { context: 'worker', file: 'worker/Dockerfile' });
    const [first, second] = runDistributedCalls(WORKFLOW, [api, worker]);

    expect(first!.mergeDigests.sort()).toEqual(api.digests);
    expect(second!.mergeDigests.sort()).toEqual(worker.digests);
    expect(Object.values(first!.pushed).sort()).toEqual(api.digests);
    // Four artifacts, two per call, none shared.
    expect(new Set([...first!.artifacts, ...second!.artifacts]).size).toBe(4);
    for (const name of [...first!.artifacts, ...second!.artifacts]) {
      expect(name).toMatch(/^digests-[0-9a-f]{16}-linux_(amd64|arm64)$/);
    }
  });

  it('calls that differ only in their tags, or only in the region, are told apart too', () => {
    const stable = call('stable', { tags: 'type=semver,pattern={{version}}' });
    const nightly = call('nightly', { tags: 'type=schedule,pattern=nightly' });
    const [a, b] = runDistributedCalls(WORKFLOW, [stable, nightly]);
    expect([a!.mergeDigests.sort(), b!.mergeDigests.sort()]).toEqual([stable.digests, nightly.digests]);

    const gru = call('gru', { region: 'gru' });
    const iad = call('iad', { region: 'iad' });
    const [c, d] = runDistributedCalls(WORKFLOW, [gru, iad]);
    expect([c!.mergeDigests.sort(), d!.mergeDigests.sort()]).toEqual([gru.digests, iad.digests]);
  });

  it("the caller's build-key keeps apart calls whose build inputs are the same", () => {
    const one = call('one', { 'build-key': 'one' });
    const two = call('two', { 'build-key': 'two' });
    const [a, b] = runDistributedCalls(WORKFLOW, [one, two]);
    expect([a!.mergeDigests.sort(), b!.mergeDigests.sort()]).toEqual([one.digests, two.digests]);
  });

  it('one key for two calls is the collision the key prevents: the first merge gets the second call’s digests', () => {
    // What repository + platform alone used to name: the same artifacts for both calls, overwritten.
    const api = call('api', { context: 'api', file: 'api/Dockerfile', 'build-key': 'same' });
    const worker = call('worker', { context: 'worker', file: 'worker/Dockerfile', 'build-key': 'same' });
    const [first, second] = runDistributedCalls(WORKFLOW, [api, worker]);
    expect(first!.artifacts).toEqual(second!.artifacts);
    expect(first!.mergeDigests.sort()).toEqual(worker.digests);
    expect(second!.mergeDigests.sort()).toEqual(worker.digests);
  });

  it('the same call in two runs (a re-run) gets the same key: a re-run replaces its own artifacts', () => {
    const once = call('x', { context: 'api' });
    const [a] = runDistributedCalls(WORKFLOW, [once]);
    const [b] = runDistributedCalls(WORKFLOW, [once]);
    expect(a!.artifacts).toEqual(b!.artifacts);
  });
});

describe('replicate-to passes through to the jobs that tag and that prune', () => {
  type Job = { steps?: Array<{ uses?: string; with?: Record<string, unknown> }> };
  const jobs = (parse(WORKFLOW) as { jobs: Record<string, Job> }).jobs;
  /** The `replicate-to` each step of ours in `job` is given, as written. */
  const givenIn = (job: string) =>
    (jobs[job]!.steps ?? [])
      .filter((step) => step.uses?.startsWith('<owner>/<repo>'))
      .map((step) => step.with?.['replicate-to']);

  it('distributed: the merge that tags the index replicates it; the legs that push by digest do not', () => {
    const [dr] = runDistributedCalls(WORKFLOW, [
      call('dr', { 'replicate-to': 'sa-vinhedo-1, us-ashburn-1' }),
    ]);
    expect(dr!.replicateTo).toEqual({ merge: 'sa-vinhedo-1, us-ashburn-1', legs: ['', ''] });
    expect(dr!.mergeDigests.sort()).toEqual(call('dr', {}).digests);
    const [plain] = runDistributedCalls(WORKFLOW, [call('plain', {})]);
    expect(plain!.replicateTo).toEqual({ merge: '', legs: ['', ''] });
  });

  it('one build job: the step that builds, tags and replicates; and the prune of a closed pull request', () => {
    expect(givenIn('build')).toEqual(['${{ inputs.replicate-to }}']);
    expect(givenIn('prune-preview')).toEqual(['${{ inputs.replicate-to }}']);
    expect(givenIn('platform')).toEqual([undefined]);
  });
});

/**
 * The workflow-level concurrency group for an event, evaluated: `&&`, `||`, `format()` and context
 * paths are all it uses (GitHub's `&&`/`||` return an operand, as JavaScript's do).
 */
function concurrencyFor(context: Record<string, unknown>): {
  group: string;
  cancel: unknown;
  queue: unknown;
} {
  const concurrency = (
    parse(WORKFLOW) as { concurrency: { group: string; 'cancel-in-progress': unknown; queue: unknown } }
  ).concurrency;
  const lookup = (path: string) =>
    path
      .split('.')
      .reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], context);
  const format = (template: string, ...args: unknown[]) =>
    template.replace(/\{(\d+)\}/g, (_, index: string) => String(args[Number(index)] ?? ''));
  const group = concurrency.group.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expression: string) => {
    const js = expression.replace(/'(?:[^']|'')*'|\b[a-z][\w-]*(?:\.[\w-]+)+/g, (token) =>
      token.startsWith("'")
        ? JSON.stringify(token.slice(1, -1).replace(/''/g, "'"))
        : `lookup(${JSON.stringify(token)})`,
    );
    return String(
      (new Function('lookup', 'format', `return (${js});`) as (...a: unknown[]) => unknown)(lookup, format) ??
        '',
    );
  });
  return { group, cancel: concurrency['cancel-in-progress'], queue: concurrency.queue };
}

describe('concurrency: one run at a time per ref or pull request, never cancelled', () => {
  const inputs = { region: 'gru', repository: 'project-x/api', context: '.', file: '', 'build-key': '' };
  const push = (ref: string) => concurrencyFor({ inputs, github: { ref, event: {} } });
  const pr = (number: number) =>
    concurrencyFor({
      inputs,
      github: { ref: `refs/pull/${number}/merge`, event: { pull_request: { number } } },
    });

  it('pushes to one branch share a group; other branches and tags have their own; none is cancelled', () => {
    expect(push('refs/heads/main')).toEqual(push('refs/heads/main'));
    // Neither the running run (cancel-in-progress) nor a waiting one (the default queue of one).
    expect(push('refs/heads/main').cancel).toBe(false);
    expect(push('refs/heads/main').queue).toBe('max');
    expect(push('refs/heads/main').group).toContain('refs/heads/main');
    expect(
      new Set([push('refs/heads/main'), push('refs/heads/dev'), push('refs/tags/v1.2.3')].map((c) => c.group))
        .size,
    ).toBe(3);
  });

  it('a pull request (its builds and its prune) is one group, apart from its branch and from other pull requests', () => {
    expect(pr(42)).toEqual(pr(42));
    expect(pr(42).group).toContain('pr-42');
    expect(pr(42).group).not.toBe(pr(43).group);
    expect(pr(42).group).not.toBe(push('refs/heads/feature').group);
  });

  it('other calls of the run (another Dockerfile, build-key, repository or region) have their own group', () => {
    const main = push('refs/heads/main').group;
    const variant = (changed: Record<string, string>) =>
      concurrencyFor({ inputs: { ...inputs, ...changed }, github: { ref: 'refs/heads/main', event: {} } })
        .group;
    expect(
      new Set([
        main,
        variant({ file: 'worker/Dockerfile' }),
        variant({ context: 'worker' }),
        variant({ 'build-key': 'worker' }),
        variant({ repository: 'project-x/worker' }),
        variant({ region: 'iad' }),
      ]).size,
    ).toBe(6);
  });

  it('no job has a concurrency group of its own (one per call, at the top)', () => {
    const jobs = (parse(WORKFLOW) as { jobs: Record<string, Record<string, unknown>> }).jobs;
    expect(
      Object.entries(jobs)
        .filter(([, job]) => 'concurrency' in job)
        .map(([id]) => id),
    ).toEqual([]);
  });
});
