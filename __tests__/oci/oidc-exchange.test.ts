/**
 * The token exchange against the identity domain stand-in (the wire format), and the one-line
 * advice for each refusal the domain can give.
 */
import { generateKeyPairSync } from 'node:crypto';
import { ActionError } from '../../src/common/errors.js';
import { exchangeFailureMessage, exchangeForUpst } from '../../src/oci/oidc-exchange.js';
import { sessionClaims } from '../../src/oci/session.js';
import { GITHUB_ISSUER, startGithubOidc, type GithubOidc } from '../../test-support/github-oidc.js';
import {
  startIdentityDomain,
  type IdentityDomain,
  type PropagationTrust,
} from '../../test-support/identity-domain.js';
import { startEmulator, type Emulator } from '../../test-support/emulator.js';
import { ocid } from '../../test-support/keys.js';

const MAIN = 'repo:acme/shop:ref:refs/heads/main';
const serviceUser = ocid.user();
let github: GithubOidc;
let otherIssuer: GithubOidc;
let domain: IdentityDomain;
let emulator: Emulator;
let trust: PropagationTrust;
const publicKey = generateKeyPairSync('rsa', { modulusLength: 2048 })
  .publicKey.export({ type: 'spki', format: 'der' })
  .toString('base64');

beforeAll(async () => {
  emulator = await startEmulator({ tenancy: ocid.tenancy(), namespace: 'ns', users: [] });
  github = await startGithubOidc();
  otherIssuer = await startGithubOidc({ issuer: 'https://gitlab.example.com' });
  trust = {
    issuer: GITHUB_ISSUER,
    jwksUrl: github.jwksUrl,
    audiences: ['ocir'],
    oauthClients: ['app'],
    impersonation: [{ sub: MAIN, userId: serviceUser }],
  };
  domain = await startIdentityDomain({
    clients: [
      { id: 'app', secret: 'right' },
      { id: 'other-app', secret: 'right' },
    ],
    trust,
    issueUpst: (request) => emulator.sessionTokens.issue(request),
  });
});

afterAll(async () => {
  await domain?.close();
  await github?.close();
  await otherIssuer?.close();
  await emulator?.close();
});

/** A GitHub token for `claims`, fetched as core.getIDToken does. */
async function idToken(service: GithubOidc, audience: string, claims: Partial<{ sub: string }> = {}) {
  const grant = service.grant({ sub: MAIN, repository: 'acme/shop', ref: 'refs/heads/main', ...claims });
  const response = await fetch(`${service.requestUrl}&audience=${encodeURIComponent(audience)}`, {
    headers: { authorization: `Bearer ${grant}` },
  });
  return ((await response.json()) as { value: string }).value;
}

function exchange(subjectToken: string, client = { clientId: 'app', clientSecret: 'right' }) {
  return exchangeForUpst(
    { settings: { domain: domain.url, ...client }, subjectToken, publicKey },
    fetch,
    async () => {},
  );
}

describe('exchangeForUpst', () => {
  it('a trusted token: a UPST for the service user that binds the submitted key', async () => {
    const upst = await exchange(await idToken(github, 'ocir'));
    expect(sessionClaims(upst)).toMatchObject({ sub: serviceUser, tenant: emulator.tenancy });
    expect(domain.exchanges.at(-1)).toEqual({ clientId: 'app', outcome: 'issued', userId: serviceUser });
  });

  it.each<[string, () => Promise<string>, { clientId: string; clientSecret: string } | undefined, RegExp]>([
    [
      'a wrong client secret',
      () => idToken(github, 'ocir'),
      { clientId: 'app', clientSecret: 'wrong' },
      /\(invalid_client: Client authentication failed\.\)\. Check oidc-client-id and oidc-client-secret/,
    ],
    [
      'a client the trust does not list',
      () => idToken(github, 'ocir'),
      { clientId: 'other-app', clientSecret: 'right' },
      /\(unauthorized_client: .*\)\. Allow the confidential application the token exchange grant/,
    ],
    [
      'another audience',
      () => idToken(github, 'https://github.com/acme'),
      undefined,
      /invalid_grant: The audience .*This token's audience is https:\/\/github\.com\/acme \(oidc-audience\)/,
    ],
    [
      'another issuer',
      () => idToken(otherIssuer, 'ocir'),
      undefined,
      /invalid_grant: JWT signature validation failed.*public key endpoint of the Identity Propagation Trust/,
    ],
    [
      'a sub no rule names',
      () => idToken(github, 'ocir', { sub: 'repo:acme/shop:ref:refs/heads/feature' }),
      undefined,
      /invalid_grant: No impersonation rule .*sub repo:acme\/shop:ref:refs\/heads\/feature: add an impersonation rule/,
    ],
  ])('%s: one line with the setup step', async (_name, token, client, message) => {
    const error = await exchange(await token(), client).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ActionError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });

  it('an unreachable domain says so, after three attempts', async () => {
    let attempts = 0;
    const failing = () => {
      attempts += 1;
      return Promise.reject(
        Object.assign(new TypeError('fetch failed'), {
          cause: { code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' },
        }),
      );
    };
    await expect(
      exchangeForUpst(
        {
          settings: { domain: 'https://idcs-x.example', clientId: 'a', clientSecret: 'b' },
          subjectToken: 'x',
          publicKey,
        },
        failing,
        async () => {},
      ),
    ).rejects.toThrow(
      /the identity domain https:\/\/idcs-x\.example could not be reached \(connect ECONNREFUSED\)/,
    );
    expect(attempts).toBe(3);
  });
});

describe('exchangeFailureMessage', () => {
  const token = `x.${Buffer.from(JSON.stringify({ iss: GITHUB_ISSUER, aud: 'ocir', sub: MAIN })).toString('base64url')}.y`;
  it.each<[string, { status: number; error?: string; description?: string }, RegExp]>([
    [
      'issuer',
      { status: 400, error: 'invalid_grant', description: 'Issuer not trusted' },
      /must have issuer https:\/\/token\.actions\.githubusercontent\.com/,
    ],
    ['expiry', { status: 400, error: 'invalid_grant', description: 'Token expired' }, /runner's clock/],
    ['no body', { status: 403 }, /\(HTTP 403\)\. This run's token has sub repo:acme\/shop/],
  ])('%s', (_name, refusal, advice) => {
    const message = exchangeFailureMessage({ ...refusal, subjectToken: token, domain: 'https://d' });
    expect(message).toMatch(advice);
    expect(message).not.toContain(token);
  });
});
