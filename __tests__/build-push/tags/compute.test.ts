import type { GitContext } from '../../../src/github/context.js';
import { InputError } from '../../../src/common/errors.js';
import {
  computeTags,
  DEFAULT_FLAVOR,
  parseFlavor,
  parseTagRules,
} from '../../../src/build-push/tags/index.js';

const SHA = 'abcdef1234567890abcdef1234567890abcdef12';
const NOW = new Date('2025-02-16T23:45:06Z');

function context(ref: string, overrides: Partial<GitContext> = {}): GitContext {
  const branch = ref.startsWith('refs/heads/') ? ref.slice(11) : undefined;
  const tag = ref.startsWith('refs/tags/') ? ref.slice(10) : undefined;
  return {
    eventName: 'push',
    sha: SHA,
    ref,
    ...(branch !== undefined ? { branch } : {}),
    ...(tag !== undefined ? { tag } : {}),
    defaultBranch: 'main',
    isDefaultBranch: branch === 'main',
    repository: 'acme/api',
    repositoryUrl: 'https://github.com/acme/api',
    serverUrl: 'https://github.com',
    isFork: false,
    ...overrides,
  };
}

function tags(rules: string, ctx: GitContext, flavor = '') {
  return computeTags(parseTagRules(rules), parseFlavor(flavor), ctx, { now: NOW });
}

const main = context('refs/heads/main');
const release = context('refs/tags/v1.2.3');

describe('computeTags', () => {
  it.each<[string, string, GitContext, string, string[]]>([
    [
      '1: higher priority first, input order among equals',
      'type=sha\nfoo\ntype=raw,value=bar\ntype=ref,event=branch',
      main,
      '',
      ['main', 'foo', 'bar', 'sha-abcdef1'],
    ],
    [
      '2: priority= overrides the default',
      'type=ref,event=branch\ntype=sha,priority=1001',
      main,
      '',
      ['sha-abcdef1', 'main'],
    ],
    [
      '3: flavor prefix and suffix on every generated tag; built-in sha- kept',
      'type=ref,event=branch\ntype=sha\nstable',
      main,
      'prefix=arm64-\nsuffix=-slim',
      ['arm64-main-slim', 'arm64-stable-slim', 'arm64-sha-abcdef1-slim'],
    ],
    [
      '4: a rule prefix= replaces the flavor prefix and the built-in one',
      'type=sha,prefix=',
      main,
      'prefix=arm64-',
      ['abcdef1'],
    ],
    [
      '5: rule prefix and suffix with expressions',
      "type=sha,prefix={{branch}}-,suffix=-{{date 'YYYYMMDDHHmmss'}}",
      main,
      '',
      ['main-abcdef1-20250216234506'],
    ],
    [
      '6: duplicates removed, first kept',
      'type=ref,event=branch\nmain\ntype=raw,value={{branch}}',
      main,
      '',
      ['main'],
    ],
    [
      '7: branch names sanitised',
      'type=ref,event=branch',
      context('refs/heads/dependabot/npm_and_yarn/@types/node-24'),
      '',
      ['dependabot-npm_and_yarn-types-node-24'],
    ],
    [
      '8: no invalid first character',
      'type=ref,event=branch',
      context('refs/heads/.hidden/x'),
      '',
      ['hidden-x'],
    ],
    [
      '9: at most 128 characters',
      'type=ref,event=branch',
      context(`refs/heads/${'b'.repeat(200)}`),
      '',
      ['b'.repeat(128)],
    ],
    [
      '10: latest=true adds latest on any run',
      'type=ref,event=branch',
      main,
      'latest=true',
      ['main', 'latest'],
    ],
    ['11: latest=auto stays off without a stable version', 'type=ref,event=branch', main, '', ['main']],
    [
      '12: latest=auto follows a stable semver value=',
      'type=semver,pattern={{version}},value=2.0.1',
      main,
      '',
      ['2.0.1', 'latest'],
    ],
    [
      '13: latest gets the prefix only with onlatest=true',
      'type=semver,pattern={{version}}',
      release,
      'prefix=arm64-,onlatest=true\nsuffix=-slim',
      ['arm64-1.2.3-slim', 'arm64-latest'],
    ],
    [
      '14: latest without onlatest',
      'type=semver,pattern={{version}}',
      release,
      'suffix=-slim',
      ['1.2.3-slim', 'latest'],
    ],
    [
      '15: enable={{is_default_branch}} on the default branch',
      'type=raw,value=staging,enable={{is_default_branch}}\ntype=sha',
      main,
      '',
      ['staging', 'sha-abcdef1'],
    ],
    [
      '16: enable={{is_default_branch}} elsewhere',
      'type=raw,value=staging,enable={{is_default_branch}}\ntype=sha',
      context('refs/heads/dev'),
      '',
      ['sha-abcdef1'],
    ],
    ['17: enable=false', 'type=sha,enable=false\nkeep', main, '', ['keep']],
    ['18: edge on the default branch', 'type=edge\ntype=sha', main, '', ['edge', 'sha-abcdef1']],
    ['19: edge on a named branch only', 'type=edge,branch=develop\ntype=sha', main, '', ['sha-abcdef1']],
    [
      '20: edge,branch=develop on develop',
      'type=edge,branch=develop',
      context('refs/heads/develop'),
      '',
      ['edge'],
    ],
    ['21: schedule only on schedule runs', 'type=schedule\ntype=sha', main, '', ['sha-abcdef1']],
    [
      '22: schedule with a dated pattern',
      "type=schedule,pattern={{date 'YYYYMMDD'}}",
      context('refs/heads/main', { eventName: 'schedule' }),
      '',
      ['20250216'],
    ],
    [
      '23: semver custom patterns',
      'type=semver,pattern=v{{major}}.{{minor}}.{{patch}}\ntype=semver,pattern={{raw}}\ntype=semver,pattern={{major}}',
      release,
      'latest=false',
      ['v1.2.3', '1'],
    ],
    [
      '24: {{raw}} keeps a pre-release as pushed',
      'type=semver,pattern={{raw}}\ntype=semver,pattern={{major}}.{{minor}}',
      context('refs/tags/v2.0.0-beta.1'),
      '',
      ['v2.0.0-beta.1', '2.0.0-beta.1'],
    ],
    [
      '25: build metadata is dropped from {{version}}',
      'type=semver,pattern={{version}}',
      context('refs/tags/1.4.0+build.7'),
      'latest=false',
      ['1.4.0'],
    ],
    [
      '26: a raw value that expands to nothing yields no tag',
      'type=raw,value={{tag}},prefix=v\ntype=sha',
      main,
      '',
      ['sha-abcdef1'],
    ],
    ['27: raw values are sanitised', 'type=raw,value=Build #5 of {{branch}}', main, '', ['Build-5-of-main']],
    [
      '28: ref,event=tag keeps the git tag name',
      'type=ref,event=tag',
      context('refs/tags/release/2025.1'),
      '',
      ['release-2025.1'],
    ],
    [
      '29: pr-N from the context',
      'type=ref,event=pr\ntype=ref,event=branch',
      context('refs/pull/7/merge', { eventName: 'pull_request', prNumber: 7 }),
      '',
      ['pr-7'],
    ],
    [
      '30: a flavor prefix goes before the built-in pr-',
      'type=ref,event=pr',
      context('refs/pull/7/merge', { prNumber: 7 }),
      'prefix=preview-',
      ['preview-pr-7'],
    ],
    ['31: {{sha}} is the short sha', 'type=raw,value=build-{{sha}}', main, '', ['build-abcdef1']],
  ])('%s', (_title, rules, ctx, flavor, expected) => {
    const result = tags(rules, ctx, flavor);
    expect(result.names).toEqual(expected);
    expect(result.version).toBe(expected[0]);
  });

  it('skips semver rules on a tag that is not a version, and says why', () => {
    const result = tags('', context('refs/tags/release-1'));
    expect(result.names).toEqual(['sha-abcdef1']);
    expect(result.notes).toEqual([
      "type=semver,pattern={{version}}: 'release-1' is not a semantic version, no tag",
      "type=semver,pattern={{major}}.{{minor}}: 'release-1' is not a semantic version, no tag",
    ]);
  });

  it('fails with a clear message when no rule yields a tag', () => {
    expect(() => tags('type=ref,event=pr\ntype=semver,pattern={{version}}', main)).toThrow(
      new InputError(
        'tags',
        "the tag rules produce no tag for this run (event 'push', ref 'refs/heads/main'); add a rule that applies to it, such as type=sha, or a literal tag",
        'type=sha',
      ),
    );
  });

  it('fails when enable expands to something else than true or false', () => {
    expect(() => tags('type=sha,enable={{branch}}', main)).toThrow(
      "Input 'tags': 'type=sha,enable={{branch}}': enable expanded to 'main', expected true or false",
    );
  });

  it('leaves out the sha tag when the run has no commit', () => {
    expect(tags('type=sha\nfallback', context('refs/heads/main', { sha: '' })).names).toEqual(['fallback']);
  });

  it('uses the current time by default', () => {
    const year = String(new Date().getUTCFullYear());
    const rules = parseTagRules("type=raw,value=y{{date 'YYYY'}}");
    expect(computeTags(rules, DEFAULT_FLAVOR, main).names).toEqual([`y${year}`]);
  });
});
