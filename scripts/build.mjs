// Bundles the action's entry points into dist/. With --check, builds into a temporary
// folder and fails when the committed dist/ differs: users run dist/, not src/.
import { build } from 'esbuild';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const check = process.argv.includes('--check');

// @actions/core imports @actions/http-client (and with it undici, ~800 KiB) for getIDToken alone,
// which only keyless sign-in calls: core gets a stand-in that loads the real client by dynamic
// import when getIDToken first sends a request, so start-up skips undici (about 40 ms of every node
// process on the runner). Other importers get the real package.
const coreWithLazyOidcClient = {
  name: 'core-with-lazy-oidc-client',
  setup(build) {
    build.onResolve({ filter: /^@actions\/http-client(\/|$)/ }, (args) =>
      /[\\/]@actions[\\/]core[\\/]/.test(args.importer)
        ? { path: args.path, namespace: 'oidc-lazy' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'oidc-lazy' }, () => ({
      contents:
        'export class BearerCredentialHandler { constructor(token) { this.token = token; } }\n' +
        'export class HttpClient {\n' +
        '  constructor(...args) { this.args = args; }\n' +
        '  async getJson(url, headers) {\n' +
        "    const http = await import('@actions/http-client');\n" +
        "    const auth = await import('@actions/http-client/lib/auth');\n" +
        '    const [userAgent, handlers = [], options] = this.args;\n' +
        '    const bearers = handlers.map((handler) => new auth.BearerCredentialHandler(handler.token));\n' +
        '    return new http.HttpClient(userAgent, bearers, options).getJson(url, headers);\n' +
        '  }\n' +
        '}\n',
      loader: 'js',
      resolveDir: process.cwd(),
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
  plugins: [coreWithLazyOidcClient],
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
