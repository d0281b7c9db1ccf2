import { classifyFailure, pushedDigest } from '../../../src/build-push/docker/parse.js';

const DIGEST = `sha256:${'ab12'.repeat(16)}`;

describe('pushedDigest', () => {
  const output = [
    'The push refers to repository [gru.ocir.io/ns/project-x/api]',
    '5f70bf18a086: Pushed',
    `1.2.3: digest: ${DIGEST} size: 528`,
  ].join('\n');

  it('reads the digest docker push reports for the tag', () => {
    expect(pushedDigest(output, '1.2.3')).toBe(DIGEST);
  });

  it('ignores the line of another tag', () => {
    expect(pushedDigest(output, '1.2')).toBeUndefined();
  });

  it('finds nothing in output without a digest line', () => {
    expect(pushedDigest('denied: requested access to the resource is denied', 'latest')).toBeUndefined();
  });
});

describe('classifyFailure', () => {
  it.each([
    ['unauthorized: authentication required', 'auth'],
    ['denied: Anonymous users are only allowed read access on public repos', 'auth'],
    ['error parsing HTTP 403 response body', 'auth'],
    ['received unexpected HTTP status: 500 Internal Server Error', 'transient'],
    ['received unexpected HTTP status: 503 Service Unavailable', 'transient'],
    ['toomanyrequests: Too Many Requests', 'transient'],
    ['read tcp 10.1.0.4:50422->1.2.3.4:443: read: connection reset by peer', 'transient'],
    ['net/http: TLS handshake timeout', 'transient'],
    ['manifest invalid: manifest invalid', 'permanent'],
  ])('%s → %s', (stderr, kind) => {
    expect(classifyFailure(stderr)).toBe(kind);
  });
});
