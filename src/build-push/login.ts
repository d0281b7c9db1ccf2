/**
 * The login phase: `docker login` with the run's credential, kept renewable (a registry token near
 * its expiry, or refused once at push, is replaced) and remembered in memory for the registry API.
 */
import * as core from '@actions/core';
import { inStep } from '../common/errors.js';
import { BEARER_USERNAME, registryUsername } from '../oci/username.js';
import { State } from './constants.js';
import * as docker from './docker/cli.js';
import type { Inputs } from './inputs.js';
import type { Plan } from './plan.js';
import type { RegistryCredentials } from '../registry/api.js';
import { registryLogin, type RegistryLogin } from './registry-login.js';
import type { Resolved } from './resolve.js';

/** The run's login, and the credentials it last logged in with (memory only), for the registry API. */
export interface RegistrySession {
  registry: string;
  login: RegistryLogin;
  credentials: () => RegistryCredentials;
}

export async function logIn(
  inputs: Inputs,
  plan: Plan,
  namespace: string,
  resolved: Resolved,
): Promise<RegistrySession> {
  const username =
    plan.login?.kind === 'auth-token'
      ? registryUsername(namespace, inputs.username ?? resolved.username!)
      : BEARER_USERNAME;
  let password = '';
  const login = registryLogin(
    plan.login?.kind === 'auth-token'
      ? { kind: 'auth-token', token: plan.login.token }
      : { kind: 'registry-token', issued: resolved.registryToken!, issue: resolved.issueRegistryToken! },
    {
      login: (fresh) =>
        inStep('login', async () => {
          await docker.login(plan.registry, username, fresh);
          password = fresh;
        }),
      now: Date.now,
      log: core.info,
    },
  );
  await login.logIn();
  // Saved only after a successful login: the post step logs out only what was logged in.
  core.saveState(State.Registry, plan.registry);
  core.saveState(State.Logout, String(inputs.logout));
  return { registry: plan.registry, login, credentials: () => ({ username, password }) };
}
