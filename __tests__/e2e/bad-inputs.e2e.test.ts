/**
 * Bad input, end to end: the committed bundles run as the runner runs them, each with inputs a user
 * can get wrong. Every run must fail at input validation, naming each wrong input in its own error
 * annotation, before anything leaves the runner: the OCI API emulator and the registry must have
 * seen nothing. Valid oddities of real secrets (escaped newlines, Windows line endings, blank lines,
 * a username already prefixed with the namespace) must keep working and push.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestKey, ocid, type TestKey } from '../../test-support/keys.js';
import { runAction, type ActionRun } from '../../test-support/runner.js';
import { freshHome, leaks, startWorld, type World } from './world.js';

const APP = join(import.meta.dirname, '..', '..', 'demo', 'app');
const REPOSITORY = 'project-x/bad-input';
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
let otherKey: TestKey;
let emptyDir: string;

beforeAll(async () => {
  if (!existsSync('dist/main.js') || !existsSync('dist/prune.js')) {
    throw new Error(
      "dist/ is missing: run 'npm run build' first (the end-to-end tests run the committed bundle)",
    );
  }
  world = await startWorld();
  otherKey = createTestKey();
  emptyDir = mkdtempSync(join(tmpdir(), 'bad-inputs-empty-'));
});

afterAll(async () => {
  if (emptyDir) rmSync(emptyDir, { recursive: true, force: true });
  await world?.close();
});

interface Given {
  inputs: Record<string, string>;
  /** Replaces the world's API key environment; `undefined` values remove a variable. */
  env?: Record<string, string | undefined>;
}

/** A complete, valid API-key run: each case spoils it in one or a few places. */
function apiKeyRun(inputs: Record<string, string> = {}, env: Record<string, string | undefined> = {}): Given {
  return {
    inputs: {
      region: 'sa-saopaulo-1',
      registry: world.registry.host,
      repository: REPOSITORY,
      compartment: world.compartment,
      context: APP,
      tags: 'v1',
      ...inputs,
    },
    env: { ...world.apiKeyEnv, ...env },
  };
}

/** A complete, valid auth-token run without any API key. */
function authTokenRun(inputs: Record<string, string> = {}): Given {
  return {
    inputs: {
      region: 'sa-saopaulo-1',
      registry: world.registry.host,
      namespace: world.namespace,
      username: world.iamUser.name,
      'auth-token': world.iamUser.authToken,
      'create-repository': 'false',
      repository: REPOSITORY,
      context: APP,
      tags: 'v1',
      ...inputs,
    },
    env: { OCI_API_BASE_URL: world.emulator.url },
  };
}

function pruneRun(inputs: Record<string, string> = {}, env: Record<string, string | undefined> = {}): Given {
  return {
    inputs: { region: 'sa-saopaulo-1', repository: REPOSITORY, tags: 'pr-1', ...inputs },
    env: { ...world.apiKeyEnv, ...env },
  };
}

const pem = () => world.key.privateKeyPem;
/** The key without one of its base64 lines: still PEM-shaped, but unreadable. */
const truncated = () => pem().replace(/\n[A-Za-z0-9+/]{64}\n/, '\n');

type Case = [name: string, given: () => Given, inputs: string[]];

const BUILD_PUSH_CASES: Case[] = [
  ['unknown region', () => apiKeyRun({ region: 'mars-north-1' }), ['region']],
  ['region typo', () => apiKeyRun({ region: 'sa-saopaulo1' }), ['region']],
  ['registry host given as region', () => apiKeyRun({ region: 'gru.ocir.io' }), ['region']],
  ['no region with an API key', () => apiKeyRun({ region: '' }), ['region']],
  ['unknown OCI_CLI_REGION', () => apiKeyRun({ region: '' }, { OCI_CLI_REGION: 'nowhere-1' }), ['region']],
  ['no region nor registry', () => authTokenRun({ region: '', registry: '' }), ['region']],
  ['registry given as a URL', () => apiKeyRun({ registry: 'https://gru.ocir.io/v2' }), ['registry']],
  ['namespace in capitals', () => authTokenRun({ namespace: 'MyTenancy' }), ['namespace']],
  ['malformed tenancy OCID', () => apiKeyRun({}, { OCI_CLI_TENANCY: 'tenancy-123' }), ['tenancy']],
  ['a user OCID as tenancy', () => apiKeyRun({ tenancy: ocid.user() }), ['tenancy']],
  ['malformed user OCID', () => apiKeyRun({}, { OCI_CLI_USER: 'joao.silva' }), ['user']],
  ['a tenancy OCID as user', () => apiKeyRun({}, { OCI_CLI_USER: ocid.tenancy() }), ['user']],
  ['malformed fingerprint', () => apiKeyRun({}, { OCI_CLI_FINGERPRINT: 'ab:cd' }), ['fingerprint']],
  [
    'the fingerprint of another key',
    () => apiKeyRun({}, { OCI_CLI_FINGERPRINT: otherKey.fingerprint }),
    ['fingerprint'],
  ],
  [
    'a key that is not PEM',
    () => apiKeyRun({}, { OCI_CLI_KEY_CONTENT: 'ssh-rsa AAAAB3Nza' }),
    ['private-key'],
  ],
  [
    'the public key instead of the private key',
    () => apiKeyRun({}, { OCI_CLI_KEY_CONTENT: world.key.publicKeyPem }),
    ['private-key'],
  ],
  ['a truncated key', () => apiKeyRun({}, { OCI_CLI_KEY_CONTENT: truncated() }), ['private-key']],
  [
    'an encrypted key without its passphrase',
    () => apiKeyRun({}, { OCI_CLI_KEY_CONTENT: world.key.encryptedPrivateKeyPem }),
    ['private-key-passphrase'],
  ],
  [
    'an encrypted PKCS#1 key without its passphrase',
    () => apiKeyRun({}, { OCI_CLI_KEY_CONTENT: world.key.encryptedPkcs1PrivateKeyPem }),
    ['private-key-passphrase'],
  ],
  [
    'a wrong passphrase',
    () =>
      apiKeyRun(
        { 'private-key-passphrase': 'not-the-passphrase' },
        { OCI_CLI_KEY_CONTENT: world.key.encryptedPrivateKeyPem },
      ),
    ['private-key-passphrase'],
  ],
  [
    'an API key without fingerprint',
    () => apiKeyRun({}, { OCI_CLI_FINGERPRINT: undefined }),
    ['fingerprint'],
  ],
  [
    'an API key of a private key alone',
    () => ({
      inputs: { ...apiKeyRun().inputs, 'private-key': pem() },
      env: { OCI_API_BASE_URL: world.emulator.url },
    }),
    ['tenancy'],
  ],
  ['missing repository', () => apiKeyRun({ repository: '' }), ['repository']],
  ['repository in capitals', () => apiKeyRun({ repository: 'Project-X/API' }), ['repository']],
  [
    'repository with the registry host',
    () => apiKeyRun({ repository: 'gru.ocir.io/ns/api' }),
    ['repository'],
  ],
  ['repository with a tag', () => apiKeyRun({ repository: 'project-x/api:1.0' }), ['repository']],
  ['malformed compartment', () => apiKeyRun({ compartment: 'compartment-1' }), ['compartment']],
  ['a user OCID as compartment', () => apiKeyRun({ compartment: ocid.user() }), ['compartment']],
  ['create-repository typo', () => apiKeyRun({ 'create-repository': 'yes' }), ['create-repository']],
  [
    'create-repository: true without an API key',
    () => authTokenRun({ 'create-repository': 'true' }),
    ['create-repository'],
  ],
  ['repository-public typo', () => apiKeyRun({ 'repository-public': 'yes' }), ['repository-public']],
  [
    'repository-immutable typo',
    () => apiKeyRun({ 'repository-immutable': 'maybe' }),
    ['repository-immutable'],
  ],
  ['a context that does not exist', () => apiKeyRun({ context: 'no-such-dir' }), ['context']],
  ['a file that does not exist', () => apiKeyRun({ file: 'docker/Dockerfile.prod' }), ['file']],
  ['no Dockerfile in the context (no checkout)', () => apiKeyRun({ context: emptyDir }), ['file']],
  ['a build-arg that is not NAME=value', () => apiKeyRun({ 'build-args': 'NODE_VERSION' }), ['build-args']],
  ['a label that is not key=value', () => apiKeyRun({ labels: 'team platform' }), ['labels']],
  ['a target that is no stage name', () => apiKeyRun({ target: 'prod stage' }), ['target']],
  ['a platform that is not os/arch', () => apiKeyRun({ platform: 'linux-amd64' }), ['platform']],
  ['image with build-args', () => apiKeyRun({ image: 'app:dev', 'build-args': 'A=1' }), ['image']],
  [
    'image with file and target',
    () => apiKeyRun({ image: 'app:dev', file: 'Dockerfile', target: 'prod' }),
    ['image'],
  ],
  ['image that is no reference', () => apiKeyRun({ image: 'My App' }), ['image']],
  ['unknown tag rule type', () => apiKeyRun({ tags: 'type=nightly' }), ['tags']],
  ['semver rule without pattern', () => apiKeyRun({ tags: 'type=semver' }), ['tags']],
  ['flavor typo', () => apiKeyRun({ flavor: 'latest=maybe' }), ['flavor']],
  ['push typo', () => apiKeyRun({ push: 'yes' }), ['push']],
  ['retries out of range', () => apiKeyRun({ retries: '0' }), ['retries']],
  ['retries not a number', () => apiKeyRun({ retries: 'many' }), ['retries']],
  ['pull typo', () => apiKeyRun({ pull: 'always' }), ['pull']],
  ['no-cache typo', () => apiKeyRun({ 'no-cache': 'y' }), ['no-cache']],
  ['logout typo', () => apiKeyRun({ logout: 'nope' }), ['logout']],
  ['pr-comment typo', () => apiKeyRun({ 'pr-comment': 'on' }), ['pr-comment']],
  ['username without auth-token', () => apiKeyRun({ username: 'joao.silva' }), ['username']],
  [
    'an auth token without namespace nor username',
    () => authTokenRun({ namespace: '', username: '' }),
    ['namespace', 'username'],
  ],
  [
    'no credentials at all',
    () => ({ inputs: apiKeyRun().inputs, env: { OCI_API_BASE_URL: world.emulator.url } }),
    ['credentials'],
  ],
  [
    'three mistakes at once',
    () => apiKeyRun({ region: 'sao-paulo', repository: 'Project-X/API', retries: 'three' }),
    ['region', 'repository', 'retries'],
  ],
  [
    'a broken key, a typo and a conflict at once',
    () =>
      apiKeyRun(
        { image: 'app:dev', 'build-args': 'A=1', 'no-cache': 'yes' },
        { OCI_CLI_KEY_CONTENT: truncated() },
      ),
    ['private-key', 'image', 'no-cache'],
  ],
];

const PRUNE_CASES: Case[] = [
  [
    'prune without an API key',
    () =>
      pruneRun(
        {},
        {
          OCI_CLI_TENANCY: undefined,
          OCI_CLI_USER: undefined,
          OCI_CLI_FINGERPRINT: undefined,
          OCI_CLI_KEY_CONTENT: undefined,
        },
      ),
    ['credentials'],
  ],
  ['prune with no rule', () => pruneRun({ tags: '' }), ['tags']],
  ['prune keep-last not a number', () => pruneRun({ 'keep-last': 'ten' }), ['keep-last']],
  ['prune older-than in weeks', () => pruneRun({ 'older-than': '2w' }), ['older-than']],
  ['prune negated protect', () => pruneRun({ protect: '!latest' }), ['protect']],
  ['prune untagged without older-than', () => pruneRun({ untagged: 'true' }), ['untagged']],
  ['prune dry-run typo', () => pruneRun({ 'dry-run': 'yes' }), ['dry-run']],
  ['prune invalid match glob', () => pruneRun({ tags: '', match: 'sha-[' }), ['match']],
  [
    'prune unknown region and repository in capitals',
    () => pruneRun({ region: 'mars-north-1', repository: 'Project/API' }),
    ['region', 'repository'],
  ],
];

/** The input an error annotation is about: its title names it (`Input 'x'`, or `Credentials`). */
function inputOf(title: string | undefined): string | undefined {
  if (title === 'Credentials') return 'credentials';
  return /^Input '([^']+)'$/.exec(title ?? '')?.[1];
}

async function runBad(entry: 'main' | 'prune', given: Given): Promise<ActionRun> {
  return runAction({
    entry,
    inputs: given.inputs,
    env: { ...GIT_ENV, ...given.env, HOME: freshHome() },
    event: PUSH_TO_MAIN,
  });
}

describe.each<[string, 'main' | 'prune', Case[]]>([
  ['build-push', 'main', BUILD_PUSH_CASES],
  ['prune', 'prune', PRUNE_CASES],
])('%s: bad input fails before any request, naming each input', (_action, entry, cases) => {
  it.each(cases)('%s', async (_name, given, expected) => {
    const requestsBefore = world.emulator.requests.length;
    const loginsBefore = world.registry.authAttempts.length;

    const run = await runBad(entry, given());

    const errors = run.annotations.filter((annotation) => annotation.level === 'error');
    const titled = errors.filter((annotation) => annotation.title !== undefined);
    expect({ exitCode: run.exitCode, inputs: titled.map((annotation) => inputOf(annotation.title)) }).toEqual(
      {
        exitCode: 1,
        inputs: expected,
      },
    );
    for (const [index, annotation] of titled.entries()) {
      const name = expected[index]!;
      expect(annotation.message).toContain(name === 'credentials' ? 'Credentials:' : `Input '${name}':`);
    }
    // Several problems end with the one-line summary; one problem is the failure itself.
    expect(errors.length).toBe(expected.length > 1 ? expected.length + 1 : 1);
    if (expected.length > 1) {
      expect(errors.at(-1)?.message).toBe(
        `${expected.length} input problems (${expected.join(', ')}): fix them all before re-running`,
      );
    }
    // Nothing left the runner: no OCI API call, no registry login, not even a phase begun.
    expect(world.emulator.requests.slice(requestsBefore)).toEqual([]);
    expect(world.registry.authAttempts.slice(loginsBefore)).toEqual([]);
    expect(run.log).not.toContain('::group::');
    expect(run.outputs).toEqual({});
    expect(run.state).toEqual({});
  });
});

describe('the bad runs changed nothing', () => {
  it('the API, the registry and its credentials saw nothing of them', async () => {
    expect(BUILD_PUSH_CASES.length).toBeGreaterThanOrEqual(40);
    expect(world.emulator.requests).toEqual([]);
    expect(world.emulator.issuedTokens()).toEqual([]);
    expect(world.emulator.repositories()).toEqual([]);
    expect(world.registry.authAttempts).toEqual([]);
    expect(await world.registry.tags(`${world.namespace}/${REPOSITORY}`)).toEqual([]);
  });
});

describe('the secrets of a key that fails validation are masked, line by line', () => {
  it.each<[string, () => Given]>([
    ['a truncated PEM', () => apiKeyRun({}, { OCI_CLI_KEY_CONTENT: truncated() })],
    [
      'a truncated PEM pasted with literal \\n',
      () => apiKeyRun({}, { OCI_CLI_KEY_CONTENT: truncated().replace(/\n/g, '\\n') }),
    ],
    [
      'a truncated PEM with CRLF',
      () => apiKeyRun({}, { OCI_CLI_KEY_CONTENT: truncated().replace(/\n/g, '\r\n') }),
    ],
    [
      'a valid key given as an input beside an incomplete API key',
      () => ({
        inputs: { ...apiKeyRun().inputs, 'private-key': pem() },
        env: { OCI_API_BASE_URL: world.emulator.url },
      }),
    ],
    [
      'an encrypted PKCS#1 key with a wrong passphrase',
      () =>
        apiKeyRun(
          {},
          {
            OCI_CLI_KEY_CONTENT: world.key.encryptedPkcs1PrivateKeyPem,
            OCI_CLI_PASSPHRASE: 'wrong-passphrase',
          },
        ),
    ],
  ])('%s', async (_name, make) => {
    const given = make();
    const key = given.inputs['private-key'] ?? given.env?.OCI_CLI_KEY_CONTENT ?? '';
    const run = await runBad('main', given);
    expect(run.exitCode).toBe(1);
    const lines = bodyLines(key);
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) expect(run.masks).toContain(line);
    // Whole too (an input arrives trimmed by @actions/core, a variable as it is).
    expect(run.masks.map((mask) => mask.trim())).toContain(key.trim());
    const passphrase = given.env?.OCI_CLI_PASSPHRASE;
    if (passphrase) expect(run.masks).toContain(passphrase);
    expect(leaks(run.log, key)).toBe(false);
  });
});

describe('valid oddities keep working end to end', () => {
  /** One job: main then post (logout), in its own HOME. */
  async function runJob(given: Given): Promise<ActionRun> {
    const home = freshHome();
    const env = { ...GIT_ENV, ...given.env, HOME: home };
    const main = await runAction({ entry: 'main', inputs: given.inputs, env, event: PUSH_TO_MAIN });
    await runAction({ entry: 'post', inputs: given.inputs, env, event: PUSH_TO_MAIN, stateFrom: main });
    return main;
  }

  async function expectPushed(run: ActionRun, tag: string): Promise<void> {
    expect({ exitCode: run.exitCode, errors: run.annotations.filter((a) => a.level === 'error') }).toEqual({
      exitCode: 0,
      errors: [],
    });
    const digest = await world.registry.manifestDigest(`${world.namespace}/${REPOSITORY}`, tag);
    expect(digest).toMatch(/^sha256:/);
    expect(run.outputs.digest).toBe(digest);
    expect(run.outputs.pushed).toBe('true');
  }

  it.each<[string, () => string]>([
    ['a key pasted with literal \\n', () => pem().trim().replace(/\n/g, '\\n')],
    ['a PEM with Windows line endings', () => pem().replace(/\n/g, '\r\n')],
    ['a PEM with surrounding blank lines and indentation', () => `\n\n${pem().replace(/^/gm, '  ')}\n\n`],
  ])('%s', async (name, key) => {
    const tag = `oddity-${name.replace(/[^a-z]+/gi, '-').toLowerCase()}`.slice(0, 60);
    const value = key();
    const run = await runJob(apiKeyRun({ tags: tag }, { OCI_CLI_KEY_CONTENT: value }));
    await expectPushed(run, tag);
    for (const line of bodyLines(value)) expect(run.masks).toContain(line);
  });

  it('a username already prefixed with the namespace', async () => {
    const username = `${world.namespace}/${world.iamUser.name}`;
    const run = await runJob(authTokenRun({ username, tags: 'oddity-prefixed-username' }));
    await expectPushed(run, 'oddity-prefixed-username');
    const logins = world.registry.authAttempts
      .filter((attempt) => attempt.ok)
      .map((attempt) => attempt.username);
    expect(logins).toContain(username);
    expect(logins).not.toContain(`${world.namespace}/${username}`);
  });
});

/** The lines of a PEM the runner must hide, one log line at a time (BEGIN/END lines are not secret). */
function bodyLines(text: string): string[] {
  return text
    .replace(/\\n/g, '\n')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 8 && !line.startsWith('-----'));
}
