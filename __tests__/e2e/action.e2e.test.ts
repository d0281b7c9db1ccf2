/**
 * The committed bundle run as the GitHub runner runs it (a new Node 24 process with INPUT_*,
 * GITHUB_OUTPUT, GITHUB_STATE, GITHUB_STEP_SUMMARY, GITHUB_EVENT_PATH), then its post step, against
 * a real docker engine, a real registry and the OCI API emulator. Assertions read the registry's
 * and the emulator's own state, not only what the action printed.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAction, type ActionRun } from '../../test-support/runner.js';
import { filesUnder, freshHome, leaks, startWorld, type World } from './world.js';

const APP = join(import.meta.dirname, '..', '..', 'demo', 'app');
const PUSH_TO_MAIN = {
  name: 'push',
  payload: {
    ref: 'refs/heads/main',
    after: '8f3c2a1b9d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a',
    repository: { full_name: 'acme/api', default_branch: 'main', html_url: 'https://github.com/acme/api' },
  },
};
const GIT_ENV = {
  GITHUB_SHA: '8f3c2a1b9d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_REF_NAME: 'main',
  GITHUB_REPOSITORY: 'acme/api',
};

let world: World;

beforeAll(async () => {
  if (!existsSync('dist/main.js') || !existsSync('dist/post.js')) {
    throw new Error(
      "dist/ is missing: run 'npm run build' first (the end-to-end tests run the committed bundle)",
    );
  }
  world = await startWorld();
});

afterAll(async () => {
  await world?.close();
});

/** Runs main then post, like a job with one step of the action. */
async function runJob(inputs: Record<string, string>, env: Record<string, string> = {}, home = freshHome()) {
  const main = await runAction({
    entry: 'main',
    inputs,
    env: { ...GIT_ENV, ...env, HOME: home },
    event: PUSH_TO_MAIN,
  });
  const post = await runAction({
    entry: 'post',
    inputs,
    env: { ...GIT_ENV, ...env, HOME: home },
    event: PUSH_TO_MAIN,
    stateFrom: main,
  });
  return { main, post, home };
}

/** A label value with what a Dockerfile would otherwise read as quoting, escapes or variables. */
const TEAM_LABEL = 'platform "core" $HOME \\${USER} back\\slash l\'été 🚀';

function log(run: ActionRun): string {
  return run.log;
}

/**
 * Asserts no secret shows anywhere a run leaves a trace. The log is what the runner shows: its
 * `::add-mask::` commands, which register the secrets, are consumed by the runner.
 */
function expectNoSecrets(runs: ActionRun[], home: string, secrets: string[]) {
  const traces = runs.flatMap((run) => [
    ['log', run.log],
    ['outputs', JSON.stringify(run.outputs)],
    ['state', JSON.stringify(run.state)],
    ['summary', run.summary],
    ['command lines', run.commandLines.join('\n')],
  ]);
  traces.push(...filesUnder(home).map((file) => [file.path, file.text]));
  for (const secret of secrets) {
    const leaked = traces.filter(([, text]) => leaks(text ?? '', secret)).map(([where]) => where);
    expect({ secret: secret.slice(0, 6) + '…', leaked }).toEqual({
      secret: secret.slice(0, 6) + '…',
      leaked: [],
    });
  }
}

/** A secret the action handled must have been masked, so the runner hides it in any later line. */
function expectMasked(run: ActionRun, secrets: string[]) {
  for (const secret of secrets) expect(run.masks).toContain(secret);
}

function dockerConfigAuths(home: string): Record<string, unknown> {
  const path = join(home, '.docker', 'config.json');
  if (!existsSync(path)) return {};
  return (JSON.parse(readFileSync(path, 'utf8')) as { auths?: Record<string, unknown> }).auths ?? {};
}

describe('API key only', () => {
  let job: Awaited<ReturnType<typeof runJob>>;
  const repo = 'project-x/api';

  beforeAll(async () => {
    world.emulator.requests.length = 0;
    job = await runJob(
      {
        region: 'sa-saopaulo-1',
        registry: world.registry.host,
        repository: repo,
        compartment: world.compartment,
        context: APP,
        tags: '1.0.0\nstable',
        labels: `team=${TEAM_LABEL}`,
      },
      world.apiKeyEnv,
    );
  });

  it('succeeds, without noise from the SDK on stderr', () => {
    expect({ exitCode: job.main.exitCode, log: job.main.exitCode === 0 ? '' : log(job.main) }).toEqual({
      exitCode: 0,
      log: '',
    });
    expect(job.main.stderr).not.toMatch(/DeprecationWarning|NotAuthorizedOrNotFound/);
  });

  it('looks up the namespace and creates the repository, private, in the compartment', () => {
    const paths = world.emulator.requests.map((r) => `${r.method} ${r.path}`);
    expect(paths).toContain('GET /n');
    const created = world.emulator.repositories().find((r) => r.displayName === repo);
    expect(created).toMatchObject({ compartmentId: world.compartment, isPublic: false, isImmutable: false });
    expect(job.main.outputs['repository-ocid']).toBe(created?.id);
    expect(job.main.outputs.namespace).toBe(world.namespace);
  });

  it('logs in with a registry token as BEARER_TOKEN', () => {
    const logins = world.registry.authAttempts.filter((a) => a.username === 'BEARER_TOKEN');
    expect(logins.length).toBeGreaterThan(0);
    expect(logins.every((a) => a.ok)).toBe(true);
    expect(world.emulator.issuedTokens().length).toBeGreaterThan(0);
    // Checked by the registry and written to docker's config file by the action: no docker login.
    expect(job.main.stdout).toContain(`Logged in to ${world.registry.host} as BEARER_TOKEN`);
    expect(job.main.commandLines.filter((line) => / login /.test(line))).toEqual([]);
  });

  it('pushes both tags with the one digest the registry stores', async () => {
    const fullRepo = `${world.namespace}/${repo}`;
    const digests = [
      await world.registry.manifestDigest(fullRepo, '1.0.0'),
      await world.registry.manifestDigest(fullRepo, 'stable'),
    ];
    expect(digests[0]).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(digests[1]).toBe(digests[0]);
    const outputs = job.main.outputs;
    expect(outputs.digest).toBe(digests[0]);
    const repository = `${world.registry.host}/${fullRepo}`;
    expect(outputs.repository).toBe(repository);
    expect(outputs.image).toBe(`${repository}@${digests[0]}`);
    expect(outputs.tags).toBe(`${repository}:1.0.0\n${repository}:stable`);
    expect(outputs['tag-names']).toBe('1.0.0\nstable');
    expect(outputs.version).toBe('1.0.0');
    expect(outputs.pushed).toBe('true');
    expect(outputs.imageid).toMatch(/^sha256:/);
    expect(JSON.parse(outputs.metadata ?? '{}')).toMatchObject({ digest: digests[0], pushed: 'true' });
    expect(job.main.summary).toContain(`docker pull ${repository}@${digests[0]}`);
  });

  it('labels the image with the OCI labels and its own, in one LABEL step, every value literal', () => {
    const labels = JSON.parse(
      execFileSync(
        'docker',
        ['image', 'inspect', '--format', '{{json .Config.Labels}}', job.main.outputs.imageid!],
        { encoding: 'utf8' },
      ),
    ) as Record<string, string>;
    expect(labels).toMatchObject({
      'org.opencontainers.image.revision': GIT_ENV.GITHUB_SHA,
      'org.opencontainers.image.version': '1.0.0',
      'org.opencontainers.image.source': 'https://github.com/acme/api',
    });
    expect(labels['org.opencontainers.image.created']).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(labels.team).toBe(TEAM_LABEL);
    // The label values travel in the Dockerfile on standard input, not as `--label`s.
    const builds = job.main.commandLines.filter((line) => /^\S*docker build /.test(line));
    expect(builds.filter((line) => line.endsWith(' -'))).not.toHaveLength(0);
    expect(builds.filter((line) => line.includes('--label'))).toEqual([]);
    const history = execFileSync(
      'docker',
      ['image', 'history', '--no-trunc', '--format', '{{.CreatedBy}}', job.main.outputs.imageid!],
      { encoding: 'utf8' },
    );
    expect(history.match(/LABEL/g)).toHaveLength(1);
  });

  it('logs out in the post step', () => {
    expect(job.post.exitCode).toBe(0);
    expect(job.post.stdout).toContain(`Logged out of ${world.registry.host}`);
    expect(dockerConfigAuths(job.home)).not.toHaveProperty(world.registry.host);
  });

  it('leaves no secret in logs, outputs, state, summary, command lines or files', () => {
    expectNoSecrets([job.main, job.post], job.home, [
      world.key.privateKeyPem,
      ...world.emulator.issuedTokens(),
    ]);
    expectMasked(job.main, world.emulator.issuedTokens());
  });
});

describe('auth token of a federated user, namespace given, create-repository false', () => {
  let job: Awaited<ReturnType<typeof runJob>>;

  beforeAll(async () => {
    world.emulator.requests.length = 0;
    job = await runJob({
      region: 'gru',
      registry: world.registry.host,
      namespace: world.namespace,
      username: world.federatedUser.name,
      'auth-token': world.federatedUser.authToken,
      'create-repository': 'false',
      repository: 'project-x/web',
      context: APP,
      tags: 'v2',
    });
  });

  it('pushes with <namespace>/oracleidentitycloudservice/<user>', async () => {
    expect(job.main.exitCode).toBe(0);
    const expected = `${world.namespace}/${world.federatedUser.name}`;
    expect(world.registry.authAttempts.some((a) => a.username === expected && a.ok)).toBe(true);
    expect(job.main.outputs.digest).toBe(
      await world.registry.manifestDigest(`${world.namespace}/project-x/web`, 'v2'),
    );
    expect(job.main.outputs['repository-ocid']).toBe('');
  });

  it('makes no control-plane request at all', () => {
    expect(world.emulator.requests).toEqual([]);
    expect(job.main.stdout).toContain('the OCI API is not used');
  });

  it('leaves no secret behind', () => {
    expectNoSecrets([job.main, job.post], job.home, [world.federatedUser.authToken]);
    expectMasked(job.main, [world.federatedUser.authToken]);
  });
});

/**
 * A docker credential helper (the protocol docker-credential-* speak: store, get, erase, list on
 * stdin/stdout), keeping its entries in one JSON file beside it.
 */
function installCredentialHelper(dir: string, name: string): string {
  const store = join(dir, 'store.json');
  const helper = join(dir, `docker-credential-${name}`);
  writeFileSync(
    helper,
    `#!/usr/bin/env node
const fs = require('node:fs');
const file = ${JSON.stringify(store)};
const entries = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
const input = fs.readFileSync(0, 'utf8').trim();
const command = process.argv[2];
if (command === 'store') { const e = JSON.parse(input); entries[e.ServerURL] = e; }
else if (command === 'erase') delete entries[input];
else if (command === 'list') { console.log(JSON.stringify(Object.fromEntries(Object.values(entries).map((e) => [e.ServerURL, e.Username])))); process.exit(0); }
else if (command === 'get') {
  if (!entries[input]) { console.log('credentials not found in native keychain'); process.exit(1); }
  console.log(JSON.stringify(entries[input])); process.exit(0);
}
fs.writeFileSync(file, JSON.stringify(entries));
`,
  );
  chmodSync(helper, 0o755);
  return store;
}

describe('a docker config that names a credential store', () => {
  it('logs in and out through docker, which the store keeps the credential for', async () => {
    const home = freshHome();
    const helpers = join(home, 'helpers');
    mkdirSync(helpers);
    mkdirSync(join(home, '.docker'));
    writeFileSync(join(home, '.docker', 'config.json'), JSON.stringify({ credsStore: 'e2e' }));
    const store = installCredentialHelper(helpers, 'e2e');
    const inputs = {
      region: 'gru',
      registry: world.registry.host,
      namespace: world.namespace,
      username: world.iamUser.name,
      'auth-token': world.iamUser.authToken,
      repository: 'project-x/helper',
      context: APP,
      tags: 'helper',
    };
    const env = { ...GIT_ENV, HOME: home, PATH: `${helpers}:${process.env.PATH ?? ''}` };
    const main = await runAction({ entry: 'main', inputs, env, event: PUSH_TO_MAIN });
    expect(main.exitCode).toBe(0);
    expect(main.stdout).toContain(
      'credsStore names docker-credential-e2e, so the login goes through docker login',
    );
    expect(main.commandLines.some((line) => / login --username \S+ --password-stdin /.test(line))).toBe(true);
    expect(main.outputs.digest).toBe(
      await world.registry.manifestDigest(`${world.namespace}/project-x/helper`, 'helper'),
    );
    // The store holds the login, the config file does not.
    expect(Object.keys(JSON.parse(readFileSync(store, 'utf8')) as object)).toEqual([world.registry.host]);
    expect(dockerConfigAuths(home)).not.toHaveProperty(world.registry.host);

    const post = await runAction({ entry: 'post', inputs, env, event: PUSH_TO_MAIN, stateFrom: main });
    expect(post.exitCode).toBe(0);
    expect(post.stdout).toContain(`Logged out of ${world.registry.host}`);
    expect(JSON.parse(readFileSync(store, 'utf8'))).toEqual({});
  });
});

describe('region key and region id', () => {
  it('derive the same registry host', async () => {
    const hosts: string[] = [];
    for (const region of ['gru', 'sa-saopaulo-1']) {
      const main = await runAction({
        entry: 'main',
        inputs: {
          region,
          namespace: world.namespace,
          repository: 'project-x/region',
          context: APP,
          push: 'false',
          tags: 'r',
        },
        env: { ...GIT_ENV, HOME: freshHome() },
        event: PUSH_TO_MAIN,
      });
      expect(main.exitCode).toBe(0);
      hosts.push(main.outputs.registry ?? '');
    }
    expect(hosts).toEqual(['gru.ocir.io', 'gru.ocir.io']);
  });
});

describe('a wrong auth token', () => {
  let job: Awaited<ReturnType<typeof runJob>>;

  beforeAll(async () => {
    job = await runJob({
      region: 'gru',
      registry: world.registry.host,
      namespace: world.namespace,
      username: world.iamUser.name,
      'auth-token': 'not-the-token',
      'create-repository': 'false',
      repository: 'project-x/denied',
      context: APP,
    });
  });

  it('fails saying what to check', () => {
    expect(job.main.exitCode).not.toBe(0);
    expect(log(job.main)).toMatch(/username format/);
    expect(log(job.main)).toMatch(/auth token/);
  });

  it('sets neither digest nor pushed=true', () => {
    expect(job.main.outputs.digest).toBeUndefined();
    expect(job.main.outputs.image).toBeUndefined();
    expect(job.main.outputs.pushed).not.toBe('true');
  });

  it('does not retry the login', () => {
    const failed = world.registry.authAttempts.filter(
      (a) => a.username === `${world.namespace}/${world.iamUser.name}` && !a.ok,
    );
    expect(failed.length).toBe(1);
  });

  it('still runs the post step, which has nothing to log out', () => {
    expect(job.post.exitCode).toBe(0);
    expect(job.post.stdout).toContain('No registry login to undo');
  });

  it('does not print the wrong token', () => {
    expectNoSecrets([job.main, job.post], job.home, ['not-the-token']);
  });
});

describe('no credentials', () => {
  it('fail with push: true, naming the secrets to set', async () => {
    const main = await runAction({
      entry: 'main',
      inputs: { region: 'gru', repository: 'project-x/none', context: APP },
      env: { ...GIT_ENV, HOME: freshHome() },
      event: PUSH_TO_MAIN,
    });
    expect(main.exitCode).not.toBe(0);
    expect(log(main)).toMatch(/OCI_CLI_USER, OCI_CLI_TENANCY, OCI_CLI_FINGERPRINT, OCI_CLI_KEY_CONTENT/);
    expect(main.outputs.pushed).toBeUndefined();
  });

  it('build only with push: false', async () => {
    const main = await runAction({
      entry: 'main',
      inputs: {
        region: 'gru',
        namespace: world.namespace,
        repository: 'project-x/local',
        context: APP,
        push: 'false',
        tags: 'build-only',
      },
      env: { ...GIT_ENV, HOME: freshHome() },
      event: PUSH_TO_MAIN,
    });
    expect(main.exitCode).toBe(0);
    expect(main.outputs.pushed).toBe('false');
    expect(main.outputs.digest).toBeUndefined();
    const reference = `gru.ocir.io/${world.namespace}/project-x/local:build-only`;
    const id = execFileSync('docker', ['image', 'inspect', '--format', '{{.Id}}', reference], {
      encoding: 'utf8',
    }).trim();
    expect(id).toBe(main.outputs.imageid);
  });
});

describe('an existing repository', () => {
  it('that is public while the inputs ask for private draws a warning and is left as it is', async () => {
    const existing = world.emulator.addRepository({
      displayName: 'project-x/shared',
      compartmentId: world.tenancy,
      isPublic: true,
    });
    const { main } = await runJob(
      {
        region: 'gru',
        registry: world.registry.host,
        repository: 'project-x/shared',
        context: APP,
        tags: 'w1',
      },
      world.apiKeyEnv,
    );
    expect(main.exitCode).toBe(0);
    expect(main.outputs['repository-ocid']).toBe(existing.id);
    expect(main.annotations.some((a) => a.level === 'warning' && /public/i.test(a.message))).toBe(true);
    expect(world.emulator.repositories().find((r) => r.id === existing.id)?.isPublic).toBe(true);
  });

  it('that is immutable with a tag holding another image fails without pushing', async () => {
    world.emulator.addRepository({
      displayName: 'project-x/locked',
      compartmentId: world.tenancy,
      isImmutable: true,
    });
    const other = `sha256:${'e'.repeat(64)}`;
    world.emulator.addImage({ repositoryName: 'project-x/locked', digest: other, versions: ['1.0.0'] });
    const { main } = await runJob(
      {
        region: 'gru',
        registry: world.registry.host,
        repository: 'project-x/locked',
        context: APP,
        tags: '1.0.0',
      },
      world.apiKeyEnv,
    );
    expect(main.exitCode).not.toBe(0);
    expect(log(main)).toMatch(/immutable.*'1\.0\.0'/s);
    expect(log(main)).toContain(other);
    expect(main.outputs.digest).toBeUndefined();
    expect(await world.registry.tags(`${world.namespace}/project-x/locked`)).toEqual([]);
  });
});

describe('a transient registry failure', () => {
  it('is retried, and the push succeeds', async () => {
    world.registry.injectFault({ method: 'PUT', path: /\/manifests\//, status: 503, times: 1 });
    const { main } = await runJob(
      {
        region: 'gru',
        registry: world.registry.host,
        repository: 'project-x/flaky',
        context: APP,
        tags: 'f1',
      },
      world.apiKeyEnv,
    );
    expect(main.exitCode).toBe(0);
    expect(world.registry.pendingFaults()).toBe(0);
    expect(log(main)).toMatch(/transient reason \(attempt 1\); retrying/);
    expect(main.outputs.digest).toBe(
      await world.registry.manifestDigest(`${world.namespace}/project-x/flaky`, 'f1'),
    );
  });
});
