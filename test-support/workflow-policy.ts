/**
 * What every workflow we ship or show must hold, as pure checks on its text, each returning the
 * problems it finds (empty: none):
 *
 * - every `uses:` is pinned: a full commit SHA with its version as a comment (`@<sha> # v4.2.2`), a
 *   local path (`./`), a `docker://…@sha256:` image, or our own `<owner>/<repo>` placeholder, which
 *   the release pins by commit (scripts/pin-actions.ts);
 * - no `run:` expands `${{ … }}` of data a caller, an event or a secret controls: that text becomes
 *   part of the script (script injection); it goes through `env:` instead;
 * - every actions/checkout sets `persist-credentials: false`, so no token is left in .git/config
 *   for later steps (or a build context) to read;
 * - (callers: the examples and the README's workflows) secrets only in a step's `env:`, a step's
 *   `with:` or a reusable workflow's `secrets:`, never for a whole job; and every job states its
 *   `permissions:`.
 */
import { parse } from 'yaml';
import { ACTION_REPOSITORY, FULL_SHA } from '../scripts/pin-actions.js';

type YamlMap = Record<string, unknown>;

function isMap(value: unknown): value is YamlMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function jobsOf(text: string): Array<[string, YamlMap]> {
  const jobs = (parse(text) as YamlMap | null)?.jobs;
  return Object.entries(isMap(jobs) ? jobs : {}).map(([id, job]) => [id, isMap(job) ? job : {}]);
}

function stepsOf(job: YamlMap): YamlMap[] {
  return Array.isArray(job.steps) ? job.steps.map((step) => (isMap(step) ? step : {})) : [];
}

/** `uses:` lines, with the value and the comment after it, read from the text (YAML drops comments). */
const USES_LINE = /^\s*(?:-\s+)?uses:\s*(['"]?)([^\s'"#]+)\1(?:[ \t]+#[ \t]*(.*?))?[ \t]*$/gm;

/** A version comment as Dependabot writes and updates it. */
const VERSION_COMMENT = /^v\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;

export function unpinnedUses(text: string, file: string): string[] {
  const problems: string[] = [];
  for (const match of text.matchAll(USES_LINE)) {
    const uses = match[2]!;
    const comment = match[3] ?? '';
    const line = text.slice(0, match.index).split('\n').length;
    if (uses.startsWith('./') || uses === '.') continue;
    if (uses.startsWith('docker://')) {
      if (!/@sha256:[0-9a-f]{64}$/.test(uses))
        problems.push(`${file}:${line} ${uses} is not pinned by digest`);
      continue;
    }
    const [name = '', ref = ''] = uses.split('@');
    if (name === ACTION_REPOSITORY || name.startsWith(`${ACTION_REPOSITORY}/`)) continue;
    if (!FULL_SHA.test(ref)) {
      problems.push(`${file}:${line} ${uses} is not pinned by commit (use @<full sha> # vX.Y.Z)`);
    } else if (!VERSION_COMMENT.test(comment)) {
      problems.push(`${file}:${line} ${uses} has no version comment (# vX.Y.Z)`);
    }
  }
  return problems;
}

/** Third-party actions and the `<sha> # <version>` each `uses:` pins them to. */
export function thirdPartyPins(text: string): Array<{ action: string; pin: string }> {
  return [...text.matchAll(USES_LINE)]
    .map((match) => ({ uses: match[2]!, comment: match[3] ?? '' }))
    .filter(
      ({ uses }) =>
        !uses.startsWith('./') && !uses.startsWith('docker://') && !uses.startsWith(ACTION_REPOSITORY),
    )
    .map(({ uses, comment }) => {
      const [action = '', ref = ''] = uses.split('@');
      return { action, pin: `${ref} # ${comment}` };
    });
}

/**
 * Contexts whose values come from outside the workflow's own code: the event (titles, branch names,
 * bodies), a caller's inputs, a matrix (in a reusable workflow, built from inputs), and secrets.
 */
const UNTRUSTED = /^(github\.event\b|github\.head_ref\b|inputs\b|matrix\b|secrets\b)/;

/** The contexts an expression reads: `github.event.x`, `inputs.y`, … (strings stripped first). */
function contextsIn(expression: string): string[] {
  return [
    ...expression.replace(/'(?:[^']|'')*'/g, "''").matchAll(/[A-Za-z_][\w-]*(?:\.[\w-]+|\[[^\]]*\])*/g),
  ].map((found) => found[0]);
}

export function untrustedRunExpansions(text: string, file: string): string[] {
  const problems: string[] = [];
  for (const [jobId, job] of jobsOf(text)) {
    stepsOf(job).forEach((step, index) => {
      if (typeof step.run !== 'string') return;
      for (const [, expression] of step.run.matchAll(/\$\{\{([\s\S]*?)\}\}/g)) {
        const untrusted = contextsIn(expression!).filter((context) => UNTRUSTED.test(context));
        if (untrusted.length > 0) {
          const name =
            typeof step.name === 'string' ? step.name : typeof step.id === 'string' ? step.id : index + 1;
          problems.push(
            `${file} ${jobId} step ${name}: run expands \${{${expression}}} (${untrusted.join(', ')}); pass it through env:`,
          );
        }
      }
    });
  }
  return problems;
}

export function persistedCheckouts(text: string, file: string): string[] {
  const problems: string[] = [];
  for (const [jobId, job] of jobsOf(text)) {
    stepsOf(job).forEach((step, index) => {
      if (typeof step.uses !== 'string' || !step.uses.startsWith('actions/checkout@')) return;
      const persist = isMap(step.with) ? step.with['persist-credentials'] : undefined;
      if (persist !== false && persist !== 'false') {
        problems.push(
          `${file} ${jobId} step ${index + 1}: actions/checkout without persist-credentials: false`,
        );
      }
    });
  }
  return problems;
}

/** Secrets for a whole workflow or job reach every step, third-party ones included. */
export function secretsBeyondSteps(text: string, file: string): string[] {
  const hasSecret = (value: unknown): boolean =>
    typeof value === 'string'
      ? /\$\{\{[^}]*\bsecrets\./.test(value)
      : Array.isArray(value)
        ? value.some(hasSecret)
        : isMap(value) && Object.values(value).some(hasSecret);
  const workflow = parse(text) as YamlMap | null;
  const problems: string[] = [];
  if (hasSecret(workflow?.env))
    problems.push(`${file}: a secret in the workflow's env; give it to the step that needs it`);
  for (const [jobId, job] of jobsOf(text)) {
    if (hasSecret(job.env))
      problems.push(`${file} ${jobId}: a secret in the job's env; give it to the step that needs it`);
  }
  return problems;
}

export function jobsWithoutPermissions(text: string, file: string): string[] {
  return jobsOf(text)
    .filter(([, job]) => !('permissions' in job))
    .map(([jobId]) => `${file} ${jobId}: no permissions: (state the least the job needs, {} for none)`);
}
