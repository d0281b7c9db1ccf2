import { InputError } from '../../../src/common/errors.js';
import { DEFAULT_FLAVOR, parseFlavor } from '../../../src/build-push/tags/index.js';

describe('parseFlavor', () => {
  it.each<[string, string, object]>([
    ['1: empty: latest=auto, no prefix or suffix', '', DEFAULT_FLAVOR],
    ['2: latest=true', 'latest=true', { ...DEFAULT_FLAVOR, latest: 'true' }],
    [
      '3: newline-separated',
      'latest=false\nprefix=arm64-\nsuffix=-slim',
      { ...DEFAULT_FLAVOR, latest: 'false', prefix: 'arm64-', suffix: '-slim' },
    ],
    ['4: comma-separated', 'latest=auto,prefix=arm64-', { ...DEFAULT_FLAVOR, prefix: 'arm64-' }],
    [
      '5: onlatest follows the affix before it',
      'prefix=arm64-,onlatest=true\nsuffix=-slim,onlatest=false',
      { ...DEFAULT_FLAVOR, prefix: 'arm64-', prefixOnLatest: true, suffix: '-slim' },
    ],
    [
      '6: suffix onlatest',
      'suffix=-slim,onlatest=true',
      { ...DEFAULT_FLAVOR, suffix: '-slim', suffixOnLatest: true },
    ],
    ['7: expressions in affixes', 'prefix={{branch}}-', { ...DEFAULT_FLAVOR, prefix: '{{branch}}-' }],
  ])('%s', (_title, input, expected) => {
    expect(parseFlavor(input)).toEqual(expected);
  });

  it.each<[string, string, string]>([
    ['1: bad latest', 'latest=yes', "line 1 'latest=yes': latest must be auto, true or false, got 'yes'"],
    ['2: unknown entry', 'latest=auto\nsuffixx=-a', "line 2 'suffixx=-a': unknown flavor entry 'suffixx'"],
    ['3: onlatest alone', 'onlatest=true', 'onlatest must follow a prefix= or suffix= on the same line'],
    ['4: bad onlatest', 'prefix=a-,onlatest=1', "onlatest must be true or false, got '1'"],
    ['5: no =', 'latest', "'latest' is not key=value"],
    ['6: twice', 'prefix=a-\nprefix=b-', "'prefix' is given twice"],
    ['7: unknown expression', 'suffix=-{{arch}}', "suffix: unknown expression '{{arch}}'"],
  ])('rejects %s', (_title, input, fragment) => {
    let caught: unknown;
    try {
      parseFlavor(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as InputError).input).toBe('flavor');
    expect((caught as InputError).message).toContain(fragment);
  });
});
