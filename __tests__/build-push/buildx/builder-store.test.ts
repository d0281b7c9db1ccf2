/** The builder named by buildx's own files (buildx 0.28's formats), read without running buildx. */
import { storedBuilder } from '../../../src/build-push/buildx/builder-store.js';

/** A buildx folder of the given files (path → JSON). */
const folder =
  (files: Record<string, unknown>) =>
  (path: string): unknown =>
    files[path];
const CURRENT_CI = { Key: 'unix:///var/run/docker.sock', Name: 'ci', Global: false };
const INSTANCE_CI = {
  Name: 'ci',
  Driver: 'docker-container',
  Nodes: [{ Name: 'ci0', Endpoint: 'unix:///var/run/docker.sock', Platforms: null }],
  Dynamic: false,
};

describe('storedBuilder', () => {
  it.each<[string, string | undefined, Record<string, string>, Record<string, unknown>, unknown]>([
    [
      'no files at all: the default builder, docker driver',
      undefined,
      {},
      {},
      { name: 'default', driver: 'docker' },
    ],
    [
      'current names no builder (Name ""): default',
      undefined,
      {},
      { current: { ...CURRENT_CI, Name: '' } },
      { name: 'default', driver: 'docker' },
    ],
    [
      'the builder setup-buildx-action made current',
      undefined,
      {},
      { current: CURRENT_CI, 'instances/ci': INSTANCE_CI },
      { name: 'ci', driver: 'docker-container' },
    ],
    [
      'the builder input wins over the current one',
      'default',
      {},
      { current: CURRENT_CI, 'instances/ci': INSTANCE_CI },
      { name: 'default', driver: 'docker' },
    ],
    [
      'BUILDX_BUILDER wins over the current one',
      undefined,
      { BUILDX_BUILDER: 'ci' },
      { 'instances/ci': INSTANCE_CI },
      { name: 'ci', driver: 'docker-container' },
    ],
    ['a builder with no instance file: ask buildx', 'desktop-linux', {}, {}, undefined],
    ['another docker context: ask buildx', undefined, { DOCKER_CONTEXT: 'remote' }, {}, undefined],
    ['DOCKER_HOST: ask buildx', undefined, { DOCKER_HOST: 'tcp://10.0.0.1:2376' }, {}, undefined],
    [
      'a current context in config.json: ask buildx',
      undefined,
      {},
      { '../config.json': { currentContext: 'colima' } },
      undefined,
    ],
    ['an unreadable current file: ask buildx', undefined, {}, { current: 'garbage' }, undefined],
  ])('%s', (_label, requested, env, files, expected) => {
    expect(storedBuilder(requested, env, folder(files))).toEqual(expected);
  });
});
