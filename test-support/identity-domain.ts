/**
 * A stand-in for an OCI identity domain's token exchange, on 127.0.0.1 (random port), with its wire
 * format (see src/oci/oidc-exchange.ts):
 *
 *   POST /oauth2/v1/token   Authorization: Basic base64(client_id:client_secret), form-urlencoded
 *        grant_type=urn:ietf:params:oauth:grant-type:token-exchange, requested_token_type=urn:oci:token-type:oci-upst,
 *        subject_token=<JWT>, subject_token_type=jwt, public_key=<base64 DER SPKI>
 *        → 200 {"token": "<UPST>"}; errors as OAuth JSON {"error", "error_description"}:
 *          401 invalid_client (unknown client or wrong secret), 400 unsupported_grant_type, invalid_request,
 *          unauthorized_client (the trust does not list the client), invalid_grant (the JWT: signature by the
 *          trust's JWKS, fetched over HTTP; issuer; audience; expiry; no impersonation rule for its sub)
 *
 * The Identity Propagation Trust maps the JWT's `sub` to a service user by its impersonation rules
 * (`sub eq <value>`); the UPST is minted by the OCI emulator's auth service, binding the submitted key.
 */
import { createPublicKey, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyJwt, type Jwk } from './jwt.js';

export interface PropagationTrust {
  issuer: string;
  /** The issuer's JWKS URL (the GitHub stand-in's). */
  jwksUrl: string;
  /** Accepted `aud` values (client claim values). */
  audiences: string[];
  /** Client IDs allowed to use the trust. */
  oauthClients: string[];
  /** `sub eq <sub>` → the service user it impersonates. */
  impersonation: Array<{ sub: string; userId: string }>;
}

export interface IdentityDomainOptions {
  clients: Array<{ id: string; secret: string }>;
  trust: PropagationTrust;
  /** Mints the UPST: the emulator's `sessionTokens.issue`. */
  issueUpst: (request: { subject: string; publicKey: string; ptype: 'user' }) => string;
}

export interface ExchangeRecord {
  /** The client id as sent (never the secret). */
  clientId?: string;
  /** `issued`, or the OAuth error code answered. */
  outcome: string;
  /** The service user impersonated, when issued. */
  userId?: string;
}

export interface IdentityDomain {
  readonly url: string;
  readonly exchanges: ExchangeRecord[];
  close(): Promise<void>;
}

const TOKEN_EXCHANGE = 'urn:ietf:params:oauth:grant-type:token-exchange';
const UPST = 'urn:oci:token-type:oci-upst';

class OAuthError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, description: string) {
    super(description);
    this.status = status;
    this.code = code;
  }
}

export async function startIdentityDomain(options: IdentityDomainOptions): Promise<IdentityDomain> {
  const exchanges: ExchangeRecord[] = [];

  async function exchange(request: IncomingMessage, body: string, record: ExchangeRecord): Promise<string> {
    const basic = /^Basic (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    const [clientId, ...secretParts] = basic ? Buffer.from(basic, 'base64').toString('utf8').split(':') : [];
    if (clientId !== undefined) record.clientId = clientId;
    const client = options.clients.find((entry) => entry.id === clientId);
    if (!client || !sameText(client.secret, secretParts.join(':'))) {
      throw new OAuthError(401, 'invalid_client', 'Client authentication failed.');
    }
    if (!/^application\/x-www-form-urlencoded/.test(request.headers['content-type'] ?? '')) {
      throw new OAuthError(400, 'invalid_request', 'The body must be application/x-www-form-urlencoded.');
    }
    const form = new URLSearchParams(body);
    if (form.get('grant_type') !== TOKEN_EXCHANGE) {
      throw new OAuthError(
        400,
        'unsupported_grant_type',
        `Grant type ${form.get('grant_type')} is not supported.`,
      );
    }
    if (form.get('requested_token_type') !== UPST) {
      throw new OAuthError(
        400,
        'invalid_request',
        'requested_token_type must be urn:oci:token-type:oci-upst.',
      );
    }
    if (form.get('subject_token_type') !== 'jwt') {
      throw new OAuthError(400, 'invalid_request', 'subject_token_type must be jwt.');
    }
    const publicKey = form.get('public_key') ?? '';
    try {
      createPublicKey({ key: Buffer.from(publicKey, 'base64'), format: 'der', type: 'spki' });
    } catch {
      throw new OAuthError(400, 'invalid_request', 'public_key is not a base64 DER public key.');
    }
    const { trust } = options;
    if (!trust.oauthClients.includes(client.id)) {
      throw new OAuthError(
        400,
        'unauthorized_client',
        'The client is not allowed to use this identity propagation trust.',
      );
    }
    const jwks = (await (await fetch(trust.jwksUrl)).json()) as { keys: Jwk[] };
    const verified = verifyJwt(form.get('subject_token') ?? '', jwks.keys);
    if (!verified.ok)
      throw new OAuthError(400, 'invalid_grant', `JWT signature validation failed: ${verified.reason}.`);
    const { claims } = verified;
    if (claims.iss !== trust.issuer) {
      throw new OAuthError(400, 'invalid_grant', `The issuer ${String(claims.iss)} is not trusted.`);
    }
    const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    if (!audiences.some((aud) => typeof aud === 'string' && trust.audiences.includes(aud))) {
      throw new OAuthError(400, 'invalid_grant', 'The audience of the token is not accepted by the trust.');
    }
    if (typeof claims.exp !== 'number' || claims.exp * 1000 <= Date.now()) {
      throw new OAuthError(400, 'invalid_grant', 'The token has expired.');
    }
    const rule = trust.impersonation.find((entry) => entry.sub === claims.sub);
    if (!rule) {
      throw new OAuthError(
        400,
        'invalid_grant',
        'No impersonation rule of the identity propagation trust matches the token.',
      );
    }
    record.userId = rule.userId;
    return options.issueUpst({ subject: rule.userId, publicKey, ptype: 'user' });
  }

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const reply = (status: number, body: unknown, headers: Record<string, string> = {}) =>
        response
          .writeHead(status, { 'content-type': 'application/json', ...headers })
          .end(JSON.stringify(body));
      const url = new URL(request.url ?? '/', 'http://stand-in.invalid');
      if (url.pathname !== '/oauth2/v1/token' || request.method !== 'POST') {
        reply(404, { error: 'not_found', error_description: 'Not found.' });
        return;
      }
      const record: ExchangeRecord = { outcome: 'pending' };
      exchanges.push(record);
      exchange(request, Buffer.concat(chunks).toString('utf8'), record).then(
        (token) => {
          record.outcome = 'issued';
          reply(200, { token });
        },
        (error: unknown) => {
          const failure =
            error instanceof OAuthError ? error : new OAuthError(500, 'server_error', String(error));
          record.outcome = failure.code;
          reply(
            failure.status,
            { error: failure.code, error_description: failure.message },
            failure.status === 401 ? { 'www-authenticate': 'Basic realm="oauth"' } : {},
          );
        },
      );
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    exchanges,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function sameText(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
