import { isValidTag, sanitiseTag } from '../../../src/build-push/tags/index.js';
import {
  expandTemplate,
  formatDate,
  parseTemplate,
  templateProblem,
} from '../../../src/build-push/tags/template.js';

describe('templates', () => {
  it('splits text and expressions', () => {
    expect(parseTemplate('a-{{ branch }}-{{date \'YYYY\'}}{{date "MM"}}')).toEqual([
      'a-',
      { name: 'branch' },
      '-',
      { name: 'date', argument: 'YYYY' },
      { name: 'date', argument: 'MM' },
    ]);
  });

  it('expands with a resolver', () => {
    expect(expandTemplate('{{a}}.{{b}}', (e) => (e.name === 'a' ? '1' : '2'))).toBe('1.2');
  });

  it.each<[string, string | undefined]>([
    ['{{branch}}', undefined],
    ['plain', undefined],
    ['{{nope}}', "unknown expression '{{nope}}' (known here: {{branch}}, {{sha}})"],
    ['{{branch', "'{{' without '}}' in '{{branch'"],
    ['branch}}', "'}}' without '{{' in 'branch}}'"],
    ['{{}}', "cannot read the expression '{{}}'"],
    ["{{branch 'x'}}", '{{branch}} takes no argument'],
  ])('templateProblem(%j)', (text, problem) => {
    expect(templateProblem(text, ['branch', 'sha'])).toBe(problem);
  });

  it('formats dates in UTC with moment tokens', () => {
    expect(formatDate(new Date('2025-02-06T03:04:05Z'), 'YYYY-MM-DD.HHmmss YY')).toBe('2025-02-06.030405 25');
  });
});

describe('tag names', () => {
  it.each<[string, string]>([
    ['feature/Login', 'feature-Login'],
    ['a//b  c', 'a-b-c'],
    ['-.x', 'x'],
    ['__ok', '__ok'],
    ['///', ''],
    ['é', ''],
    ['x'.repeat(300), 'x'.repeat(128)],
  ])('sanitiseTag(%j) = %j', (input, expected) => {
    const result = sanitiseTag(input);
    expect(result).toBe(expected);
    if (result !== '') expect(isValidTag(result)).toBe(true);
  });

  it.each<[string, boolean]>([
    ['1.2.3', true],
    ['_x', true],
    ['.x', false],
    ['-x', false],
    ['a:b', false],
    ['', false],
    ['a'.repeat(128), true],
    ['a'.repeat(129), false],
  ])('isValidTag(%j) = %j', (name, valid) => {
    expect(isValidTag(name)).toBe(valid);
  });
});
