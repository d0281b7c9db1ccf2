/**
 * What buildx's own files already say about the builder, read instead of asking buildx (its
 * `version` and `inspect` cost a few hundred milliseconds before every build). buildx keeps them
 * under `$DOCKER_CONFIG/buildx`: `current` names the builder `--use` chose, `instances/<name>` holds
 * each created builder with its driver. The docker driver's `default` builder has no file.
 * Anything unexpected yields undefined, and the caller asks buildx itself.
 */
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export interface StoredBuilder {
  name: string;
  driver: string;
}

/** The JSON of a file under the buildx folder, or undefined when missing or unreadable. */
export type StoreReader = (path: string) => unknown;

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

export function buildxFolder(env: Record<string, string | undefined> = process.env): string {
  return join(env.DOCKER_CONFIG || join(homedir(), '.docker'), 'buildx');
}

/**
 * The builder a `docker buildx build [--builder requested]` would use, as buildx resolves it: the
 * `builder` input, else BUILDX_BUILDER, else the current one, else `default` (the docker driver of
 * the current docker context). Undefined when the files do not settle it.
 */
export function storedBuilder(
  requested: string | undefined,
  env: Record<string, string | undefined> = process.env,
  read: StoreReader = (path) => readJson(join(buildxFolder(env), path)),
): StoredBuilder | undefined {
  // Another docker context or host has builders of its own, which these files do not describe.
  if ((env.DOCKER_CONTEXT && env.DOCKER_CONTEXT !== 'default') || env.DOCKER_HOST) return undefined;
  const config = read(join('..', 'config.json'));
  if (isRecord(config) && typeof config.currentContext === 'string' && config.currentContext !== 'default') {
    return undefined;
  }
  let name = requested || env.BUILDX_BUILDER || undefined;
  if (!name) {
    const current = read('current');
    if (current !== undefined && !isRecord(current)) return undefined;
    name = typeof current?.Name === 'string' ? current.Name : '';
  }
  if (name === '' || name === 'default') return { name: 'default', driver: 'docker' };
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(name)) return undefined;
  const instance = read(join('instances', name));
  if (!isRecord(instance) || typeof instance.Driver !== 'string' || instance.Driver === '') return undefined;
  return { name, driver: instance.Driver };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
