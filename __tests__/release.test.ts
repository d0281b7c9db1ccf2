/**
 * The release job's own scripts (.github/workflows/release.yml), run by bash in a clone of this
 * repository whose `origin` is a local bare repository: what the tags point at, what the pins say,
 * and that the token reaches nothing but the last step. `gh` is a stub that records its arguments;
 * the checkout and setup-node steps are what the clone and this Node are.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { findActionRefs } from '../scripts/pin-actions.js';

const REPOSITORY = 'acme/ocir-build-push-action';
const RELEASE_TOKEN = 'github_pat_11RELEASE0nly1nTheLastStep_9f8e7d6c5b4a';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}

const workflow = parse(readFileSync('.github/workflows/release.yml', 'utf8')) as {
  permissions: unknown;
  jobs: Record<
    string,
    { needs?: string; permissions: Record<string, string>; steps: Step[]; env?: Record<string, string> }
  >;
};
const releaseJob = workflow.jobs.release!;

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'release-'));
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}

/** A bare `origin` holding one commit of this repository's release-relevant files, and a clone of it. */
function checkout(name: string): { clone: string; origin: string; source: string } {
  const origin = join(root, `${name}.git`);
  const seed = join(root, `${name}-seed`);
  const clone = join(root, name);
  git(root, 'init', '-q', '--bare', '-b', 'main', origin);
  mkdirSync(seed);
  for (const path of ['.github', 'examples', 'scripts', 'action.yml', 'prune', 'dist']) {
    cpSync(path, join(seed, path), { recursive: true });
  }
  git(seed, 'init', '-q', '-b', 'main');
  git(seed, '-c', 'user.name=dev', '-c', 'user.email=dev@example.invalid', 'add', '-A');
  git(seed, '-c', 'user.name=dev', '-c', 'user.email=dev@example.invalid', 'commit', '-qm', 'source');
  git(seed, 'push', '-q', origin, 'main');
  git(root, 'clone', '-q', origin, clone);
  return { clone, origin, source: git(clone, 'rev-parse', 'HEAD') };
}

interface StepRun {
  name: string;
  status: number | null;
  output: string;
  env: Record<string, string>;
}

/** The release job's `run:` steps in order, each with the job's and its own env, until one fails. */
function runReleaseJob(clone: string, source: string, version: string): { steps: StepRun[]; gh: string[] } {
  const bin = join(root, `bin-${version}`);
  mkdirSync(bin, { recursive: true });
  const ghLog = join(bin, 'gh.log');
  writeFileSync(join(bin, 'gh'), `#!/bin/sh\nprintf '%s\\n' "$*" >> '${ghLog}'\n[ -n "$GH_TOKEN" ]\n`);
  chmodSync(join(bin, 'gh'), 0o755);
  writeFileSync(ghLog, '');
  const context = (value: string) =>
    value
      .replace(/\$\{\{\s*inputs\.version\s*\}\}/g, version)
      .replace(/\$\{\{\s*github\.sha\s*\}\}/g, source)
      .replace(/\$\{\{\s*secrets\.RELEASE_TOKEN\s*\}\}/g, RELEASE_TOKEN);
  const steps: StepRun[] = [];
  for (const step of releaseJob.steps) {
    if (step.run === undefined) continue;
    const env = Object.fromEntries(
      Object.entries({ ...releaseJob.env, ...step.env }).map(([key, value]) => [key, context(String(value))]),
    );
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], {
      cwd: clone,
      env: {
        PATH: `${bin}:${dirname(process.execPath)}:${process.env.PATH}`,
        HOME: root,
        GITHUB_REPOSITORY: REPOSITORY,
        GIT_CONFIG_NOSYSTEM: '1',
        ...env,
      },
      encoding: 'utf8',
    });
    steps.push({ name: step.name ?? '', status: result.status, output: result.stdout + result.stderr, env });
    if (result.status !== 0) break;
  }
  return { steps, gh: readFileSync(ghLog, 'utf8').split('\n').filter(Boolean) };
}

function fileAt(repo: string, ref: string, path: string): string {
  return git(repo, 'show', `${ref}:${path}`);
}

describe('the release job', () => {
  it('has no token in the job that installs packages, and gives RELEASE_TOKEN to its last step only', () => {
    expect(workflow.permissions).toEqual({});
    expect(releaseJob.needs).toBe('verify');
    expect(releaseJob.permissions).toEqual({ contents: 'read' });
    expect(workflow.jobs.verify!.permissions).toEqual({ contents: 'read' });
    const text = JSON.stringify(workflow.jobs.verify);
    expect(text).not.toContain('secrets.');
    expect(workflow.jobs.verify!.steps.map((step) => step.run).filter(Boolean)).toEqual([
      'npm install --no-audit --no-fund --ignore-scripts',
      'npm run check-dist',
    ]);
    // Nothing from npm in the job that holds the token.
    expect(releaseJob.steps.map((step) => step.run ?? '').join('\n')).not.toMatch(/\bnpm\b|\bnpx\b/);
    const withToken = releaseJob.steps
      .map((step, index) => ({ index, text: JSON.stringify(step) }))
      .filter(({ text: step }) => step.includes('RELEASE_TOKEN'));
    expect(withToken.map(({ index }) => index)).toEqual([releaseJob.steps.length - 1]);
    expect(releaseJob.steps.at(-1)!.env).toMatchObject({ RELEASE_TOKEN: '${{ secrets.RELEASE_TOKEN }}' });
    for (const step of releaseJob.steps.filter((step) => step.uses?.startsWith('actions/checkout@'))) {
      expect(step.with).toMatchObject({ 'persist-credentials': false });
      expect(step.with).not.toHaveProperty('token');
    }
  });

  describe('releasing 1.2.3', () => {
    let repo: { clone: string; origin: string; source: string };
    let run: ReturnType<typeof runReleaseJob>;

    beforeAll(() => {
      repo = checkout('stable');
      run = runReleaseJob(repo.clone, repo.source, '1.2.3');
    });

    it('every step succeeds', () => {
      expect(run.steps.map((step) => [step.name, step.status, step.status === 0 ? '' : step.output])).toEqual(
        releaseJob.steps.filter((step) => step.run).map((step) => [step.name ?? '', 0, '']),
      );
    });

    it('pushes v1.2.3 and moves v1 to it; the branch stays where it was', () => {
      const tagged = git(repo.origin, 'rev-parse', 'v1.2.3^{commit}');
      expect(git(repo.origin, 'rev-parse', 'v1^{commit}')).toBe(tagged);
      expect(git(repo.origin, 'rev-parse', 'main')).toBe(repo.source);
      // Two release commits on top of the source.
      expect(git(repo.origin, 'rev-parse', `${tagged}~2`)).toBe(repo.source);
    });

    it('the actions are pinned to the source commit, the examples call the workflow at the commit that pins them', () => {
      const pinned = git(repo.origin, 'rev-parse', 'v1.2.3~1');
      const workflowText = fileAt(repo.origin, 'v1.2.3', '.github/workflows/ocir-build-push.yml');
      const actionRefs = findActionRefs(workflowText, REPOSITORY);
      expect(actionRefs.map((found) => `${found.subpath}@${found.ref} # ${found.comment}`)).toEqual([
        `@${repo.source} # v1.2.3`,
        `@${repo.source} # v1.2.3`,
        `/prune@${repo.source} # v1.2.3`,
      ]);
      // The workflow the examples call is the one the tag carries.
      expect(fileAt(repo.origin, pinned, '.github/workflows/ocir-build-push.yml')).toBe(workflowText);
      const calls = ['examples/pr-previews.yml', 'examples/distributed-build.yml'].flatMap((file) =>
        findActionRefs(fileAt(repo.origin, 'v1.2.3', file), REPOSITORY).filter(
          (found) => found.kind === 'workflow',
        ),
      );
      expect(calls.map((found) => `${found.ref} # ${found.comment}`)).toEqual([
        `${pinned} # v1.2.3`,
        `${pinned} # v1.2.3`,
      ]);
      expect(fileAt(repo.origin, 'v1.2.3', 'examples/retention.yml')).toContain(
        `uses: ${REPOSITORY}/prune@${repo.source} # v1.2.3`,
      );
    });

    it('changes nothing but the pins: action.yml and dist/ are the source commit’s', () => {
      expect(git(repo.origin, 'diff', '--name-only', repo.source, 'v1.2.3').split('\n').sort()).toEqual([
        '.github/workflows/ocir-build-push.yml',
        'examples/build-push.yml',
        'examples/distributed-build.yml',
        'examples/keyless.yml',
        'examples/multi-platform.yml',
        'examples/pr-previews.yml',
        'examples/retention.yml',
      ]);
    });

    it('makes the GitHub release with the token, which never reaches a command line or .git/config', () => {
      expect(run.gh).toEqual(['release create v1.2.3 --verify-tag --generate-notes']);
      expect(readFileSync(join(repo.clone, '.git', 'config'), 'utf8')).not.toContain(RELEASE_TOKEN);
      expect(run.steps.map((step) => step.output).join('\n')).not.toContain(RELEASE_TOKEN);
      expect(run.steps.slice(0, -1).some((step) => Object.values(step.env).includes(RELEASE_TOKEN))).toBe(
        false,
      );
    });
  });

  it("git's credential helper in the push step answers GitHub with the token from the environment", () => {
    const helper = /credential\.helper='(![^']*)'/.exec(releaseJob.steps.at(-1)!.run!)?.[1];
    expect(helper).toBeDefined();
    const fill = spawnSync(
      'git',
      ['-c', 'credential.helper=', '-c', `credential.helper=${helper}`, 'credential', 'fill'],
      {
        cwd: root,
        input: 'protocol=https\nhost=github.com\npath=acme/ocir-build-push-action.git\n\n',
        env: { PATH: process.env.PATH, HOME: root, GIT_TERMINAL_PROMPT: '0', RELEASE_TOKEN },
        encoding: 'utf8',
      },
    );
    expect(fill.status).toBe(0);
    expect(fill.stdout).toContain('username=x-access-token\n');
    expect(fill.stdout).toContain(`password=${RELEASE_TOKEN}\n`);
    // The helper's text names the variable, not the value: that is what git's argv shows.
    expect(helper).not.toContain(RELEASE_TOKEN);
  });

  it('a pre-release leaves the major tag alone and is marked as one', () => {
    const repo = checkout('prerelease');
    const run = runReleaseJob(repo.clone, repo.source, '2.0.0-rc.1');
    expect(run.steps.every((step) => step.status === 0)).toBe(true);
    expect(git(repo.origin, 'tag', '--list')).toBe('v2.0.0-rc.1');
    expect(run.gh).toEqual(['release create v2.0.0-rc.1 --verify-tag --generate-notes --prerelease']);
  });

  it('refuses a malformed version, and a version whose tag exists, before pushing anything', () => {
    const repo = checkout('refusals');
    const bad = runReleaseJob(repo.clone, repo.source, 'v1.2');
    expect(bad.steps.at(-1)!.status).not.toBe(0);
    expect(bad.steps.at(-1)!.output).toContain("version must be X.Y.Z or X.Y.Z-pre (got 'v1.2')");

    git(repo.clone, 'tag', 'v1.0.0');
    const existing = runReleaseJob(repo.clone, repo.source, '1.0.0');
    expect(existing.steps.at(-1)!.output).toContain('tag v1.0.0 already exists');
    expect(git(repo.origin, 'tag', '--list')).toBe('');
    expect([...bad.gh, ...existing.gh]).toEqual([]);
  });
});
