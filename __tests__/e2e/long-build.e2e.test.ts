/**
 * A build that outlives the registry token. The emulator issues 5-second tokens and the Dockerfile's
 * RUN sleeps longer (legacy builder, a base image made from the host's sh and sleep: nothing to
 * pull): the action must log in again with a fresh token before the push, and say why. A 401 at
 * push gets one fresh login with a registry token, and none with an auth token (a wrong credential).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { RegistryFault } from '../../test-support/registry.js';
import { runAction } from '../../test-support/runner.js';
import { importSleeper, type Sleeper } from './sleeper.js';
import { freshHome, startWorld, type World } from './world.js';

const APP = join(import.meta.dirname, '..', '..', 'demo', 'app');
const TOKEN_LIFETIME_SECONDS = 5;
const SLEEP_SECONDS = 7;
/** The manifest upload, where a refused push is injected. */
const MANIFEST_PUT: RegistryFault = { method: 'PUT', path: /\/manifests\// };

let sleeper: Sleeper | undefined;

beforeAll(() => {
  if (!existsSync('dist/main.js')) throw new Error("dist/ is missing: run 'npm run build' first");
});

afterAll(async () => {
  await sleeper?.remove();
});

async function runJob(world: World, inputs: Record<string, string>, env: Record<string, string>) {
  const home = freshHome();
  const all = { region: 'sa-saopaulo-1', registry: world.registry.host, ...inputs };
  const main = await runAction({ entry: 'main', inputs: all, env: { ...env, HOME: home } });
  await runAction({ entry: 'post', inputs: all, env: { ...env, HOME: home }, stateFrom: main });
  return main;
}

function failedAuth(world: World): number {
  return world.registry.authAttempts.filter((attempt) => !attempt.ok).length;
}

describe('a build longer than the registry token lives', () => {
  let world: World;
  beforeAll(async () => {
    world = await startWorld({ tokenLifetimeSeconds: TOKEN_LIFETIME_SECONDS });
    sleeper = importSleeper();
  });
  afterAll(async () => {
    await world?.close();
  });

  it('logs in again with a fresh token before the push, says why, and the push succeeds', async () => {
    const main = await runJob(
      world,
      { repository: 'project-x/slow', context: sleeper!.context(SLEEP_SECONDS), tags: 'slow' },
      world.apiKeyEnv,
    );
    expect(main.exitCode).toBe(0);
    expect(main.log).toMatch(
      /The registry token was issued [\d.]+s ago and lives 5s: logging in again with a fresh one before the push/,
    );
    expect(world.emulator.issuedTokens()).toHaveLength(2);
    // Renewed before the push, so the registry never had to refuse the old token.
    expect(failedAuth(world)).toBe(0);
    expect(await world.registry.manifestDigest(`${world.namespace}/project-x/slow`, 'slow')).toBe(
      main.outputs.digest,
    );
  });
});

describe('a push refused as unauthorized', () => {
  let world: World;
  beforeAll(async () => {
    world = await startWorld();
  });
  afterAll(async () => {
    await world?.close();
  });

  function manifestPuts(): number {
    return world.registry.authAttempts.filter((a) => a.method === 'PUT' && /\/manifests\//.test(a.path))
      .length;
  }

  it('with a registry token: one fresh login, then the push goes through', async () => {
    const tokensBefore = world.emulator.issuedTokens().length;
    world.registry.injectFault({ ...MANIFEST_PUT, status: 401 });
    const main = await runJob(
      world,
      { repository: 'project-x/refused', context: APP, tags: 'r1' },
      world.apiKeyEnv,
    );
    expect(main.exitCode).toBe(0);
    expect(main.log).toContain('The registry refused the registry token at push (401 Unauthorized)');
    expect(world.emulator.issuedTokens().length - tokensBefore).toBe(2);
    expect(world.registry.pendingFaults()).toBe(0);
  });

  it('with a registry token refused again after the fresh login: fails, no loop', async () => {
    const tokensBefore = world.emulator.issuedTokens().length;
    const putsBefore = manifestPuts();
    // Refused twice: a third attempt, were there one, would go through and pass the run.
    world.registry.injectFault({ ...MANIFEST_PUT, status: 401, times: 2 });
    const main = await runJob(
      world,
      { repository: 'project-x/refused', context: APP, tags: 'r2' },
      world.apiKeyEnv,
    );
    expect(main.exitCode).toBe(1);
    expect(world.emulator.issuedTokens().length - tokensBefore).toBe(2);
    expect(manifestPuts() - putsBefore).toBe(2);
    expect(world.registry.pendingFaults()).toBe(0);
    expect(main.log.match(/logging in again/g)).toHaveLength(1);
    const errors = main.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    expect(errors).toEqual([expect.stringMatching(/registry refused the push/)]);
  });

  it('with an auth token: a wrong credential, never retried', async () => {
    const putsBefore = manifestPuts();
    // Refused once: a retry, were there one, would go through and pass the run.
    world.registry.injectFault({ ...MANIFEST_PUT, status: 401 });
    const main = await runJob(
      world,
      {
        repository: 'project-x/refused',
        context: APP,
        tags: 'r3',
        namespace: world.namespace,
        username: world.iamUser.name,
        'auth-token': world.iamUser.authToken,
      },
      {},
    );
    expect(main.exitCode).toBe(1);
    expect(main.log).not.toMatch(/logging in again/);
    expect(manifestPuts() - putsBefore).toBe(1);
    const errors = main.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    expect(errors).toEqual([expect.stringMatching(/registry refused the push/)]);
  });
});
