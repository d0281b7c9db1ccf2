/**
 * Keyless sign-in around a world: the GitHub OIDC token service and an identity domain whose
 * Identity Propagation Trust accepts the default repository's main branch (and its `production`
 * environment) as the world's service user. The UPSTs come from the world's emulator.
 */
import { randomBytes } from 'node:crypto';
import { GITHUB_ISSUER, startGithubOidc, type GithubOidc } from '../../test-support/github-oidc.js';
import { DEFAULT_REPOSITORY } from '../../test-support/github-env.js';
import {
  startIdentityDomain,
  type IdentityDomain,
  type PropagationTrust,
} from '../../test-support/identity-domain.js';
import type { World } from './world.js';

export const TRUSTED_SUBS = [
  `repo:${DEFAULT_REPOSITORY}:ref:refs/heads/main`,
  `repo:${DEFAULT_REPOSITORY}:environment:production`,
];

export interface Keyless {
  github: GithubOidc;
  domain: IdentityDomain;
  trust: PropagationTrust;
  clientId: string;
  clientSecret: string;
  /** The action inputs of keyless sign-in. */
  inputs: Record<string, string>;
  /** Every token the run could have handled: GitHub's, the UPSTs, the registry tokens, and the client secret. */
  secrets(): string[];
  close(): Promise<void>;
}

export async function startKeyless(world: World, options: { idTokenLifetimeSeconds?: number } = {}) {
  const github = await startGithubOidc(
    options.idTokenLifetimeSeconds ? { lifetimeSeconds: options.idTokenLifetimeSeconds } : {},
  );
  const clientId = `ocir-github-${randomBytes(4).toString('hex')}`;
  const clientSecret = `idcscs-${randomBytes(18).toString('base64url')}`;
  const trust: PropagationTrust = {
    issuer: GITHUB_ISSUER,
    jwksUrl: github.jwksUrl,
    audiences: [],
    oauthClients: [clientId],
    impersonation: TRUSTED_SUBS.map((sub) => ({ sub, userId: world.serviceUser.id })),
  };
  const domain = await startIdentityDomain({
    clients: [{ id: clientId, secret: clientSecret }],
    trust,
    issueUpst: (request) => world.emulator.sessionTokens.issue(request),
  });
  // The default audience of the action: the domain's URL.
  trust.audiences.push(domain.url);
  const keyless: Keyless = {
    github,
    domain,
    trust,
    clientId,
    clientSecret,
    inputs: { 'oidc-domain': domain.url, 'oidc-client-id': clientId, 'oidc-client-secret': clientSecret },
    secrets: () => [
      clientSecret,
      ...github.issued().map((token) => token.value),
      ...world.emulator.sessionTokens.issued().map((token) => token.token),
      ...world.emulator.issuedTokens(),
    ],
    close: async () => {
      await domain.close();
      await github.close();
    },
  };
  return keyless;
}
