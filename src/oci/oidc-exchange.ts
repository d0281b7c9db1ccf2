/**
 * The identity domain's token exchange (OAuth 2.0 token exchange, RFC 8693, as OCI profiles it): a
 * JWT that an Identity Propagation Trust accepts, plus a public key, for a UPST that binds that key.
 *
 *   POST <domain>/oauth2/v1/token
 *   Authorization: Basic base64(<client id>:<client secret>)
 *   grant_type=urn:ietf:params:oauth:grant-type:token-exchange&requested_token_type=urn:oci:token-type:oci-upst
 *   &subject_token=<JWT>&subject_token_type=jwt&public_key=<base64 DER SubjectPublicKeyInfo>
 *   → 200 {"token": "<UPST>"} | 4xx {"error", "error_description"}
 *
 * Refusals become one line with the setup step that fixes them; no token is ever part of a message.
 */
import { ActionError } from '../common/errors.js';
import type { OidcSettings } from '../common/oci-auth.js';
import { jwtClaims } from './session.js';

export const TOKEN_PATH = '/oauth2/v1/token';
const ATTEMPTS = 3;
const TIMEOUT_MS = 30_000;

export interface ExchangeRequest {
  settings: Pick<OidcSettings, 'domain' | 'clientId' | 'clientSecret'>;
  /** The GitHub OIDC token. */
  subjectToken: string;
  /** Base64 of the DER SubjectPublicKeyInfo of the key the UPST will bind. */
  publicKey: string;
}

export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/** The UPST, after at most three attempts when the domain is unreachable or answers 5xx/429. */
export async function exchangeForUpst(
  request: ExchangeRequest,
  fetcher: Fetch = fetch,
  pause: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<string> {
  const { domain, clientId, clientSecret } = request.settings;
  const body = new URLSearchParams({
    grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
    requested_token_type: 'urn:oci:token-type:oci-upst',
    subject_token: request.subjectToken,
    subject_token_type: 'jwt',
    public_key: request.publicKey,
  });
  const url = `${domain}${TOKEN_PATH}`;
  for (let attempt = 1; ; attempt += 1) {
    let response: Response;
    try {
      response = await fetcher(url, {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`,
          'content-type': 'application/x-www-form-urlencoded;charset=utf-8',
          accept: 'application/json',
        },
        body: body.toString(),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      if (attempt < ATTEMPTS) {
        await pause(1000 * attempt);
        continue;
      }
      throw new ActionError(
        `Keyless sign-in: the identity domain ${domain} could not be reached (${networkCause(error)}). ` +
          'Check oidc-domain (Identity > Domains > your domain > Domain URL) and that the runner can reach it on port 443.',
      );
    }
    const text = await response.text();
    if (response.ok) {
      const token = parseJson(text)?.token;
      if (typeof token !== 'string' || token === '') {
        throw new ActionError(
          `Keyless sign-in: ${url} answered ${response.status} without a token; is oidc-domain the identity domain's URL?`,
        );
      }
      return token;
    }
    if ((response.status >= 500 || response.status === 429) && attempt < ATTEMPTS) {
      await pause(1000 * attempt);
      continue;
    }
    const json = parseJson(text);
    throw new ActionError(
      exchangeFailureMessage({
        status: response.status,
        error: typeof json?.error === 'string' ? json.error : undefined,
        description: typeof json?.error_description === 'string' ? json.error_description : undefined,
        subjectToken: request.subjectToken,
        domain,
      }),
    );
  }
}

export interface ExchangeRefusal {
  status: number;
  error?: string;
  description?: string;
  /** Read for its `sub`, `aud` and `iss` claims, which the advice names; never shown itself. */
  subjectToken: string;
  domain: string;
}

/** One line: what the domain said, and the setup step (README, Keyless) that fixes it. */
export function exchangeFailureMessage(refusal: ExchangeRefusal): string {
  const claims = jwtClaims(refusal.subjectToken) ?? {};
  const claim = (key: string) => {
    const value = claims[key];
    return typeof value === 'string' ? value : Array.isArray(value) ? value.join(', ') : '?';
  };
  const said = `${refusal.error ?? `HTTP ${refusal.status}`}${
    refusal.description ? `: ${oneLine(refusal.description)}` : ''
  }`;
  const head = `Keyless sign-in: the identity domain refused the token exchange (${said}).`;
  const description = (refusal.description ?? '').toLowerCase();
  const trust = 'the Identity Propagation Trust (README, Keyless, step 3)';
  let fix: string;
  if (refusal.error === 'invalid_client' || refusal.status === 401) {
    fix =
      'Check oidc-client-id and oidc-client-secret: the client ID and secret of the confidential application ' +
      '(Identity > Domains > your domain > Integrated applications > the app > OAuth configuration), and that the application is activated (step 1).';
  } else if (refusal.error === 'unauthorized_client' || refusal.error === 'unsupported_grant_type') {
    fix =
      'Allow the confidential application the token exchange grant (urn:ietf:params:oauth:grant-type:token-exchange) ' +
      'and list its client ID in the oauth-clients of the trust (steps 1 and 3).';
  } else if (/issuer|\biss\b/.test(description)) {
    fix = `The issuer of this token is ${claim('iss')}: ${trust} must have issuer https://token.actions.githubusercontent.com and its JWKS URL https://token.actions.githubusercontent.com/.well-known/jwks.`;
  } else if (/audience|\baud\b/.test(description)) {
    fix = `This token's audience is ${claim('aud')} (oidc-audience): add it to the client-claim-values of ${trust}, or set oidc-audience to one it accepts.`;
  } else if (/expir|\bexp\b|not yet valid|\bnbf\b|clock/.test(description)) {
    fix = "The GitHub token was out of its validity window: check the runner's clock, and re-run the job.";
  } else if (/signature|jwks|\bkid\b|public key endpoint/.test(description)) {
    fix = `The token's signature was not verified: the public key endpoint of ${trust} must be https://token.actions.githubusercontent.com/.well-known/jwks.`;
  } else {
    fix =
      `This run's token has sub ${claim('sub')}: add an impersonation rule matching it to ${trust} ` +
      `(e.g. "sub eq ${claim('sub')}", mapped to the service user), or run from a branch or environment a rule names.`;
  }
  return `${head} ${fix}`;
}

function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}

function networkCause(error: unknown): string {
  const outer = error as { name?: unknown; message?: unknown; cause?: { code?: unknown; message?: unknown } };
  if (outer?.name === 'TimeoutError') return `no answer within ${TIMEOUT_MS / 1000} s`;
  const code = typeof outer?.cause?.code === 'string' ? outer.cause.code : undefined;
  const message =
    typeof outer?.cause?.message === 'string'
      ? outer.cause.message
      : typeof outer?.message === 'string'
        ? outer.message
        : String(error);
  return code && !message.includes(code) ? `${message}, ${code}` : message;
}
