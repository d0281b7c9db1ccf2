import {
  DEFAULT_TOKEN_LIFETIME_SECONDS,
  freshLoginReason,
  issueRegistryToken,
  needsFreshLogin,
  refreshMarginSeconds,
  registryLogin,
  type Credential,
  type IssuedToken,
} from '../../src/build-push/registry-login.js';

const MIN = 60_000;
const T0 = Date.parse('2025-10-09T08:00:00Z');

describe('needsFreshLogin', () => {
  it.each<[string, number, number, boolean]>([
    ['1: an hour token, just issued', 3600, 0, false],
    ['2: an hour token, 49 min old', 3600, 49 * MIN, false],
    ['3: an hour token, 50 min old (10 min left: the margin)', 3600, 50 * MIN, true],
    ['4: an hour token, expired', 3600, 61 * MIN, true],
    ['5: a 3 s token, 2 s old (a sixth of its life left: 0.5 s)', 3, 2000, false],
    ['6: a 3 s token, 2.5 s old', 3, 2500, true],
    ['7: a 2 h token, 100 min old', 7200, 100 * MIN, false],
    ['8: a 2 h token, 110 min old', 7200, 110 * MIN, true],
  ])('%s', (_title, lifetime, age, expected) => {
    expect(needsFreshLogin(T0, lifetime, T0 + age)).toBe(expected);
  });

  it('the margin is 10 minutes, or a sixth of a shorter lifetime', () => {
    expect([3600, 7200, 600, 6].map(refreshMarginSeconds)).toEqual([600, 600, 100, 1]);
  });
});

describe('freshLoginReason', () => {
  const token = (age: number, lifetime = 3600): Credential => ({
    kind: 'registry-token',
    issued: { token: 't', issuedAtMs: T0 - age, lifetimeSeconds: lifetime },
    issue: async () => ({ token: 'u', issuedAtMs: T0, lifetimeSeconds: lifetime }),
  });
  const authToken: Credential = { kind: 'auth-token', token: 'secret' };
  const fresh = { renewed: false };
  const renewed = { renewed: true };

  it.each<[string, Credential, { renewed: boolean }, 'before-push' | 'refused', RegExp | undefined]>([
    ['1: before the push, a young token stays', token(5 * MIN), fresh, 'before-push', undefined],
    [
      '2: before the push, an old token is renewed, saying why',
      token(62 * MIN),
      fresh,
      'before-push',
      /^The registry token was issued 62 min ago and lives 60 min: logging in again with a fresh one before the push$/,
    ],
    [
      '3: a seconds-long token says so in seconds',
      token(4000, 3),
      fresh,
      'before-push',
      /issued 4s ago and lives 3s/,
    ],
    [
      '4: refused at push: renewed once',
      token(1 * MIN),
      fresh,
      'refused',
      /refused the registry token at push \(401/,
    ],
    ['5: refused after a fresh login: not again', token(1 * MIN), renewed, 'refused', undefined],
    ['6: old, but already renewed once: not again', token(62 * MIN), renewed, 'before-push', undefined],
    ['7: an auth token refused is a wrong credential: never', authToken, fresh, 'refused', undefined],
    ['8: an auth token does not age', authToken, fresh, 'before-push', undefined],
  ])('%s', (_title, credential, state, trigger, expected) => {
    const reason = freshLoginReason(credential, state, trigger, T0);
    if (expected === undefined) expect(reason).toBeUndefined();
    else expect(reason).toMatch(expected);
  });
});

describe('issueRegistryToken', () => {
  it('times the token from before the request, and takes the lifetime the endpoint announces', async () => {
    let clock = T0;
    const issued = await issueRegistryToken(
      async () => {
        clock += 1500; // the request takes time: the token's age counts it
        return { token: 'tok', expiresInSeconds: 1200 };
      },
      () => clock,
    );
    expect(issued).toEqual({ token: 'tok', issuedAtMs: T0, lifetimeSeconds: 1200 });
  });

  it("OCIR's hour when the endpoint does not say", async () => {
    const issued = await issueRegistryToken(
      async () => ({ token: 'tok' }),
      () => T0,
    );
    expect(issued.lifetimeSeconds).toBe(DEFAULT_TOKEN_LIFETIME_SECONDS);
  });
});

/** A session with a fake clock, docker login and token endpoint, recording what it did. */
function session(credential: 'auth-token' | 'registry-token', tokenLifetime = 3600) {
  let clock = T0;
  let issuedCount = 0;
  const logins: string[] = [];
  const logs: string[] = [];
  const issue = async (): Promise<IssuedToken> => ({
    token: `token-${++issuedCount}`,
    issuedAtMs: clock,
    lifetimeSeconds: tokenLifetime,
  });
  const login = registryLogin(
    credential === 'auth-token'
      ? { kind: 'auth-token', token: 'auth' }
      : {
          kind: 'registry-token',
          issued: { token: 'token-0', issuedAtMs: T0, lifetimeSeconds: tokenLifetime },
          issue,
        },
    {
      login: async (password) => {
        logins.push(password);
      },
      now: () => clock,
      log: (message) => logs.push(message),
    },
  );
  return {
    login,
    logins,
    logs,
    issued: () => issuedCount,
    advance: (ms: number) => {
      clock += ms;
    },
  };
}

describe('registryLogin', () => {
  it('a short build: one token, one login', async () => {
    const s = session('registry-token');
    await s.login.logIn();
    s.advance(5 * MIN);
    await s.login.refreshBeforePush();
    expect([s.logins, s.issued(), s.logs]).toEqual([['token-0'], 0, []]);
  });

  it('a long build: a fresh token and login before the push, with the reason in the log', async () => {
    const s = session('registry-token');
    await s.login.logIn();
    s.advance(75 * MIN);
    await s.login.refreshBeforePush();
    expect(s.logins).toEqual(['token-0', 'token-1']);
    expect(s.logs).toEqual([expect.stringMatching(/issued 75 min ago and lives 60 min/)]);
  });

  it('refused at push after a fresh login before it: no second renewal', async () => {
    const s = session('registry-token');
    await s.login.logIn();
    s.advance(75 * MIN);
    await s.login.refreshBeforePush();
    expect(await s.login.renewAfterRefusal()).toBe(false);
    expect(s.issued()).toBe(1);
  });

  it('refused at push: one fresh login, then no more however often it is refused', async () => {
    const s = session('registry-token');
    await s.login.logIn();
    expect(await s.login.renewAfterRefusal()).toBe(true);
    expect(await s.login.renewAfterRefusal()).toBe(false);
    expect(await s.login.renewAfterRefusal()).toBe(false);
    expect([s.logins, s.issued()]).toEqual([['token-0', 'token-1'], 1]);
  });

  it('an auth token: never renewed, never logged in again', async () => {
    const s = session('auth-token');
    await s.login.logIn();
    s.advance(5 * 60 * MIN);
    await s.login.refreshBeforePush();
    expect(await s.login.renewAfterRefusal()).toBe(false);
    expect([s.logins, s.logs]).toEqual([['auth'], []]);
  });

  it('a failing token endpoint fails the renewal (the caller reports it), and it is not tried again', async () => {
    const failing = registryLogin(
      {
        kind: 'registry-token',
        issued: { token: 't', issuedAtMs: T0, lifetimeSeconds: 3600 },
        issue: async () => {
          throw new Error('503 from the token endpoint');
        },
      },
      { login: async () => {}, now: () => T0, log: () => {} },
    );
    await expect(failing.renewAfterRefusal()).rejects.toThrow(/503/);
    await expect(failing.renewAfterRefusal()).resolves.toBe(false);
  });
});
