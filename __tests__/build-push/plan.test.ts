import type { Inputs } from '../../src/build-push/inputs.js';
import { credentialProblems } from '../../src/build-push/inputs/credentials.js';
import { planRun } from '../../src/build-push/plan.js';

const region = { id: 'sa-saopaulo-1', key: 'gru', realm: 'oc1', domain: 'oraclecloud.com' };
const auth = {
  kind: 'api-key',
  apiKey: { tenancy: 'ocid1.tenancy.oc1..t', user: 'ocid1.user.oc1..u', fingerprint: 'f', privateKey: 'k' },
} as const;

function inputs(overrides: Partial<Inputs>): Inputs {
  return {
    authNotes: [],
    region,
    repository: 'project-x/api',
    createRepository: 'auto',
    repositoryPublic: false,
    repositoryImmutable: false,
    replicas: [],
    build: {
      context: '.',
      file: './Dockerfile',
      buildArgs: [],
      labels: {},
      pull: false,
      noCache: false,
      cacheFrom: [],
    },
    tagRules: [],
    flavor: {} as Inputs['flavor'],
    push: true,
    retries: 3,
    logout: true,
    prComment: false,
    ...overrides,
  };
}

const sameRepo = { forkPullRequest: false };

describe('planRun', () => {
  it('1: API key only: registry token, namespace looked up, repository ensured', () => {
    expect(planRun(inputs({ auth }), sameRepo)).toEqual({
      registry: 'gru.ocir.io',
      login: { kind: 'registry-token' },
      push: true,
      lookup: { namespace: true, username: false, repository: true },
    });
  });

  it('2: auth token with namespace and username given and creation off: nothing to look up', () => {
    const plan = planRun(
      inputs({ authToken: 't', namespace: 'ns', username: 'u', createRepository: 'false' }),
      sameRepo,
    );
    expect(plan.login).toEqual({ kind: 'auth-token', token: 't' });
    expect(plan.lookup).toEqual({ namespace: false, username: false, repository: false });
  });

  it('3: auth token plus API key: the username is looked up, the auth token logs in', () => {
    const plan = planRun(inputs({ authToken: 't', auth }), sameRepo);
    expect(plan.login?.kind).toBe('auth-token');
    expect(plan.lookup).toEqual({ namespace: true, username: true, repository: true });
  });

  it('4: the registry input overrides the derived host', () => {
    expect(planRun(inputs({ auth, registry: '127.0.0.1:5000' }), sameRepo).registry).toBe('127.0.0.1:5000');
  });

  it('5: no credentials and push: fails under Credentials, naming both modes and their secrets', () => {
    expect(() => planRun(inputs({}), sameRepo)).toThrow(
      /^Credentials: .*OCI_CLI_USER, OCI_CLI_TENANCY, OCI_CLI_FINGERPRINT, OCI_CLI_KEY_CONTENT.*auth-token, namespace and username.*push: false/,
    );
  });

  it('6: no credentials with push false: build only, no lookups', () => {
    expect(planRun(inputs({ push: false }), sameRepo)).toEqual({
      registry: 'gru.ocir.io',
      push: false,
      lookup: { namespace: false, username: false, repository: false },
    });
  });

  it('7b: keyless on a fork pull request, which gets no OIDC token: build only, nothing looked up', () => {
    const keyless = {
      kind: 'oidc',
      oidc: {
        domain: 'https://idcs-x.identity.oraclecloud.com',
        clientId: 'c',
        clientSecret: 's',
        audience: 'a',
      },
    } as const;
    const plan = planRun(inputs({ auth: keyless }), { forkPullRequest: true, idToken: false });
    expect(plan).toMatchObject({
      push: false,
      lookup: { namespace: false, username: false, repository: false },
    });
    expect(plan.login).toBeUndefined();
    expect(plan.skipPushReason).toMatch(/neither the repository secrets nor an OIDC token/);
    // With the token (a same-repository pull request), keyless signs in.
    expect(planRun(inputs({ auth: keyless }), { forkPullRequest: false, idToken: true })).toMatchObject({
      push: true,
      login: { kind: 'registry-token' },
    });
  });

  it('7: a pull request from a fork without credentials: build only, with the reason', () => {
    const plan = planRun(inputs({}), { forkPullRequest: true });
    expect(plan.push).toBe(false);
    expect(plan.skipPushReason).toMatch(/fork/);
  });

  it('8: push false with an API key changes no repository and does not log in', () => {
    const plan = planRun(inputs({ auth, push: false }), sameRepo);
    expect(plan.login).toBeUndefined();
    expect(plan.lookup.repository).toBe(false);
  });

  it.each<[string, Partial<Inputs>, RegExp]>([
    ['9: auth token without namespace nor API key', { authToken: 't', username: 'u' }, /Input 'namespace'/],
    ['10: auth token without username nor API key', { authToken: 't', namespace: 'ns' }, /Input 'username'/],
    [
      '11: auth token alone: namespace and username together',
      { authToken: 't' },
      /^2 input problems \(namespace, username\)/,
    ],
  ])('%s', (_name, overrides, message) => {
    expect(() => planRun(inputs(overrides), sameRepo)).toThrow(message);
  });
});

describe('credentialProblems', () => {
  const none = { ociApi: false, authToken: false, namespace: false, username: false, push: true };

  it.each<[string, Partial<typeof none>, boolean, string[]]>([
    ['nothing given, push', {}, false, ['credentials']],
    ['nothing given, fork pull request', {}, true, []],
    ['nothing given, push false', { push: false }, false, []],
    ['OCI API credentials (even ones that failed validation) cover everything', { ociApi: true }, false, []],
    ['auth token alone', { authToken: true }, false, ['namespace', 'username']],
    [
      'auth token alone on a fork still needs its names',
      { authToken: true },
      true,
      ['namespace', 'username'],
    ],
    ['auth token with its names', { authToken: true, namespace: true, username: true }, false, []],
  ])('%s', (_name, given, forkPullRequest, inputs) => {
    expect(credentialProblems({ ...none, ...given }, { forkPullRequest }).map((e) => e.input)).toEqual(
      inputs,
    );
  });
});
