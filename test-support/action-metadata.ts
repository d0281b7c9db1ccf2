/**
 * The two things the runner takes from an action.yml: which file each step runs (`runs`) and
 * the input defaults it sets as INPUT_* when a workflow leaves an input out.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export interface ActionMetadata {
  using: string;
  main: string;
  post?: string;
  inputNames: string[];
  /** The inputs that declare a default: the runner sets those even when a workflow omits them. */
  inputDefaults: Record<string, string>;
}

interface ActionYaml {
  inputs?: Record<string, { default?: unknown } | null>;
  runs?: { using?: string; main?: string; post?: string };
}

export function readActionMetadata(path: string): ActionMetadata {
  return parseActionMetadata(readFileSync(path, 'utf8'), path);
}

export function parseActionMetadata(text: string, source = 'action.yml'): ActionMetadata {
  const action = (parse(text) ?? {}) as ActionYaml;
  const { using, main, post } = action.runs ?? {};
  if (!using || !main) throw new Error(`${source}: runs.using and runs.main are required`);
  const inputs = Object.entries(action.inputs ?? {});
  return {
    using,
    main,
    ...(post ? { post } : {}),
    inputNames: inputs.map(([name]) => name),
    // The runner passes defaults as strings: `default: false` arrives as "false".
    inputDefaults: Object.fromEntries(
      inputs
        .filter(([, spec]) => spec?.default !== undefined)
        .map(([name, spec]) => [name, String(spec!.default)]),
    ),
  };
}
