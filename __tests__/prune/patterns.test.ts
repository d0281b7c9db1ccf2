import { InputError } from '../../src/common/errors.js';
import { isReleaseTag, protectionMatcher, tagMatcher } from '../../src/prune/patterns.js';

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
