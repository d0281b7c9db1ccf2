/**
 * Tag conventions end to end: recorded runner environments and event payloads drive the bundled
 * action, and the tags are read back from the registry itself.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { eventEnv, eventPayload, type EventName } from '../fixtures/events.js';
import { runAction } from '../../test-support/runner.js';
import { freshHome, startWorld, type World } from './world.js';

const APP = join(import.meta.dirname, '..', '..', 'demo', 'app');
let world: World;

beforeAll(async () => {
  if (!existsSync('dist/main.js')) throw new Error("dist/ is missing: run 'npm run build' first");
  world = await startWorld();
});

afterAll(async () => {
  await world?.close();
});

/** The recorded run's environment, minus the paths that belong to the machine it was recorded on. */
function recorded(name: EventName): Record<string, string> {
  const { GITHUB_EVENT_PATH: _path, GITHUB_WORKSPACE: _workspace, ...env } = eventEnv(name);
  return env;
}

async function runOn(name: EventName, repository: string, credentials: Record<string, string>) {
  const env: Record<string, string> = { ...recorded(name), ...credentials, HOME: freshHome() };
  const event = { name: env.GITHUB_EVENT_NAME ?? name, payload: eventPayload(name) as object };
  const inputs = { region: 'sa-saopaulo-1', registry: world.registry.host, repository, context: APP };
  const main = await runAction({ entry: 'main', inputs, env, event });
  await runAction({ entry: 'post', inputs, env, event, stateFrom: main });
  return main;
}

describe('default tags', () => {
  it('a release tag v1.2.3 pushes 1.2.3, 1.2, latest and sha-<7>, all one digest', async () => {
    const main = await runOn('tag_v1.2.3', 'project-x/release', world.apiKeyEnv);
    expect(main.exitCode).toBe(0);
    const sha = recorded('tag_v1.2.3').GITHUB_SHA!.slice(0, 7);
    const repo = `${world.namespace}/project-x/release`;
    expect(await world.registry.tags(repo)).toEqual(['1.2', '1.2.3', 'latest', `sha-${sha}`].sort());
    expect(main.outputs['tag-names']).toBe(`1.2.3\n1.2\nsha-${sha}\nlatest`);
    expect(main.outputs.version).toBe('1.2.3');
    for (const tag of ['1.2.3', '1.2', 'latest', `sha-${sha}`]) {
      expect(await world.registry.manifestDigest(repo, tag)).toBe(main.outputs.digest);
    }
  });

  it('a pull request pushes pr-<number> and the sha of the PR head, not the merge commit', async () => {
    const main = await runOn('pull_request_synchronize', 'project-x/preview', world.apiKeyEnv);
    expect(main.exitCode).toBe(0);
    const payload = eventPayload('pull_request_synchronize') as {
      number: number;
      pull_request: { head: { sha: string } };
    };
    const head = payload.pull_request.head.sha.slice(0, 7);
    expect(await world.registry.tags(`${world.namespace}/project-x/preview`)).toEqual(
      [`pr-${payload.number}`, `sha-${head}`].sort(),
    );
    expect(main.outputs.version).toBe(`pr-${payload.number}`);
  });

  it('a pull request from a fork without secrets builds and tags, does not push, and says why', async () => {
    const main = await runOn('pull_request_fork', 'project-x/fork', {});
    expect(main.exitCode).toBe(0);
    expect(main.outputs.pushed).toBe('false');
    expect(main.outputs.digest).toBeUndefined();
    expect(main.annotations.some((a) => a.level === 'notice' && /fork/.test(a.message))).toBe(true);
    expect(await world.registry.tags(`${world.namespace}/project-x/fork`)).toEqual([]);
    expect(main.outputs.imageid).toMatch(/^sha256:/);
  });
});
