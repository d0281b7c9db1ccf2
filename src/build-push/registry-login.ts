/**
 * The run's registry login, kept valid until the push is done. A registry token from the API key
 * lives about an hour and a build may take longer: the login is renewed just before the push when
 * the token will not outlast it, or once after the registry refuses it at push. An auth token is
 * the user's own credential: refused, it is wrong, and trying it again only risks a lockout.
 * The decisions are pure functions; `registryLogin` applies them through the effects it is given.
 */
import type { RegistryTokenGrant } from '../oci/registry-token.js';

/** OCIR's registry token lifetime, for a token endpoint that does not announce one. */
export const DEFAULT_TOKEN_LIFETIME_SECONDS = 3600;
/** Time left for the push itself: 10 minutes, or a sixth of a shorter lifetime. */
const MAX_MARGIN_SECONDS = 600;

export interface IssuedToken {
  token: string;
  /** When it was asked for (before the request: an upper bound of its age). */
  issuedAtMs: number;
  lifetimeSeconds: number;
}

export type Credential =
  | { kind: 'auth-token'; token: string }
  | { kind: 'registry-token'; issued: IssuedToken; issue: () => Promise<IssuedToken> };

/** What a fresh login is considered for: the push is about to start, or the registry refused it. */
export type Trigger = 'before-push' | 'refused';

export function refreshMarginSeconds(lifetimeSeconds: number): number {
  return Math.min(MAX_MARGIN_SECONDS, lifetimeSeconds / 6);
}

/** The token is too old to be trusted through a push: within the margin of its expiry, or past it. */
export function needsFreshLogin(issuedAtMs: number, lifetimeSeconds: number, nowMs: number): boolean {
  return nowMs - issuedAtMs >= (lifetimeSeconds - refreshMarginSeconds(lifetimeSeconds)) * 1000;
}

/**
 * Why to log in again now, or undefined to leave the login as it is. At most one fresh login per
 * run: a registry token refused right after it was issued is not an expiry, and asking again in a
 * loop would not help.
 */
export function freshLoginReason(
  credential: Credential,
  state: { renewed: boolean },
  trigger: Trigger,
  nowMs: number,
): string | undefined {
  if (credential.kind !== 'registry-token' || state.renewed) return undefined;
  const { issuedAtMs, lifetimeSeconds } = credential.issued;
  if (trigger === 'refused') {
    return 'The registry refused the registry token at push (401 Unauthorized): logging in again, once, with a fresh token';
  }
  if (!needsFreshLogin(issuedAtMs, lifetimeSeconds, nowMs)) return undefined;
  return (
    `The registry token was issued ${duration((nowMs - issuedAtMs) / 1000)} ago and lives ` +
    `${duration(lifetimeSeconds)}: logging in again with a fresh one before the push`
  );
}

/** Asks the token endpoint, timing the request from its start, so the token's age is never understated. */
export async function issueRegistryToken(
  grant: () => Promise<RegistryTokenGrant>,
  now: () => number,
): Promise<IssuedToken> {
  const issuedAtMs = now();
  const { token, expiresInSeconds } = await grant();
  return { token, issuedAtMs, lifetimeSeconds: expiresInSeconds ?? DEFAULT_TOKEN_LIFETIME_SECONDS };
}

export interface LoginEffects {
  /** `docker login` with this password (the username does not change with the token). */
  login: (password: string) => Promise<void>;
  now: () => number;
  log: (message: string) => void;
}

export interface RegistryLogin {
  logIn(): Promise<void>;
  /** Just before the push: a fresh login when the token will not outlast it. */
  refreshBeforePush(): Promise<void>;
  /** After a push was refused as unauthorized: true when a fresh login was made, so the push may be tried once more. */
  renewAfterRefusal(): Promise<boolean>;
}

export function registryLogin(credential: Credential, effects: LoginEffects): RegistryLogin {
  let current = credential;
  const state = { renewed: false };
  const password = () => (current.kind === 'auth-token' ? current.token : current.issued.token);

  const renew = async (trigger: Trigger): Promise<boolean> => {
    const reason = freshLoginReason(current, state, trigger, effects.now());
    if (reason === undefined || current.kind !== 'registry-token') return false;
    state.renewed = true;
    effects.log(reason);
    current = { ...current, issued: await current.issue() };
    await effects.login(password());
    return true;
  };

  return {
    logIn: () => effects.login(password()),
    refreshBeforePush: async () => {
      await renew('before-push');
    },
    renewAfterRefusal: () => renew('refused'),
  };
}

function duration(seconds: number): string {
  if (seconds < 120) return `${Math.round(seconds * 10) / 10}s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 120 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
