import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localPaths, parseInputs, secretsOf, type Inputs } from '../../src/build-push/inputs.js';
import { InputError, InputErrors } from '../../src/common/errors.js';
import { parseList } from '../../src/common/inputs.js';
import { ociFingerprint } from '../../test-support/keys.js';

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const PEM = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const FINGERPRINT = ociFingerprint(publicKey.export({ type: 'spki', format: 'pem' }).toString());
const ENCRYPTED = privateKey
  .export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'correct horse' })
  .toString();

const API_KEY_ENV = {
  OCI_CLI_TENANCY: 'ocid1.tenancy.oc1..aaaaaaaatenancy',
  OCI_CLI_USER: 'ocid1.user.oc1..aaaaaaaauser',
  OCI_CLI_FINGERPRINT: FINGERPRINT,
  OCI_CLI_KEY_CONTENT: PEM,
};

/** An auth-token login that needs no lookup: credentials that are not the subject of a case. */
const AUTH_TOKEN = { 'auth-token': 'tok', namespace: 'grxmw2a9myyj', username: 'joao.silva' };

// A checked-out workspace: ./Dockerfile, app/Dockerfile, docker/prod.Dockerfile, an empty dir.
let workspace: string;
beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'inputs-test-'));
  for (const dir of ['app', 'docker', 'empty']) mkdirSync(join(workspace, dir));
  for (const file of ['Dockerfile', 'app/Dockerfile', 'docker/prod.Dockerfile']) {
    writeFileSync(join(workspace, file), 'FROM scratch\n');
  }
});
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

/** Parses the given inputs as action.yml would present them (defaults included), in the workspace. */
function parse(inputs: Record<string, string>, env: Record<string, string> = {}): Inputs {
  const defaults: Record<string, string> = {
    'create-repository': 'auto',
    'repository-public': 'false',
    'repository-immutable': 'false',
    context: '.',
    pull: 'false',
    'no-cache': 'false',
    push: 'true',
    retries: '3',
    logout: 'true',
  };
  const all = { ...defaults, ...inputs };
  return parseInputs((name) => all[name] ?? '', env, undefined, localPaths(workspace));
}

/** Every problem `parse` reports, one message each; none when the inputs are valid. */
function problemsOf(inputs: Record<string, string>, env: Record<string, string> = {}): string[] {
  try {
    parse(inputs, env);
    return [];
  } catch (error) {
    if (error instanceof InputErrors) return error.errors.map((problem) => problem.message);
    if (error instanceof InputError) return [error.message];
    throw error;
  }
}

describe('parseList', () => {
  it.each([
    ['a,b', ['a', 'b']],
    ['a\nb\n', ['a', 'b']],
    [' a , b\n c ', ['a', 'b', 'c']],
    ['', []],
  ])('%j → %j', (value, expected) => {
    expect(parseList(value)).toEqual(expected);
  });
});

describe('parseInputs', () => {
  it('1: the minimal API-key run: region id, repository, OCI_CLI_* environment', () => {
    const inputs = parse({ region: 'sa-saopaulo-1', repository: 'project-x/api' }, API_KEY_ENV);
    expect(inputs.region).toMatchObject({ id: 'sa-saopaulo-1', key: 'gru' });
    expect(inputs.auth).toMatchObject({
      kind: 'api-key',
      apiKey: { tenancy: API_KEY_ENV.OCI_CLI_TENANCY, user: API_KEY_ENV.OCI_CLI_USER },
    });
    expect(inputs.build.file).toBe('./Dockerfile');
    expect(inputs).toMatchObject({ createRepository: 'auto', push: true, retries: 3, logout: true });
  });

  it('2: a region key in upper case, and OCI_CLI_REGION as the default region', () => {
    expect(parse({ region: 'GRU', repository: 'a' }, API_KEY_ENV).region?.id).toBe('sa-saopaulo-1');
    expect(parse({ repository: 'a' }, { ...API_KEY_ENV, OCI_CLI_REGION: 'us-ashburn-1' }).region?.key).toBe(
      'iad',
    );
  });

  it('3: a private key stored with \\n escapes becomes PEM', () => {
    const escaped = PEM.trim().replace(/\n/g, '\\n');
    const inputs = parse(
      { region: 'gru', repository: 'a' },
      { ...API_KEY_ENV, OCI_CLI_KEY_CONTENT: escaped },
    );
    expect(inputs.auth).toMatchObject({ apiKey: { privateKey: PEM } });
  });

  it('4: an encrypted key with its passphrase', () => {
    const inputs = parse(
      { region: 'gru', repository: 'a', 'private-key': ENCRYPTED, 'private-key-passphrase': 'correct horse' },
      { ...API_KEY_ENV, OCI_CLI_KEY_CONTENT: '' },
    );
    expect(inputs.auth).toMatchObject({ apiKey: { passphrase: 'correct horse' } });
  });

  it('5: auth token with namespace and a federated username needs no API key', () => {
    const inputs = parse({
      region: 'gru',
      repository: 'a',
      namespace: 'grxmw2a9myyj',
      'auth-token': 'tok',
      username: 'oracleidentitycloudservice/joao.silva',
      'create-repository': 'false',
    });
    expect(inputs).toMatchObject({
      authToken: 'tok',
      username: 'oracleidentitycloudservice/joao.silva',
      createRepository: 'false',
    });
    expect(inputs.auth).toBeUndefined();
  });

  it('6: build options', () => {
    const inputs = parse({
      region: 'gru',
      repository: 'a',
      context: 'app/',
      'build-args': 'A=1\nB=x,y',
      labels: 'team=platform',
      'cache-from': 'r/a:cache, r/a:latest',
      pull: 'true',
      'no-cache': 'TRUE',
      push: 'false',
    });
    expect(inputs.build).toMatchObject({
      context: 'app/',
      file: 'app/Dockerfile',
      buildArgs: ['A=1', 'B=x,y'],
      cacheFrom: ['r/a:cache', 'r/a:latest'],
      pull: true,
      noCache: true,
    });
    expect(inputs.build.labels).toMatchObject({ team: 'platform' });
  });

  it.each<[string, Record<string, string>, Record<string, string>, RegExp]>([
    ['7: unknown region', { region: 'mars-north-1', repository: 'a' }, {}, /Input 'region'.*sa-saopaulo-1/],
    ['8: no region nor registry', { repository: 'a' }, {}, /Input 'region'/],
    [
      '9: upper-case repository',
      { region: 'gru', repository: 'Project-X/API' },
      {},
      /Input 'repository'.*lower case.*project-x\/api/,
    ],
    [
      '10: repository with the host',
      { region: 'gru', repository: 'gru.ocir.io/ns/api' },
      {},
      /Input 'repository'.*without registry host/,
    ],
    [
      '11: malformed tenancy OCID',
      { region: 'gru', repository: 'a' },
      { ...API_KEY_ENV, OCI_CLI_TENANCY: 'tenancy-123' },
      /Input 'tenancy'.*ocid1\.tenancy\.oc1\.\./,
    ],
    [
      '12: user OCID given as tenancy',
      { region: 'gru', repository: 'a' },
      { ...API_KEY_ENV, OCI_CLI_TENANCY: API_KEY_ENV.OCI_CLI_USER },
      /Input 'tenancy'/,
    ],
    [
      '13: a key that is not PEM',
      { region: 'gru', repository: 'a' },
      { ...API_KEY_ENV, OCI_CLI_KEY_CONTENT: 'ssh-rsa AAAA' },
      /Input 'private-key'.*PEM/,
    ],
    [
      '14: encrypted key without passphrase',
      { region: 'gru', repository: 'a' },
      { ...API_KEY_ENV, OCI_CLI_KEY_CONTENT: ENCRYPTED },
      /Input 'private-key-passphrase'/,
    ],
    [
      '15: wrong passphrase',
      { region: 'gru', repository: 'a', 'private-key-passphrase': 'nope' },
      { ...API_KEY_ENV, OCI_CLI_KEY_CONTENT: ENCRYPTED },
      /could not be decrypted/,
    ],
    [
      '16: incomplete API key',
      { region: 'gru', repository: 'a' },
      { ...API_KEY_ENV, OCI_CLI_FINGERPRINT: '' },
      /Input 'fingerprint'.*incomplete.*OCI_CLI_FINGERPRINT/,
    ],
    [
      '17: bad fingerprint',
      { region: 'gru', repository: 'a' },
      { ...API_KEY_ENV, OCI_CLI_FINGERPRINT: 'abc' },
      /Input 'fingerprint'.*12:34/,
    ],
    [
      '18: create-repository true without API key',
      { region: 'gru', repository: 'a', 'create-repository': 'true' },
      {},
      /Input 'create-repository'.*OCI_CLI_USER/,
    ],
    [
      '19: create-repository typo',
      { region: 'gru', repository: 'a', 'create-repository': 'yes' },
      {},
      /Input 'create-repository'.*auto, true or false/,
    ],
    ['20: boolean typo', { region: 'gru', repository: 'a', push: 'yes' }, {}, /Input 'push'.*true or false/],
    ['21: retries out of range', { region: 'gru', repository: 'a', retries: '0' }, {}, /Input 'retries'/],
    [
      '22: image with build inputs',
      { region: 'gru', repository: 'a', image: 'app:dev', 'build-args': 'A=1' },
      {},
      /Input 'image'.*build-args/,
    ],
    [
      '23: username without auth token',
      { region: 'gru', repository: 'a', username: 'joao' },
      API_KEY_ENV,
      /Input 'username'.*auth-token/,
    ],
    [
      '24: malformed build-arg',
      { region: 'gru', repository: 'a', 'build-args': 'just-text' },
      {},
      /Input 'build-args'.*NAME=value/,
    ],
    [
      '25: namespace with upper case',
      { region: 'gru', repository: 'a', namespace: 'MyTenancy' },
      {},
      /Input 'namespace'/,
    ],
    [
      '26: malformed compartment',
      { region: 'gru', repository: 'a', compartment: 'ocid1.user.oc1..aaaa' },
      {},
      /Input 'compartment'/,
    ],
    [
      '27: missing repository',
      { region: 'gru', repository: '' },
      {},
      /^Input 'repository': is required.*project-x\/api/,
    ],
    [
      '28: a fingerprint of another key',
      { region: 'gru', repository: 'a' },
      { ...API_KEY_ENV, OCI_CLI_FINGERPRINT: '12:34:56:78:9a:bc:de:f0:12:34:56:78:9a:bc:de:f0' },
      new RegExp(`^Input 'fingerprint': .* not the fingerprint of this private key, which is ${FINGERPRINT}`),
    ],
    [
      '29: registry given as a URL',
      { region: 'gru', repository: 'a', registry: 'https://gru.ocir.io/ns' },
      {},
      /^Input 'registry': .*without scheme, path or namespace/,
    ],
    [
      '30: image not a reference',
      { repository: 'a', region: 'gru', image: 'App:Dev' },
      {},
      /^Input 'image'.*lower case/,
    ],
    [
      '31: platform list',
      { region: 'gru', repository: 'a', platform: 'linux/amd64,linux/arm64' },
      {},
      /^Input 'platform'.*one platform/,
    ],
    [
      '32: target with a space',
      { region: 'gru', repository: 'a', target: 'prod stage' },
      {},
      /^Input 'target'/,
    ],
    [
      '33: malformed label',
      { region: 'gru', repository: 'a', labels: 'no equals sign' },
      {},
      /^Input 'labels'/,
    ],
    ['34: unknown tag rule type', { region: 'gru', repository: 'a', tags: 'type=nope' }, {}, /^Input 'tags'/],
    ['35: flavor typo', { region: 'gru', repository: 'a', flavor: 'latest=maybe' }, {}, /^Input 'flavor'/],
    [
      '36: retries not a number',
      { region: 'gru', repository: 'a', retries: 'three' },
      {},
      /^Input 'retries'/,
    ],
    ['37: logout typo', { region: 'gru', repository: 'a', logout: 'no' }, {}, /^Input 'logout'/],
    [
      '38: pr-comment typo',
      { region: 'gru', repository: 'a', 'pr-comment': 'yes' },
      {},
      /^Input 'pr-comment'/,
    ],
    [
      '39: region given as the registry host',
      { region: 'gru.ocir.io', repository: 'a' },
      {},
      /^Input 'region'.*registry host of sa-saopaulo-1/,
    ],
  ])('%s fails with that one problem, naming the input', (_name, inputs, env, message) => {
    // Credentials that are not the subject of the case: an auth token, or the API key of the case.
    const problems = problemsOf({ ...(Object.keys(env).length > 0 ? {} : AUTH_TOKEN), ...inputs }, env);
    expect(problems).toEqual([expect.stringMatching(message)]);
  });

  it('40: no credentials at all: one problem naming both credential modes and their secrets', () => {
    const [problem, ...others] = problemsOf({ region: 'gru', repository: 'a' });
    expect(others).toEqual([]);
    expect(problem).toMatch(/^Credentials: no registry credentials/);
    for (const secret of [
      'OCI_CLI_USER',
      'OCI_CLI_TENANCY',
      'OCI_CLI_FINGERPRINT',
      'OCI_CLI_KEY_CONTENT',
      'OCI_CLI_PASSPHRASE',
      'auth-token',
      'namespace',
      'username',
      'push: false',
    ]) {
      expect(problem).toContain(secret);
    }
    expect(problem).not.toMatch(/^Input 'auth-token'/);
  });

  it('41: an auth token alone: namespace and username each reported', () => {
    expect(problemsOf({ region: 'gru', repository: 'a', 'auth-token': 'tok' })).toEqual([
      expect.stringMatching(/^Input 'namespace': is needed to log in with an auth token/),
      expect.stringMatching(/^Input 'username': is needed to log in with an auth token/),
    ]);
  });

  it('42: a fork pull request without credentials builds only: no credentials problem', () => {
    const inputs = parseInputs(
      (name) => ({ region: 'gru', repository: 'a', context: '.', push: 'true' })[name] ?? '',
      {},
      undefined,
      localPaths(workspace),
      { forkPullRequest: true },
    );
    expect(inputs.push).toBe(true);
  });
});

describe('every problem at once', () => {
  it('reports three mistakes together, in the order of the inputs', () => {
    expect(
      problemsOf({ region: 'mars-north-1', repository: 'Project-X/API', retries: '0' }, API_KEY_ENV),
    ).toEqual([
      expect.stringMatching(/^Input 'region': 'mars-north-1' is not a region/),
      expect.stringMatching(/^Input 'repository': .* lower case/),
      expect.stringMatching(/^Input 'retries'/),
    ]);
  });

  it('one summary line first in the aggregate message', () => {
    expect(() => parse({ region: 'mars-north-1', repository: 'Project-X/API', push: 'yes' })).toThrow(
      /^3 input problems \(region, repository, push\): fix them all before re-running\nInput 'region'/,
    );
  });

  it('reports every problem of the API key: tenancy, user and fingerprint', () => {
    expect(
      problemsOf(
        { region: 'gru', repository: 'a' },
        { ...API_KEY_ENV, OCI_CLI_TENANCY: 'tenancy', OCI_CLI_USER: 'user', OCI_CLI_FINGERPRINT: 'f' },
      ),
    ).toEqual([
      expect.stringMatching(/^Input 'tenancy'/),
      expect.stringMatching(/^Input 'user'/),
      expect.stringMatching(/^Input 'fingerprint'/),
    ]);
  });

  it.each<[string, Record<string, string>, Record<string, string>, string[]]>([
    [
      'an unknown region does not also say the API needs one',
      { region: 'mars-north-1', repository: 'a' },
      API_KEY_ENV,
      ['region'],
    ],
    [
      'an unusable API key is not also reported as missing credentials, nor as missing for create-repository',
      { region: 'gru', repository: 'a', 'create-repository': 'true' },
      { ...API_KEY_ENV, OCI_CLI_KEY_CONTENT: 'not a key' },
      ['private-key'],
    ],
    [
      'an incomplete API key is one problem',
      { region: 'gru', repository: 'a' },
      { OCI_CLI_USER: API_KEY_ENV.OCI_CLI_USER },
      ['tenancy'],
    ],
    [
      'a push typo does not add a credentials problem (push: false might have been meant)',
      { region: 'gru', repository: 'a', push: 'no' },
      {},
      ['push'],
    ],
    [
      'an invalid namespace with an auth token is not also "namespace is needed"',
      { ...AUTH_TOKEN, region: 'gru', repository: 'a', namespace: 'My Tenancy' },
      {},
      ['namespace'],
    ],
    [
      'a context that is not a directory does not also report the Dockerfile',
      { ...AUTH_TOKEN, region: 'gru', repository: 'a', context: 'missing' },
      {},
      ['context'],
    ],
    [
      'image with build inputs, and a bad build-arg among them: both',
      { ...AUTH_TOKEN, region: 'gru', repository: 'a', image: 'app:dev', 'build-args': 'oops' },
      {},
      ['image', 'build-args'],
    ],
  ])('%s', (_name, inputs, env, expected) => {
    const problems = problemsOf(inputs, env).map((message) => /^Input '([^']+)'/.exec(message)?.[1]);
    expect(problems).toEqual(expected);
  });
});

describe('local build paths', () => {
  const base = { region: 'gru', repository: 'a', push: 'false' };

  it.each<[string, Record<string, string>, RegExp]>([
    [
      'a context that does not exist',
      { context: 'missing/' },
      /^Input 'context': 'missing\/' is not a directory \(looked for \/.*\/inputs-test-\w+\/missing\)/,
    ],
    [
      'a context that is a file',
      { context: 'Dockerfile' },
      /^Input 'context': 'Dockerfile' is not a directory/,
    ],
    [
      'a file that does not exist',
      { file: 'docker/dev.Dockerfile' },
      /^Input 'file': 'docker\/dev.Dockerfile' does not exist \(looked for \/.*\/inputs-test-\w+\/docker\/dev.Dockerfile\)/,
    ],
    ['a file that is a directory', { file: 'docker' }, /^Input 'file': 'docker' does not exist/],
    [
      'no Dockerfile in the context (no actions/checkout)',
      { context: 'empty' },
      /^Input 'file': not set, and the default empty\/Dockerfile does not exist .*actions\/checkout/,
    ],
  ])('%s fails at validation', (_name, inputs, message) => {
    expect(problemsOf({ ...base, ...inputs })).toEqual([expect.stringMatching(message)]);
  });

  it('resolves a relative context and file against the working directory', () => {
    expect(parse({ ...base, context: 'app', file: 'docker/prod.Dockerfile' }).build).toMatchObject({
      context: 'app',
      file: 'docker/prod.Dockerfile',
    });
    expect(parse({ ...base, context: join(workspace, 'app') }).build.file).toBe(
      join(workspace, 'app/Dockerfile'),
    );
  });

  it.each([
    'https://github.com/octo/app.git#main:docker',
    'git@github.com:octo/app.git',
    'github.com/octo/app',
    'https://example.com/context.tar.gz',
    '-',
  ])('passes the remote context %s through unchecked', (context) => {
    expect(parse({ ...base, context }).build).toMatchObject({ context, file: 'Dockerfile' });
    expect(parse({ ...base, context, file: 'docker/Dockerfile' }).build.file).toBe('docker/Dockerfile');
  });

  it('checks nothing when pushing an existing image', () => {
    expect(parse({ ...base, image: 'app:dev', context: 'missing' }).image).toBe('app:dev');
  });
});

describe('secretsOf', () => {
  it('lists the token, the passphrase, the key and each of its lines', () => {
    const inputs = parse(
      {
        region: 'gru',
        repository: 'a',
        'auth-token': 'tok-123',
        'private-key': ENCRYPTED,
        'private-key-passphrase': 'correct horse',
      },
      { ...API_KEY_ENV, OCI_CLI_KEY_CONTENT: '' },
    );
    const secrets = secretsOf(inputs);
    expect(secrets).toEqual(expect.arrayContaining(['tok-123', 'correct horse', ENCRYPTED.trim()]));
    const bodyLine = ENCRYPTED.split('\n')[1]!;
    expect(secrets).toContain(bodyLine);
    expect(secrets.some((secret) => secret.startsWith('-----BEGIN') && secret.length < 40)).toBe(false);
  });
});

describe('release gates: signing and the vulnerability gate', () => {
  const KEY = 'ocid1.key.oc1.sa-saopaulo-1.bbpsfs3zaacuu.abtxaaaaexamplekey';
  const KEY_VERSION = 'ocid1.keyversion.oc1.sa-saopaulo-1.bbpsfs3zaacuu.abtxaaaaexampleversion';
  const VAULT = 'ocid1.vault.oc1.sa-saopaulo-1.bbpsfs3zaacuu.abtxaaaaexamplevault';
  const base = { region: 'gru', repository: 'a' };
  // As action.yml presents them: the two defaults are always there.
  const gateDefaults = {
    'sign-algorithm': 'SHA_256_RSA_PKCS_PSS',
    'scan-gate': 'none',
    'scan-timeout': '10m',
  };
  const signing = { 'sign-key': KEY, 'sign-key-version': KEY_VERSION };

  it('off by default: no signing, no gate', () => {
    const inputs = parse({ ...base, ...gateDefaults }, API_KEY_ENV);
    expect(inputs.sign).toBeUndefined();
    expect(inputs.scan).toBeUndefined();
  });

  it('signing with every option: key, version, crypto endpoint, algorithm, description, metadata', () => {
    const inputs = parse(
      {
        ...base,
        ...gateDefaults,
        ...signing,
        'sign-crypto-endpoint': 'https://bbpsfs3zaacuu-crypto.kms.sa-saopaulo-1.oraclecloud.com/',
        'sign-algorithm': 'sha_512_rsa_pkcs_pss',
        'sign-description': 'Release 1.2.3',
        'sign-metadata': '{"buildNumber":"42"}',
      },
      API_KEY_ENV,
    );
    expect(inputs.sign).toEqual({
      keyId: KEY,
      keyVersionId: KEY_VERSION,
      cryptoEndpoint: 'https://bbpsfs3zaacuu-crypto.kms.sa-saopaulo-1.oraclecloud.com',
      algorithm: 'SHA_512_RSA_PKCS_PSS',
      description: 'Release 1.2.3',
      metadata: '{"buildNumber":"42"}',
    });
  });

  it('the default algorithm, and a vault OCID as the crypto endpoint', () => {
    const inputs = parse({ ...base, ...signing, 'sign-crypto-endpoint': VAULT }, API_KEY_ENV);
    expect(inputs.sign).toEqual({
      keyId: KEY,
      keyVersionId: KEY_VERSION,
      cryptoEndpoint: VAULT,
      algorithm: 'SHA_256_RSA_PKCS_PSS',
    });
  });

  it.each([
    ['high', '90s', 'high', 90_000],
    ['CRITICAL', '10m', 'critical', 600_000],
    ['low', '1h', 'low', 3_600_000],
  ])('scan-gate %s with scan-timeout %s', (gate, timeout, expected, ms) => {
    expect(parse({ ...base, 'scan-gate': gate, 'scan-timeout': timeout }, API_KEY_ENV).scan).toEqual({
      gate: expected,
      timeoutMs: ms,
    });
  });

  it.each<[string, Record<string, string>, RegExp]>([
    [
      'sign-key not a key OCID',
      { ...signing, 'sign-key': 'my-key' },
      /^Input 'sign-key': 'my-key' is not a Vault key OCID.*ocid1\.key\./,
    ],
    [
      'sign-key given a key version',
      { ...signing, 'sign-key': KEY_VERSION },
      /^Input 'sign-key': .*this is a key version; give the key here/,
    ],
    [
      'sign-key-version not a version OCID',
      { ...signing, 'sign-key-version': KEY },
      /^Input 'sign-key-version'.*ocid1\.keyversion\./,
    ],
    [
      'sign-key without its version',
      { 'sign-key': KEY },
      /^Input 'sign-key-version': is needed with sign-key/,
    ],
    [
      'sign-crypto-endpoint neither URL nor vault',
      { ...signing, 'sign-crypto-endpoint': 'bbpsfs3zaacuu-crypto.kms.sa-saopaulo-1.oraclecloud.com' },
      /^Input 'sign-crypto-endpoint'.*https:\/\/bbpsfs3zaacuu-crypto/,
    ],
    [
      'sign-algorithm not RSA-PSS',
      { ...signing, 'sign-algorithm': 'SHA_256_RSA_PKCS1_V1_5' },
      /^Input 'sign-algorithm': expected one of SHA_224_RSA_PKCS_PSS, SHA_256_RSA_PKCS_PSS.*SHA_256_RSA_PKCS_PSS\)$/,
    ],
    [
      'sign-metadata not JSON',
      { ...signing, 'sign-metadata': 'build=42' },
      /^Input 'sign-metadata': must be valid JSON/,
    ],
    [
      'sign companions without sign-key',
      { 'sign-key-version': KEY_VERSION, 'sign-description': 'x' },
      /^Input 'sign-key': is needed by sign-key-version, sign-description/,
    ],
    [
      'scan-gate typo',
      { 'scan-gate': 'severe' },
      /^Input 'scan-gate': expected one of none, low, medium, high, critical/,
    ],
    [
      'scan-timeout without a unit',
      { 'scan-gate': 'high', 'scan-timeout': '600' },
      /^Input 'scan-timeout'.*10m/,
    ],
  ])('%s fails with that one problem', (_name, inputs, message) => {
    expect(problemsOf({ ...base, ...gateDefaults, ...inputs }, API_KEY_ENV)).toEqual([
      expect.stringMatching(message),
    ]);
  });

  it('signing and a gate with an auth token only: each names the API key it needs', () => {
    expect(problemsOf({ ...AUTH_TOKEN, ...base, ...signing, 'scan-gate': 'high' })).toEqual([
      expect.stringMatching(
        /^Input 'sign-key': signing calls OCI Vault .*OCI_CLI_USER.*an auth token cannot/,
      ),
      expect.stringMatching(/^Input 'scan-gate': the vulnerability gate .*OCI_CLI_KEY_CONTENT/),
    ]);
  });

  it('an unusable API key is not also reported as missing for the gates', () => {
    const problems = problemsOf(
      { ...base, ...signing, 'scan-gate': 'high' },
      { ...API_KEY_ENV, OCI_CLI_KEY_CONTENT: 'not a key' },
    );
    expect(problems).toEqual([expect.stringMatching(/^Input 'private-key'/)]);
  });

  it('a run that pushes nothing needs no API key for the gates (they are skipped)', () => {
    const inputs = parse({ ...AUTH_TOKEN, ...base, ...signing, 'scan-gate': 'high', push: 'false' });
    expect(inputs.sign?.keyId).toBe(KEY);
    expect(inputs.scan?.gate).toBe('high');
  });

  it('every mistake at once, with the others of the run', () => {
    const names = problemsOf(
      {
        ...base,
        retries: '0',
        'sign-key': 'nope',
        'sign-algorithm': 'RSA',
        'sign-metadata': '{',
        'scan-gate': 'severe',
        'scan-timeout': '5 minutes',
      },
      API_KEY_ENV,
    ).map((message) => /^Input '([^']+)'/.exec(message)?.[1]);
    expect(names).toEqual([
      'retries',
      'sign-key',
      'sign-algorithm',
      'sign-metadata',
      'scan-gate',
      'scan-timeout',
      'sign-key-version',
    ]);
  });
});

describe('buildx inputs', () => {
  const base = { ...AUTH_TOKEN, region: 'gru', repository: 'project-x/api' };
  const buildxDefaults = { load: 'false', provenance: 'false', sbom: 'false', 'push-by-digest': 'false' };

  it('off by default: no platforms, no attestations, nothing buildx-only', () => {
    const inputs = parse({ ...base, ...buildxDefaults });
    expect(inputs.buildx).toEqual({
      platforms: [],
      load: false,
      cacheTo: [],
      secrets: [],
      secretEnvs: [],
      ssh: [],
      buildContexts: [],
      pushByDigest: false,
    });
    expect(inputs.mergeDigests).toBeUndefined();
  });

  it('reads every buildx input; one platform is also the legacy platform', () => {
    const inputs = parse({
      ...base,
      ...buildxDefaults,
      platforms: 'linux/amd64',
      builder: 'ci-builder',
      load: 'true',
      'cache-from': 'type=registry,ref=gru.ocir.io/ns/app:buildcache\nold:1,old:2',
      'cache-to': 'type=registry,ref=gru.ocir.io/ns/app:buildcache,mode=max,image-manifest=true',
      secrets: 'id=npmrc,src=.npmrc\nid=token,env=NPM_TOKEN',
      'secret-envs': 'GH=GITHUB_TOKEN',
      ssh: 'default',
      'build-contexts': 'alpine=docker-image://alpine:3.20',
      provenance: 'mode=max',
      sbom: 'true',
    });
    expect(inputs.build.platform).toBe('linux/amd64');
    expect(inputs.build.cacheFrom).toEqual([
      'type=registry,ref=gru.ocir.io/ns/app:buildcache',
      'old:1',
      'old:2',
    ]);
    expect(inputs.buildx).toEqual({
      platforms: ['linux/amd64'],
      builder: 'ci-builder',
      load: true,
      cacheTo: ['type=registry,ref=gru.ocir.io/ns/app:buildcache,mode=max,image-manifest=true'],
      secrets: ['id=npmrc,src=.npmrc', 'id=token,env=NPM_TOKEN'],
      secretEnvs: ['GH=GITHUB_TOKEN'],
      ssh: ['default'],
      buildContexts: ['alpine=docker-image://alpine:3.20'],
      provenance: 'mode=max',
      sbom: 'true',
      pushByDigest: false,
    });
  });

  it('platform is the alias of one platform; two platforms leave the legacy platform unset', () => {
    expect(parse({ ...base, platform: 'linux/arm64' }).buildx?.platforms).toEqual(['linux/arm64']);
    const two = parse({ ...base, platforms: 'linux/amd64,linux/arm64' });
    expect(two.buildx?.platforms).toEqual(['linux/amd64', 'linux/arm64']);
    expect(two.build.platform).toBeUndefined();
  });

  it('reports every mistake, and never quotes a secret written in place of a file or variable', () => {
    const problems = problemsOf({
      ...base,
      platform: 'linux/amd64',
      platforms: 'linux/amd64,not a platform',
      builder: '-bad',
      secrets: 'id=token,s3cr3t-value',
      'secret-envs': 'TOKEN=hunter2 is here',
      'build-contexts': 'no-equals',
    });
    expect(problems).toHaveLength(6);
    expect(problems.join('\n')).not.toMatch(/s3cr3t-value|hunter2/);
    expect(problems.join('\n')).toMatch(/'platforms': 'not a platform' is not an os\/architecture platform/);
  });

  it('image cannot be combined with buildx-only inputs, switched-on booleans included', () => {
    expect(
      problemsOf({ ...base, image: 'app:dev', platforms: 'linux/arm64', load: 'true', provenance: 'true' }),
    ).toEqual([expect.stringMatching(/cannot be combined with platforms, load, provenance/)]);
    expect(problemsOf({ ...base, ...buildxDefaults, image: 'app:dev' })).toEqual([]);
  });

  it('merge-digests: sha256 digests, no build inputs, no push: false; the build paths are not checked', () => {
    const digest = `sha256:${'a'.repeat(64)}`;
    const merged = parse({
      ...base,
      ...buildxDefaults,
      'merge-digests': `${digest}\n${digest}`,
      context: 'missing',
    });
    expect(merged.mergeDigests).toEqual([digest]);
    expect(problemsOf({ ...base, 'merge-digests': 'abc' })).toEqual([
      expect.stringMatching(/'abc' is not a sha256 digest/),
    ]);
    expect(problemsOf({ ...base, 'merge-digests': digest, platforms: 'linux/amd64' })).toEqual([
      expect.stringMatching(/builds nothing, so it cannot be combined with platforms/),
    ]);
    expect(problemsOf({ ...base, 'merge-digests': digest, push: 'false' })).toEqual([
      expect.stringMatching(/push: false forbids/),
    ]);
  });

  it('push-by-digest needs a push', () => {
    expect(problemsOf({ ...base, 'push-by-digest': 'true', push: 'false' })).toEqual([
      expect.stringMatching(/^.*push-by-digest.*push: false forbids/),
    ]);
  });
});

describe('replicate-to', () => {
  const base = { region: 'sa-saopaulo-1', repository: 'project-x/api' };

  it('lists the other regions, by identifier or key, each with its registry host', () => {
    const { replicas } = parse(
      { ...base, 'replicate-to': 'sa-vinhedo-1, IAD\nus-phoenix-1=127.0.0.1:5001' },
      API_KEY_ENV,
    );
    expect(replicas.map(({ region, registry }) => [region.id, registry])).toEqual([
      ['sa-vinhedo-1', 'vcp.ocir.io'],
      ['us-ashburn-1', 'iad.ocir.io'],
      ['us-phoenix-1', '127.0.0.1:5001'],
    ]);
  });

  it('none by default', () => {
    expect(parse(base, API_KEY_ENV).replicas).toEqual([]);
  });

  it('works with an auth token alone: it logs in to every region of the tenancy', () => {
    expect(parse({ ...base, ...AUTH_TOKEN, 'replicate-to': 'vcp' }).replicas[0]?.region.id).toBe(
      'sa-vinhedo-1',
    );
  });

  it.each([
    [{ push: 'false' }, /Input 'replicate-to': copies the pushed image .* push: false pushes nothing/],
    [
      { 'push-by-digest': 'true' },
      /Input 'replicate-to': .*push-by-digest pushes one platform .*set replicate-to on the merge-digests step/,
    ],
    [{}, /Input 'replicate-to': sa-saopaulo-1 is the primary region/, 'gru'],
    [{}, /Input 'replicate-to': sa-vinhedo-1 is listed twice/, 'sa-vinhedo-1, vcp'],
    [{}, /Input 'replicate-to': 'sa-vinhedoo-1' is not a region/, 'sa-vinhedoo-1'],
  ])('refuses %j with replicate-to %s', (extra, message, value = 'sa-vinhedo-1') => {
    const problems = problemsOf({ ...base, ...extra, 'replicate-to': value }, API_KEY_ENV);
    expect(problems).toEqual([expect.stringMatching(message)]);
  });
});
