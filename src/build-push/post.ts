/**
 * The post step: log out of the registry the main step logged in to, even when it failed, the way
 * it logged in (its own entry in docker's config file, or `docker logout`).
 */
import * as core from '@actions/core';
import { State } from './constants.js';
import { logout } from './docker/cli.js';
import { dockerConfigPath, hasAuth, readConfig, withoutAuth, writeConfig } from './docker/config-file.js';

export async function post(): Promise<void> {
  const registry = core.getState(State.Registry);
  if (!registry) {
    core.info('No registry login to undo');
    return;
  }
  if (core.getState(State.Logout) === 'false') {
    core.info(`Staying logged in to ${registry} (logout: false)`);
    return;
  }
  if (core.getState(State.LoginStore) === 'config-file') await removeFromConfigFile(registry);
  else await logout(registry);
}

/** What `docker logout` does to a config file without a credential helper; a failure only warns. */
async function removeFromConfigFile(registry: string): Promise<void> {
  const path = dockerConfigPath();
  try {
    const config = await readConfig(path);
    if (hasAuth(config, registry)) await writeConfig(path, withoutAuth(config, registry));
    core.info(`Logged out of ${registry}`);
  } catch (error) {
    core.warning(`Could not log out of ${registry}: ${path}: ${String(error)}`);
  }
}
