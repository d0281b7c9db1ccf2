/** The import graph of the committed bundle, read from its text (esbuild writes plain ESM imports). */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Files reachable from `entry` through static imports: `import … from "./x.js"`, `export … from`, bare `import "./x.js"`. */
export function staticGraph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const source = readFileSync(entry, 'utf8');
  for (const [, specifier] of source.matchAll(/(?:^|\n)(?:import|export)[^'"()]*?(?:from\s*)?"(\.[^"]+)"/g)) {
    staticGraph(join(dirname(entry), specifier!), seen);
  }
  return seen;
}
