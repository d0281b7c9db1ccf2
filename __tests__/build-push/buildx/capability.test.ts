import { chooseBackend, type BackendChoice } from '../../../src/build-push/buildx/backend.js';
import {
  CONTAINER_BUILDER_FIX,
  SETUP_FIX,
  cacheType,
  capabilityProblems,
  capabilityWarnings,
  needsVersions,
  type BuildRequest,
} from '../../../src/build-push/buildx/capability.js';
import { fixture } from './fixtures.js';

const version = { exitCode: 0, stdout: fixture('version-v0.12.1.txt'), stderr: '' };
const onBuilder = (inspectFixture: string): BackendChoice =>
  chooseBackend({ version, inspect: { exitCode: 0, stdout: fixture(inspectFixture), stderr: '' } });
const legacy = chooseBackend({
  version: { exitCode: 1, stdout: '', stderr: fixture('version-missing.stderr.txt') },
});

const simple: BuildRequest = {
  platforms: [],
  cacheFrom: [],
  cacheTo: [],
  attestations: false,
  load: false,
  push: true,
  pushByDigest: false,
  buildContexts: 0,
  secrets: 0,
  ssh: 0,
};
const BOTH = ['linux/amd64', 'linux/arm64'];

describe('capabilityProblems', () => {
  it.each<[string, BackendChoice, Partial<BuildRequest>, string[]]>([
    ['1. legacy, one platform', legacy, { platforms: ['linux/amd64'] }, []],
    ['2. legacy, image cache-from', legacy, { cacheFrom: ['ocir.io/ns/app:latest'] }, []],
    [
      '3. legacy, two platforms',
      legacy,
      { platforms: BOTH },
      [
        `Building several platforms (linux/amd64,linux/arm64) needs docker buildx, which is not installed: ${SETUP_FIX}`,
      ],
    ],
    [
      '4. legacy, buildx-only features',
      legacy,
      {
        cacheFrom: ['type=gha'],
        cacheTo: ['type=inline'],
        secrets: 1,
        ssh: 1,
        buildContexts: 1,
        attestations: true,
        pushByDigest: true,
      },
      [
        `'cache-to' needs docker buildx, which is not installed: ${SETUP_FIX}`,
        `'cache-from' with buildx's syntax (type=gha) needs docker buildx, which is not installed: ${SETUP_FIX}`,
        `'secrets' needs docker buildx, which is not installed: ${SETUP_FIX}`,
        `'ssh' needs docker buildx, which is not installed: ${SETUP_FIX}`,
        `'build-contexts' needs docker buildx, which is not installed: ${SETUP_FIX}`,
        `'provenance' and 'sbom' need docker buildx, which is not installed: ${SETUP_FIX}`,
        `'push-by-digest' needs docker buildx, which is not installed: ${SETUP_FIX}`,
      ],
    ],
    [
      '5. docker driver, two platforms, inline cache only',
      onBuilder('inspect-docker-default.txt'),
      { platforms: BOTH, cacheTo: ['type=inline'], cacheFrom: ['type=registry,ref=r:buildcache'] },
      [
        `The builder default (docker driver) cannot build several platforms (linux/amd64,linux/arm64): ${CONTAINER_BUILDER_FIX}`,
      ],
    ],
    [
      '6. docker driver exporting cache to the registry',
      onBuilder('inspect-docker-old.txt'),
      { cacheTo: ['type=registry,ref=r:buildcache,mode=max', 'type=inline'] },
      [
        `The builder default (docker driver) cannot export cache (type=registry,ref=r:buildcache,mode=max), only type=inline: ${CONTAINER_BUILDER_FIX}`,
      ],
    ],
    [
      '7. docker driver on the containerd image store: several platforms and cache export',
      onBuilder('inspect-docker-containerd.txt'),
      { platforms: ['linux/amd64', 'linux/386'], cacheTo: ['type=gha,mode=max'] },
      [],
    ],
    [
      '8. docker-container builder with QEMU: both platforms, cache, attestations, secrets',
      onBuilder('inspect-container-qemu.txt'),
      {
        platforms: ['linux/amd64', 'linux/arm64/v8'],
        cacheTo: ['type=registry,ref=r:buildcache'],
        attestations: true,
        secrets: 2,
        pushByDigest: false,
      },
      [],
    ],
    [
      '9. platforms the builder does not list: never refused (FROM, COPY and cross-compiling need no QEMU)',
      onBuilder('inspect-container-inactive.txt'),
      { platforms: ['linux/arm64', 'linux/s390x'] },
      [],
    ],
    [
      '9b. docker driver pushing by digest, without the containerd store',
      onBuilder('inspect-docker-default.txt'),
      { pushByDigest: true },
      [
        `The builder default (docker driver) cannot push by digest ('push-by-digest'): ${CONTAINER_BUILDER_FIX}`,
      ],
    ],
    [
      '9c. load with a push on BuildKit 0.11 (a container builder): two outputs',
      onBuilder('inspect-remote-nodes.txt'),
      { load: true, push: true },
      [
        "The builder remote-builder (remote driver) runs BuildKit v0.10.6, which cannot load and push in one build (multiple outputs need BuildKit 0.13 or later): drop 'load' and pull the pushed image, or use a newer BuildKit",
      ],
    ],
    [
      '9d. load with a push on the docker driver: the engine pushes from its store, one output',
      onBuilder('inspect-docker-old.txt'),
      { load: true, push: true },
      [],
    ],
    [
      '9e. load without a push on BuildKit 0.10: one output',
      onBuilder('inspect-remote-nodes.txt'),
      { load: true, push: false },
      [],
    ],
    [
      '10. attestations on a node with BuildKit older than 0.11',
      onBuilder('inspect-remote-nodes.txt'),
      { platforms: ['linux/arm64'], attestations: true },
      [
        "The builder remote-builder (remote driver) runs BuildKit v0.10.6, which makes no attestations (BuildKit 0.11 or later does): turn 'provenance' and 'sbom' off, or use a builder with a newer BuildKit",
      ],
    ],
    [
      '11. loading an image of several platforms',
      onBuilder('inspect-container-qemu.txt'),
      { platforms: BOTH, load: true, push: false },
      [
        "'load' cannot bring an image of several platforms (linux/amd64,linux/arm64) into the local image store: build one platform to load it",
      ],
    ],
  ])('%s', (_name, choice, request, expected) => {
    expect(capabilityProblems(choice, { ...simple, ...request })).toEqual(expected);
  });

  it('old buildx: attestations and build contexts', () => {
    const old = chooseBackend({
      version: { exitCode: 0, stdout: 'github.com/docker/buildx v0.7.1 05846896\n', stderr: '' },
      inspect: { exitCode: 0, stdout: fixture('inspect-container-qemu.txt'), stderr: '' },
    });
    expect(capabilityProblems(old, { ...simple, attestations: true, buildContexts: 1 })).toEqual([
      "buildx v0.7.1 makes no attestations (0.10 or later does): turn 'provenance' and 'sbom' off",
      'buildx v0.7.1 has no --build-context (0.8 or later does): update docker/setup-buildx-action',
    ]);
  });
});

describe('cacheType', () => {
  it.each([
    ['type=inline', 'inline'],
    ['type=registry,ref=x', 'registry'],
    ['ref=x,type=gha', 'gha'],
    ['ocir.io/ns/app:buildcache', 'registry'],
  ])('%s → %s', (entry, expected) => {
    expect(cacheType(entry)).toBe(expected);
  });
});

describe('capabilityWarnings', () => {
  it('image-manifest=true on BuildKit older than 0.12 is said, not refused', () => {
    const request = {
      ...simple,
      cacheTo: ['type=registry,ref=r:buildcache,image-manifest=true,oci-mediatypes=true'],
    };
    expect(capabilityWarnings(onBuilder('inspect-remote-nodes.txt'), request)).toEqual([
      expect.stringMatching(/^The builder runs BuildKit v0\.10\.6, which ignores image-manifest=true/),
    ]);
    expect(capabilityWarnings(onBuilder('inspect-container-features.txt'), request)).toEqual([]);
    expect(capabilityWarnings(onBuilder('inspect-remote-nodes.txt'), simple)).toEqual([]);
  });
});

describe('needsVersions: when buildx must be asked before the build', () => {
  it.each<[string, Partial<BuildRequest>, string, boolean]>([
    ['a plain build', {}, 'docker-container', false],
    ['several platforms on a container builder', { platforms: ['a/b', 'c/d'] }, 'docker-container', false],
    ['exported cache on a container builder', { cacheTo: ['type=gha'] }, 'docker-container', false],
    ['several platforms on the docker driver', { platforms: ['a/b', 'c/d'] }, 'docker', true],
    ['exported cache on the docker driver', { cacheTo: ['type=gha'] }, 'docker', true],
    ['inline cache on the docker driver', { cacheTo: ['type=inline'] }, 'docker', false],
    ['attestations', { attestations: true }, 'docker-container', true],
    ["load with a push on BuildKit's path", { load: true }, 'docker-container', true],
    ['load with a push on the docker driver', { load: true }, 'docker', false],
    [
      'image-manifest=true',
      { cacheTo: ['type=registry,ref=r,image-manifest=true'] },
      'docker-container',
      true,
    ],
  ])('%s: %s', (_label, request, driver, expected) => {
    expect(needsVersions({ ...simple, ...request }, driver)).toBe(expected);
  });
});
