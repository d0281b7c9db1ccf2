/**
 * The local world the end-to-end tests and the demo stand on: a real docker engine, a real
 * registry behind an OCIR-style auth front, and a harness that runs an action as the runner does.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseActionMetadata, readActionMetadata } from '../test-support/action-metadata.js';
import { ensureDocker } from '../test-support/dockerd.js';
import { githubEventEnv } from '../test-support/github-env.js';
import { toCommandLine } from '../test-support/process-watch.js';
import {
  TOKEN_PATH,
  bearerChallenge,
  parseBasicAuth,
  parseBearerAuth,
  repositoryOfPath,
  repositoryOfScope,
  startRegistry,
  type Registry,
} from '../test-support/registry.js';
import { PROJECT_ROOT, inputEnvName, removeRunFiles, runAction } from '../test-support/runner.js';
import { parseFileCommands, parseWorkflowCommands } from '../test-support/workflow-commands.js';

const USERNAME = 'axaxnpcrorw5/oracleidentitycloudservice/ana@example.com';
const PASSWORD = 'aX9:t0ken;with)chars';

function docker(args: string[], input?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile('docker', args, { timeout: 90_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
    child.stdin?.end(input ?? '');
  });
}

describe('registry behind the auth front', () => {
  let registry: Registry;
  let dockerConfig: string;

  beforeAll(async () => {
    await ensureDocker();
    registry = await startRegistry({ acceptsLogin: (u, p) => u === USERNAME && p === PASSWORD });
    dockerConfig = mkdtempSync(join(tmpdir(), 'world-docker-config-'));
  });
  afterAll(async () => {
    await registry?.close();
    rmSync(dockerConfig, { recursive: true, force: true });
  });

  const basic = (user: string, password: string) =>
    `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

  test('answers 401 with an OCIR-style Bearer challenge when credentials are missing', async () => {
    const res = await fetch(`http://${registry.host}/v2/`);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe(
      `Bearer realm="http://${registry.host}/20180419/docker/token",service="${registry.host}",scope=""`,
    );
    const push = await fetch(`http://${registry.host}/v2/ns/app/blobs/uploads/`, { method: 'POST' });
    expect(push.headers.get('www-authenticate')).toBe(
      bearerChallenge(registry.host, 'repository:ns/app:pull,push'),
    );
    const pull = await fetch(`http://${registry.host}/v2/ns/app/manifests/1`, { method: 'HEAD' });
    expect(pull.headers.get('www-authenticate')).toBe(
      bearerChallenge(registry.host, 'repository:ns/app:pull'),
    );
    expect(registry.authAttempts).toEqual([]);
  });

  test('answers 401 to wrong credentials and records the attempt', async () => {
    const res = await fetch(`http://${registry.host}/v2/`, {
      headers: { Authorization: basic(USERNAME, 'nope') },
    });
    expect(res.status).toBe(401);
    expect(registry.authAttempts.at(-1)).toEqual({
      username: USERNAME,
      ok: false,
      method: 'GET',
      path: '/v2/',
      scheme: 'Basic',
    });
  });

  test('passes the right credentials through to the registry', async () => {
    const res = await fetch(`http://${registry.host}/v2/`, {
      headers: { Authorization: basic(USERNAME, PASSWORD) },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('docker-distribution-api-version')).toBe('registry/2.0');
    expect(registry.authAttempts.at(-1)).toMatchObject({ username: USERNAME, ok: true });
  });

  test('injected faults fail matching requests, then are used up', async () => {
    const auth = { Authorization: basic(USERNAME, PASSWORD) };
    registry.injectFault({ method: 'get', path: /^\/v2\/$/, status: 502, times: 2 });
    registry.injectFault({ method: 'HEAD', path: '/v2/' }); // does not match a GET
    expect(registry.pendingFaults()).toBe(3);
    expect((await fetch(`http://${registry.host}/v2/`, { headers: auth })).status).toBe(502);
    expect((await fetch(`http://${registry.host}/v2/`, { headers: auth })).status).toBe(502);
    expect((await fetch(`http://${registry.host}/v2/`, { headers: auth })).status).toBe(200);
    expect((await fetch(`http://${registry.host}/v2/`)).status).toBe(401); // auth comes first
    expect(registry.pendingFaults()).toBe(1);

    registry.injectFault({ path: '/v2/_catalog', dropConnection: true });
    await expect(fetch(`http://${registry.host}/v2/_catalog`, { headers: auth })).rejects.toThrow();
    expect((await fetch(`http://${registry.host}/v2/`, { method: 'HEAD', headers: auth })).status).toBe(503);
    expect(registry.pendingFaults()).toBe(0);
  });

  test('the token endpoint trades the login for a session token scoped to repositories', async () => {
    const tokenUrl = (...scopes: string[]) =>
      `http://${registry.host}${TOKEN_PATH}?service=${registry.host}` +
      scopes.map((scope) => `&scope=${encodeURIComponent(scope)}`).join('');
    const before = registry.authAttempts.length;
    expect((await fetch(tokenUrl())).status).toBe(401);
    expect((await fetch(tokenUrl(), { headers: { Authorization: basic(USERNAME, 'nope') } })).status).toBe(
      401,
    );
    const res = await fetch(tokenUrl('repository:ns/app:pull,push', 'repository:ns/base:pull'), {
      headers: { Authorization: basic(USERNAME, PASSWORD) },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toEqual({
      token: expect.any(String),
      access_token: body.token,
      scope: 'repository:ns/app:pull,push repository:ns/base:pull',
      expires_in: 300,
      issued_at: expect.any(String),
    });
    expect(body).not.toHaveProperty('refresh_token'); // docker would then log in by OAuth, not Basic
    expect(registry.authAttempts.slice(before).map(({ ok, scheme, path }) => [ok, scheme, path])).toEqual([
      [false, 'Basic', `${TOKEN_PATH}?service=${registry.host}`],
      [true, 'Basic', expect.stringMatching(/^\/20180419\/docker\/token\?/)],
    ]);

    const bearer = { Authorization: `Bearer ${String(body.token)}` };
    expect((await fetch(`http://${registry.host}/v2/`, { headers: bearer })).status).toBe(200);
    expect((await fetch(`http://${registry.host}/v2/ns/app/tags/list`, { headers: bearer })).status).toBe(
      404,
    );
    // Out of scope, or not issued here: challenged again.
    const other = await fetch(`http://${registry.host}/v2/ns/other/tags/list`, { headers: bearer });
    expect(other.status).toBe(401);
    expect(other.headers.get('www-authenticate')).toBe(
      bearerChallenge(registry.host, 'repository:ns/other:pull'),
    );
    const forged = { Authorization: 'Bearer not-issued-here' };
    const refused = await fetch(`http://${registry.host}/v2/`, { headers: forged });
    expect(refused.status).toBe(401);
    // A dead token is named so (RFC 6750), for clients that cache tokens (BuildKit).
    expect(refused.headers.get('www-authenticate')).toMatch(/,error="invalid_token"$/);
    expect(registry.authAttempts.slice(-4).map(({ username, ok, scheme }) => [username, ok, scheme])).toEqual(
      [
        [USERNAME, true, 'Bearer'],
        [USERNAME, true, 'Bearer'],
        [USERNAME, false, 'Bearer'],
        ['', false, 'Bearer'],
      ],
    );
  });

  test('docker login, build FROM scratch, push and logout go through the front', async () => {
    const context = mkdtempSync(join(tmpdir(), 'world-context-'));
    const repo = 'axaxnpcrorw5/world/hello';
    const image = `${registry.host}/${repo}:1.0.0`;
    try {
      writeFileSync(join(context, 'Dockerfile'), 'FROM scratch\nCOPY hello.txt /\n');
      writeFileSync(join(context, 'hello.txt'), `hello ${Date.now()}\n`);
      const config = ['--config', dockerConfig];
      const attemptsBefore = registry.authAttempts.length;

      const denied = await docker(
        [...config, 'login', registry.host, '-u', USERNAME, '--password-stdin'],
        'wrong',
      );
      expect(denied.code).not.toBe(0);

      const login = await docker(
        [...config, 'login', registry.host, '-u', USERNAME, '--password-stdin'],
        PASSWORD,
      );
      expect(login).toMatchObject({ code: 0 });
      expect((await docker([...config, 'build', '-t', image, context])).code).toBe(0);
      const push = await docker([...config, 'push', image]);
      expect(push).toMatchObject({ code: 0 });

      // Docker followed the Bearer challenge: Basic only at the token endpoint, the session token on /v2/.
      const dockerAttempts = registry.authAttempts.slice(attemptsBefore);
      expect(dockerAttempts.some((a) => a.scheme === 'Basic' && a.path.startsWith(`${TOKEN_PATH}?`))).toBe(
        true,
      );
      expect(dockerAttempts.some((a) => a.scheme === 'Bearer' && a.method === 'PUT' && a.ok)).toBe(true);
      expect(dockerAttempts.filter((a) => a.scheme === 'Basic' && !a.path.startsWith(TOKEN_PATH))).toEqual(
        [],
      );
      expect(dockerAttempts.every((a) => a.username === USERNAME)).toBe(true);
      const pushedDigest = /digest: (sha256:[0-9a-f]{64})/.exec(push.stdout)?.[1];
      expect(pushedDigest).toBeDefined();
      expect(await registry.manifestDigest(repo, '1.0.0')).toBe(pushedDigest);
      expect(await registry.manifestDigest(repo, 'missing')).toBeUndefined();
      expect(await registry.tags(repo)).toEqual(['1.0.0']);
      expect(await registry.tags('axaxnpcrorw5/nothing-here')).toEqual([]);

      expect((await docker([...config, 'logout', registry.host])).code).toBe(0);
      expect(readFileSync(join(dockerConfig, 'config.json'), 'utf8')).not.toContain(registry.host);
      const refused = await docker([...config, 'push', image]);
      expect(refused.code).not.toBe(0);
    } finally {
      await docker(['rmi', '-f', image]);
      rmSync(context, { recursive: true, force: true });
    }
  });
});

describe('session tokens of the auth front', () => {
  let registry: Registry;
  const accepted = new Set([PASSWORD]);
  beforeAll(async () => {
    registry = await startRegistry({
      acceptsLogin: (u, p) => u === USERNAME && accepted.has(p),
      sessionTokenLifetimeSeconds: 0,
    });
  });
  afterAll(async () => {
    await registry?.close();
  });

  async function sessionToken(password: string): Promise<string> {
    const res = await fetch(`http://${registry.host}${TOKEN_PATH}?service=${registry.host}`, {
      headers: { Authorization: `Basic ${Buffer.from(`${USERNAME}:${password}`).toString('base64')}` },
    });
    expect(res.status).toBe(200);
    return String(((await res.json()) as { token: unknown }).token);
  }

  test('one past its lifetime is refused', async () => {
    const token = await sessionToken(PASSWORD);
    expect(
      (await fetch(`http://${registry.host}/v2/`, { headers: { Authorization: `Bearer ${token}` } })).status,
    ).toBe(401);
  });

  test('one whose login is no longer accepted is refused: it never hides an expired login', async () => {
    const stillValid = await startRegistry({
      acceptsLogin: (u, p) => u === USERNAME && accepted.has(p),
    });
    try {
      accepted.add('short-lived');
      const res = await fetch(`http://${stillValid.host}${TOKEN_PATH}`, {
        headers: { Authorization: `Basic ${Buffer.from(`${USERNAME}:short-lived`).toString('base64')}` },
      });
      const { token } = (await res.json()) as { token: string };
      const get = () =>
        fetch(`http://${stillValid.host}/v2/`, { headers: { Authorization: `Bearer ${token}` } });
      expect((await get()).status).toBe(200);
      accepted.delete('short-lived');
      expect((await get()).status).toBe(401);
      expect(stillValid.authAttempts.at(-1)).toMatchObject({
        username: USERNAME,
        ok: false,
        scheme: 'Bearer',
      });
    } finally {
      await stillValid.close();
    }
  });
});

describe('runAction runs a script as the runner runs an action', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'world-action-'));
    writeFileSync(
      join(dir, 'main.mjs'),
      `import { appendFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
const env = process.env;
appendFileSync(env.GITHUB_OUTPUT, 'notes<<ghadelimiter_5e1\\nline one\\n\\nline three\\nghadelimiter_5e1\\n');
appendFileSync(env.GITHUB_OUTPUT, 'simple=a=b\\n');
appendFileSync(env.GITHUB_OUTPUT, 'input=' + env['INPUT_MY-INPUT'] + '|' + env.INPUT_TWO_WORDS + '\\n');
appendFileSync(env.GITHUB_OUTPUT, 'node=' + process.version + '\\n');
appendFileSync(env.GITHUB_OUTPUT, 'jest=' + (env.JEST_WORKER_ID ?? 'absent') + '\\n');
appendFileSync(env.GITHUB_OUTPUT, 'event=' + env.GITHUB_EVENT_NAME + ' ' + env.GITHUB_REF + '\\n');
appendFileSync(env.GITHUB_STATE, 'temp<<EOF\\n' + env.RUNNER_TEMP + '\\nEOF\\n');
appendFileSync(env.GITHUB_STEP_SUMMARY, '### Pushed\\n');
console.log('::add-mask::hunter2');
console.log('hello from main');
console.error('::error title=Bad%3A input::first%0Asecond');
spawnSync(process.execPath, ['-e', 'setTimeout(() => {}, 300)', 'marker-visible-on-command-line']);
process.exitCode = 3;
`,
    );
    writeFileSync(
      join(dir, 'post.mjs'),
      `import { appendFileSync } from 'node:fs';
appendFileSync(process.env.GITHUB_OUTPUT, 'state=' + process.env.STATE_temp + '\\n');
appendFileSync(process.env.GITHUB_OUTPUT, 'same-temp=' + (process.env.STATE_temp === process.env.RUNNER_TEMP) + '\\n');
appendFileSync(process.env.GITHUB_OUTPUT, 'ref=' + process.env.GITHUB_REF + '\\n');
`,
    );
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    removeRunFiles();
  });

  test('main: inputs in, multi-line outputs, state, summary, masks and command lines out', async () => {
    const run = await runAction({
      entry: join(dir, 'main.mjs'),
      inputs: { 'my-input': 'x', 'two words': 'y' },
      event: { name: 'push', payload: { ref: 'refs/tags/v1.2.3', after: 'a'.repeat(40) } },
    });
    expect(run.exitCode).toBe(3);
    expect(run.outputs).toEqual({
      notes: 'line one\n\nline three',
      simple: 'a=b',
      input: 'x|y',
      node: expect.stringMatching(/^v24\./),
      jest: 'absent',
      event: 'push refs/tags/v1.2.3',
    });
    expect(run.state).toEqual({ temp: run.jobEnv.RUNNER_TEMP });
    expect(run.summary).toBe('### Pushed\n');
    expect(run.masks).toEqual(['hunter2']);
    expect(run.log).toContain('hello from main');
    expect(run.log).not.toContain('hunter2');
    expect(run.stdout).toContain('::add-mask::hunter2');
    expect(run.annotations).toEqual([{ level: 'error', title: 'Bad: input', message: 'first\nsecond' }]);
    expect(run.commandLines.some((line) => line.endsWith('marker-visible-on-command-line'))).toBe(true);
    expect(readFileSync(run.files.event, 'utf8')).toContain('refs/tags/v1.2.3');

    const post = await runAction({ entry: join(dir, 'post.mjs'), stateFrom: run });
    expect(post.exitCode).toBe(0);
    // The job's event, temp folder and state carry over to the post step.
    expect(post.outputs).toEqual({
      state: run.jobEnv.RUNNER_TEMP,
      'same-temp': 'true',
      ref: 'refs/tags/v1.2.3',
    });
  });

  test('env overrides and removes variables', async () => {
    const run = await runAction({
      entry: join(dir, 'post.mjs'),
      env: { STATE_temp: 'given', RUNNER_TEMP: undefined },
    });
    expect(run.outputs).toEqual({ state: 'given', 'same-temp': 'false', ref: 'refs/heads/main' });
  });
});

describe('runner building blocks', () => {
  test('file commands: heredocs and name=value, the later value wins', () => {
    expect(parseFileCommands('a=1\nb<<EOF\nx\ny=z\nEOF\n\na=2\nc<<D\r\n\r\nD\r\n')).toEqual({
      a: '2',
      b: 'x\ny=z',
      c: '',
    });
    expect(() => parseFileCommands('b<<EOF\nnever closed\n')).toThrow(/no closing line/);
    expect(() => parseFileCommands('garbage\n')).toThrow(/invalid line/);
  });

  test('workflow commands: masks and annotations are unescaped', () => {
    const parsed = parseWorkflowCommands(
      '::add-mask::50%25%0Aoff\n::warning title=A%3Ab%2C c::careful%0Anow\nplain\n',
    );
    expect(parsed.masks).toEqual(['50%\noff']);
    expect(parsed.annotations).toEqual([{ level: 'warning', title: 'A:b, c', message: 'careful\nnow' }]);
    expect(parsed.log).toBe('::warning title=A%3Ab%2C c::careful%0Anow\nplain\n');
  });

  test('input variable names follow @actions/core', () => {
    expect(inputEnvName('private-key')).toBe('INPUT_PRIVATE-KEY');
    expect(inputEnvName('two words')).toBe('INPUT_TWO_WORDS');
  });

  test('action.yml: runs and input defaults, as the runner reads them', () => {
    const metadata = readActionMetadata(join(PROJECT_ROOT, 'action.yml'));
    expect(metadata).toMatchObject({ using: 'node24', main: 'dist/main.js', post: 'dist/post.js' });
    expect(metadata.inputDefaults).toMatchObject({ push: 'true', context: '.', 'create-repository': 'auto' });
    expect(metadata.inputNames).toContain('repository');
    expect(metadata.inputDefaults).not.toHaveProperty('repository');
    const parsed = parseActionMetadata(
      "inputs:\n  a:\n    description: \"has # and: colon\"\n    default: 'it''s'\n  b:\n    default: false # note\n  c:\n    description: none\nruns:\n  using: node24\n  main: m.js\n",
    );
    expect(parsed).toEqual({
      using: 'node24',
      main: 'm.js',
      inputNames: ['a', 'b', 'c'],
      inputDefaults: { a: "it's", b: 'false' },
    });
    expect(() => parseActionMetadata('inputs: {}\n')).toThrow(/runs.using and runs.main/);
  });

  test('GitHub context follows the event', () => {
    expect(
      githubEventEnv({
        name: 'pull_request',
        payload: {
          number: 42,
          pull_request: { number: 42, head: { ref: 'feature/x' }, base: { ref: 'main' } },
        },
      }),
    ).toMatchObject({
      GITHUB_REF: 'refs/pull/42/merge',
      GITHUB_REF_NAME: '42/merge',
      GITHUB_HEAD_REF: 'feature/x',
      GITHUB_BASE_REF: 'main',
    });
    expect(githubEventEnv({ name: 'push', payload: { ref: 'refs/tags/v1.0.0' } })).toMatchObject({
      GITHUB_REF_TYPE: 'tag',
      GITHUB_REF_NAME: 'v1.0.0',
    });
  });

  test('auth header and /proc command line parsing', () => {
    expect(parseBasicAuth(`Basic ${Buffer.from('BEARER_TOKEN:a:b').toString('base64')}`)).toEqual({
      username: 'BEARER_TOKEN',
      password: 'a:b',
    });
    expect(parseBasicAuth('Bearer abc')).toBeUndefined();
    expect(parseBearerAuth('Bearer abc.D-_ ')).toBe('abc.D-_');
    expect(parseBearerAuth('Basic abc')).toBeUndefined();
    expect(repositoryOfScope('repository:ns/a/b:pull,push')).toBe('ns/a/b');
    expect(repositoryOfScope('registry:catalog:*')).toBeUndefined();
    expect(repositoryOfPath('/v2/ns/a/b/blobs/uploads/')).toBe('ns/a/b');
    expect(repositoryOfPath('/v2/ns/a/manifests/sha256:ab')).toBe('ns/a');
    expect(repositoryOfPath('/v2/_catalog')).toBeUndefined();
    expect(toCommandLine(Buffer.from('docker\0login\0-u\0x\0'))).toBe('docker login -u x');
  });
});
