/**
 * The `flavor` input: `latest=auto|true|false`, `prefix=…`, `suffix=…`, each of the latter two
 * optionally followed by `onlatest=true` (metadata-action's syntax: `onlatest` applies to the prefix
 * or suffix just before it). Entries are separated by newlines or commas.
 */
import { InputError } from '../../common/errors.js';
import { CONTEXT_EXPRESSIONS, templateProblem } from './template.js';
import { DEFAULT_FLAVOR, type Flavor, type LatestMode } from './types.js';

const EXAMPLE = 'latest=auto,prefix=arm64-,onlatest=true';

export function parseFlavor(input: string): Flavor {
  const flavor: Flavor = { ...DEFAULT_FLAVOR };
  const seen = new Set<string>();
  input.split(/\r?\n/).forEach((rawLine, index) => {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) return;
    const fail = (problem: string): never => {
      throw new InputError('flavor', `line ${index + 1} '${line}': ${problem}`, EXAMPLE);
    };
    // `onlatest` refers to the prefix or suffix given before it on the same line.
    let lastAffix: 'prefix' | 'suffix' | undefined;
    for (const field of line.split(',')) {
      if (field.trim() === '') continue;
      const equals = field.indexOf('=');
      if (equals === -1) fail(`'${field.trim()}' is not key=value`);
      const key = field.slice(0, equals).trim().toLowerCase();
      const value = field.slice(equals + 1).trim();
      if (key !== 'onlatest') {
        if (seen.has(key)) fail(`'${key}' is given twice`);
        seen.add(key);
      }
      switch (key) {
        case 'latest':
          if (!isLatestMode(value)) fail(`latest must be auto, true or false, got '${value}'`);
          flavor.latest = value as LatestMode;
          break;
        case 'prefix':
        case 'suffix': {
          const problem = templateProblem(value, CONTEXT_EXPRESSIONS);
          if (problem) fail(`${key}: ${problem}`);
          flavor[key] = value;
          lastAffix = key;
          break;
        }
        case 'onlatest': {
          if (!lastAffix) fail('onlatest must follow a prefix= or suffix= on the same line');
          if (!/^(true|false)$/i.test(value)) fail(`onlatest must be true or false, got '${value}'`);
          const onLatest = value.toLowerCase() === 'true';
          if (lastAffix === 'prefix') flavor.prefixOnLatest = onLatest;
          else flavor.suffixOnLatest = onLatest;
          break;
        }
        default:
          fail(`unknown flavor entry '${key}' (known: latest, prefix, suffix, onlatest)`);
      }
    }
  });
  return flavor;
}

function isLatestMode(value: string): value is LatestMode {
  return value === 'auto' || value === 'true' || value === 'false';
}
