/**
 * The three backends the end-to-end tests run the action on, as users have them:
 *   legacy            `docker build` (no buildx plugin where the docker CLI looks)
 *   buildx-docker     buildx's `default` builder: the docker driver, dockerd's own BuildKit
 *   buildx-container  a docker-container builder, made current as docker/setup-buildx-action does
 *
 * buildx is found in the user's own plugin paths first, then in `../shared/buildx`. Every run gets
 * a DOCKER_CONFIG of the tests' own (the plugin linked in, the builder state shared by the file's
 * runs), never the user's. A backend that cannot be had is named with the reason; under CI=true a
 * missing buildx is an error when `../shared/buildx` exists, since CI must run every backend.
 * Builders, their containers and volumes, and the BuildKit image loaded for them are removed by
 * close(); every name they use is recorded for the leak guard.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pluginDirectories } from '../src/build-push/docker/buildx-cli.js';
import { recordRunName } from './leak-guard.js';

export type BackendName = 'legacy' | 'buildx-docker' | 'buildx-container';

export const BACKEND_NAMES: readonly BackendName[] = ['legacy', 'buildx-docker', 'buildx-container'];

export interface TestBackend {
  name: BackendName;
  /** The builder's driver as buildx reports it (`docker`, `docker-container`); none for legacy. */
  driver?: 'docker' | 'docker-container';
  /** The builder's name, as a workflow would pass it to the `builder` input. */
  builder?: string;
  /** A fresh DOCKER_CONFIG for one run: its credentials file is that run's alone. */
  dockerConfig(): string;
}

export interface Backends {
  available: TestBackend[];
  /** Each backend that could not be had, with the reason: printed, never silently dropped. */
  notRun: { name: BackendName; why: string }[];
  close(): Promise<void>;
}

export const SHARED_BUILDX = resolve(import.meta.dirname, '..', '..', 'shared', 'buildx');
const BUILDKIT_TARBALL = join(SHARED_BUILDX, 'buildkit-v0.11.6.tar.gz');
const BUILDKIT_IMAGE = 'local/buildkit:v0.11.6';

/** Where buildx is: the user's plugin paths first, then the shared one; undefined when nowhere. */
export function findBuildx(): { directory: string; own: boolean } | undefined {
  const own = pluginDirectories().find((dir) => existsSync(join(dir, 'docker-buildx')));
  if (own) return { directory: own, own: true };
  const shared = join(SHARED_BUILDX, 'cli-plugins');
  return existsSync(join(shared, 'docker-buildx')) ? { directory: shared, own: false } : undefined;
}

/** A system-wide buildx that no DOCKER_CONFIG can hide: the CLI would always find it. */
function systemBuildx(): string | undefined {
  return pluginDirectories()
    .slice(1)
    .find((dir) => existsSync(join(dir, 'docker-buildx')));
}

export function docker(
  args: readonly string[],
  env: Record<string, string> = {},
  timeoutMs = 120_000,
): Promise<{ ok: boolean; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      'docker',
      [...args],
      { env: { ...process.env, ...env }, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => done({ ok: !error, stdout, stderr }),
    );
  });
}

/**
 * Prepares the backends asked for (all by default). Call in beforeAll; close() in afterAll.
 * Throws under CI=true when buildx is missing although `../shared/buildx` is there.
 */
export async function prepareBackends(wanted: readonly BackendName[] = BACKEND_NAMES): Promise<Backends> {
  const root = mkdtempSync(join(tmpdir(), 'backends-'));
  const cleanups: (() => Promise<void>)[] = [async () => rmSync(root, { recursive: true, force: true })];
  const available: TestBackend[] = [];
  const notRun: Backends['notRun'] = [];
  const buildx = findBuildx();
  if (!buildx && process.env.CI === 'true' && existsSync(SHARED_BUILDX)) {
    throw new Error(`CI: no docker-buildx plugin found, though ${SHARED_BUILDX} exists`);
  }

  /** A config folder per run; `state` is the buildx folder the backend's runs share. */
  const configs = (plugins: string | undefined, state: string | undefined) => () => {
    const config = mkdtempSync(join(root, 'config-'));
    if (plugins) symlinkSync(plugins, join(config, 'cli-plugins'));
    if (state) symlinkSync(state, join(config, 'buildx'));
    return config;
  };

  if (wanted.includes('legacy')) {
    const system = systemBuildx();
    if (system) notRun.push({ name: 'legacy', why: `buildx is installed system-wide in ${system}` });
    else available.push({ name: 'legacy', dockerConfig: configs(undefined, undefined) });
  }
  const buildxWanted = wanted.filter((name) => name !== 'legacy');
  if (buildxWanted.length > 0 && !buildx) {
    for (const name of buildxWanted) {
      notRun.push({
        name,
        why: `no docker-buildx plugin in ${pluginDirectories().join(', ')} or ${SHARED_BUILDX}`,
      });
    }
  }
  if (buildx && wanted.includes('buildx-docker')) {
    const state = join(root, 'state-docker');
    mkdirSync(state);
    available.push({
      name: 'buildx-docker',
      driver: 'docker',
      builder: 'default',
      dockerConfig: configs(buildx.directory, state),
    });
  }
  if (buildx && wanted.includes('buildx-container')) {
    const state = join(root, 'state-container');
    mkdirSync(state);
    const setup = await containerBuilder(buildx.directory, state, root);
    cleanups.unshift(...setup.cleanups);
    if ('why' in setup) {
      if (process.env.CI === 'true' && existsSync(SHARED_BUILDX)) {
        await Promise.all(cleanups.map((cleanup) => cleanup()));
        throw new Error(`CI: the docker-container builder could not be made: ${setup.why}`);
      }
      notRun.push({ name: 'buildx-container', why: setup.why });
    } else {
      available.push({
        name: 'buildx-container',
        driver: 'docker-container',
        builder: setup.builder,
        dockerConfig: configs(buildx.directory, state),
      });
    }
  }
  for (const { name, why } of notRun) console.warn(`backend ${name}: not run (${why})`);
  return {
    available,
    notRun,
    async close() {
      const failures: string[] = [];
      for (const cleanup of cleanups) await cleanup().catch((error: Error) => failures.push(error.message));
      if (failures.length > 0) throw new Error(`backends not cleaned up:\n${failures.join('\n')}`);
    },
  };
}

/**
 * A docker-container builder on the shared BuildKit image (or one already in the engine), with
 * host networking so that BuildKit reaches the registries on 127.0.0.1, made current with --use.
 */
async function containerBuilder(
  plugins: string,
  state: string,
  root: string,
): Promise<{ cleanups: (() => Promise<void>)[] } & ({ builder: string } | { why: string })> {
  const cleanups: (() => Promise<void>)[] = [];
  const config = join(root, 'config-setup');
  mkdirSync(config, { recursive: true });
  if (!existsSync(join(config, 'cli-plugins'))) symlinkSync(plugins, join(config, 'cli-plugins'));
  if (!existsSync(join(config, 'buildx'))) symlinkSync(state, join(config, 'buildx'));
  const env = { DOCKER_CONFIG: config };

  const present = await docker(['image', 'inspect', '--format', '{{.Id}}', BUILDKIT_IMAGE]);
  if (!present.ok) {
    if (!existsSync(BUILDKIT_TARBALL))
      return { cleanups, why: `no BuildKit image (${BUILDKIT_TARBALL} missing)` };
    recordRunName(BUILDKIT_IMAGE);
    const loaded = await docker(['load', '-i', BUILDKIT_TARBALL]);
    if (!loaded.ok) return { cleanups, why: `docker load ${BUILDKIT_TARBALL}: ${loaded.stderr.trim()}` };
    // Another run on the same engine may still use it: docker refuses, and that is fine.
    cleanups.push(async () => void (await docker(['rmi', BUILDKIT_IMAGE])));
  }
  const builder = `ocir-e2e-${process.pid}-${Date.now().toString(36)}`;
  recordRunName(`buildx_buildkit_${builder}0`);
  const created = await docker(
    [
      'buildx',
      'create',
      '--name',
      builder,
      '--driver',
      'docker-container',
      '--driver-opt',
      `image=${BUILDKIT_IMAGE},network=host`,
      '--use',
    ],
    env,
  );
  if (!created.ok) return { cleanups, why: `docker buildx create: ${created.stderr.trim()}` };
  cleanups.push(async () => {
    const removed = await docker(['buildx', 'rm', '--force', builder], env);
    if (!removed.ok && !/not found|no builder/i.test(removed.stderr)) {
      throw new Error(`docker buildx rm ${builder}: ${removed.stderr.trim()}`);
    }
  });
  const booted = await docker(['buildx', 'inspect', '--bootstrap', builder], env);
  if (!booted.ok) return { cleanups, why: `docker buildx inspect --bootstrap: ${booted.stderr.trim()}` };
  return { cleanups, builder };
}
