/**
 * Keyless sessions end to end in-process: the GitHub token stand-in, the identity domain stand-in and
 * the emulator, with the action's own session (ephemeral key, ST$ signatures, one renewal near exp).
 */
import { generateKeyPairSync } from 'node:crypto';
import { connectOci } from '../../src/oci/client.js';
import { openOidcSession, type OidcEffects } from '../../src/oci/oidc-session.js';
import { renewalReason } from '../../src/oci/session.js';
import { tenancyNamespace } from '../../src/oci/tenancy.js';
import { startEmulator, type Emulator } from '../../test-support/emulator.js';
import { GITHUB_ISSUER, startGithubOidc, type GithubOidc } from '../../test-support/github-oidc.js';
import { startIdentityDomain, type IdentityDomain } from '../../test-support/identity-domain.js';
import { ocid } from '../../test-support/keys.js';

const MAIN = 'repo:acme/shop:ref:refs/heads/main';
const serviceUser = ocid.user();
/** The action's clock: moved ahead to bring the UPST near its expiry (the emulator keeps real time). */
let clock = Date.now();
let emulator: Emulator;
let github: GithubOidc;
let domain: IdentityDomain;

beforeAll(async () => {
  emulator = await startEmulator({
    tenancy: ocid.tenancy(),
    namespace: 'keylessns',
    users: [{ id: serviceUser, name: 'svc', fingerprint: '', publicKeyPem: '' }],
    sessionTokenLifetimeSeconds: 600,
  });
  github = await startGithubOidc();
  domain = await startIdentityDomain({
    clients: [{ id: 'app', secret: 'right' }],
    trust: {
      issuer: GITHUB_ISSUER,
      jwksUrl: github.jwksUrl,
      audiences: ['ocir'],
      oauthClients: ['app'],
      impersonation: [{ sub: MAIN, userId: serviceUser }],
    },
    issueUpst: (request) => emulator.sessionTokens.issue(request),
  });
});

afterAll(async () => {
  await domain?.close();
  await github?.close();
  await emulator?.close();
});

function effects(log: string[], masked: string[]): OidcEffects {
  return {
    idToken: async (audience) => {
      const grant = github.grant({ sub: MAIN, repository: 'acme/shop', ref: 'refs/heads/main' });
      const response = await fetch(`${github.requestUrl}&audience=${audience}`, {
        headers: { authorization: `Bearer ${grant}` },
      });
      return ((await response.json()) as { value: string }).value;
    },
    fetch,
    now: () => clock,
    log: (line) => log.push(line),
    mask: (secret) => masked.push(secret),
  };
}

const settings = () => ({
  domain: domain.url,
  clientId: 'app',
  clientSecret: 'right',
  audience: 'ocir',
});

describe('openOidcSession', () => {
  it('signs every request with ST$<UPST> and the ephemeral key; the tenancy comes from the claims', async () => {
    const log: string[] = [];
    const masked: string[] = [];
    const session = await openOidcSession(settings(), effects(log, masked));
    expect(session).toMatchObject({ kind: 'oidc', tenancy: emulator.tenancy, principal: serviceUser });
    const oci = connectOci({ session, regionId: 'sa-saopaulo-1', baseUrl: emulator.url });
    expect(await tenancyNamespace(oci)).toBe('keylessns');
    expect(emulator.requests.at(-1)).toMatchObject({ path: '/n', status: 200 });
    expect(emulator.requests.at(-1)!.keyId).toBe(`ST$${emulator.sessionTokens.issued().at(-1)!.token}`);
    // The GitHub token and the UPST were masked before anything could print them.
    expect(masked).toEqual([github.issued().at(-1)!.value, emulator.sessionTokens.issued().at(-1)!.token]);
    expect(log.join('\n')).not.toContain(masked[1]!);
  });

  it('near exp: one fresh exchange for many concurrent requests, logged, and the requests go through', async () => {
    const log: string[] = [];
    const session = await openOidcSession(settings(), effects(log, []));
    const oci = connectOci({ session, regionId: 'sa-saopaulo-1', baseUrl: emulator.url });
    const exchanges = domain.exchanges.length;
    clock += 590_000; // 10 s left of 600: within the margin (a sixth of the lifetime, at most 5 min)
    const names = await Promise.all(Array.from({ length: 5 }, () => tenancyNamespace(oci)));
    expect(names).toEqual(Array(5).fill('keylessns'));
    expect(domain.exchanges.length - exchanges).toBe(1);
    expect(log.filter((line) => /exchanging a fresh GitHub OIDC token/.test(line))).toEqual([
      expect.stringMatching(
        /^The OCI session token expires in 10 s \(\d\d:\d\d:\d\d UTC\): exchanging a fresh GitHub OIDC token/,
      ),
    ]);
    // Fresh again: no further exchange.
    await tenancyNamespace(oci);
    expect(domain.exchanges.length - exchanges).toBe(1);
  });
});

describe('the emulator accepts ST$ signatures only with the bound key, only until exp', () => {
  function signer(token: string, privateKeyPem: string) {
    return {
      getKeyId: async () => `ST$${token}`,
      getPrivateKey: () => privateKeyPem,
      getPassphrase: () => null,
    };
  }
  const pair = () => generateKeyPairSync('rsa', { modulusLength: 2048 });

  afterEach(() => {
    emulator.sessionTokens.lifetimeSeconds = 600;
  });

  it.each([
    ['the bound key, in time', true, false, 200, undefined],
    ['another key', false, false, 401, 'The signature does not verify with the key of this keyId.'],
    ['after exp', true, true, 401, 'The session token has expired.'],
  ] as const)('%s', async (_name, bound, expired, status, message) => {
    const key = pair();
    if (expired) emulator.sessionTokens.lifetimeSeconds = 1;
    const token = emulator.sessionTokens.issue({
      subject: serviceUser,
      publicKey: key.publicKey,
      ptype: 'user',
    });
    const signingKey = bound ? key.privateKey : pair().privateKey;
    const session = {
      kind: 'oidc' as const,
      tenancy: emulator.tenancy,
      principal: serviceUser,
      signer: signer(token, signingKey.export({ type: 'pkcs8', format: 'pem' }).toString()),
    };
    if (expired) await new Promise((resolve) => setTimeout(resolve, 1100));
    const oci = connectOci({ session, regionId: 'sa-saopaulo-1', baseUrl: emulator.url });
    const outcome = await tenancyNamespace(oci).then(
      () => ({ status: 200, message: undefined }),
      (error: { statusCode: number; message: string }) => ({
        status: error.statusCode,
        message: error.message,
      }),
    );
    expect(outcome).toEqual({ status, message });
    if (message) expect(message).not.toContain(token);
  });
});

describe('renewalReason', () => {
  const iat = 1_700_000_000;
  it.each([
    ['an hour token, fresh', { iat, exp: iat + 3600 }, iat + 60, undefined],
    ['an hour token, 6 min left', { iat, exp: iat + 3600 }, iat + 3240, undefined],
    [
      'an hour token, 4 min left',
      { iat, exp: iat + 3600 },
      iat + 3360,
      /^The OCI session token expires in 240 s/,
    ],
    ['a 5 s token, expired', { iat, exp: iat + 5 }, iat + 7, /^The OCI session token expired at/],
  ])('%s', (_name, claims, nowSeconds, reason) => {
    const result = renewalReason(claims, nowSeconds * 1000);
    if (reason === undefined) expect(result).toBeUndefined();
    else expect(result).toMatch(reason);
  });

  it("a runner clock an hour ahead of OCI's: the token's age decides, not its exp", () => {
    const claims = { iat, exp: iat + 3600 };
    const receivedAt = (iat + 3600) * 1000; // the runner's clock when the token arrived
    expect(renewalReason(claims, receivedAt + 60_000, receivedAt)).toBeUndefined();
    expect(renewalReason(claims, receivedAt + 3_400_000, receivedAt)).toMatch(/expires in 200 s/);
  });
});
