/**
 * `npm run demo`: the two actions against the local world, as a workflow would run them. A docker
 * engine, the OCI API emulator with a freshly generated API key, and a real registry linked to it
 * as OCIR is to its API; then the committed dist/ bundles run exactly as the GitHub runner runs them:
 *
 *   1. a push of the release tag v1.2.3 with the default tag rules: 1.2.3, 1.2, sha-…, latest;
 *   2. pull request 42 opened: a preview image pr-42 pushed;
 *   3. pull request 42 closed: the prune action removes pr-42, and the registry shows what is left.
 *
 * The OCI SDK's `::debug::` lines show only with step debug on, as on GitHub:
 * `npm run demo -- --debug`, or RUNNER_DEBUG=1.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { eventEnv, eventPayload, type EventName } from '../__tests__/fixtures/events.js';
import {
  localImageReferences,
  referencesOnHost,
  removeImageReferences,
} from '../test-support/docker-images.js';
import { ensureDocker } from '../test-support/dockerd.js';
import { createTestKey, ocid } from '../test-support/keys.js';
import { startLinkedWorld } from '../test-support/linked-world.js';
import { removeRunFiles, removeRunImages, runAction, type ActionRun } from '../test-support/runner.js';
import { markdownAsText, runnerView, stepDebugRequested } from './render.js';

const REPOSITORY = 'project-x/api';
const debug = stepDebugRequested(process.argv.slice(2), process.env);

function section(title: string, body: string): void {
  console.log(`\n=== ${title} ${'='.repeat(Math.max(0, 76 - title.length))}\n${body.trimEnd()}`);
}

function keyValues(values: Record<string, string>): string {
  const width = Math.max(...Object.keys(values).map((name) => name.length));
  return Object.entries(values)
    .map(([name, value]) => {
      const lines = value.split('\n');
      return `${name.padEnd(width)}  ${lines.join(`\n${' '.repeat(width + 2)}`)}`;
    })
    .join('\n');
}

/** A recorded runner environment, minus the paths of the machine it was recorded on. */
function recordedEnv(name: EventName): Record<string, string> {
  const { GITHUB_EVENT_PATH: _path, GITHUB_WORKSPACE: _workspace, ...env } = eventEnv(name);
  return env;
}

function describeEvent(name: EventName): string {
  const env = recordedEnv(name);
  const lines = {
    event: env.GITHUB_EVENT_NAME ?? '',
    ref: env.GITHUB_REF ?? '',
    sha: env.GITHUB_SHA ?? '',
    repository: env.GITHUB_REPOSITORY ?? '',
    workflow: env.GITHUB_WORKFLOW_REF ?? '',
  };
  return keyValues(lines);
}

function describeStep(title: string, run: ActionRun): void {
  section(`${title}: log (exit code ${run.exitCode})`, runnerView(run.log, { debug }));
  if (Object.keys(run.outputs).length > 0) section(`${title}: outputs`, keyValues(run.outputs));
  if (run.summary.trim() !== '') section(`${title}: job summary`, markdownAsText(run.summary));
}

async function main(): Promise<number> {
  const engine = await ensureDocker();
  // Undone in reverse order, whatever happens.
  const cleanups: Array<() => unknown> = [];
  const startedDockerd = engine.startedPid;
  if (startedDockerd !== undefined) cleanups.push(() => process.kill(startedDockerd, 'SIGTERM'));
  try {
    const key = createTestKey();
    const tenancy = ocid.tenancy();
    const user = {
      id: ocid.user(),
      name: 'demo.user',
      fingerprint: key.fingerprint,
      publicKeyPem: key.publicKeyPem,
    };
    const namespace = `demo${randomBytes(4).toString('hex')}`;
    const world = await startLinkedWorld({ tenancy, namespace, users: [user] });
    cleanups.push(() => world.close());
    // The demo's docker logins go to a throwaway HOME, not to the user's ~/.docker/config.json.
    const home = mkdtempSync(join(tmpdir(), 'demo-home-'));
    cleanups.push(() => rmSync(home, { recursive: true, force: true }), removeRunFiles);
    cleanups.push(removeRunImages);
    // Any image named for this demo's registry (its port is the demo's own), e.g. of a failed step.
    cleanups.push(async () => {
      await removeImageReferences(referencesOnHost(await localImageReferences(), world.registry.host));
    });

    section(
      'the local world',
      keyValues({
        'OCI API emulator': `${world.emulator.url}  (tenancy namespace ${namespace})`,
        'registry (front)': `${world.registry.host}  -> ${world.registry.backendUrl}`,
        'docker engine':
          engine.startedPid === undefined ? 'already running' : `started, pid ${engine.startedPid}`,
        'step debug': debug
          ? 'on'
          : 'off (npm run demo -- --debug, or RUNNER_DEBUG=1, shows ::debug:: lines)',
      }),
    );

    // As a workflow passes them from secrets: the key never appears on a command line or in a log.
    const credentials = {
      OCI_API_BASE_URL: world.emulator.url,
      OCI_CLI_TENANCY: tenancy,
      OCI_CLI_USER: user.id,
      OCI_CLI_FINGERPRINT: key.fingerprint,
      OCI_CLI_KEY_CONTENT: key.privateKeyPem,
    };
    const stepEnv = (name: EventName) => ({
      ...recordedEnv(name),
      ...credentials,
      HOME: home,
      ...(debug ? { RUNNER_DEBUG: '1' } : {}),
    });
    const event = (name: EventName) => ({
      name: recordedEnv(name).GITHUB_EVENT_NAME ?? 'push',
      payload: eventPayload(name) as object,
    });
    const buildInputs = {
      region: 'sa-saopaulo-1',
      registry: world.registry.host,
      repository: REPOSITORY,
      context: 'demo/app',
    };
    const shownEnv = {
      ...Object.fromEntries(Object.entries(credentials).filter(([name]) => name !== 'OCI_CLI_KEY_CONTENT')),
      OCI_CLI_KEY_CONTENT: '*** (a fresh RSA key, from a secret)',
    };

    // 1. The release.
    section('1. release: the event', describeEvent('tag_v1.2.3'));
    section(
      '1. release: the step',
      `uses: ./ (this action)\nwith:\n${keyValues(buildInputs).replace(/^/gm, '  ')}\n  tags: (not set: the default rules)\nenv:\n${keyValues(shownEnv).replace(/^/gm, '  ')}`,
    );
    const release = await runAction({
      entry: 'main',
      inputs: buildInputs,
      env: stepEnv('tag_v1.2.3'),
      event: event('tag_v1.2.3'),
    });
    describeStep('1. release, main step', release);
    const releasePost = await runAction({ entry: 'post', stateFrom: release, env: stepEnv('tag_v1.2.3') });
    describeStep('1. release, post step', releasePost);

    // 2. A pull request's preview image.
    section('2. pull request 42 opened: the event', describeEvent('pull_request_opened'));
    const preview = await runAction({
      entry: 'main',
      inputs: buildInputs,
      env: stepEnv('pull_request_opened'),
      event: event('pull_request_opened'),
    });
    describeStep('2. preview, main step', preview);
    const previewPost = await runAction({
      entry: 'post',
      stateFrom: preview,
      env: stepEnv('pull_request_opened'),
    });

    // 3. The pull request closed: its preview tag goes.
    const closed = structuredClone(eventPayload('pull_request_opened')) as {
      action: string;
      pull_request: Record<string, unknown>;
    };
    closed.action = 'closed';
    Object.assign(closed.pull_request, { state: 'closed', merged: true });
    const pruneInputs = { region: 'sa-saopaulo-1', repository: REPOSITORY, tags: 'pr-42' };
    section(
      '3. pull request 42 closed: the prune step',
      `uses: ./prune\nwith:\n${keyValues(pruneInputs).replace(/^/gm, '  ')}\n  # protected always: latest, release versions, buildcache`,
    );
    const prune = await runAction({
      entry: 'prune',
      inputs: pruneInputs,
      env: stepEnv('pull_request_opened'),
      event: { name: 'pull_request', payload: closed },
    });
    describeStep('3. prune', prune);

    const stored = `${namespace}/${REPOSITORY}`;
    const tags = await world.registry.tags(stored);
    const digests = await Promise.all(
      tags.map(async (tag) => [tag, (await world.registry.manifestDigest(stored, tag)) ?? '?'] as const),
    );
    section(
      `what the registry itself holds for ${stored}`,
      keyValues(Object.fromEntries(digests)) || '(no tags)',
    );
    const runs = [release, releasePost, preview, previewPost, prune];
    return runs.every((run) => run.exitCode === 0) ? 0 : 1;
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup();
  }
}

process.exitCode = await main();
