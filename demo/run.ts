/**
 * `npm run demo`: the whole action against the local world. A docker engine, the OCI emulator
 * with a freshly generated API key, and a real registry behind the OCIR-style auth front; then
 * dist/main.js and dist/post.js run exactly as the GitHub runner would run them.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { ensureDocker } from '../test-support/dockerd.js';
import { startEmulator } from '../test-support/emulator.js';
import { createTestKey, ocid } from '../test-support/keys.js';
import { startRegistry } from '../test-support/registry.js';
import { removeRunFiles, runAction, type ActionRun } from '../test-support/runner.js';

const REPOSITORY = 'demo/hello';

function section(title: string, body: string): void {
  console.log(`\n=== ${title} ${'='.repeat(Math.max(0, 70 - title.length))}\n${body.trimEnd()}`);
}

function describeRun(name: string, run: ActionRun): void {
  section(`${name}: log (exit code ${run.exitCode})`, run.log);
}

function removeImages(references: string[]): Promise<void> {
  if (references.length === 0) return Promise.resolve();
  return new Promise((resolve) => execFile('docker', ['rmi', '--force', ...references], () => resolve()));
}

async function main(): Promise<number> {
  const engine = await ensureDocker();
  // Undone in reverse order, whatever happens.
  const cleanups: Array<() => unknown> = [];
  const startedDockerd = engine.startedPid;
  if (startedDockerd !== undefined) cleanups.push(() => process.kill(startedDockerd, 'SIGTERM'));
  try {
    const key = createTestKey();
    const tenancy = ocid.tenancy();
    const user = {
      id: ocid.user(),
      name: 'demo.user',
      fingerprint: key.fingerprint,
      publicKeyPem: key.publicKeyPem,
    };
    const namespace = `demo${randomBytes(4).toString('hex')}`;
    const emulator = await startEmulator({ tenancy, namespace, users: [user] });
    cleanups.push(() => emulator.close());
    const registry = await startRegistry({ acceptsLogin: (u, p) => emulator.acceptsRegistryLogin(u, p) });
    cleanups.push(() => registry.close());
    // The demo's docker logins go to a throwaway HOME, not to the user's ~/.docker/config.json.
    const home = mkdtempSync(join(tmpdir(), 'demo-home-'));
    cleanups.push(() => rmSync(home, { recursive: true, force: true }), removeRunFiles);
    section(
      'the local world',
      [
        `OCI API emulator   ${emulator.url}  (tenancy namespace ${namespace})`,
        `registry (front)   ${registry.host}  -> ${registry.backendUrl}`,
        `docker engine      ${engine.startedPid === undefined ? 'already running' : `started, pid ${engine.startedPid}`}`,
      ].join('\n'),
    );

    const env = {
      HOME: home,
      OCI_API_BASE_URL: emulator.url,
      OCI_CLI_TENANCY: tenancy,
      OCI_CLI_USER: user.id,
      OCI_CLI_FINGERPRINT: key.fingerprint,
      OCI_CLI_KEY_CONTENT: key.privateKeyPem,
    };
    const mainRun = await runAction({
      entry: 'main',
      inputs: {
        registry: registry.host,
        region: 'sa-saopaulo-1',
        repository: REPOSITORY,
        tags: '1.0.0\nlatest',
        context: 'demo/app',
      },
      env,
    });
    const builtImages = (mainRun.outputs.tags ?? '').split('\n').filter(Boolean);
    cleanups.push(() => removeImages(builtImages));
    describeRun('main step', mainRun);
    section(
      'outputs',
      Object.entries(mainRun.outputs)
        .map(
          ([name, value]) =>
            `${name}: ${value.includes('\n') ? `\n  ${value.split('\n').join('\n  ')}` : value}`,
        )
        .join('\n'),
    );
    section('job summary', mainRun.summary || '(empty)');

    const postRun = await runAction({ entry: 'post', stateFrom: mainRun, env });
    describeRun('post step', postRun);

    const stored = `${namespace}/${REPOSITORY}`;
    const tags = await registry.tags(stored);
    const digests = await Promise.all(
      tags.map(async (tag) => `${tag}  ${await registry.manifestDigest(stored, tag)}`),
    );
    section(`what the registry itself holds for ${stored}`, digests.join('\n') || '(no tags)');
    return mainRun.exitCode === 0 && postRun.exitCode === 0 ? 0 : 1;
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup();
  }
}

process.exitCode = await main();
