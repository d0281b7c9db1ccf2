import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localPaths, parseInputs, secretsOf, type Inputs } from '../../src/build-push/inputs.js';
import { parseList } from '../../src/common/inputs.js';

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const PEM = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const ENCRYPTED = privateKey
  .export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'correct horse' })
  .toString();

const API_KEY_ENV = {
  OCI_CLI_TENANCY: 'ocid1.tenancy.oc1..aaaaaaaatenancy',
  OCI_CLI_USER: 'ocid1.user.oc1..aaaaaaaauser',
  OCI_CLI_FINGERPRINT: '12:34:56:78:9a:bc:de:f0:12:34:56:78:9a:bc:de:f0',
  OCI_CLI_KEY_CONTENT: PEM,
};

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
    expect(inputs.apiKey).toMatchObject({
      tenancy: API_KEY_ENV.OCI_CLI_TENANCY,
      user: API_KEY_ENV.OCI_CLI_USER,
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
    expect(inputs.apiKey?.privateKey).toBe(PEM);
  });

  it('4: an encrypted key with its passphrase', () => {
    const inputs = parse(
      { region: 'gru', repository: 'a', 'private-key': ENCRYPTED, 'private-key-passphrase': 'correct horse' },
      { ...API_KEY_ENV, OCI_CLI_KEY_CONTENT: '' },
    );
    expect(inputs.apiKey?.passphrase).toBe('correct horse');
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
    expect(inputs.apiKey).toBeUndefined();
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
      {},
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
  ])('%s fails naming the input', (_name, inputs, env, message) => {
    expect(() => parse(inputs, env)).toThrow(message);
  });
});

describe('local build paths', () => {
  const base = { region: 'gru', repository: 'a' };

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
    expect(() => parse({ ...base, ...inputs })).toThrow(message);
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
