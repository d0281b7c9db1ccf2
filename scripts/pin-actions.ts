/**
 * Pins the references to this repository's own actions and reusable workflow to one ref.
 *
 * A reusable workflow cannot use `uses: ./` (that resolves in the caller's checkout), so
 * .github/workflows/ocir-build-push.yml names the actions as `<owner>/<repo>@<ref>` and
 * `<owner>/<repo>/prune@<ref>`, and the examples call `<owner>/<repo>/.github/workflows/…@<ref>`.
 * On main these read `<owner>/<repo>@v1`; the release workflow runs this script to write the real
 * repository and the release tag into a release commit, so a caller of @v1.2.3 runs the actions
 * of v1.2.3.
 *
 *   node scripts/pin-actions.ts v1.2.3 [--repository acme/ocir-build-push-action]
 *   node scripts/pin-actions.ts --check [--repository …]   # exit 1 unless the pins agree
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** How the files name this repository until a release writes the real one. */
export const ACTION_REPOSITORY = '<owner>/<repo>';

/** Files whose references are pinned: the reusable workflow and every example workflow. */
export const PINNED_PATHS = ['.github/workflows/ocir-build-push.yml', 'examples'] as const;

export interface ActionRef {
  /** `owner/name` as written. */
  repository: string;
  /** `''` for the main action, `/prune`, or `/.github/workflows/<file>`. */
  subpath: string;
  ref: string;
  /** 1-based line of the `uses:`. */
  line: number;
}

/** A ref a release can pin: a tag, branch or sha, no spaces or quotes. */
const REF = /^[A-Za-z0-9][\w./-]*$/;
const REPOSITORY = /^[\w.-]+\/[\w.-]+$/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `uses:` values (optionally quoted) that name `repository`, with or without a subpath. */
function usesPattern(repository: string): RegExp {
  return new RegExp(
    `^(\\s*(?:-\\s+)?uses:\\s*)(['"]?)(${escapeRegExp(repository)})((?:/[^@\\s'"]+)?)@([^\\s'"#]+)\\2`,
    'gm',
  );
}

/** Every reference to `repository`'s actions or workflows in a workflow text. */
export function findActionRefs(text: string, repository: string = ACTION_REPOSITORY): ActionRef[] {
  const refs: ActionRef[] = [];
  for (const match of text.matchAll(usesPattern(repository))) {
    const line = text.slice(0, match.index).split('\n').length;
    refs.push({ repository: match[3]!, subpath: match[4]!, ref: match[5]!, line });
  }
  return refs;
}

/** The text with every reference to `from` rewritten to `to@ref`; everything else byte for byte. */
export function pinActionRefs(
  text: string,
  ref: string,
  from: string = ACTION_REPOSITORY,
  to: string = from,
): string {
  if (!REF.test(ref)) throw new Error(`pin-actions: "${ref}" is not a ref (e.g. v1.2.3)`);
  if (to !== ACTION_REPOSITORY && !REPOSITORY.test(to)) {
    throw new Error(`pin-actions: "${to}" is not owner/name (e.g. acme/ocir-build-push-action)`);
  }
  return text.replace(
    usesPattern(from),
    (_match, prefix: string, quote: string, _repository: string, subpath: string) =>
      `${prefix}${quote}${to}${subpath}@${ref}${quote}`,
  );
}

/** The refs of `refs` that differ from the first one: empty when all pins agree. */
export function disagreeingRefs(refs: Array<ActionRef & { file: string }>): string[] {
  const first = refs[0];
  if (first === undefined) return [];
  return refs
    .filter((found) => found.ref !== first.ref || found.repository !== first.repository)
    .map(
      (found) =>
        `${found.file}:${found.line} uses ${found.repository}${found.subpath}@${found.ref}, ` +
        `${first.file}:${first.line} uses ${first.repository}${first.subpath}@${first.ref}`,
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
  ref?: string;
  repository?: string;
  check: boolean;
}

function parseArguments(argv: string[]): Arguments {
  const parsed: Arguments = { check: false };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!;
    if (argument === '--check') parsed.check = true;
    else if (argument === '--repository') parsed.repository = argv[++index];
    else if (!argument.startsWith('-') && parsed.ref === undefined) parsed.ref = argument;
    else throw new Error(`pin-actions: unexpected argument ${argument}`);
  }
  if (!parsed.check && parsed.ref === undefined) {
    throw new Error('usage: node scripts/pin-actions.ts <ref> [--repository owner/name] | --check');
  }
  return parsed;
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
    const problems = disagreeingRefs(refs);
    for (const problem of problems) console.error(problem);
    console.log(`${refs.length} references to ${repository}, ${problems.length} disagreeing`);
    return refs.length > 0 && problems.length === 0 ? 0 : 1;
  }
  let pinned = 0;
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    const found = findActionRefs(text).length;
    if (found === 0) continue;
    writeFileSync(join(root, file), pinActionRefs(text, args.ref!, ACTION_REPOSITORY, args.repository));
    console.log(`${file}: ${found} reference(s) pinned`);
    pinned += found;
  }
  // A release without a single pin would ship a workflow still pointing at the placeholder.
  if (pinned === 0) {
    console.error(`pin-actions: no "uses: ${ACTION_REPOSITORY}…@…" found in ${files.join(', ')}`);
    return 1;
  }
  const target = `${args.repository ?? ACTION_REPOSITORY}@${args.ref!}`;
  console.log(`${pinned} reference(s) now use ${target}`);
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
