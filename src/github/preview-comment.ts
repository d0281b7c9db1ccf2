/**
 * The pull request's preview comment, as text: the hidden marker that finds it again, the body for a
 * pushed preview and the body after the prune action removed it. Pure, so tests specify exact bodies.
 */

/** The pushed image a preview comment describes. */
export interface PushedPreview {
  /** `<registry>/<namespace>/<repository>` */
  repository: string;
  digest: string;
  tagNames: string[];
  /** The commit the image was built from (the pull request head). */
  commit: string;
  /** `https://github.com/owner/name`: links the commit when known. */
  repositoryUrl?: string;
  /** The workflow run that pushed the image. */
  runUrl?: string;
}

/** What the prune action removed of a preview. */
export interface RemovedPreview {
  /** `<registry>/<namespace>/<repository>` */
  repository: string;
  removedTags: string[];
  removedAt: Date;
  /** The workflow run that removed the image. */
  runUrl?: string;
}

/**
 * One comment per image and pull request, so two images built for one pull request get two
 * comments. Keyed by `<namespace>/<repository>` without the registry host: the prune action reaches
 * the repository through the OCI API, and a `registry` override (another host name of the same
 * registry) must find the same comment. An HTML comment, so readers never see it.
 */
export function previewMarker(repository: string): string {
  return `<!-- ocir-preview:${repository.slice(repository.indexOf('/') + 1)} -->`;
}

export function hasMarker(body: string | null | undefined, marker: string): boolean {
  return (body ?? '').includes(marker);
}

export function renderPreviewComment(preview: PushedPreview): string {
  const deploy = `${preview.repository}@${preview.digest}`;
  const rows: Array<[string, string]> = [
    ['Image', code(preview.repository)],
    ['Tags', preview.tagNames.map(code).join(' ')],
    ['Digest', code(preview.digest)],
    ['Deploy', code(deploy)],
    ['Commit', commitLink(preview.commit, preview.repositoryUrl)],
  ];
  return [
    previewMarker(preview.repository),
    '### Preview image pushed',
    '',
    table(rows),
    '',
    'Pull it:',
    '',
    '```sh',
    `docker pull ${deploy}`,
    '```',
    ...(preview.runUrl ? ['', `<sub>Pushed by [this workflow run](${preview.runUrl}).</sub>`] : []),
    '',
  ].join('\n');
}

export function renderRemovedComment(removal: RemovedPreview): string {
  const rows: Array<[string, string]> = [
    ['Image', code(removal.repository)],
    ['Removed tags', removal.removedTags.map(code).join(' ')],
    ['When', utcMinute(removal.removedAt)],
    ...(removal.runUrl ? [['By', `[this workflow run](${removal.runUrl})`] as [string, string]] : []),
  ];
  return [
    previewMarker(removal.repository),
    '### Preview image removed',
    '',
    table(rows),
    '',
    'The preview can no longer be pulled by these tags.',
    '',
  ].join('\n');
}

function table(rows: Array<[string, string]>): string {
  return ['| | |', '|---|---|', ...rows.map(([key, value]) => `| ${key} | ${value} |`)].join('\n');
}

function code(text: string): string {
  return `\`${text}\``;
}

function commitLink(sha: string, repositoryUrl: string | undefined): string {
  const short = code(sha.slice(0, 7));
  return repositoryUrl && sha ? `[${short}](${repositoryUrl}/commit/${sha})` : short;
}

/** `2025-10-10 12:34 UTC`: a reader's time, not a machine's. */
function utcMinute(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
