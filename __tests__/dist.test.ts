/**
 * The committed bundle's shape: the OCI SDK sits in a chunk that only a dynamic import reaches, so
 * runs that need no OCI API call (an auth token with the namespace given) never load it.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Files reachable from `entry` through static imports only. */
function staticGraph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const source = readFileSync(entry, 'utf8');
  for (const [, specifier] of source.matchAll(/(?:^|\n)(?:import|export)[^'"()]*?from\s*"(\.[^"]+)"/g)) {
    staticGraph(join(dirname(entry), specifier!), seen);
  }
  return seen;
}

const sdkMarker = /node_modules\/oci-(common|identity|artifacts|objectstorage|containerregistry)\//;

describe('dist/', () => {
  it('main.js loads no OCI SDK code until a dynamic import asks for it', () => {
    const graph = [...staticGraph('dist/main.js')];
    expect(graph.length).toBeGreaterThan(1);
    expect(graph.filter((file) => sdkMarker.test(readFileSync(file, 'utf8')))).toEqual([]);
    expect(readFileSync('dist/main.js', 'utf8')).toMatch(
      /import\("\.\/chunks\/control-plane-[A-Z0-9]+\.js"\)/,
    );
  });

  it('post.js loads no OCI SDK code at all', () => {
    const graph = [...staticGraph('dist/post.js')];
    expect(graph.filter((file) => sdkMarker.test(readFileSync(file, 'utf8')))).toEqual([]);
  });

  it('the control-plane chunk does hold the SDK', () => {
    const main = readFileSync('dist/main.js', 'utf8');
    const chunk = /import\("\.\/(chunks\/control-plane-[A-Z0-9]+\.js)"\)/.exec(main)?.[1];
    expect(sdkMarker.test(readFileSync(join('dist', chunk!), 'utf8'))).toBe(true);
  });
});
