/**
 * BuildKit's plain progress of a failed build, as recorded from buildx 0.28 on BuildKit 0.11.6
 * (docker-container builder) and on dockerd 20.10's BuildKit 0.8 (docker driver).
 */
import { classifyBuildxFailure, pushedManifests } from '../../../src/build-push/buildx/progress.js';

const REF = '127.0.0.1:44405/ns/r:1';
const DIGEST = 'sha256:6bb650049babe951e1879b1f6192822c9a95d259aa9850a82e424d981b553e24';

const CACHE_EXPORT = [
  '#6 exporting to image',
  '#6 pushing layers 0.2s done',
  `#6 pushing manifest for ${REF}@${DIGEST}`,
  `#6 pushing manifest for ${REF}@${DIGEST} 0.1s done`,
  '#6 DONE 0.3s',
  '',
  '#9 exporting content cache',
  '#9 preparing build cache for export',
  '#9 writing manifest sha256:01bd703bd7e83eb8e84e1bebc897ec6dda48f54cc8520551e7a425213c85980d',
  '#9 ERROR: error writing manifest blob: failed commit on ref "sha256:01bd": unexpected status: 503 Service Unavailable',
  '------',
  ' > exporting content cache:',
  '------',
  'ERROR: failed to build: failed to solve: error writing manifest blob: failed commit on ref "sha256:01bd": unexpected status: 503 Service Unavailable',
].join('\n');

describe('classifyBuildxFailure', () => {
  it('a cache export after the push: the step, the line and what was pushed', () => {
    expect(classifyBuildxFailure(CACHE_EXPORT)).toEqual({
      kind: 'cache-export',
      vertex: 'exporting content cache',
      line: 'failed to build: failed to solve: error writing manifest blob: failed commit on ref "sha256:01bd": unexpected status: 503 Service Unavailable',
      pushed: [`${REF}@${DIGEST}`],
      needsEmulation: false,
    });
  });

  it.each([
    [
      'BuildKit pushing, after its own retries',
      `#6 exporting to image\n#6 ERROR: failed to push ${REF}: failed to copy after 5 retries\n------\n > exporting to image:\n------\nERROR: failed to build: failed to solve: failed to push ${REF}: failed to copy after 5 retries\n`,
      'push',
    ],
    [
      'the docker driver pushing with docker',
      `#7 pushing ${REF} with docker\n#7 pushing layer e91d24f0034b 0.1s done\n#7 ERROR: received unexpected HTTP status: 503 Service Unavailable\n------\n > pushing ${REF} with docker:\n------\nERROR: failed to build: received unexpected HTTP status: 503 Service Unavailable\n`,
      'push',
    ],
    [
      'a COPY of a missing file',
      '#4 [1/1] COPY missing.txt /\n#4 ERROR: failed to calculate checksum of ref: "/missing.txt": not found\nERROR: failed to solve: failed to compute cache key: failed to calculate checksum of ref: "/missing.txt": not found\n',
      'build',
    ],
    [
      'an attestation the registry refuses',
      '#6 exporting to image\n#6 exporting attestation manifest sha256:0480 done\n#6 ERROR: failed to push x: attestation manifest refused: 409 Conflict\nERROR: failed to solve: failed to push x: attestation manifest refused: 409 Conflict\n',
      'attestation',
    ],
    [
      'a push failure with no progress at all',
      'ERROR: failed to solve: failed to push x: 502 Bad Gateway\n',
      'push',
    ],
  ])('%s: %s', (_label, output, kind) => {
    expect(classifyBuildxFailure(output).kind).toBe(kind);
  });

  it('exec format error: a RUN step for another platform, which needs QEMU', () => {
    const failure = classifyBuildxFailure(
      '#7 [linux/arm64 2/2] RUN make\n#7 0.101 exec /bin/sh: exec format error\n#7 ERROR: process "/bin/sh -c make" did not complete successfully: exit code: 1\n',
    );
    expect(failure).toMatchObject({ kind: 'build', needsEmulation: true });
  });
});

describe('pushedManifests', () => {
  it('lists each manifest once it is done, once', () => {
    expect(pushedManifests(CACHE_EXPORT)).toEqual([`${REF}@${DIGEST}`]);
    expect(pushedManifests(`#6 pushing manifest for ${REF}@${DIGEST}\n`)).toEqual([]);
  });
});
