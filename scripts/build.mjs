// Bundles the action's entry points into dist/. With --check, builds into a temporary
// folder and fails when the committed dist/ differs: users run dist/, not src/.
import { build } from 'esbuild';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const check = process.argv.includes('--check');

// @actions/core imports @actions/http-client (and with it undici, ~800 KiB) for getIDToken alone,
// which these actions never call: core gets a stub that says so, and start-up skips undici
// (about 40 ms of every node process on the runner). Other importers get the real package.
const coreWithoutOidcClient = {
  name: 'core-without-oidc-client',
  setup(build) {
    build.onResolve({ filter: /^@actions\/http-client(\/|$)/ }, (args) =>
      /[\\/]@actions[\\/]core[\\/]/.test(args.importer)
        ? { path: args.path, namespace: 'oidc-stub' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'oidc-stub' }, () => ({
      contents:
        "const unused = () => { throw new Error('core.getIDToken is not bundled with this action'); };\n" +
        'export class HttpClient { constructor() { unused(); } }\n' +
        'export class BearerCredentialHandler { constructor() { unused(); } }\n',
      loader: 'js',
    }));
  },
};
const outdir = check ? mkdtempSync(join(tmpdir(), 'dist-check-')) : 'dist';

if (!check) rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: { main: 'src/entry/main.ts', post: 'src/entry/post.ts', prune: 'src/entry/prune.ts' },
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'esm',
  // The OCI SDK lands in its own chunk, loaded only on paths that call the OCI API.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  minify: false,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [coreWithoutOidcClient],
  // CommonJS dependencies call require() for Node built-ins; give the ESM bundle one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
  },
});

if (check) {
  const files = (dir) =>
    readdirSync(dir, { recursive: true })
      .map((f) => join(dir, String(f)))
      .filter((f) => statSync(f).isFile())
      .map((f) => relative(dir, f))
      .sort();
  const fresh = files(outdir);
  const committed = files('dist');
  const differing = [...new Set([...fresh, ...committed])].filter(
    (f) =>
      !fresh.includes(f) ||
      !committed.includes(f) ||
      !readFileSync(join(outdir, f)).equals(readFileSync(join('dist', f))),
  );
  rmSync(outdir, { recursive: true, force: true });
  if (differing.length > 0) {
    console.error(
      `dist/ is stale; run 'npm run build' and commit. Differing files:\n  ${differing.join('\n  ')}`,
    );
    process.exit(1);
  }
  console.log('dist/ matches a fresh build.');
}
