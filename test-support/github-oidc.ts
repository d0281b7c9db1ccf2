/**
 * A stand-in for GitHub Actions' OIDC token service, on 127.0.0.1 (random port), with its wire format:
 *
 *   GET <ACTIONS_ID_TOKEN_REQUEST_URL>&audience=<aud>   Authorization: Bearer <ACTIONS_ID_TOKEN_REQUEST_TOKEN>
 *       → 200 {"count": n, "value": "<RS256 JWT>"}; 401 without a request token the service granted
 *   GET /.well-known/jwks                                 → {"keys": [<RSA JWK>]}
 *   GET /.well-known/openid-configuration                 → {issuer, jwks_uri, …}
 *
 * The runner harness grants each job a request token (`grant(claims)`) and puts the two variables in
 * the step's environment, as GitHub does for a job with `permissions: id-token: write`. Tokens carry
 * iss, aud (default `https://github.com/<owner>`), sub, repository, ref, … and exp.
 */
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { publicJwk, randomKid, signJwt } from './jwt.js';

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

/** The job's claims: sub, repository, ref … (see githubOidcClaims in github-env.ts). */
export type JobClaims = Record<string, string> & { sub: string; repository: string };

export interface GithubOidcOptions {
  /** `iss` of every token. Default GitHub's. */
  issuer?: string;
  /** Token lifetime in seconds. Default 300. */
  lifetimeSeconds?: number;
}

export interface IssuedIdToken {
  /** The JWT itself, for tests that check it never leaks. */
  value: string;
  audience: string;
  sub: string;
  /** Seconds since the epoch. */
  exp: number;
}

export interface GithubOidc {
  readonly url: string;
  readonly issuer: string;
  /** What the identity domain's trust names as the public key endpoint. */
  readonly jwksUrl: string;
  /** ACTIONS_ID_TOKEN_REQUEST_URL (it carries a query, as GitHub's does: callers append `&audience=`). */
  readonly requestUrl: string;
  /** A request token for a job with these claims: ACTIONS_ID_TOKEN_REQUEST_TOKEN. */
  grant(claims: JobClaims): string;
  /** Tokens handed out, oldest first. */
  issued(): IssuedIdToken[];
  close(): Promise<void>;
}

export async function startGithubOidc(options: GithubOidcOptions = {}): Promise<GithubOidc> {
  const issuer = options.issuer ?? GITHUB_ISSUER;
  const lifetime = options.lifetimeSeconds ?? 300;
  const key = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const kid = randomKid();
  const jobs = new Map<string, JobClaims>();
  const issued: IssuedIdToken[] = [];
  let base = '';

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://stand-in.invalid');
    const json = (status: number, body: unknown) => {
      const payload = JSON.stringify(body);
      response.writeHead(status, { 'content-type': 'application/json' }).end(payload);
    };
    if (request.method === 'GET' && url.pathname === '/.well-known/jwks') {
      json(200, { keys: [publicJwk(key, kid)] });
    } else if (request.method === 'GET' && url.pathname === '/.well-known/openid-configuration') {
      json(200, {
        issuer,
        jwks_uri: `${base}/.well-known/jwks`,
        subject_types_supported: ['public', 'pairwise'],
        response_types_supported: ['id_token'],
        id_token_signing_alg_values_supported: ['RS256'],
      });
    } else if (request.method === 'GET' && url.pathname === '/_apis/distributedtask/token') {
      const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
      const job = bearer === undefined ? undefined : jobs.get(bearer);
      if (!job) {
        json(401, { message: 'The request token is not valid.' });
        return;
      }
      const now = Math.floor(Date.now() / 1000);
      const audience =
        url.searchParams.get('audience') ?? `https://github.com/${job.repository.split('/')[0]}`;
      const exp = now + lifetime;
      const value = signJwt(
        { jti: randomUUID(), ...job, aud: audience, iss: issuer, nbf: now - 5, iat: now, exp },
        key,
        kid,
      );
      issued.push({ value, audience, sub: job.sub, exp });
      json(200, { count: issued.length, value });
    } else {
      json(404, { message: 'Not Found' });
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    issuer,
    jwksUrl: `${base}/.well-known/jwks`,
    requestUrl: `${base}/_apis/distributedtask/token?api-version=2.0`,
    grant: (claims) => {
      const token = randomBytes(24).toString('base64url');
      jobs.set(token, { ...claims });
      return token;
    },
    issued: () => structuredClone(issued),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
