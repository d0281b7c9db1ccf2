/**
 * The committed bundle's shape: the OCI SDK sits in a chunk that only a dynamic import reaches, so
 * runs that need no OCI API call (an auth token with the namespace given) never load it.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { staticGraph } from '../test-support/bundle-graph.js';

const sdkMarker = /node_modules\/oci-(common|identity|artifacts|objectstorage|containerregistry)\//;
const octokitMarker = /node_modules\/@octokit\//;
const httpClientMarker = /node_modules\/(@actions\/http-client|undici)\//;

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

  /** Files only a dynamic `import("./…")` somewhere in the static graph of `entry` reaches. */
  function lazyGraph(entry: string): string[] {
    const eager = staticGraph(entry);
    const dynamic = [...eager].flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/import\("(\.[^"]+\.js)"\)/g)].map((m) =>
        join(dirname(file), m[1]!),
      ),
    );
    return [...new Set(dynamic.flatMap((chunk) => [...staticGraph(chunk)]))].filter(
      (file) => !eager.has(file),
    );
  }

  it.each(['dist/main.js', 'dist/prune.js'])(
    '%s loads no octokit until a pull request comment asks for it',
    (entry) => {
      const graph = [...staticGraph(entry)];
      expect(graph.filter((file) => octokitMarker.test(readFileSync(file, 'utf8')))).toEqual([]);
      expect(lazyGraph(entry).some((file) => octokitMarker.test(readFileSync(file, 'utf8')))).toBe(true);
    },
  );

  it.each(['dist/main.js', 'dist/prune.js', 'dist/post.js'])(
    '%s loads no HTTP client for the GitHub OIDC token until keyless sign-in asks for it',
    (entry) => {
      const graph = [...staticGraph(entry)];
      expect(graph.filter((file) => httpClientMarker.test(readFileSync(file, 'utf8')))).toEqual([]);
      if (entry !== 'dist/post.js') {
        expect(lazyGraph(entry).some((file) => httpClientMarker.test(readFileSync(file, 'utf8')))).toBe(true);
      }
    },
  );

  it('prune.js loads the OCI SDK only through a dynamic import', () => {
    const graph = [...staticGraph('dist/prune.js')];
    expect(graph.filter((file) => sdkMarker.test(readFileSync(file, 'utf8')))).toEqual([]);
    expect(lazyGraph('dist/prune.js').some((file) => sdkMarker.test(readFileSync(file, 'utf8')))).toBe(true);
  });

  // The SDK may sit in a chunk shared with another entry's dynamic import (prune), so follow its imports.
  it('the control-plane chunk does load the SDK', () => {
    const main = readFileSync('dist/main.js', 'utf8');
    const chunk = /import\("\.\/(chunks\/control-plane-[A-Z0-9]+\.js)"\)/.exec(main)?.[1];
    const graph = [...staticGraph(join('dist', chunk!))];
    expect(graph.some((file) => sdkMarker.test(readFileSync(file, 'utf8')))).toBe(true);
  });
});
