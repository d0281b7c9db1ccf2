/**
 * Whether the credentials given can do what the run asks: decided once, for parseInputs (which
 * reports the problems with every other input) and for the plan (which relies on them).
 */
import { Env } from '../../common/constants.js';
import { credentialsError, InputError } from '../../common/errors.js';
import { OCI_API_CREDENTIALS } from '../../common/oci-auth.js';
import { Input } from '../constants.js';

/** Which credentials and names a run was given (a value that failed validation counts as given). */
export interface CredentialsGiven {
  /** OCI API credentials: the API key, keyless sign-in or an instance principal. */
  ociApi: boolean;
  authToken: boolean;
  namespace: boolean;
  username: boolean;
  push: boolean;
}

/**
 * What the credentials given cannot do, one problem each; empty when they suffice. parseInputs
 * reports these with every other input problem, so they are decided here once for both.
 */
export function credentialProblems(
  given: CredentialsGiven,
  situation: { forkPullRequest: boolean },
): InputError[] {
  if (!given.push || given.ociApi) return [];
  if (!given.authToken) {
    return situation.forkPullRequest
      ? []
      : [
          credentialsError(
            `no registry credentials to push with. Set one of: ${OCI_API_CREDENTIALS}; or an auth ` +
              'token, as the inputs auth-token, namespace and username; or push: false to build only',
          ),
        ];
  }
  // An auth token alone: what the API key would look up must be given.
  return [
    ...(given.namespace
      ? []
      : [
          new InputError(
            Input.Namespace,
            `is needed to log in with an auth token when no OCI API credential (oidc-domain, ${Env.User} …) can look it up`,
            'grxmw2a9myyj',
          ),
        ]),
    ...(given.username
      ? []
      : [
          new InputError(
            Input.Username,
            `is needed to log in with an auth token when no OCI API credential (oidc-domain, ${Env.User} …) can look it up`,
            'joao.silva or oracleidentitycloudservice/joao.silva',
          ),
        ]),
  ];
}
