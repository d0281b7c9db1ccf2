import { InputErrors, InputProblems, InputError } from '../../src/common/errors.js';
import { authSecrets, normaliseDomain, readOciAuth, type AuthReading } from '../../src/common/oci-auth.js';
import { createTestKey, ocid } from '../../test-support/keys.js';

const key = createTestKey();
const TENANCY = ocid.tenancy();
const API_KEY_ENV = {
  OCI_CLI_TENANCY: TENANCY,
  OCI_CLI_USER: ocid.user(),
  OCI_CLI_FINGERPRINT: key.fingerprint,
  OCI_CLI_KEY_CONTENT: key.privateKeyPem,
};
const DOMAIN = 'https://idcs-0123456789abcdef.identity.oraclecloud.com';
const OIDC = { 'oidc-domain': DOMAIN, 'oidc-client-id': 'client-1', 'oidc-client-secret': 's3cr3t-value' };

/** Reads the auth inputs; throws what validation collected. */
function read(inputs: Record<string, string>, env: Record<string, string> = {}): AuthReading {
  const problems = new InputProblems();
  const reading = readOciAuth((name) => inputs[name] ?? '', env, problems);
  problems.throwIfAny();
  return reading;
}

/** The inputs the problems name, in order. */
function problemInputs(inputs: Record<string, string>, env: Record<string, string> = {}): string[] {
  try {
    read(inputs, env);
    return [];
  } catch (error) {
    if (error instanceof InputErrors) return error.errors.map((e) => e.input);
    if (error instanceof InputError) return [error.input];
    throw error;
  }
}

describe('readOciAuth: which way the OCI API is reached', () => {
  it.each<[string, Record<string, string>, Record<string, string>, string | undefined]>([
    ['nothing given', {}, {}, undefined],
    ['auto with the API key in env', {}, API_KEY_ENV, 'api-key'],
    ['auto with oidc-domain and no key', OIDC, {}, 'oidc'],
    ['auto with oidc-domain and only OCI_CLI_TENANCY (no key)', OIDC, { OCI_CLI_TENANCY: TENANCY }, 'oidc'],
    ['auto with both: the API key wins', OIDC, API_KEY_ENV, 'api-key'],
    ['oidc, explicit', { 'oci-auth': 'oidc', ...OIDC }, {}, 'oidc'],
    ['instance-principal, nothing else', { 'oci-auth': 'instance-principal' }, {}, 'instance-principal'],
    ['Instance-Principal in another case', { 'oci-auth': 'Instance-Principal' }, {}, 'instance-principal'],
    ['api-key, explicit', { 'oci-auth': 'api-key' }, API_KEY_ENV, 'api-key'],
  ])('%s → %s', (_name, inputs, env, kind) => {
    expect(read(inputs, env).auth?.kind).toBe(kind);
  });

  it('keyless: the domain as an origin, the audience defaulting to it, the tenancy from the inputs when given', () => {
    expect(read({ ...OIDC, 'oidc-domain': `${DOMAIN}:443/ui/v1/adminconsole` }).auth).toEqual({
      kind: 'oidc',
      oidc: { domain: DOMAIN, clientId: 'client-1', clientSecret: 's3cr3t-value', audience: DOMAIN },
    });
    const withAudience = read({ ...OIDC, 'oidc-audience': 'ocir-github', tenancy: TENANCY }).auth;
    expect(withAudience).toMatchObject({ oidc: { audience: 'ocir-github', tenancy: TENANCY } });
  });

  it('auto with both says in the log which it used', () => {
    expect(read(OIDC, API_KEY_ENV).notes).toEqual([
      'oci-auth auto: signing with the API key; oidc-domain, oidc-client-id, oidc-client-secret is ignored (set oci-auth: oidc to sign in keyless)',
    ]);
  });

  it.each<[string, Record<string, string>, Record<string, string>, string[]]>([
    ['an unknown mode', { 'oci-auth': 'kerberos' }, {}, ['oci-auth']],
    [
      'oidc without a domain',
      { 'oci-auth': 'oidc' },
      {},
      ['oidc-domain', 'oidc-client-id', 'oidc-client-secret'],
    ],
    ['a client id without the domain', { 'oidc-client-id': 'c' }, {}, ['oidc-domain', 'oidc-client-secret']],
    [
      'a domain without the client secret',
      { 'oidc-domain': DOMAIN, 'oidc-client-id': 'c' },
      {},
      ['oidc-client-secret'],
    ],
    ['a domain that is no URL', { ...OIDC, 'oidc-domain': 'https://exa mple' }, {}, ['oidc-domain']],
    ['oidc with an API key too', { 'oci-auth': 'oidc', ...OIDC }, API_KEY_ENV, ['oci-auth']],
    ['api-key with oidc inputs too', { 'oci-auth': 'api-key', ...OIDC }, API_KEY_ENV, ['oci-auth']],
    ['api-key without a key', { 'oci-auth': 'api-key' }, {}, ['oci-auth']],
    ['instance-principal with oidc inputs', { 'oci-auth': 'instance-principal', ...OIDC }, {}, ['oci-auth']],
    ['instance-principal with an API key', { 'oci-auth': 'instance-principal' }, API_KEY_ENV, ['oci-auth']],
    ['keyless with a malformed tenancy', { ...OIDC, tenancy: 'ocid1.user.oc1..x' }, {}, ['tenancy']],
    ['an incomplete API key is still the API key', {}, { OCI_CLI_USER: ocid.user() }, ['tenancy']],
  ])('%s: fails naming %j', (_name, inputs, env, names) => {
    expect(problemInputs(inputs, env)).toEqual(names);
  });

  it('a contradiction names every input involved', () => {
    expect(() => read({ 'oci-auth': 'oidc', ...OIDC }, API_KEY_ENV)).toThrow(
      "Input 'oci-auth': oidc needs no API signing key, yet user (OCI_CLI_USER), fingerprint (OCI_CLI_FINGERPRINT), private-key (OCI_CLI_KEY_CONTENT) is also set: remove it, or set oci-auth: api-key",
    );
  });

  it('a given but invalid credential still counts as given (no "no credentials" on top)', () => {
    const problems = new InputProblems();
    expect(readOciAuth((name) => ({ 'oci-auth': 'oidc' })[name] ?? '', {}, problems).given).toBe(true);
  });

  it('an http domain other than loopback is noted: the secret would cross the network in clear', () => {
    expect(read({ ...OIDC, 'oidc-domain': 'http://idcs-x.example.com' }).notes).toEqual([
      'oidc-domain is not https: the client secret and tokens would cross the network in clear',
    ]);
    expect(read({ ...OIDC, 'oidc-domain': 'http://127.0.0.1:8080' }).notes).toEqual([]);
  });

  it('the client secret is among the secrets to mask', () => {
    expect(authSecrets(read(OIDC).auth)).toEqual(['s3cr3t-value']);
    expect(authSecrets(read({ 'oci-auth': 'instance-principal' }).auth)).toEqual([]);
  });

  it.each([
    ['idcs-abc.identity.oraclecloud.com', 'https://idcs-abc.identity.oraclecloud.com'],
    ['https://idcs-abc.identity.oraclecloud.com/', 'https://idcs-abc.identity.oraclecloud.com'],
    [' https://idcs-abc.identity.oraclecloud.com:443/admin ', 'https://idcs-abc.identity.oraclecloud.com'],
  ])('normaliseDomain(%j) = %s', (value, origin) => {
    expect(normaliseDomain(value)).toBe(origin);
  });
});

describe('apiBaseUrl', () => {
  it('puts the region identifier where the template says {region}', async () => {
    const { apiBaseUrl } = await import('../../src/common/oci-connection.js');
    expect(apiBaseUrl('http://127.0.0.1:9000/{region}', 'sa-vinhedo-1')).toBe(
      'http://127.0.0.1:9000/sa-vinhedo-1',
    );
    expect(apiBaseUrl('http://127.0.0.1:9000', 'sa-vinhedo-1')).toBe('http://127.0.0.1:9000');
    expect(apiBaseUrl(' ', 'sa-vinhedo-1')).toBeUndefined();
    expect(apiBaseUrl(undefined, 'sa-vinhedo-1')).toBeUndefined();
  });
});
