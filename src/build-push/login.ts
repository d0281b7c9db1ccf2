/**
 * The login phase: the run's credential checked by the registry and stored where docker reads it,
 * kept renewable (a registry token near its expiry, or refused once at push, is replaced) and
 * remembered in memory for the registry API.
 * Stored as `docker login` stores it: in docker's config file, written here after the registry's
 * token endpoint accepted the credential (no CLI process, one round trip fewer); or through
 * `docker login` itself when the config names a credential helper, which only the CLI speaks to.
 */
import * as core from '@actions/core';
import { inStep } from '../common/errors.js';
import { BEARER_USERNAME, registryUsername } from '../oci/username.js';
import { State } from './constants.js';
import * as docker from './docker/cli.js';
import {
  credentialHelperOf,
  dockerConfigPath,
  readConfig,
  withAuth,
  writeConfig,
} from './docker/config-file.js';
import type { Inputs } from './inputs.js';
import type { Plan } from './plan.js';
import { registryClient, type RegistryCredentials } from '../registry/api.js';
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
  const repositoryPath = `${namespace}/${inputs.repository}`;
  const store = await loginStore(plan.registry);
  const login = registryLogin(
    plan.login?.kind === 'auth-token'
      ? { kind: 'auth-token', token: plan.login.token }
      : { kind: 'registry-token', issued: resolved.registryToken!, issue: resolved.issueRegistryToken! },
    {
      login: (fresh) =>
        inStep('login', async () => {
          if (store.kind === 'docker') await docker.login(plan.registry, username, fresh);
          else await logInToConfigFile(store.path, plan.registry, repositoryPath, username, fresh);
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
  core.saveState(State.LoginStore, store.kind);
  return { registry: plan.registry, login, credentials: () => ({ username, password }) };
}

type LoginStore = { kind: 'config-file'; path: string } | { kind: 'docker' };

/** The config file, unless it names a credential helper (or cannot be read: docker then says why). */
async function loginStore(registry: string): Promise<LoginStore> {
  const path = dockerConfigPath();
  try {
    const helper = credentialHelperOf(await readConfig(path), registry);
    if (helper === undefined) return { kind: 'config-file', path };
    core.info(`${path}: ${helper}, so the login goes through docker login`);
  } catch (error) {
    core.info(`${path} could not be read (${String(error)}): the login goes through docker login`);
  }
  return { kind: 'docker' };
}

/** What `docker login` does: the registry checks the credential, then the config file keeps it. */
async function logInToConfigFile(
  path: string,
  registry: string,
  repository: string,
  username: string,
  password: string,
): Promise<void> {
  const client = registryClient({ registry, repository, credentials: () => ({ username, password }) });
  try {
    await client.verifyLogin();
  } finally {
    client.close();
  }
  await writeConfig(path, withAuth(await readConfig(path), registry, username, password));
  core.info(`Logged in to ${registry} as ${username}`);
}
