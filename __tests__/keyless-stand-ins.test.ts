/**
 * The stand-ins of keyless sign-in and of the instance-principal path speak their real wire formats:
 * GitHub's OIDC token service (request token, RS256 JWT, JWKS) and the claims the runner harness gives
 * a job, and the instance metadata service and federation endpoint of the emulator.
 */
import { createHash, createSign, generateKeyPairSync, X509Certificate } from 'node:crypto';
import { startEmulator, type Emulator } from '../test-support/emulator.js';
import { defaultPushEvent, githubEventEnv, githubOidcClaims } from '../test-support/github-env.js';
import { GITHUB_ISSUER, startGithubOidc, type GithubOidc } from '../test-support/github-oidc.js';
import { createInstanceIdentity, type InstanceIdentity } from '../test-support/instance-identity.js';
import { verifyJwt, type Jwk } from '../test-support/jwt.js';
import { ocid } from '../test-support/keys.js';
import { removeRunFiles, runAction } from '../test-support/runner.js';

describe('the GitHub OIDC token service stand-in', () => {
  let github: GithubOidc;
  beforeAll(async () => {
    github = await startGithubOidc({ lifetimeSeconds: 120 });
  });
  afterAll(async () => {
    await github?.close();
    removeRunFiles();
  });

  it('answers a granted request token with an RS256 JWT its JWKS verifies, carrying the job claims', async () => {
    const grant = github.grant(githubOidcClaims(githubEventEnv(defaultPushEvent())));
    const response = await fetch(`${github.requestUrl}&audience=ocir`, {
      headers: { authorization: `Bearer ${grant}` },
    });
    const { value } = (await response.json()) as { value: string };
    const jwks = (await (await fetch(github.jwksUrl)).json()) as { keys: Jwk[] };
    const verified = verifyJwt(value, jwks.keys);
    expect(verified).toMatchObject({
      ok: true,
      claims: {
        iss: GITHUB_ISSUER,
        aud: 'ocir',
        sub: 'repo:octo-org/octo-repo:ref:refs/heads/main',
        repository: 'octo-org/octo-repo',
        ref: 'refs/heads/main',
      },
    });
    if (!verified.ok) throw new Error(verified.reason);
    expect(Number(verified.claims.exp) - Number(verified.claims.iat)).toBe(120);
  });

  it('refuses a request without a granted request token (401)', async () => {
    expect((await fetch(`${github.requestUrl}&audience=ocir`)).status).toBe(401);
    const forged = await fetch(github.requestUrl, { headers: { authorization: 'Bearer forged' } });
    expect(forged.status).toBe(401);
  });

  it.each([
    [
      'a push to main',
      { GITHUB_REF: 'refs/heads/main' },
      undefined,
      'repo:octo-org/octo-repo:ref:refs/heads/main',
    ],
    ['a tag', { GITHUB_REF: 'refs/tags/v1.2.3' }, undefined, 'repo:octo-org/octo-repo:ref:refs/tags/v1.2.3'],
    [
      'a pull request',
      { GITHUB_EVENT_NAME: 'pull_request' },
      undefined,
      'repo:octo-org/octo-repo:pull_request',
    ],
    ['a job with an environment', {}, 'production', 'repo:octo-org/octo-repo:environment:production'],
  ])('sub of %s', (_name, env, environment, sub) => {
    expect(githubOidcClaims({ GITHUB_REPOSITORY: 'octo-org/octo-repo', ...env }, environment).sub).toBe(sub);
  });

  it('the runner harness gives the step the two variables only when the job may ask for a token', async () => {
    const script = 'test-support/fixtures/print-id-token-env.mjs';
    const withToken = await runAction({ entry: script, idToken: { service: github } });
    expect(withToken.stdout).toContain(`url=${github.requestUrl}`);
    expect(withToken.stdout).toMatch(/token=\S{20,}/);
    const without = await runAction({ entry: script });
    expect(without.stdout).toContain('url=\ntoken=\n');
  });
});

describe('the emulator as instance metadata service and federation endpoint', () => {
  let emulator: Emulator;
  let instance: InstanceIdentity;
  beforeAll(async () => {
    const tenancy = ocid.tenancy();
    instance = createInstanceIdentity(tenancy);
    emulator = await startEmulator({ tenancy, namespace: 'ns', users: [], instance });
  });
  afterAll(async () => {
    await emulator?.close();
  });

  it('serves the region, certificate, key and intermediate with Authorization: Bearer Oracle only', async () => {
    const get = (path: string, auth?: string) =>
      fetch(`${emulator.url}/opc/v2/${path}`, auth ? { headers: { authorization: auth } } : {});
    expect(await (await get('instance/region', 'Bearer Oracle')).text()).toBe('sa-saopaulo-1');
    expect(await (await get('identity/cert.pem', 'Bearer Oracle')).text()).toBe(instance.certificatePem);
    expect((await get('identity/cert.pem')).status).toBe(401);
    // Behind the region prefix too, where OCI_API_BASE_URL's `{region}` template puts the metadata service.
    const prefixed = await fetch(`${emulator.url}/sa-saopaulo-1/opc/v2/instance/region`, {
      headers: { authorization: 'Bearer Oracle' },
    });
    expect(await prefixed.text()).toBe('sa-saopaulo-1');
    const leaf = new X509Certificate(instance.certificatePem);
    expect(leaf.subject).toContain(`OU=opc-tenant:${instance.tenancy}`);
    expect(leaf.verify(new X509Certificate(instance.intermediatePem).publicKey)).toBe(true);
  });

  it('federates only a request signed with the instance key for its certificate', async () => {
    const leaf = new X509Certificate(instance.certificatePem);
    const body = JSON.stringify({
      certificate: leaf.raw.toString('base64'),
      publicKey: generateKeyPairSync('rsa', { modulusLength: 2048 })
        .publicKey.export({ type: 'spki', format: 'der' })
        .toString('base64'),
      intermediateCertificates: [new X509Certificate(instance.intermediatePem).raw.toString('base64')],
      purpose: 'DEFAULT',
    });
    const fingerprint = createHash('sha1').update(leaf.raw).digest('hex');
    const send = (keyId: string) => {
      const date = new Date().toUTCString();
      const host = new URL(emulator.url).host;
      const sha = createHash('sha256').update(body).digest('base64');
      const signing = [
        `date: ${date}`,
        '(request-target): post /v1/x509',
        `host: ${host}`,
        'content-type: application/json',
        `content-length: ${Buffer.byteLength(body)}`,
        `x-content-sha256: ${sha}`,
      ].join('\n');
      const signature = createSign('RSA-SHA256').update(signing).sign(instance.privateKeyPem, 'base64');
      return fetch(`${emulator.url}/v1/x509`, {
        method: 'POST',
        body,
        headers: {
          date,
          'content-type': 'application/json',
          'x-content-sha256': sha,
          authorization: `Signature version="1",keyId="${keyId}",algorithm="rsa-sha256",headers="date (request-target) host content-type content-length x-content-sha256",signature="${signature}"`,
        },
      });
    };
    expect((await send(`${instance.tenancy}/fed-x509/${'00'.repeat(20)}`)).status).toBe(401);
    const answered = await send(`${instance.tenancy}/fed-x509/${fingerprint}`);
    expect(answered.status).toBe(200);
    expect(emulator.sessionTokens.issued().map((token) => [token.subject, token.ptype])).toEqual([
      [instance.id, 'instance'],
    ]);
  });
});
