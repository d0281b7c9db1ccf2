/** `type=semver` patterns applied to one version string (a pushed git tag or a rule's `value=`). */
import { parse } from 'semver';
import { expandTemplate, templateNames } from './template.js';

export type SemverOutcome =
  { kind: 'tag'; value: string; stable: boolean } | { kind: 'skipped'; reason: string };

/** Expressions that pin a pattern below the major version: with one of them `0.x` is fine. */
const FINER_THAN_MAJOR = ['minor', 'patch', 'version', 'raw'];

/**
 * The tag a semver pattern gives for `raw` (`v1.2.3`, `2.0.0-rc.1`). As in metadata-action, a
 * pre-release yields only its full version, whatever the pattern (or itself for `{{raw}}`): moving
 * `2.0` or `2` to a release candidate would surprise whoever pulls them. And a pattern naming only
 * the major version yields nothing for `0.x`, where every minor release may break.
 */
export function applySemverPattern(pattern: string, raw: string): SemverOutcome {
  const version = parse(raw);
  if (!version) return { kind: 'skipped', reason: `'${raw}' is not a semantic version` };

  if (version.prerelease.length > 0) {
    return { kind: 'tag', value: pattern.trim() === '{{raw}}' ? raw : version.version, stable: false };
  }
  const names = templateNames(pattern);
  if (
    version.major === 0 &&
    names.includes('major') &&
    !names.some((name) => FINER_THAN_MAJOR.includes(name))
  ) {
    return { kind: 'skipped', reason: `${raw} is a 0.x version: no major-only tag` };
  }
  const parts: Record<string, string> = {
    version: version.version,
    major: String(version.major),
    minor: String(version.minor),
    patch: String(version.patch),
    raw,
  };
  return {
    kind: 'tag',
    value: expandTemplate(pattern, (expression) => parts[expression.name] ?? ''),
    stable: true,
  };
}
