/**
 * Reproducible images end to end: `org.opencontainers.image.created` is the commit's time, so a
 * second build of one commit (warm cache, legacy builder) is the very same image. On an immutable
 * repository that is what lets a re-run succeed: the tag already holds this image and is skipped,
 * while another commit on that tag is refused with the immutable-tag advice.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { removeImageReferences } from '../../test-support/docker-images.js';
import { runAction, type ActionRun } from '../../test-support/runner.js';
import type { WorkflowEvent } from '../../test-support/github-env.js';
import { freshHome, startWorld, type World } from './world.js';

const APP = join(import.meta.dirname, '..', '..', 'demo', 'app');
const REPOSITORY = 'project-x/reproducible';
const TAG = 'stable';

interface Commit {
  sha: string;
  timestamp: string;
}
const FIRST: Commit = {
  sha: '5e1f0a2b3c4d5e6f708192a3b4c5d6e7f8091a2b',
  timestamp: '2025-10-09T10:53:20+02:00',
};
const SECOND: Commit = {
  sha: '6f2a1b3c4d5e6f708192a3b4c5d6e7f8091a2b3c',
  timestamp: '2025-10-10T09:00:00+02:00',
};

let world: World;

beforeAll(async () => {
  if (!existsSync('dist/main.js')) throw new Error("dist/ is missing: run 'npm run build' first");
  world = await startWorld();
});

/** Digest references of pushed images whose tag a later build took: the world removes only tags. */
const pushedByDigest: string[] = [];

afterAll(async () => {
  try {
    const refused = await removeImageReferences(pushedByDigest);
    if (refused.length > 0) throw new Error(`images left behind:\n${refused.join('\n')}`);
  } finally {
    await world?.close();
  }
});

function pushOf(commit: Commit): WorkflowEvent {
  return {
    name: 'push',
    payload: {
      ref: 'refs/heads/main',
      after: commit.sha,
      repository: { full_name: 'acme/api', default_branch: 'main', html_url: 'https://github.com/acme/api' },
      head_commit: { id: commit.sha, message: 'Change', timestamp: commit.timestamp },
    },
  };
}

async function runOn(commit: Commit): Promise<ActionRun> {
  const env = { ...world.apiKeyEnv, HOME: freshHome() };
  const inputs = {
    region: 'sa-saopaulo-1',
    registry: world.registry.host,
    repository: REPOSITORY,
    'repository-immutable': 'true',
    context: APP,
    tags: TAG,
    flavor: 'latest=false',
  };
  const event = pushOf(commit);
  const main = await runAction({ entry: 'main', inputs, env, event });
  await runAction({ entry: 'post', inputs, env, event, stateFrom: main });
  return main;
}

/** Manifest uploads the registry front saw: a skipped tag must not have been pushed at all. */
function manifestPuts(): number {
  return world.registry.authAttempts.filter((a) => a.method === 'PUT' && /\/manifests\//.test(a.path)).length;
}

function createdLabel(imageId: string): string {
  return execFileSync(
    'docker',
    ['image', 'inspect', '--format', '{{index .Config.Labels "org.opencontainers.image.created"}}', imageId],
    { encoding: 'utf8' },
  ).trim();
}

describe('one commit, one image', () => {
  let first: ActionRun;

  it('the first run creates the immutable repository and pushes, labelled with the commit time', async () => {
    first = await runOn(FIRST);
    if (first.outputs.digest) {
      pushedByDigest.push(`${world.registry.host}/${world.namespace}/${REPOSITORY}@${first.outputs.digest}`);
    }
    expect(first.exitCode).toBe(0);
    expect(first.log).toContain('Image created time 2025-10-09T08:53:20.000Z: the commit time in the event');
    expect(createdLabel(first.outputs.imageid!)).toBe('2025-10-09T08:53:20.000Z');
    const repo = world.emulator.repositories().find((r) => r.displayName === REPOSITORY);
    expect(repo?.isImmutable).toBe(true);
    expect(await world.registry.manifestDigest(`${world.namespace}/${REPOSITORY}`, TAG)).toBe(
      first.outputs.digest,
    );
    // Linked: the push shows in the Artifacts API, which is where the second run reads the tag from.
    const images = world.emulator.images().filter((image) => image.repositoryName === REPOSITORY);
    expect(images.map((image) => [image.digest, image.versions.map((v) => v.version)])).toEqual([
      [first.outputs.digest, [TAG]],
    ]);
  });

  it('the same commit again: the same image id and digest, the tag skipped, nothing pushed', async () => {
    const putsBefore = manifestPuts();
    const again = await runOn(FIRST);
    expect(again.exitCode).toBe(0);
    expect(again.outputs.imageid).toBe(first.outputs.imageid);
    expect(again.outputs.digest).toBe(first.outputs.digest);
    expect(again.log).toContain(
      `Tag ${TAG} already holds ${first.outputs.digest} on this immutable repository`,
    );
    expect(manifestPuts()).toBe(putsBefore);
    expect(again.annotations.filter((a) => a.level === 'error')).toEqual([]);
  });

  it('another commit on that tag fails with the immutable-tag advice, and the tag keeps its image', async () => {
    const putsBefore = manifestPuts();
    const other = await runOn(SECOND);
    expect(other.exitCode).toBe(1);
    const errors = other.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    expect(errors).toEqual([expect.stringMatching(/immutable.*cannot be moved: push a new tag/is)]);
    expect(manifestPuts()).toBe(putsBefore);
    expect(await world.registry.manifestDigest(`${world.namespace}/${REPOSITORY}`, TAG)).toBe(
      first.outputs.digest,
    );
  });
});
