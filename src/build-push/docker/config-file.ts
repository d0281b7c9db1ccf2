/**
 * The docker client's config file (`$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`), where
 * `docker login` keeps a registry's credentials when no credential helper is set: `auths.<host>.auth`,
 * base64 of `user:password`. Every docker command, buildx and BuildKit read them from there.
 * Writing that entry ourselves is what `docker login` does after checking the credentials, without
 * a CLI process for it; a config that names a credential helper is left to the docker CLI, which
 * knows how to talk to it. Other keys are kept as they are, and the file is replaced atomically.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

type Config = Record<string, unknown> & { auths?: Record<string, unknown> };

/** Where docker reads its config: DOCKER_CONFIG, else `~/.docker`. */
export function dockerConfigPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.DOCKER_CONFIG || join(homedir(), '.docker'), 'config.json');
}

/**
 * Why this config's credentials for `registry` must go through the docker CLI, or undefined when the
 * file itself holds them: a credential store (`credsStore`) or a helper for the host (`credHelpers`).
 */
export function credentialHelperOf(config: Config, registry: string): string | undefined {
  const helpers = config.credHelpers;
  const forHost =
    typeof helpers === 'object' && helpers !== null
      ? (helpers as Record<string, unknown>)[registry]
      : undefined;
  if (typeof forHost === 'string' && forHost) return `credHelpers names docker-credential-${forHost}`;
  const store = config.credsStore;
  return typeof store === 'string' && store ? `credsStore names docker-credential-${store}` : undefined;
}

/** The config with `registry`'s entry set to these credentials, as `docker login` stores them. */
export function withAuth(config: Config, registry: string, username: string, password: string): Config {
  const auth = Buffer.from(`${username}:${password}`).toString('base64');
  return { ...config, auths: { ...authsOf(config), [registry]: { auth } } };
}

/** The config without `registry`'s entry, as `docker logout` leaves it. */
export function withoutAuth(config: Config, registry: string): Config {
  const auths = { ...authsOf(config) };
  delete auths[registry];
  return { ...config, auths };
}

export function hasAuth(config: Config, registry: string): boolean {
  return Object.hasOwn(authsOf(config), registry);
}

/** The file's contents; an absent file is an empty config. An unreadable one throws. */
export async function readConfig(path: string): Promise<Config> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
  if (text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Not the parser's message: it quotes the text around the error, credentials included.
    throw new Error(`${path} is not valid JSON`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`${path} is not a JSON object`);
  }
  return parsed as Config;
}

/** Replaces the file in one rename, readable by its owner only (it holds credentials), as docker does. */
export async function writeConfig(path: string, config: Config): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, `${JSON.stringify(config, null, '\t')}\n`, { mode: 0o600 });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

function authsOf(config: Config): Record<string, unknown> {
  const auths = config.auths;
  return typeof auths === 'object' && auths !== null ? auths : {};
}
