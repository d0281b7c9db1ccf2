/**
 * Tags after the first go through the registry API (one manifest each, concurrently): the registry
 * must end as if docker had pushed every tag. Read back from the registry itself, and pulled by docker.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runAction } from '../../test-support/runner.js';
import { TOKEN_PATH } from '../../test-support/registry.js';
import { freshHome, startWorld, type World } from './world.js';

const run = promisify(execFile);
const APP = join(import.meta.dirname, '..', '..', 'demo', 'app');
const MANIFEST_TYPES =
  'application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.manifest.v1+json';
let world: World;

beforeAll(async () => {
  if (!existsSync('dist/main.js')) throw new Error("dist/ is missing: run 'npm run build' first");
  world = await startWorld();
});

afterAll(async () => {
  await world?.close();
});

/** `docker login` of the IAM user in `home`, the token on stdin. */
function dockerLogin(home: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'docker',
      [
        'login',
        '--username',
        `${world.namespace}/${world.iamUser.name}`,
        '--password-stdin',
        world.registry.host,
      ],
      { env: { ...process.env, HOME: home }, stdio: ['pipe', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`docker login: ${stderr}`))));
    child.stdin.end(world.iamUser.authToken);
  });
}

async function storedBytes(repo: string, reference: string): Promise<Buffer> {
  const res = await fetch(`${world.registry.backendUrl}/v2/${repo}/manifests/${reference}`, {
    headers: { Accept: MANIFEST_TYPES },
  });
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

async function pushFourTags(
  repository: string,
  credentials: { inputs: Record<string, string>; env: Record<string, string> },
) {
  const env = { HOME: freshHome(), ...credentials.env };
  const inputs = {
    region: 'sa-saopaulo-1',
    registry: world.registry.host,
    repository,
    context: APP,
    tags: '1.0.0\n1.0\nlatest\nedge',
    ...credentials.inputs,
  };
  world.registry.authAttempts.length = 0;
  const main = await runAction({ entry: 'main', inputs, env });
  await runAction({ entry: 'post', inputs, env, stateFrom: main });
  return main;
}

describe.each([
  [
    'auth token',
    () => ({
      inputs: {
        namespace: world.namespace,
        username: world.iamUser.name,
        'auth-token': world.iamUser.authToken,
      },
      env: {},
    }),
  ],
  ['API key (registry token)', () => ({ inputs: { compartment: world.compartment }, env: world.apiKeyEnv })],
])('four tags with %s', (label, credentials) => {
  it('every tag holds the digest docker pushed, with the very same bytes, and docker pulls it', async () => {
    const name = `project-x/many-${label.split(' ')[0]!.toLowerCase()}`;
    const main = await pushFourTags(name, credentials());
    expect(main.exitCode).toBe(0);
    const repo = `${world.namespace}/${name}`;
    const digest = main.outputs.digest!;
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(await world.registry.tags(repo)).toEqual(['1.0', '1.0.0', 'edge', 'latest']);
    const pushedByDocker = await storedBytes(repo, digest);
    for (const tag of ['1.0.0', '1.0', 'latest', 'edge']) {
      expect(await world.registry.manifestDigest(repo, tag)).toBe(digest);
      expect((await storedBytes(repo, tag)).equals(pushedByDocker)).toBe(true);
    }
    // The three extra tags were PUT as manifests (once each), not pushed by docker: no blob traffic for them.
    const manifestPuts = world.registry.authAttempts.filter(
      (a) => a.method === 'PUT' && a.path.includes('/manifests/') && a.ok,
    );
    expect(manifestPuts.map((a) => a.path.split('/manifests/')[1]).sort()).toEqual([
      '1.0',
      '1.0.0',
      'edge',
      'latest',
    ]);
    expect(world.registry.authAttempts.some((a) => a.path.startsWith(TOKEN_PATH) && a.ok)).toBe(true);
    // One docker push, of the first tag; never --all-tags.
    const pushes = main.commandLines.filter((line) => /\bdocker push\b/.test(line));
    expect(pushes).toHaveLength(1);
    expect(pushes[0]).toMatch(new RegExp(`docker push ${world.registry.host}/${repo}:1\\.0\\.0$`));
    // Nothing secret in the log.
    const password = label === 'auth token' ? world.iamUser.authToken : undefined;
    if (password) expect(main.log).not.toContain(password);

    // docker pull of an extra tag (as a reader logged in with its own HOME) resolves and fetches the image.
    const reference = `${world.registry.host}/${repo}:edge`;
    await run('docker', ['rmi', reference]);
    const home = freshHome();
    await dockerLogin(home);
    const pulled = await run('docker', ['pull', reference], { env: { ...process.env, HOME: home } });
    expect(pulled.stdout).toContain(digest);
    expect(pulled.stderr).not.toMatch(/error|denied|unauthorized/i);
  });
});
