/**
 * Image labels: the OCI annotation keys (org.opencontainers.image.*) derived from the git context,
 * and the user's `labels` input, which the caller merges over them.
 */
import type { GitContext } from '../github/context.js';
import { InputError } from '../common/errors.js';

const OCI = 'org.opencontainers.image';

/**
 * source/url: the repository page; revision: the commit the tags name (the PR head on pull
 * requests); version: the primary tag. Values the run cannot know (a local run without
 * GITHUB_REPOSITORY) are left out rather than set to ''.
 */
export function ociLabels(ctx: GitContext, o: { version: string; created: Date }): Record<string, string> {
  const candidates: Record<string, string> = {
    [`${OCI}.source`]: ctx.repositoryUrl,
    [`${OCI}.revision`]: ctx.sha,
    [`${OCI}.created`]: o.created.toISOString(),
    [`${OCI}.version`]: o.version,
    [`${OCI}.title`]: ctx.repository.split('/').pop() ?? '',
    [`${OCI}.url`]: ctx.repositoryUrl,
  };
  return Object.fromEntries(Object.entries(candidates).filter(([, value]) => value !== ''));
}

/**
 * The `labels` input: `key=value` lines (newline-separated only: values may hold commas). The value
 * is everything after the first `=`; blank lines and `#` comments are skipped; a later line wins.
 */
export function parseLabels(input: string): Record<string, string> {
  const labels: Record<string, string> = {};
  input.split(/\r?\n/).forEach((rawLine, index) => {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) return;
    const equals = line.indexOf('=');
    const key = equals === -1 ? '' : line.slice(0, equals).trim();
    if (key === '' || /\s/.test(key)) {
      throw new InputError(
        'labels',
        `line ${index + 1} '${line}' is not key=value`,
        `${OCI}.vendor=ACME Corp`,
      );
    }
    labels[key] = line.slice(equals + 1).trim();
  });
  return labels;
}
