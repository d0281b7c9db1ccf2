import { DockerError } from '../../src/build-push/docker/cli.js';
import { explain, InputError, inStep, StepFailure, type Step } from '../../src/common/errors.js';

/** Shaped like the SDK's OciError: a status, a service code, a message. */
const ociError = (statusCode: number, serviceCode: string, message = serviceCode) =>
  Object.assign(new Error(message), { statusCode, serviceCode, opcRequestId: 'req-1' });

describe('explain', () => {
  it.each<[string, Step, unknown, RegExp]>([
    [
      '1: wrong token at login',
      'login',
      new DockerError('login', 'Error response from daemon: Get "https://gru.ocir.io/v2/": unauthorized', 1),
      /username format.*<namespace>\/<username>.*auth token/s,
    ],
    [
      '2: federated users are named',
      'login',
      new DockerError('login', 'unauthorized: authentication required', 1),
      /oracleidentitycloudservice/,
    ],
    [
      '3: missing policy on push',
      'push',
      new DockerError('push', 'denied: requested access to the resource is denied', 1),
      /manage repos in compartment/,
    ],
    [
      '4: repository missing',
      'push',
      new DockerError('push', 'name unknown: repository name not known to registry', 1),
      /create-repository/,
    ],
    [
      '5: unknown host',
      'login',
      new DockerError('login', 'dial tcp: lookup gru.ocir.io: no such host', 1),
      /region and registry host.*443/s,
    ],
    [
      '6: API unreachable',
      'namespace',
      Object.assign(new Error('getaddrinfo ENOTFOUND objectstorage.x.oraclecloud.com'), {}),
      /could not be reached/,
    ],
    [
      '7: immutable tag',
      'push',
      new DockerError('push', 'tag 1.0.0 is immutable and cannot be overwritten', 1),
      /immutable.*new tag/s,
    ],
    [
      '8: duplicate manifest 409',
      'push',
      new DockerError('push', 'received unexpected HTTP status: 409 Conflict', 1),
      /attestations/,
    ],
    ['9: throttling', 'push', new DockerError('push', 'toomanyrequests: Too Many Requests', 1), /throttling/],
    ['10: throttled API', 'repository', ociError(429, 'TooManyRequests'), /throttling/],
    [
      '11: repository limit',
      'repository',
      ociError(400, 'LimitExceeded', 'The limit of repositories has been exceeded'),
      /limit of container repositories/,
    ],
    ['12: API key rejected', 'namespace', ociError(401, 'NotAuthenticated'), /OCI_CLI_FINGERPRINT/],
    [
      '13: policy for the control plane',
      'repository',
      ociError(404, 'NotAuthorizedOrNotFound'),
      /read repos in tenancy/,
    ],
  ])('%s', (_name, step, error, advice) => {
    expect(explain(step, error)).toMatch(advice);
  });

  it('keeps the cause in the message', () => {
    expect(explain('login', new DockerError('login', 'unauthorized: nope', 1))).toMatch(
      /Cause: docker login failed.*unauthorized: nope/,
    );
  });

  it('passes input errors through as they are', () => {
    const error = new InputError('region', "'xx' is unknown", 'sa-saopaulo-1');
    expect(explain('inputs', error)).toBe("Input 'region': 'xx' is unknown (for example: sa-saopaulo-1)");
  });

  it('falls back to naming the step', () => {
    expect(explain('build', new Error('odd'))).toMatch(/build log/);
    expect(explain('namespace', new Error('odd'))).toBe('The namespace step failed: odd');
  });
});

describe('explain: a refusal of a session token names the policy gap of its principal', () => {
  const signed = (statusCode: number, signedWith: string) =>
    Object.assign(ociError(statusCode, statusCode === 401 ? 'NotAuthenticated' : 'NotAuthorizedOrNotFound'), {
      signedWith,
    });

  it.each<[string, Step, unknown, RegExp]>([
    [
      'keyless, 401 at any step: the service user and its group policies',
      'namespace',
      signed(401, 'oidc'),
      /session token of keyless sign-in \(401 NotAuthenticated\).*service user the trust impersonates.*Allow group <domain>\/<group> to manage repos.*read objectstorage-namespaces/s,
    ],
    [
      'keyless, 401 at the registry token too',
      'registry-token',
      signed(401, 'oidc'),
      /service user the trust impersonates/,
    ],
    [
      'instance principal, 401: the dynamic group',
      'repository',
      signed(401, 'instance-principal'),
      /instance principal's session token.*dynamic group's rule.*Allow dynamic-group <dynamic group> to manage repos/s,
    ],
    [
      'keyless, 404 on the repository: the service user needs a group with the policies',
      'repository',
      signed(404, 'oidc'),
      /NotAuthorizedOrNotFound\)\. The service user the trust impersonates needs a group with the policies/,
    ],
    [
      'the API key, 401: still the API key advice',
      'namespace',
      ociError(401, 'NotAuthenticated'),
      /rejected the API signing key/,
    ],
  ])('%s', (_name, step, error, advice) => {
    expect(explain(step, error)).toMatch(advice);
  });
});

describe('inStep', () => {
  it('tags a failure with its step, innermost first', async () => {
    const failure = inStep('push', () => inStep('login', async () => Promise.reject(new Error('x'))));
    await expect(failure).rejects.toBeInstanceOf(StepFailure);
    await expect(failure).rejects.toMatchObject({ step: 'login' });
  });
});
