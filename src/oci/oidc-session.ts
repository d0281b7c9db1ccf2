/**
 * Keyless sign-in: the workflow's GitHub OIDC token is exchanged at the identity domain for a UPST
 * that binds an ephemeral RSA key made here, in memory (it never touches the disk). Every OCI request
 * is then signed with `ST$<UPST>` and that key. When the UPST nears its expiry before a request (a
 * signature after a long build, a scan wait, a long prune), one fresh exchange is made with a fresh
 * GitHub token, concurrent requests waiting on it, and the log says so.
 *
 * Loaded by dynamic import only on the keyless path.
 */
import { generateKeyPairSync } from 'node:crypto';
import * as core from '@actions/core';
import { Env } from '../common/constants.js';
import { ActionError, messageOf } from '../common/errors.js';
import type { OidcSettings } from '../common/oci-auth.js';
import { exchangeForUpst, type Fetch } from './oidc-exchange.js';
import { renewalReason, sessionClaims, type OciSession, type SessionClaims } from './session.js';

/** The one line a job without the id-token permission fails with. */
export const ID_TOKEN_PERMISSION_ADVICE =
  'Keyless sign-in needs the GitHub OIDC token, and this job may not ask for one: add "permissions: id-token: write" ' +
  'to the job (or workflow) that runs this action. Pull requests from forks never get it.';

export interface OidcEffects {
  /** The GitHub OIDC token for this audience (core.getIDToken). */
  idToken: (audience: string) => Promise<string>;
  fetch: Fetch;
  now: () => number;
  log: (message: string) => void;
  /** Hides a value from every later log line (core.setSecret). */
  mask: (secret: string) => void;
}

const runnerEffects: OidcEffects = {
  idToken: githubIdToken,
  fetch: (url, init) => fetch(url, init),
  now: Date.now,
  log: core.info,
  mask: core.setSecret,
};

interface Upst {
  token: string;
  claims: SessionClaims;
  /** When the exchange was asked for, on the runner's clock (an upper bound of the token's age). */
  askedAtMs: number;
}

export async function openOidcSession(
  settings: OidcSettings,
  effects: OidcEffects = runnerEffects,
): Promise<OciSession> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const privateKeyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const publicKeyDer = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');

  const exchange = async (): Promise<Upst> => {
    const askedAtMs = effects.now();
    const subjectToken = await effects.idToken(settings.audience);
    effects.mask(subjectToken);
    const token = await exchangeForUpst({ settings, subjectToken, publicKey: publicKeyDer }, effects.fetch);
    effects.mask(token);
    const claims = sessionClaims(token);
    if (!claims) {
      throw new ActionError(
        `Keyless sign-in: ${settings.domain} answered with a token that is not a UPST (no exp claim); is oidc-domain the identity domain's URL?`,
      );
    }
    return { token, claims, askedAtMs };
  };

  effects.log(
    `Keyless sign-in: exchanging the GitHub OIDC token (audience ${settings.audience}) at ${settings.domain}`,
  );
  let current = await exchange();
  const tenancy = settings.tenancy ?? current.claims.tenant;
  if (!tenancy) {
    throw new ActionError(
      'Keyless sign-in: the session token names no tenancy (claim tenant): set the tenancy input (or env OCI_CLI_TENANCY) to the tenancy OCID.',
    );
  }
  effects.log(
    `Signed in as ${current.claims.sub ?? 'the service user'}; session token valid until ${until(current)}`,
  );

  let renewal: Promise<void> | undefined;
  const renewIfNeeded = async (): Promise<void> => {
    const reason = renewalReason(current.claims, effects.now(), current.askedAtMs);
    if (reason === undefined) return;
    renewal ??= (async () => {
      effects.log(
        `${reason}: exchanging a fresh GitHub OIDC token for a new one before the next OCI request`,
      );
      current = await exchange();
      effects.log(`Session token renewed, valid until ${until(current)}`);
    })().finally(() => {
      renewal = undefined;
    });
    await renewal;
  };

  return {
    kind: 'oidc',
    tenancy,
    principal: current.claims.sub ?? '',
    signer: {
      getKeyId: async () => {
        await renewIfNeeded();
        return `ST$${current.token}`;
      },
      getPrivateKey: () => privateKeyPem,
      getPassphrase: () => null,
    },
  };
}

function until(upst: Upst): string {
  return `${new Date(upst.claims.exp * 1000).toISOString().slice(11, 19)} UTC`;
}

/** core.getIDToken, with the permission it needs named when the runner does not offer it. */
async function githubIdToken(audience: string): Promise<string> {
  if (!process.env[Env.IdTokenRequestUrl]) throw new ActionError(ID_TOKEN_PERMISSION_ADVICE);
  try {
    return await core.getIDToken(audience);
  } catch (error) {
    throw new ActionError(
      `Keyless sign-in: the GitHub OIDC token could not be fetched (${messageOf(error).replace(/\s+/g, ' ').trim()}). ` +
        'Check that the job has "permissions: id-token: write", and re-run it.',
    );
  }
}
