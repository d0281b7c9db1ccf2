/**
 * Keyless: both actions run with no API key and no auth token anywhere in their environment. The
 * GitHub OIDC stand-in issues the job's token, the identity domain stand-in exchanges it for a UPST
 * bound to the action's ephemeral key, and the emulator accepts `ST$` signatures with that key only
 * while the UPST lives. Also: tokens the trust refuses, a job without `id-token: write`, a wrong
 * client secret, a UPST that expires during a long build, a 401 from OCI, and an instance principal.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defaultPushEvent, type WorkflowEvent } from '../../test-support/github-env.js';
import { runAction, type ActionRun, type RunActionOptions } from '../../test-support/runner.js';
import { startKeyless, type Keyless } from './keyless.js';
import { importSleeper, type Sleeper } from './sleeper.js';
import { filesUnder, freshHome, leaks, startWorld, type World } from './world.js';

const APP = join(import.meta.dirname, '..', '..', 'demo', 'app');
const PERMISSION_LINE =
  'Keyless sign-in needs the GitHub OIDC token, and this job may not ask for one: add "permissions: id-token: write" ' +
  'to the job (or workflow) that runs this action. Pull requests from forks never get it.';

beforeAll(() => {
  if (!existsSync('dist/main.js')) throw new Error("dist/ is missing: run 'npm run build' first");
});

function pushTo(branch: string): WorkflowEvent {
  const event = defaultPushEvent();
  return { ...event, payload: { ...event.payload, ref: `refs/heads/${branch}` } };
}

interface Job {
  main: ActionRun;
  post: ActionRun;
  home: string;
}

/** The main and post steps of one build-push job, with a fresh HOME; only OCI_API_BASE_URL in env. */
async function pushJob(
  world: World,
  inputs: Record<string, string>,
  options: Pick<RunActionOptions, 'idToken' | 'event'> = {},
): Promise<Job> {
  const home = freshHome();
  const all = { region: 'sa-saopaulo-1', registry: world.registry.host, context: APP, ...inputs };
  const env = { OCI_API_BASE_URL: world.emulator.url, HOME: home };
  const main = await runAction({ entry: 'main', inputs: all, env, ...options });
  const post = await runAction({ entry: 'post', inputs: all, env, stateFrom: main });
  return { main, post, home };
}

function pruneJob(
  world: World,
  inputs: Record<string, string>,
  options: Pick<RunActionOptions, 'idToken'> = {},
) {
  return runAction({
    entry: 'prune',
    inputs: { region: 'sa-saopaulo-1', ...inputs },
    env: { OCI_API_BASE_URL: world.emulator.url },
    ...options,
  });
}

function errors(run: ActionRun): string[] {
  return run.annotations.filter((annotation) => annotation.level === 'error').map((a) => a.message);
}

/** No secret anywhere a run leaves a trace (the `::add-mask::` lines are the runner's, and consumed). */
function expectNoLeaks(runs: ActionRun[], secrets: string[], home?: string) {
  const traces: Array<[string, string]> = runs.flatMap((run): Array<[string, string]> => [
    ['log', run.log],
    ['outputs', JSON.stringify(run.outputs)],
    ['state', JSON.stringify(run.state)],
    ['summary', run.summary],
    ['command lines', run.commandLines.join('\n')],
  ]);
  if (home) traces.push(...filesUnder(home).map((file): [string, string] => [file.path, file.text]));
  expect(secrets.length).toBeGreaterThan(0);
  for (const secret of secrets) {
    const leaked = traces.filter(([, text]) => leaks(text, secret)).map(([where]) => where);
    expect({ secret: secret.slice(0, 6) + '…', leaked }).toEqual({
      secret: secret.slice(0, 6) + '…',
      leaked: [],
    });
  }
}

/** Requests the emulator answered with a session token's signature. */
function sessionRequests(world: World): number {
  return world.emulator.requests.filter((request) => request.keyId?.startsWith('ST$')).length;
}

describe('keyless: the workflow signs in with its GitHub OIDC token', () => {
  let world: World;
  let keyless: Keyless;
  beforeAll(async () => {
    world = await startWorld();
    keyless = await startKeyless(world);
  });
  afterAll(async () => {
    await keyless?.close();
    await world?.close();
  });

  it('pushes with no API key or auth token anywhere: repository created by the service user, image in the registry', async () => {
    const { main, post, home } = await pushJob(
      world,
      { repository: 'keyless/api', tags: 'k1\npr-7', compartment: world.compartment, ...keyless.inputs },
      { idToken: { service: keyless.github } },
    );
    expect({ exit: main.exitCode, errors: errors(main) }).toEqual({ exit: 0, errors: [] });
    expect(post.exitCode).toBe(0);
    const [repository] = world.emulator.repositories().filter((r) => r.displayName === 'keyless/api');
    expect(repository).toMatchObject({ compartmentId: world.compartment, createdBy: world.serviceUser.id });
    expect(await world.registry.manifestDigest(`${world.namespace}/keyless/api`, 'k1')).toBe(
      main.outputs.digest,
    );
    expect(main.outputs).toMatchObject({ pushed: 'true', namespace: world.namespace });
    // One exchange, with the default audience (the domain URL), and every OCI request signed with it.
    expect(keyless.domain.exchanges.filter((e) => e.outcome === 'issued')).toHaveLength(1);
    expect(keyless.github.issued().map((token) => token.audience)).toEqual([keyless.domain.url]);
    const signed = world.emulator.requests.filter((request) => request.keyId !== undefined);
    expect(signed.length).toBeGreaterThan(0);
    expect(signed.every((request) => request.keyId!.startsWith('ST$') && request.status < 400)).toBe(true);
    expect(main.log).toMatch(/Keyless sign-in: exchanging the GitHub OIDC token/);
    expect(main.log).toContain(`Signed in as ${world.serviceUser.id}`);
    // The GitHub token, the UPST, the registry token and the client secret: masked, and nowhere.
    const secrets = keyless.secrets();
    for (const secret of secrets) expect(main.masks).toContain(secret);
    expectNoLeaks([main, post], secrets, home);
  });

  it('prunes with no API key: the preview tag is deleted through the session', async () => {
    const earlier = new Set(keyless.secrets().slice(1));
    const run = await pruneJob(
      world,
      { repository: 'keyless/api', tags: 'pr-7', ...keyless.inputs },
      { idToken: { service: keyless.github } },
    );
    expect({ exit: run.exitCode, errors: errors(run) }).toEqual({ exit: 0, errors: [] });
    expect(JSON.parse(run.outputs.deleted ?? '[]')).toEqual([
      { tag: 'pr-7', digest: expect.any(String), region: 'sa-saopaulo-1' },
    ]);
    const tags = world.emulator.images().flatMap((image) => image.versions.map((v) => v.version));
    expect(tags).toContain('k1');
    expect(tags).not.toContain('pr-7');
    // This run's GitHub token and UPST, and the client secret, are masked; no token of any run shows.
    const handled = keyless.secrets().filter((secret) => !earlier.has(secret));
    expect(handled).toHaveLength(3);
    for (const secret of handled) expect(run.masks).toContain(secret);
    expectNoLeaks([run], keyless.secrets());
  });

  it.each([
    [
      'a push to a branch the trust does not name',
      { event: pushTo('feature') },
      'repo:octo-org/octo-repo:ref:refs/heads/feature',
    ],
    [
      'a token of another repository',
      { claims: { repository: 'evil-org/fork', sub: 'repo:evil-org/fork:ref:refs/heads/main' } },
      'repo:evil-org/fork:ref:refs/heads/main',
    ],
  ])(
    '%s: refused in one line naming the sub and the rule to add; nothing created or pushed',
    async (_name, how, sub) => {
      const before = {
        requests: world.emulator.requests.length,
        repositories: world.emulator.repositories().length,
      };
      const { main } = await pushJob(
        world,
        { repository: 'keyless/untrusted', tags: 'u1', ...keyless.inputs },
        {
          idToken: { service: keyless.github, ...('claims' in how ? { claims: how.claims } : {}) },
          ...('event' in how ? { event: how.event } : {}),
        },
      );
      expect(main.exitCode).toBe(1);
      const [message, ...more] = errors(main);
      expect(more).toEqual([]);
      expect(message).not.toContain('\n');
      expect(message).toContain('invalid_grant');
      expect(message).toContain(`sub ${sub}`);
      expect(message).toMatch(/add an impersonation rule matching it to the Identity Propagation Trust/);
      expect(world.emulator.requests.length).toBe(before.requests);
      expect(world.emulator.repositories().length).toBe(before.repositories);
      expect(main.outputs.pushed).toBeUndefined();
      expect(
        await world.registry.manifestDigest(`${world.namespace}/keyless/untrusted`, 'u1'),
      ).toBeUndefined();
    },
  );

  it('prune with a token of a branch the trust does not name: refused, nothing deleted', async () => {
    const images = world.emulator.images().length;
    const run = await pruneJob(
      world,
      { repository: 'keyless/api', tags: 'k1', ...keyless.inputs },
      { idToken: { service: keyless.github, claims: { sub: 'repo:octo-org/octo-repo:pull_request' } } },
    );
    expect(run.exitCode).toBe(1);
    expect(errors(run)).toEqual([expect.stringContaining('sub repo:octo-org/octo-repo:pull_request')]);
    expect(world.emulator.images().length).toBe(images);
  });

  it.each(['main', 'prune'] as const)(
    '%s without permissions id-token: write fails with that line, before any request',
    async (entry) => {
      const before = world.emulator.requests.length;
      const exchanges = keyless.domain.exchanges.length;
      const run =
        entry === 'main'
          ? (await pushJob(world, { repository: 'keyless/api', tags: 'p1', ...keyless.inputs })).main
          : await pruneJob(world, { repository: 'keyless/api', tags: 'k1', ...keyless.inputs });
      expect(run.exitCode).toBe(1);
      expect(errors(run)).toEqual([PERMISSION_LINE]);
      expect(world.emulator.requests.length).toBe(before);
      expect(keyless.domain.exchanges.length).toBe(exchanges);
    },
  );

  it.each(['main', 'prune'] as const)(
    '%s with a wrong client secret: invalid_client, the step that fixes it, the secret masked',
    async (entry) => {
      const wrong = `idcscs-wrong-${Date.now()}`;
      const inputs = { ...keyless.inputs, 'oidc-client-secret': wrong };
      const run =
        entry === 'main'
          ? (
              await pushJob(
                world,
                { repository: 'keyless/api', tags: 'w1', ...inputs },
                { idToken: { service: keyless.github } },
              )
            ).main
          : await pruneJob(
              world,
              { repository: 'keyless/api', tags: 'k1', ...inputs },
              { idToken: { service: keyless.github } },
            );
      expect(run.exitCode).toBe(1);
      expect(errors(run)).toEqual([
        expect.stringMatching(
          /refused the token exchange \(invalid_client: .*\)\. Check oidc-client-id and oidc-client-secret/,
        ),
      ]);
      expect(run.masks).toContain(wrong);
      expectNoLeaks([run], [wrong, ...keyless.github.issued().map((token) => token.value)]);
    },
  );

  it('instance-principal off an OCI instance: a clear error, nothing created', async () => {
    const repositories = world.emulator.repositories().length;
    const { main } = await pushJob(world, {
      repository: 'keyless/nowhere',
      tags: 'n1',
      'oci-auth': 'instance-principal',
    });
    expect(main.exitCode).toBe(1);
    expect(errors(main)).toEqual([
      expect.stringMatching(
        /^Instance principal sign-in failed: .*works only on a runner that is an OCI compute instance/,
      ),
    ]);
    expect(world.emulator.repositories().length).toBe(repositories);
  });

  it('a 401 from OCI on the session names the policy gap of the service user', async () => {
    world.emulator.injectFault({ method: 'GET', path: '/n', status: 401, code: 'NotAuthenticated' });
    const { main } = await pushJob(
      world,
      { repository: 'keyless/api', tags: 'f1', ...keyless.inputs },
      { idToken: { service: keyless.github } },
    );
    expect(main.exitCode).toBe(1);
    expect(errors(main)).toEqual([
      expect.stringMatching(
        /refused the session token of keyless sign-in \(401 NotAuthenticated\).*service user the trust impersonates.*Allow group <domain>\/<group> to manage repos/s,
      ),
    ]);
    expect(world.emulator.pendingFaults()).toBe(0);
  });
});

describe('keyless: a UPST that expires during a long build', () => {
  const LIFETIME_SECONDS = 5;
  let world: World;
  let keyless: Keyless;
  let sleeper: Sleeper;
  beforeAll(async () => {
    // Registry tokens and UPSTs both live 5 s: the login renewed before the push needs a fresh UPST.
    world = await startWorld({
      tokenLifetimeSeconds: LIFETIME_SECONDS,
      sessionTokenLifetimeSeconds: LIFETIME_SECONDS,
    });
    keyless = await startKeyless(world);
    sleeper = importSleeper();
  });
  afterAll(async () => {
    await keyless?.close();
    await world?.close();
    await sleeper?.remove();
  });

  it('exchanges once more with a fresh GitHub token before the next OCI call, says so, and pushes', async () => {
    const { main, post, home } = await pushJob(
      world,
      {
        repository: 'keyless/slow',
        context: sleeper.context(LIFETIME_SECONDS + 2),
        tags: 'slow',
        ...keyless.inputs,
      },
      { idToken: { service: keyless.github } },
    );
    expect({ exit: main.exitCode, errors: errors(main) }).toEqual({ exit: 0, errors: [] });
    expect(main.log).toMatch(
      /The OCI session token (expired at|expires in) .*: exchanging a fresh GitHub OIDC token for a new one before the next OCI request/,
    );
    expect(main.log.match(/exchanging a fresh GitHub OIDC token/g)).toHaveLength(1);
    expect(main.log).toMatch(/Session token renewed, valid until/);
    expect(keyless.github.issued()).toHaveLength(2);
    expect(keyless.domain.exchanges.map((e) => e.outcome)).toEqual(['issued', 'issued']);
    // No request was refused: the renewal came before the expired token was used.
    expect(world.emulator.requests.filter((request) => request.status === 401)).toEqual([]);
    expect(sessionRequests(world)).toBeGreaterThan(0);
    expect(await world.registry.manifestDigest(`${world.namespace}/keyless/slow`, 'slow')).toBe(
      main.outputs.digest,
    );
    expectNoLeaks([main, post], keyless.secrets(), home);
  });
});

describe('instance principal: a self-hosted runner on an OCI instance', () => {
  let world: World;
  beforeAll(async () => {
    world = await startWorld({ instance: true });
  });
  afterAll(async () => {
    await world?.close();
  });

  it('pushes with no stored credential: metadata service, federation, then ST$ signatures as the instance', async () => {
    const { main, post } = await pushJob(world, {
      repository: 'runner/api',
      tags: 'i1',
      'oci-auth': 'instance-principal',
    });
    expect({ exit: main.exitCode, errors: errors(main) }).toEqual({ exit: 0, errors: [] });
    expect(post.exitCode).toBe(0);
    const instance = world.instance!;
    expect(world.emulator.sessionTokens.issued().map((token) => [token.subject, token.ptype])).toEqual([
      [instance.id, 'instance'],
    ]);
    expect(world.emulator.repositories().find((r) => r.displayName === 'runner/api')).toMatchObject({
      createdBy: instance.id,
      compartmentId: world.tenancy,
    });
    expect(await world.registry.manifestDigest(`${world.namespace}/runner/api`, 'i1')).toBe(
      main.outputs.digest,
    );
    expect(main.log).toContain(`Signed in as instance ${instance.id}`);
    const tokens = [
      ...world.emulator.sessionTokens.issued().map((t) => t.token),
      ...world.emulator.issuedTokens(),
    ];
    expectNoLeaks([main, post], tokens);
  });

  it('prunes as the instance', async () => {
    const run = await pruneJob(world, {
      repository: 'runner/api',
      tags: 'i1',
      'oci-auth': 'instance-principal',
    });
    expect({ exit: run.exitCode, errors: errors(run) }).toEqual({ exit: 0, errors: [] });
    expect(world.emulator.images().filter((image) => image.repositoryName === 'runner/api')).toEqual([]);
  });
});
