/**
 * What this run will do, decided from the inputs alone before any side effect: which credential
 * logs in, what must be looked up through the OCI API, and whether the image is pushed.
 */
import { InputErrors } from '../common/errors.js';
import { credentialProblems } from './inputs/credentials.js';
import type { Inputs, RunSituation } from './inputs.js';
import { registryHost } from '../oci/region.js';

export type Login =
  /** `<namespace>/<username>` with the user's auth token. */
  | { kind: 'auth-token'; token: string }
  /** `BEARER_TOKEN` with a short-lived token from the OCIR token endpoint, signed with the OCI API credential. */
  | { kind: 'registry-token' };

export interface Plan {
  registry: string;
  /** Absent when the run only builds. */
  login?: Login;
  push: boolean;
  /** Why a push that was asked for will not happen (shown as a notice). */
  skipPushReason?: string;
  /** What the OCI API must resolve; each is false when the input gives it or the run does not need it. */
  lookup: { namespace: boolean; username: boolean; repository: boolean };
}

export function planRun(inputs: Inputs, situation: RunSituation): Plan {
  // parseInputs guarantees a region or a registry.
  const registry = inputs.registry ?? registryHost(inputs.region!);
  // A fork's pull request gets no OIDC token, as it gets no secrets: keyless sign-in cannot happen.
  const keylessUnavailable =
    inputs.auth?.kind === 'oidc' && situation.forkPullRequest && situation.idToken === false;
  const hasApi = inputs.auth !== undefined && !keylessUnavailable;
  const login: Login | undefined = inputs.authToken
    ? { kind: 'auth-token', token: inputs.authToken }
    : hasApi
      ? { kind: 'registry-token' }
      : undefined;

  const problems = credentialProblems(
    {
      ociApi: hasApi,
      authToken: inputs.authToken !== undefined,
      namespace: inputs.namespace !== undefined,
      username: inputs.username !== undefined,
      push: inputs.push,
    },
    situation,
  );
  // parseInputs has reported these already; the plan holds its own guarantee all the same.
  if (problems.length === 1) throw problems[0]!;
  if (problems.length > 1) throw new InputErrors(problems);
  const push = inputs.push && login !== undefined;
  const skipPushReason =
    inputs.push && !push
      ? 'This pull request comes from a fork, and GitHub gives fork workflows neither the repository secrets ' +
        'nor an OIDC token: the image is built and tagged but not pushed.'
      : undefined;

  return {
    registry,
    ...(push ? { login } : {}),
    push,
    ...(skipPushReason ? { skipPushReason } : {}),
    lookup: {
      namespace: !inputs.namespace && hasApi,
      username: push && login?.kind === 'auth-token' && !inputs.username,
      repository: push && hasApi && inputs.createRepository !== 'false',
    },
  };
}
