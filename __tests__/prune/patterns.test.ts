import { InputError } from '../../src/common/errors.js';
import {
  DEFAULT_PROTECT,
  describeProtect,
  effectiveProtect,
  isProtectedRelease,
  isReleaseTag,
  protectionMatcher,
  tagMatcher,
} from '../../src/prune/patterns.js';

const TAGS = [
  'pr-7',
  'pr-42',
  'sha-abcdef0',
  'sha-abcdef',
  'latest',
  'main',
  '1.2.3',
  'v1.2',
  '2.0.0-rc.1',
  'pr-7-fix',
];

function matching(predicate: (tag: string) => boolean): string[] {
  return TAGS.filter(predicate);
}

describe('tagMatcher', () => {
  it.each<[string, string[], string[]]>([
    ['1: an exact name', ['pr-7'], ['pr-7']],
    ['2: a prefix glob', ['pr-*'], ['pr-7', 'pr-42', 'pr-7-fix']],
    ['3: ? counts characters', ['sha-??????'], ['sha-abcdef']],
    ['4: several patterns: any of them', ['pr-42', 'sha-*'], ['pr-42', 'sha-abcdef0', 'sha-abcdef']],
    ['5: a character class', ['pr-[0-9]'], ['pr-7']],
    ['6: braces', ['{latest,main}'], ['latest', 'main']],
    ['7: * is every tag', ['*'], TAGS],
    ['8: surrounding whitespace is trimmed', ['  pr-7 '], ['pr-7']],
    ['9: no pattern matches nothing', [], []],
    ['10: dots are literal', ['1.2.3'], ['1.2.3']],
  ])('%s', (_name, patterns, expected) => {
    expect(matching(tagMatcher(patterns))).toEqual(expected);
  });

  it.each<[string, string]>([
    ['', 'empty tag pattern'],
    ['   ', 'empty tag pattern'],
    ['pr/*', "tags never contain '/'"],
    ['!pr-*', "negated patterns ('!') are not supported; list what to protect in protect"],
    ['pr 7', 'a tag pattern holds only letters, digits, _ . - and the glob characters * ? [ ] { }'],
    ['pr-\\*', 'a tag pattern holds only letters, digits, _ . - and the glob characters * ? [ ] { }'],
    ['sha-[0-9', 'unbalanced brackets'],
    ['{a,b', 'unbalanced brackets'],
    ['a}b{', 'unbalanced brackets'],
  ])('refuses %j: %s', (pattern, problem) => {
    const attempt = () => tagMatcher(['pr-1', pattern], 'match');
    expect(attempt).toThrow(InputError);
    expect(attempt).toThrow(`Input 'match': ${problem}, got '${pattern}' (for example: pr-*)`);
  });

  it('names the tags input by default', () => {
    expect(() => tagMatcher(['pr-['])).toThrow(/^Input 'tags': /);
  });
});

describe('isReleaseTag', () => {
  it.each<[string, boolean]>([
    ['1.2.3', true],
    ['v1.2.3', true],
    ['1.2', true],
    ['v1.2', true],
    ['1', true],
    ['v1', true],
    ['0.3.1', true],
    ['10.20.30', true],
    ['2.0.0-rc.1', false],
    ['v2.0.0-beta', false],
    ['1.2.3.4', false],
    ['01.2.3', false],
    ['1.02', false],
    ['V1.2.3', false],
    ['sha-1234567', false],
    ['pr-12', false],
    ['latest', false],
    ['v', false],
    ['1.', false],
  ])('%s: %s', (tag, expected) => {
    expect(isReleaseTag(tag)).toBe(expected);
  });
});

describe('protectionMatcher', () => {
  it.each<[string, string[], string[]]>([
    ['1: the default: latest and release versions', ['latest', 'semver'], ['latest', '1.2.3', 'v1.2']],
    ['2: semver alone', ['semver'], ['1.2.3', 'v1.2']],
    ['3: a custom glob, no semver', ['pr-7*'], ['pr-7', 'pr-7-fix']],
    ['4: semver with a glob', [' semver ', 'main'], ['main', '1.2.3', 'v1.2']],
    ['5: nothing protected', [], []],
  ])('%s', (_name, patterns, expected) => {
    expect(matching(protectionMatcher(patterns))).toEqual(expected);
  });

  it('validates its globs under the protect input', () => {
    expect(() => protectionMatcher(['semver', ''])).toThrow(
      "Input 'protect': empty tag pattern, got '' (for example: pr-*)",
    );
  });
});

describe('isProtectedRelease: releases as build-push tags them, flavoured ones included', () => {
  it.each<[string, boolean]>([
    ['1.2.3', true],
    ['v1.2', true],
    ['1', true],
    ['1.2.3-alpine', true],
    ['1.2-alpine', true],
    ['1-alpine', true],
    ['v1.2.3-bookworm-slim', true],
    ['1.2.3-alpine3.20', true],
    ['arm64-1.2.3', true],
    ['arm64-1.2', true],
    ['arm64-1.2.3-alpine', true],
    ['my-flavour_1.2.3', true],
    // pre-releases, with or without a flavour, are not releases
    ['2.0.0-rc.1', false],
    ['2.0.0-rc1', false],
    ['2.0.0-beta', false],
    ['2.0.0-beta.2-alpine', false],
    ['2.0.0-alpha', false],
    ['2.0.0-dev', false],
    ['2.0.0-1', false],
    ['arm64-2.0.0-rc.1', false],
    // what retention deletes is never a release
    ['pr-42', false],
    ['sha-1234567', false],
    ['sha-abcdef0', false],
    ['build-7', false],
    ['latest', false],
    ['latest-alpine', false],
    ['main', false],
    ['1.2.3.4', false],
    ['01.2.3', false],
  ])('%s: %s', (tag, expected) => {
    expect(isProtectedRelease(tag)).toBe(expected);
  });
});

describe('effectiveProtect: the defaults always apply unless dropped on purpose', () => {
  it.each<[string, string[], boolean, string[]]>([
    ['1: protect empty (an unset variable): the defaults', [], true, ['latest', 'semver', 'buildcache']],
    [
      '2: a custom list adds to them',
      ['main', 'release-*'],
      true,
      ['latest', 'semver', 'buildcache', 'main', 'release-*'],
    ],
    [
      '3: a default named again is listed once',
      [' latest ', 'semver'],
      true,
      ['latest', 'semver', 'buildcache'],
    ],
    ['4: no-default-protect with a list: only the list', ['main'], false, ['main']],
    ['5: no-default-protect, nothing listed: nothing', [], false, []],
  ])('%s', (_name, patterns, withDefaults, expected) => {
    expect(effectiveProtect(patterns, withDefaults)).toEqual(expected);
    expect(DEFAULT_PROTECT).toEqual(['latest', 'semver', 'buildcache']);
  });

  it('is described for the log with semver spelled out', () => {
    expect(describeProtect(effectiveProtect(['main'], true))).toBe(
      'latest, semver (releases 1.2.3, v1.2, 1 and flavoured 1.2.3-alpine, arm64-1.2.3), buildcache, main',
    );
    expect(describeProtect([])).toMatch(/^nothing/);
  });
});
