import { ActionError, explain } from '../../../src/common/errors.js';
import { DockerError } from '../../../src/build-push/docker/cli.js';
import {
  asBuildFailure,
  buildErrorLine,
  describeBuildFailure,
  isMissingLocalImage,
  missingLocalImage,
} from '../../../src/build-push/docker/build-failure.js';

// Printed first by every legacy build of docker 20.10+ (recorded from Debian docker.io 20.10.24).
const DEPRECATED =
  'DEPRECATED: The legacy builder is deprecated and will be removed in a future release.\n' +
  '            Install the buildx component to build images with BuildKit:\n' +
  '            https://docs.docker.com/go/buildx/\n\n';

/** stderr of `docker build` with the legacy builder, recorded against a real engine. */
const LEGACY: [string, string, string, RegExp][] = [
  [
    'no Dockerfile (a workflow without actions/checkout)',
    `${DEPRECATED}unable to prepare context: unable to evaluate symlinks in Dockerfile path: lstat /tmp/bf-1qiY/Dockerfile: no such file or directory\n`,
    'unable to prepare context: unable to evaluate symlinks in Dockerfile path: lstat /tmp/bf-1qiY/Dockerfile: no such file or directory',
    /actions\/checkout.*`file`\/`context`/,
  ],
  [
    'no context directory',
    `${DEPRECATED}unable to prepare context: path "/tmp/no-such-dir-xyz" not found\n`,
    'unable to prepare context: path "/tmp/no-such-dir-xyz" not found',
    /actions\/checkout/,
  ],
  [
    'COPY of a missing file',
    `${DEPRECATED}COPY failed: file not found in build context or excluded by .dockerignore: stat missing.txt: file does not exist\n`,
    'COPY failed: file not found in build context or excluded by .dockerignore: stat missing.txt: file does not exist',
    /not in the build context.*\.dockerignore/,
  ],
  [
    'a RUN that exits 1',
    `${DEPRECATED}The command '/bin/sh -c exit 1' returned a non-zero code: 1\n`,
    "The command '/bin/sh -c exit 1' returned a non-zero code: 1",
    /RUN instruction failed/,
  ],
  [
    'a base image that cannot be pulled (--pull=false still pulls what is missing)',
    `${DEPRECATED}Get "https://registry-1.docker.io/v2/": dial tcp: lookup registry-1.docker.io on 10.255.255.53:53: no such host\n`,
    'Get "https://registry-1.docker.io/v2/": dial tcp: lookup registry-1.docker.io on 10.255.255.53:53: no such host',
    /base image could not be pulled/,
  ],
  [
    'a base image name that is not a reference',
    `${DEPRECATED}invalid reference format: repository name must be lowercase\n`,
    'invalid reference format: repository name must be lowercase',
    /base image/,
  ],
  [
    'an unknown instruction',
    `${DEPRECATED}Error response from daemon: dockerfile parse error line 2: unknown instruction: RUNN\n`,
    'Error response from daemon: dockerfile parse error line 2: unknown instruction: RUNN',
    /syntax error/,
  ],
];

/** stderr of BuildKit (buildx and `docker build` of Docker 23+), in its plain and tty progress formats. */
const BUILDKIT: [string, string, string, RegExp][] = [
  [
    'no Dockerfile',
    '#0 building with "default" instance using docker driver\n\n' +
      '#1 [internal] load build definition from Dockerfile\n' +
      '#1 transferring dockerfile: 2B done\n#1 DONE 0.0s\n' +
      'ERROR: failed to solve: failed to read dockerfile: open Dockerfile: no such file or directory\n',
    'failed to solve: failed to read dockerfile: open Dockerfile: no such file or directory',
    /actions\/checkout/,
  ],
  [
    'a RUN that exits 1, with the failing step framed and a warning before it',
    'WARNING: No output specified with docker-container driver. Build result will only remain in the build cache.\n' +
      '#5 [2/2] RUN exit 1\n' +
      '#5 ERROR: process "/bin/sh -c exit 1" did not complete successfully: exit code: 1\n' +
      '------\n > [2/2] RUN exit 1:\n------\n' +
      'Dockerfile:2\n--------------------\n   1 |     FROM alpine\n   2 | >>> RUN exit 1\n--------------------\n' +
      'ERROR: failed to solve: process "/bin/sh -c exit 1" did not complete successfully: exit code: 1\n',
    'failed to solve: process "/bin/sh -c exit 1" did not complete successfully: exit code: 1',
    /RUN instruction failed/,
  ],
  [
    'a COPY of a missing file, from a newer client (failed to build) followed by a details link',
    '#7 [2/2] COPY missing.txt /\n' +
      '#7 ERROR: failed to calculate checksum of ref 9c1f::x3k: "/missing.txt": not found\n' +
      '------\n > [2/2] COPY missing.txt /:\n------\n' +
      ' 1 warning found (use docker --debug to expand):\n' +
      " - FromAsCasing: 'as' and 'FROM' keywords' casing do not match (line 1)\n" +
      'ERROR: failed to build: failed to solve: failed to compute cache key: failed to calculate checksum of ref 9c1f::x3k: "/missing.txt": not found\n' +
      'View build details: docker-desktop://dashboard/build/default/default/vslbrnb1camez1zdnzyki5cyu\n',
    'failed to build: failed to solve: failed to compute cache key: failed to calculate checksum of ref 9c1f::x3k: "/missing.txt": not found',
    /not in the build context/,
  ],
  [
    'a base image that does not exist, tty progress with colours, lower-case error: of older clients',
    '[+] Building 1.3s (3/3) FINISHED\n' +
      ' => [internal] load build definition from Dockerfile                       0.0s\n' +
      '\u001b[31m => ERROR [internal] load metadata for docker.io/library/nope:1           1.2s\u001b[0m\n' +
      'error: failed to solve: nope:1: failed to resolve source metadata for docker.io/library/nope:1: pull access denied, repository does not exist or may require authorization\n',
    'failed to solve: nope:1: failed to resolve source metadata for docker.io/library/nope:1: pull access denied, repository does not exist or may require authorization',
    /base image could not be pulled/,
  ],
  [
    'only the step error was printed',
    '#5 [2/3] RUN make\n#5 0.412 make: *** No targets specified and no makefile found.  Stop.\n' +
      '#5 ERROR: process "/bin/sh -c make" did not complete successfully: exit code: 2\n',
    'process "/bin/sh -c make" did not complete successfully: exit code: 2',
    /RUN instruction failed/,
  ],
  [
    'buildx: an attestation asked of dockerd 20.10',
    '#0 building with "default" instance using docker driver\n\n' +
      'ERROR: attestations are not supported by the current buildkitd\n',
    'attestations are not supported by the current buildkitd',
    /See the build log above/,
  ],
  [
    'buildx: several platforms on the docker driver',
    'ERROR: Multi-platform build is not supported for the docker driver.\n' +
      'Switch to a different driver, or turn on the containerd image store, and try again.\n' +
      'Learn more at https://docs.docker.com/go/build-multi-platform/\n',
    'Multi-platform build is not supported for the docker driver.',
    /See the build log above/,
  ],
  [
    'buildx: OCIR refuses an attestation index pushed again',
    '#12 exporting to image\n#12 pushing layers 0.9s done\n' +
      '#12 ERROR: failed to push sa-saopaulo-1.ocir.io/ns/app:1.0.0: unexpected status from PUT request to https://sa-saopaulo-1.ocir.io/v2/ns/app/manifests/1.0.0: 409 Conflict\n' +
      '------\n > exporting to image:\n------\n' +
      'ERROR: failed to solve: failed to push sa-saopaulo-1.ocir.io/ns/app:1.0.0: unexpected status from PUT request to https://sa-saopaulo-1.ocir.io/v2/ns/app/manifests/1.0.0: 409 Conflict\n',
    'failed to solve: failed to push sa-saopaulo-1.ocir.io/ns/app:1.0.0: unexpected status from PUT request to https://sa-saopaulo-1.ocir.io/v2/ns/app/manifests/1.0.0: 409 Conflict',
    /See the build log above/,
  ],
];

describe('buildErrorLine', () => {
  it.each([...LEGACY, ...BUILDKIT])('%s', (_name, output, line) => {
    expect(buildErrorLine(output)).toBe(line);
  });

  it('takes the last line when docker printed an error it has no known form for', () => {
    expect(
      buildErrorLine(`${DEPRECATED}Cannot connect to the Docker daemon at unix:///var/run/docker.sock.\n`),
    ).toBe('Cannot connect to the Docker daemon at unix:///var/run/docker.sock.');
  });

  it.each([
    ['only the deprecation notice', DEPRECATED],
    ['only warnings', 'WARNING: buildx is old\n[WARNING] something\n'],
    [
      'only legacy progress',
      'Sending build context to Docker daemon  2.278MB\nStep 1/3 : FROM x\n ---> b2de7958f0f9\nStep 2/3 : RUN exit 1\n ---> Running in c4be4424fef3\n',
    ],
    ['only BuildKit progress', '#5 [2/3] RUN npm ci\n#5 0.312 added 3 packages\n#5 DONE 1.2s\n'],
    ['nothing', ''],
  ])('finds no cause in %s', (_name, output) => {
    expect(buildErrorLine(output)).toBeUndefined();
  });
});

describe('describeBuildFailure', () => {
  it.each([...LEGACY, ...BUILDKIT])('%s', (_name, output, line, advice) => {
    const [first, second, ...rest] = describeBuildFailure(output).split('\n');
    expect(first).toBe(`The image build failed: ${line}`);
    expect(second).toMatch(advice);
    expect(rest).toEqual([]);
  });

  it('points to the build log when the cause is not one it recognises', () => {
    expect(describeBuildFailure('failed to export image: no space left on device')).toBe(
      'The image build failed: failed to export image: no space left on device\n' +
        'See the build log above for the failing instruction.',
    );
  });

  it('never quotes the deprecation notice', () => {
    expect(describeBuildFailure(DEPRECATED)).toBe(
      'The image build failed. See the build log above for the failing instruction.',
    );
  });
});

describe('a missing local image', () => {
  it.each([
    ['docker 20.10', 'Error response from daemon: no such image: x:1: No such image: x:1\n', true],
    ['newer clients', 'Error: No such image: x:1\n', true],
    ['another failure', 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock.\n', false],
  ])('%s', (_name, output, missing) => {
    expect(isMissingLocalImage(output)).toBe(missing);
  });

  it('says what to do', () => {
    expect(missingLocalImage('x:1')).toBe(
      "no local image 'x:1': build it in an earlier step or drop `image:`",
    );
  });
});

describe('asBuildFailure: what the failed step says', () => {
  const message = (output: string) => {
    const failure = asBuildFailure(new DockerError('build', output, 1));
    expect(failure).toBeInstanceOf(ActionError);
    return explain('build', failure);
  };

  it("quotes docker's error of a build, not the deprecation notice printed before it", () => {
    const output =
      'DEPRECATED: The legacy builder is deprecated and will be removed in a future release.\n' +
      '            Install the buildx component to build images with BuildKit:\n' +
      '            https://docs.docker.com/go/buildx/\n\n' +
      'unable to prepare context: unable to evaluate symlinks in Dockerfile path: lstat /w/Dockerfile: no such file or directory\n';
    expect(message(output)).toBe(
      'The image build failed: unable to prepare context: unable to evaluate symlinks in Dockerfile path: ' +
        'lstat /w/Dockerfile: no such file or directory\n' +
        'No Dockerfile or build context at that path: check out the repository first (actions/checkout) or set `file`/`context`.',
    );
  });

  it("reads a build's network failure as its base image, not the OCI registry", () => {
    const text = message('Get "https://registry-1.docker.io/v2/": dial tcp: no such host');
    expect(text).toMatch(/^The image build failed: Get .*\nThe base image could not be pulled/);
    expect(text).not.toMatch(/OCI API/);
  });

  it('leaves other errors to the general advice', () => {
    const odd = new Error('odd');
    expect(asBuildFailure(odd)).toBe(odd);
    expect(explain('build', odd)).toMatch(/build log/);
  });
});
