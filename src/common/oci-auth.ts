/**
 * How an action reaches the OCI API (input `oci-auth`, shared by every action): the API signing key,
 * keyless sign-in with the workflow's GitHub OIDC token (exchanged at an identity domain for a session
 * token), or the runner's own instance principal. Chosen and validated here, before any side effect;
 * contradictory or incomplete credentials are reported with the inputs involved. Pure apart from the
 * reader it is given.
 */
import { Env, SharedInput as Input } from './constants.js';
import { InputError, type InputProblems } from './errors.js';
import {
  API_KEY_INPUTS,
  API_KEY_SECRETS,
  apiKeySecrets,
  readApiKey,
  validateOcid,
  type ApiKey,
  type Environment,
  type InputReader,
} from './inputs.js';

export type OciAuthMode = 'auto' | 'api-key' | 'oidc' | 'instance-principal';

/** Keyless sign-in: the confidential application of an identity domain that trusts GitHub's tokens. */
export interface OidcSettings {
  /** The identity domain's origin, `https://idcs-….identity.oraclecloud.com`. */
  domain: string;
  clientId: string;
  clientSecret: string;
  /** The `aud` GitHub puts in its token; the trust must accept it. Default: the domain URL. */
  audience: string;
  /** Given by the user; otherwise the session token's claims tell it. */
  tenancy?: string;
}

export type OciAuth =
  | { kind: 'api-key'; apiKey: ApiKey }
  | { kind: 'oidc'; oidc: OidcSettings }
  | { kind: 'instance-principal'; tenancy?: string };

export interface AuthReading {
  /** Absent when no credential for the OCI API was given, or when the one given is invalid (reported). */
  auth?: OciAuth;
  /** A credential was given, even an invalid one: what depends on it must not add "no credentials". */
  given: boolean;
  /** Said in the log, not failed: e.g. auto chose the API key over an oidc-domain also set. */
  notes: string[];
}

/** Every input of keyless sign-in. */
export const OIDC_INPUTS: readonly string[] = [
  Input.OidcDomain,
  Input.OidcClientId,
  Input.OidcClientSecret,
  Input.OidcAudience,
];

/** What a run may be given to reach the OCI API, for messages about missing credentials. */
export const OCI_API_CREDENTIALS =
  `keyless sign-in (the inputs ${Input.OidcDomain}, ${Input.OidcClientId} and ${Input.OidcClientSecret}, ` +
  `with permissions: id-token: write), an instance principal (${Input.OciAuth}: instance-principal on an OCI ` +
  `instance), or the API signing key (${API_KEY_SECRETS})`;

const MODES: readonly OciAuthMode[] = ['auto', 'api-key', 'oidc', 'instance-principal'];
const DOMAIN_EXAMPLE = 'https://idcs-0123456789abcdef0123456789abcdef.identity.oraclecloud.com';
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/;

export function parseAuthMode(value: string): OciAuthMode {
  const mode = (value.trim() || 'auto').toLowerCase();
  if ((MODES as string[]).includes(mode)) return mode as OciAuthMode;
  throw new InputError(Input.OciAuth, `expected ${MODES.join(', ')}; got '${value}'`, 'oidc');
}

/**
 * The identity domain as an origin. A bare host gets https://; a path pasted from the console is
 * dropped (the token endpoint is always /oauth2/v1/token at the root).
 */
export function normaliseDomain(value: string): string {
  const text = value.trim();
  let url: URL | undefined;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password) {
    throw new InputError(
      Input.OidcDomain,
      `'${text}' is not the URL of an identity domain (Identity > Domains > your domain > Domain URL)`,
      DOMAIN_EXAMPLE,
    );
  }
  return url.origin;
}

/**
 * Reads `oci-auth` and the credentials of the way it names; `auto` takes the API key when one is
 * given, else keyless sign-in when oidc-domain is set. A tenancy alone is no API key: with
 * keyless sign-in or an instance principal it only names the tenancy.
 */
export function readOciAuth(read: InputReader, env: Environment, problems: InputProblems): AuthReading {
  const value = (name: string, envName?: string) =>
    read(name).trim() || (envName ? (env[envName]?.trim() ?? '') : '');
  const mode = problems.check(() => parseAuthMode(read(Input.OciAuth)));
  const keyParts = [
    [Input.User, Env.User],
    [Input.Fingerprint, Env.Fingerprint],
    [Input.PrivateKey, Env.KeyContent],
  ] as const;
  const keyGiven = keyParts.filter(([name, envName]) => value(name, envName) !== '');
  const keyNames = keyGiven.map(([name, envName]) => `${name} (${envName})`);
  const oidcGiven = OIDC_INPUTS.filter((name) => value(name) !== '');
  const tenancyValue = value(Input.Tenancy, Env.Tenancy);
  const notes: string[] = [];
  if (mode === undefined) return { given: true, notes };

  const chosen: Exclude<OciAuthMode, 'auto'> | undefined =
    mode !== 'auto'
      ? mode
      : keyGiven.length > 0
        ? 'api-key'
        : oidcGiven.length > 0
          ? 'oidc'
          : tenancyValue !== ''
            ? 'api-key'
            : undefined;
  if (chosen === undefined) return { given: false, notes };

  if (chosen === 'api-key') {
    if (mode === 'api-key' && oidcGiven.length > 0) {
      problems.add(contradiction(`api-key signs with the API key, yet ${oidcGiven.join(', ')} is also set`));
    } else if (oidcGiven.length > 0) {
      notes.push(
        `oci-auth auto: signing with the API key; ${oidcGiven.join(', ')} is ignored (set oci-auth: oidc to sign in keyless)`,
      );
    }
    const apiKey = problems.check(() => readApiKey(read, env));
    if (apiKey === undefined && !problems.failed(...API_KEY_INPUTS)) {
      problems.add(
        new InputError(
          Input.OciAuth,
          `api-key needs the API signing key: set the secrets ${API_KEY_SECRETS} in env (or the inputs tenancy, user, fingerprint and private-key)`,
        ),
      );
    }
    return { given: true, notes, ...(apiKey ? { auth: { kind: 'api-key', apiKey } } : {}) };
  }

  const before = problems.count;
  if (keyGiven.length > 0) {
    problems.add(
      contradiction(
        `${chosen} needs no API signing key, yet ${keyNames.join(', ')} is also set: remove it, or set oci-auth: api-key`,
      ),
    );
  }
  const tenancy =
    tenancyValue === ''
      ? undefined
      : problems.check(() => validateOcid(Input.Tenancy, tenancyValue, ['tenancy']));

  if (chosen === 'instance-principal') {
    if (oidcGiven.length > 0) {
      problems.add(
        contradiction(
          `instance-principal signs as the runner's OCI instance, yet ${oidcGiven.join(', ')} is also set: remove it, or set oci-auth: oidc`,
        ),
      );
    }
    return problems.count > before
      ? { given: true, notes }
      : { given: true, notes, auth: { kind: 'instance-principal', ...(tenancy ? { tenancy } : {}) } };
  }

  const domainText = value(Input.OidcDomain);
  if (domainText === '') {
    problems.add(
      new InputError(
        Input.OidcDomain,
        `is needed for keyless sign-in${oidcGiven.length > 0 ? ` (${oidcGiven.join(', ')} is set)` : ''}: the URL of the identity domain that holds the Identity Propagation Trust`,
        DOMAIN_EXAMPLE,
      ),
    );
  }
  const domain = domainText === '' ? undefined : problems.check(() => normaliseDomain(domainText));
  for (const [name, what] of [
    [Input.OidcClientId, 'the client ID'],
    [Input.OidcClientSecret, 'the client secret'],
  ] as const) {
    if (value(name) === '') {
      problems.add(
        new InputError(
          name,
          `is needed with ${Input.OidcDomain}: ${what} of the confidential application that holds the Identity Propagation Trust`,
        ),
      );
    }
  }
  if (domain && domain.startsWith('http:') && !LOOPBACK.test(new URL(domain).hostname)) {
    notes.push(
      `${Input.OidcDomain} is not https: the client secret and tokens would cross the network in clear`,
    );
  }
  if (problems.count > before || !domain) return { given: true, notes };
  return {
    given: true,
    notes,
    auth: {
      kind: 'oidc',
      oidc: {
        domain,
        clientId: value(Input.OidcClientId),
        clientSecret: value(Input.OidcClientSecret),
        audience: value(Input.OidcAudience) || domain,
        ...(tenancy ? { tenancy } : {}),
      },
    },
  };
}

function contradiction(problem: string): InputError {
  return new InputError(Input.OciAuth, problem);
}

/** The secrets of the credential, for masking (the session tokens are masked where they are made). */
export function authSecrets(auth: OciAuth | undefined): string[] {
  if (auth?.kind === 'api-key') return apiKeySecrets(auth.apiKey);
  if (auth?.kind === 'oidc') return [auth.oidc.clientSecret];
  return [];
}
