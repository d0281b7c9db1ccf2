/**
 * The `tags` input → typed rules. One rule a line, `key=value` attributes separated by commas, in the
 * syntax of docker/metadata-action. Everything that can be checked without the git context is checked
 * here, so a typo fails before any side effect and names its line.
 */
import { InputError } from '../../common/errors.js';
import { isValidTag } from './sanitise.js';
import { CONTEXT_EXPRESSIONS, SEMVER_EXPRESSIONS, templateNames, templateProblem } from './template.js';
import {
  DEFAULT_PRIORITY,
  REF_EVENTS,
  RULE_TYPES,
  SHA_FORMATS,
  type RefEvent,
  type RuleType,
  type ShaFormat,
  type TagRule,
} from './types.js';

/** The conventions of SPEC §4, used when `tags` is empty (`latest` comes from `flavor: latest=auto`). */
export const DEFAULT_TAG_RULES: readonly string[] = [
  'type=ref,event=branch',
  'type=ref,event=pr',
  'type=semver,pattern={{version}}',
  'type=semver,pattern={{major}}.{{minor}}',
  'type=sha',
];

const COMMON_ATTRIBUTES = ['type', 'enable', 'prefix', 'suffix', 'priority'];

const TYPE_ATTRIBUTES: Record<RuleType, string[]> = {
  semver: ['pattern', 'value'],
  sha: ['format'],
  ref: ['event'],
  edge: ['branch'],
  schedule: ['pattern'],
  raw: ['value'],
};

const EXAMPLES: Record<RuleType, string> = {
  semver: 'type=semver,pattern={{major}}.{{minor}}',
  sha: 'type=sha,format=long',
  ref: 'type=ref,event=branch',
  edge: 'type=edge,branch=main',
  schedule: "type=schedule,pattern={{date 'YYYYMMDD'}}",
  raw: 'type=raw,value=staging,enable={{is_default_branch}}',
};

/** One entry of the input with where it came from, e.g. `line 3`. */
interface Entry {
  text: string;
  where: string;
}

/** Parses the `tags` input; an empty input gives the default rules. Throws InputError('tags', …). */
export function parseTagRules(input: string): TagRule[] {
  const entries = splitEntries(input);
  const source =
    entries.length > 0 ? entries : DEFAULT_TAG_RULES.map((text) => ({ text, where: 'default rule' }));
  return source.map(parseEntry);
}

const HAS_TYPE = /(?:^|,)\s*type\s*=/i;

/**
 * Lines, without blanks and `#` comments. SPEC lists accept commas too, but rules use commas between
 * attributes: so commas separate tags only in an input of literal tags alone (`1.0.0,latest`).
 */
function splitEntries(input: string): Entry[] {
  const lines = input
    .split(/\r?\n/)
    .map((text, index) => ({ text: text.trim(), where: `line ${index + 1}` }))
    .filter((line) => line.text !== '' && !line.text.startsWith('#'));
  if (lines.some((line) => HAS_TYPE.test(line.text))) return lines;
  return lines.flatMap((line) =>
    line.text
      .split(',')
      .map((text) => ({ text: text.trim(), where: line.where }))
      .filter((entry) => entry.text !== ''),
  );
}

function parseEntry(entry: Entry): TagRule {
  const fail = (problem: string, example = EXAMPLES.semver): never => {
    throw new InputError('tags', `${entry.where} '${entry.text}': ${problem}`, example);
  };
  if (!HAS_TYPE.test(entry.text)) return parseLiteral(entry, fail);

  const attributes = readAttributes(entry.text, fail);
  const type = attributes.get('type')!.toLowerCase();
  if (!isRuleType(type)) {
    return fail(
      `unknown rule type '${type}' (known: ${RULE_TYPES.join(', ')}; a line without type= is a literal tag)`,
    );
  }
  const allowed = [...COMMON_ATTRIBUTES, ...TYPE_ATTRIBUTES[type]];
  for (const key of attributes.keys()) {
    if (!allowed.includes(key)) {
      fail(`unknown attribute '${key}' for type=${type} (known: ${allowed.join(', ')})`, EXAMPLES[type]);
    }
  }
  const failFor = (problem: string) => fail(problem, EXAMPLES[type]);
  const template = (key: string, allowedNames: readonly string[]): string | undefined => {
    const value = attributes.get(key);
    if (value === undefined) return undefined;
    const problem = templateProblem(value, allowedNames);
    return problem ? failFor(`${key}: ${problem}`) : value;
  };

  const prefix = template('prefix', CONTEXT_EXPRESSIONS);
  const suffix = template('suffix', CONTEXT_EXPRESSIONS);
  const base = {
    line: entry.text,
    enable: parseEnable(template('enable', CONTEXT_EXPRESSIONS), failFor),
    ...(prefix !== undefined ? { prefix } : {}),
    ...(suffix !== undefined ? { suffix } : {}),
    priority: parsePriority(attributes.get('priority'), DEFAULT_PRIORITY[type], failFor),
  };

  switch (type) {
    case 'semver': {
      const pattern =
        template('pattern', SEMVER_EXPRESSIONS) ?? failFor('needs pattern=, e.g. pattern={{version}}');
      const value = template('value', CONTEXT_EXPRESSIONS);
      return { ...base, type, pattern, ...(value !== undefined ? { value } : {}) };
    }
    case 'sha': {
      const format = attributes.get('format') ?? 'short';
      if (!isOneOf(SHA_FORMATS, format))
        return failFor(`format must be one of ${SHA_FORMATS.join(', ')}, got '${format}'`);
      return { ...base, type, format: format as ShaFormat };
    }
    case 'ref': {
      const event = attributes.get('event') ?? failFor(`needs event=${REF_EVENTS.join('|')}`);
      if (!isOneOf(REF_EVENTS, event))
        return failFor(`event must be one of ${REF_EVENTS.join(', ')}, got '${event}'`);
      return { ...base, type, event: event as RefEvent };
    }
    case 'edge': {
      const branch = template('branch', []);
      return { ...base, type, ...(branch ? { branch } : {}) };
    }
    case 'schedule':
      return { ...base, type, pattern: template('pattern', CONTEXT_EXPRESSIONS) || 'nightly' };
    case 'raw': {
      const value = template('value', CONTEXT_EXPRESSIONS);
      if (!value) return failFor('needs a non-empty value=');
      return { ...base, type, value };
    }
  }
}

function parseLiteral(entry: Entry, fail: (problem: string, example?: string) => never): TagRule {
  if (!isValidTag(entry.text)) {
    if (entry.text.includes(',')) {
      fail(
        'one rule a line: comma-separated tags are accepted only when no line uses type=',
        'type=raw,value=staging',
      );
    }
    if (entry.text.includes('='))
      fail('attributes need a type= (a line without it is a literal tag)', 'type=raw,value=staging');
    fail('is not a valid tag: up to 128 letters, digits, _ . -, not starting with . or -', 'staging');
  }
  return {
    type: 'literal',
    line: entry.text,
    value: entry.text,
    enable: 'true',
    priority: DEFAULT_PRIORITY.literal,
  };
}

function readAttributes(text: string, fail: (problem: string) => never): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const field of text.split(',')) {
    if (field.trim() === '') continue;
    const equals = field.indexOf('=');
    if (equals === -1) fail(`'${field.trim()}' is not key=value`);
    const key = field.slice(0, equals).trim().toLowerCase();
    if (attributes.has(key)) fail(`attribute '${key}' is given twice`);
    attributes.set(key, field.slice(equals + 1).trim());
  }
  return attributes;
}

function parseEnable(value: string | undefined, fail: (problem: string) => never): string {
  if (value === undefined) return 'true';
  // A template can only be judged once expanded; a plain value is judged now.
  if (templateNames(value).length === 0 && !/^(true|false)$/i.test(value)) {
    fail(`enable must be true, false or an expression such as {{is_default_branch}}, got '${value}'`);
  }
  return value;
}

function parsePriority(
  value: string | undefined,
  fallback: number,
  fail: (problem: string) => never,
): number {
  if (value === undefined) return fallback;
  if (!/^-?\d+$/.test(value)) fail(`priority must be an integer, got '${value}'`);
  return Number(value);
}

function isRuleType(value: string): value is RuleType {
  return (RULE_TYPES as readonly string[]).includes(value);
}

function isOneOf(values: readonly string[], value: string): boolean {
  return values.includes(value);
}
