/**
 * The `{{…}}` expressions of tag rules, in the small subset of metadata-action's handlebars syntax
 * that rules need: `{{name}}` and `{{date 'FORMAT'}}`. A hand-written parser keeps the bundle free of
 * a template engine and lets parsing reject unknown names before anything runs.
 */

export interface Expression {
  name: string;
  /** The quoted argument, as in `{{date 'YYYYMMDD'}}`. */
  argument?: string;
}

type Segment = string | Expression;

/** Names usable in `enable`, `value`, `prefix`, `suffix`, `branch` and schedule patterns. */
export const CONTEXT_EXPRESSIONS = ['branch', 'tag', 'sha', 'is_default_branch', 'date'] as const;
/** Names usable in a semver `pattern`. */
export const SEMVER_EXPRESSIONS = ['version', 'major', 'minor', 'patch', 'raw'] as const;

const EXPRESSION = /^\s*([A-Za-z_]+)(?:\s+(?:'([^']*)'|"([^"]*)"))?\s*$/;

/** Splits a template into text and expressions; throws an Error with a readable problem. */
export function parseTemplate(text: string): Segment[] {
  const segments: Segment[] = [];
  let rest = text;
  while (rest !== '') {
    const open = rest.indexOf('{{');
    if (open === -1) {
      if (rest.includes('}}')) throw new Error(`'}}' without '{{' in '${text}'`);
      segments.push(rest);
      break;
    }
    if (open > 0) segments.push(rest.slice(0, open));
    const close = rest.indexOf('}}', open + 2);
    if (close === -1) throw new Error(`'{{' without '}}' in '${text}'`);
    const body = rest.slice(open + 2, close);
    const match = EXPRESSION.exec(body);
    if (!match) throw new Error(`cannot read the expression '{{${body}}}'`);
    const argument = match[2] ?? match[3];
    segments.push({ name: match[1]!, ...(argument !== undefined ? { argument } : {}) });
    rest = rest.slice(close + 2);
  }
  return segments;
}

/** The problem with `text` when it uses a name outside `allowed`, or an argument where none fits. */
export function templateProblem(text: string, allowed: readonly string[]): string | undefined {
  let segments: Segment[];
  try {
    segments = parseTemplate(text);
  } catch (error) {
    return (error as Error).message;
  }
  for (const segment of segments) {
    if (typeof segment === 'string') continue;
    if (!allowed.includes(segment.name)) {
      return `unknown expression '{{${segment.name}}}' (known here: ${allowed.map((name) => `{{${name}}}`).join(', ')})`;
    }
    if (segment.name === 'date' && segment.argument === undefined)
      return `{{date}} needs a format, e.g. {{date 'YYYYMMDD'}}`;
    if (segment.name !== 'date' && segment.argument !== undefined)
      return `{{${segment.name}}} takes no argument`;
  }
  return undefined;
}

/** The names a template uses. */
export function templateNames(text: string): string[] {
  return parseTemplate(text).flatMap((segment) => (typeof segment === 'string' ? [] : [segment.name]));
}

/** Replaces every expression by what `resolve` gives for it. */
export function expandTemplate(text: string, resolve: (expression: Expression) => string): string {
  return parseTemplate(text)
    .map((segment) => (typeof segment === 'string' ? segment : resolve(segment)))
    .join('');
}

const DATE_TOKENS = /YYYY|YY|MM|DD|HH|mm|ss/g;

/** Formats a date in UTC with the moment.js tokens rules use (YYYY YY MM DD HH mm ss). */
export function formatDate(date: Date, format: string): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const values: Record<string, string> = {
    YYYY: String(date.getUTCFullYear()),
    YY: two(date.getUTCFullYear() % 100),
    MM: two(date.getUTCMonth() + 1),
    DD: two(date.getUTCDate()),
    HH: two(date.getUTCHours()),
    mm: two(date.getUTCMinutes()),
    ss: two(date.getUTCSeconds()),
  };
  return format.replace(DATE_TOKENS, (token) => values[token] ?? token);
}
