/**
 * Pins the references to this repository's own actions and reusable workflow to release commits.
 *
 * A reusable workflow cannot use `uses: ./` (that resolves in the caller's checkout), so
 * .github/workflows/ocir-build-push.yml names the actions as `<owner>/<repo>@<ref>` and
 * `<owner>/<repo>/prune@<ref>`, and the examples call `<owner>/<repo>/.github/workflows/…@<ref>`.
 * On main these read `<owner>/<repo>@v1`: a placeholder no caller can run. The release workflow
 * writes the real repository and full commit SHAs, each with the version as a comment, the way
 * third-party actions are pinned (`@<sha> # v1.2.3`):
 *
 *   actions    the actions (`<owner>/<repo>`, `/prune`) at the commit the release is cut from, whose
 *              action.yml and dist/ are the release's;
 *   workflows  the examples' calls of the reusable workflow at the release commit that carries the
 *              actions' pins (a commit cannot name itself, so the release makes two).
 *
 *   node scripts/pin-actions.ts actions <sha> --version v1.2.3 [--repository acme/ocir-build-push-action]
 *   node scripts/pin-actions.ts workflows <sha> --version v1.2.3 [--repository …]
 *   node scripts/pin-actions.ts --check [--repository …]   # exit 1 unless the pins agree
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** How the files name this repository until a release writes the real one. */
export const ACTION_REPOSITORY = '<owner>/<repo>';

/** Files whose references are pinned: the reusable workflow and every example workflow. */
export const PINNED_PATHS = ['.github/workflows/ocir-build-push.yml', 'examples'] as const;

/** An action (`''`, `/prune`) or a reusable workflow (`/.github/workflows/<file>`). */
export type RefKind = 'action' | 'workflow';

export interface ActionRef {
  /** `owner/name` as written. */
  repository: string;
  /** `''` for the main action, `/prune`, or `/.github/workflows/<file>`. */
  subpath: string;
  kind: RefKind;
  ref: string;
  /** The trailing comment without `#` (the version of a pinned commit), `''` when none. */
  comment: string;
  /** 1-based line of the `uses:`. */
  line: number;
}

export interface Pin {
  kind: RefKind;
  /** Full commit SHA: a tag or branch can move, a commit cannot. */
  sha: string;
  /** The release the commit belongs to, written as the comment (`v1.2.3`). */
  version: string;
}

export const FULL_SHA = /^[0-9a-f]{40}$/;
export const VERSION = /^v\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;
const REPOSITORY = /^[\w.-]+\/[\w.-]+$/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `uses:` values (optionally quoted, optionally commented) that name `repository`, with or without a subpath. */
function usesPattern(repository: string): RegExp {
  return new RegExp(
    `^(\\s*(?:-\\s+)?uses:\\s*)(['"]?)(${escapeRegExp(repository)})((?:/[^@\\s'"]+)?)@([^\\s'"#]+)\\2([ \\t]+#[^\\n]*|[ \\t]*)$`,
    'gm',
  );
}

function kindOf(subpath: string): RefKind {
  return subpath.startsWith('/.github/workflows/') ? 'workflow' : 'action';
}

/** Every reference to `repository`'s actions or workflows in a workflow text. */
export function findActionRefs(text: string, repository: string = ACTION_REPOSITORY): ActionRef[] {
  const refs: ActionRef[] = [];
  for (const match of text.matchAll(usesPattern(repository))) {
    const line = text.slice(0, match.index).split('\n').length;
    const subpath = match[4]!;
    const comment = (match[6] ?? '').trim().replace(/^#\s*/, '');
    refs.push({ repository: match[3]!, subpath, kind: kindOf(subpath), ref: match[5]!, comment, line });
  }
  return refs;
}

/**
 * The text with every reference of `pin.kind` to `from` rewritten to `to@<sha> # <version>` (any
 * comment it had is replaced); everything else byte for byte.
 */
export function pinActionRefs(
  text: string,
  pin: Pin,
  from: string = ACTION_REPOSITORY,
  to: string = from,
): string {
  if (!FULL_SHA.test(pin.sha)) {
    throw new Error(`pin-actions: "${pin.sha}" is not a full commit SHA (40 lower-case hex digits)`);
  }
  if (!VERSION.test(pin.version))
    throw new Error(`pin-actions: "${pin.version}" is not a version (e.g. v1.2.3)`);
  if (to !== ACTION_REPOSITORY && !REPOSITORY.test(to)) {
    throw new Error(`pin-actions: "${to}" is not owner/name (e.g. acme/ocir-build-push-action)`);
  }
  return text.replace(
    usesPattern(from),
    (match, prefix: string, quote: string, _repository: string, subpath: string) =>
      kindOf(subpath) === pin.kind
        ? `${prefix}${quote}${to}${subpath}@${pin.sha}${quote} # ${pin.version}`
        : match,
  );
}

/**
 * The refs that disagree: every action ref must name the first action ref's repository and ref,
 * every workflow ref the first workflow ref's, and all of them the same version comment (one
 * release). Empty when all pins agree.
 */
export function disagreeingRefs(refs: Array<ActionRef & { file: string }>): string[] {
  const where = (found: ActionRef & { file: string }) =>
    `${found.file}:${found.line} uses ${found.repository}${found.subpath}@${found.ref}`;
  const commented = (found: ActionRef & { file: string }) =>
    `${where(found)}${found.comment ? ` # ${found.comment}` : ''}`;
  const firstOf = new Map<RefKind, ActionRef & { file: string }>();
  const problems: string[] = [];
  for (const found of refs) {
    const first = firstOf.get(found.kind) ?? found;
    firstOf.set(found.kind, first);
    if (found.ref !== first.ref || found.repository !== first.repository) {
      problems.push(`${where(found)}, ${where(first)}`);
    } else if (found.comment !== refs[0]!.comment) {
      problems.push(`${commented(found)}, ${commented(refs[0]!)}`);
    }
  }
  return problems;
}

/**
 * What a release must have written: the real repository, and every ref a full commit SHA with its
 * version as the comment. Empty when every ref is so pinned.
 */
export function unreleasedRefs(refs: Array<ActionRef & { file: string }>): string[] {
  return refs
    .filter((found) => !FULL_SHA.test(found.ref) || !VERSION.test(found.comment))
    .map(
      (found) =>
        `${found.file}:${found.line} uses ${found.repository}${found.subpath}@${found.ref}` +
        `${found.comment ? ` # ${found.comment}` : ''}: not a commit SHA with its version (@<sha> # v1.2.3)`,
    );
}

/** The workflow files under `root` that carry pinned references. */
export function pinnedFiles(root: string): string[] {
  return PINNED_PATHS.flatMap((path) =>
    path.endsWith('.yml')
      ? [path]
      : readdirSync(join(root, path))
          .filter((name) => name.endsWith('.yml') || name.endsWith('.yaml'))
          .sort()
          .map((name) => `${path}/${name}`),
  );
}

interface Arguments {
  pin?: Pin;
  repository?: string;
  check: boolean;
}

const USAGE =
  'usage: node scripts/pin-actions.ts actions|workflows <sha> --version v1.2.3 [--repository owner/name]' +
  ' | --check [--repository owner/name]';

function parseArguments(argv: string[]): Arguments {
  const parsed: Arguments = { check: false };
  const positional: string[] = [];
  let version: string | undefined;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!;
    if (argument === '--check') parsed.check = true;
    else if (argument === '--repository') parsed.repository = argv[++index];
    else if (argument === '--version') version = argv[++index];
    else if (!argument.startsWith('-')) positional.push(argument);
    else throw new Error(`pin-actions: unexpected argument ${argument}\n${USAGE}`);
  }
  if (parsed.check) {
    if (positional.length > 0 || version !== undefined) throw new Error(USAGE);
    return parsed;
  }
  const [what, sha, ...rest] = positional;
  const kinds: Record<string, RefKind> = { actions: 'action', workflows: 'workflow' };
  const kind = kinds[what ?? ''];
  if (kind === undefined || sha === undefined || version === undefined || rest.length > 0) {
    throw new Error(USAGE);
  }
  // Refused before any file is read: a release must not write half its pins.
  if (!FULL_SHA.test(sha)) throw new Error(`pin-actions: "${sha}" is not a full commit SHA`);
  if (!VERSION.test(version)) throw new Error(`pin-actions: "${version}" is not a version (e.g. v1.2.3)`);
  return { ...parsed, pin: { kind, sha, version } };
}

function main(argv: string[]): number {
  const args = parseArguments(argv);
  const root = process.cwd();
  const files = pinnedFiles(root);
  if (args.check) {
    const repository = args.repository ?? ACTION_REPOSITORY;
    const refs = files.flatMap((file) =>
      findActionRefs(readFileSync(join(root, file), 'utf8'), repository).map((found) => ({ ...found, file })),
    );
    // The placeholder on main carries no SHA yet; a released tree must.
    const problems = [
      ...disagreeingRefs(refs),
      ...(repository === ACTION_REPOSITORY ? [] : unreleasedRefs(refs)),
    ];
    for (const problem of problems) console.error(problem);
    console.log(`${refs.length} references to ${repository}, ${problems.length} problem(s)`);
    return refs.length > 0 && problems.length === 0 ? 0 : 1;
  }
  const pin = args.pin!;
  let pinned = 0;
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    const found = findActionRefs(text).filter((ref) => ref.kind === pin.kind).length;
    if (found === 0) continue;
    writeFileSync(join(root, file), pinActionRefs(text, pin, ACTION_REPOSITORY, args.repository));
    console.log(`${file}: ${found} reference(s) pinned`);
    pinned += found;
  }
  // A release without a single pin would ship a workflow still pointing at the placeholder.
  if (pinned === 0) {
    console.error(`pin-actions: no ${pin.kind} "uses: ${ACTION_REPOSITORY}…@…" found in ${files.join(', ')}`);
    return 1;
  }
  const target = `${args.repository ?? ACTION_REPOSITORY}…@${pin.sha} # ${pin.version}`;
  console.log(`${pinned} ${pin.kind} reference(s) now use ${target}`);
  return 0;
}

if (import.meta.main) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
