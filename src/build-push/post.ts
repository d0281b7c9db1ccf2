/** The post step: log out of the registry the main step logged in to, even when it failed. */
import * as core from '@actions/core';
import { State } from './constants.js';
import { logout } from './docker/cli.js';

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
  await logout(registry);
}
