import { InputError } from '../../../src/common/errors.js';
import { DEFAULT_TAG_RULES, parseTagRules } from '../../../src/build-push/tags/index.js';

function errorOf(input: string): InputError {
  try {
    parseTagRules(input);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error(`no error for ${JSON.stringify(input)}`);
}

describe('parseTagRules', () => {
  it('1: an empty input gives the SPEC §4 defaults', () => {
    const rules = parseTagRules('  \n');
    expect(rules.map((rule) => rule.line)).toEqual([...DEFAULT_TAG_RULES]);
    expect(rules.map((rule) => [rule.type, rule.priority])).toEqual([
      ['ref', 600],
      ['ref', 600],
      ['semver', 900],
      ['semver', 900],
      ['sha', 100],
    ]);
  });

  it('2: every type with its attributes and metadata-action default priorities', () => {
    const rules = parseTagRules(
      [
        'type=semver,pattern={{version}},value=v1.0.0',
        'type=sha,format=long,prefix=,suffix=-x',
        'type=ref,event=pr,priority=50',
        'type=edge,branch=develop',
        'type=schedule',
        "type=raw,value=build-{{date 'YYYYMMDD'}},enable={{is_default_branch}}",
        '# a comment',
        'staging',
      ].join('\n'),
    );
    expect(rules).toEqual([
      {
        type: 'semver',
        line: 'type=semver,pattern={{version}},value=v1.0.0',
        pattern: '{{version}}',
        value: 'v1.0.0',
        enable: 'true',
        priority: 900,
      },
      {
        type: 'sha',
        line: 'type=sha,format=long,prefix=,suffix=-x',
        format: 'long',
        prefix: '',
        suffix: '-x',
        enable: 'true',
        priority: 100,
      },
      { type: 'ref', line: 'type=ref,event=pr,priority=50', event: 'pr', enable: 'true', priority: 50 },
      { type: 'edge', line: 'type=edge,branch=develop', branch: 'develop', enable: 'true', priority: 700 },
      { type: 'schedule', line: 'type=schedule', pattern: 'nightly', enable: 'true', priority: 1000 },
      {
        type: 'raw',
        line: "type=raw,value=build-{{date 'YYYYMMDD'}},enable={{is_default_branch}}",
        value: "build-{{date 'YYYYMMDD'}}",
        enable: '{{is_default_branch}}',
        priority: 200,
      },
      { type: 'literal', line: 'staging', value: 'staging', enable: 'true', priority: 200 },
    ]);
  });

  it('3: keys are case-insensitive and spaces around fields are ignored', () => {
    expect(parseTagRules(' Type = sha , Format = short ')).toEqual([
      { type: 'sha', line: 'Type = sha , Format = short', format: 'short', enable: 'true', priority: 100 },
    ]);
  });

  it('4: literal tags, comma-separated only when no line uses type=', () => {
    expect(parseTagRules('1.0.0,latest\nstaging').map((rule) => rule.line)).toEqual([
      '1.0.0',
      'latest',
      'staging',
    ]);
    expect(errorOf('type=sha\n1.0.0,latest').message).toBe(
      "Input 'tags': line 2 '1.0.0,latest': one rule a line: comma-separated tags are accepted only when no line uses type= (for example: type=raw,value=staging)",
    );
  });

  it.each<[string, string, string]>([
    [
      '1: unknown type',
      'type=sha\ntype=pep440,pattern={{version}}',
      "line 2 'type=pep440,pattern={{version}}': unknown rule type 'pep440'",
    ],
    [
      '2: unknown attribute',
      'type=sha,length=8',
      "line 1 'type=sha,length=8': unknown attribute 'length' for type=sha",
    ],
    [
      '3: attribute of another type',
      'type=ref,event=branch,pattern=x',
      "unknown attribute 'pattern' for type=ref",
    ],
    ['4: semver without pattern', 'type=semver', 'needs pattern='],
    [
      '5: unknown semver expression',
      'type=semver,pattern={{majr}}',
      "pattern: unknown expression '{{majr}}'",
    ],
    [
      '6: context expression in a semver pattern',
      'type=semver,pattern={{branch}}',
      "unknown expression '{{branch}}'",
    ],
    ['7: ref without event', 'type=ref', 'needs event=branch|tag|pr'],
    ['8: ref with a bad event', 'type=ref,event=push', "event must be one of branch, tag, pr, got 'push'"],
    ['9: sha with a bad format', 'type=sha,format=medium', "format must be one of short, long, got 'medium'"],
    ['10: raw without value', 'type=raw', 'needs a non-empty value='],
    [
      '11: bad enable',
      'type=sha,enable=yes',
      "enable must be true, false or an expression such as {{is_default_branch}}, got 'yes'",
    ],
    [
      '12: unknown expression in enable',
      'type=sha,enable={{is_main}}',
      "enable: unknown expression '{{is_main}}'",
    ],
    ['13: bad priority', 'type=sha,priority=high', "priority must be an integer, got 'high'"],
    ['14: field without =', 'type=raw,staging', "'staging' is not key=value"],
    ['15: attribute twice', 'type=sha,format=short,format=long', "attribute 'format' is given twice"],
    ['16: unclosed expression', 'type=raw,value={{branch', "value: '{{' without '}}'"],
    ['17: date without format', 'type=raw,value={{date}}', '{{date}} needs a format'],
    ['18: invalid literal tag', 'type=sha\n-latest', "line 2 '-latest': is not a valid tag"],
    ['19: literal with a slash', 'feature/x', "line 1 'feature/x': is not a valid tag"],
    ['20: literal too long', 'a'.repeat(129), 'is not a valid tag'],
    ['21: attributes without type', 'value=foo,enable=false', 'attributes need a type='],
  ])('rejects %s, naming the line', (_title, input, fragment) => {
    const error = errorOf(input);
    expect(error.input).toBe('tags');
    expect(error.message).toContain(fragment);
  });

  it('accepts the longest valid literal', () => {
    expect(parseTagRules('a'.repeat(128))).toHaveLength(1);
  });
});
