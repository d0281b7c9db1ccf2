/**
 * The only module that runs `docker buildx …`. Argv arrays only (no shell); build secrets reach
 * buildx as files and environment variables it reads itself, never as arguments. The command
 * runner is injectable so the orchestration is tested against the exact argv it would run.
 */
import * as exec from '@actions/exec';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { CommandResult } from '../buildx/backend.js';
import { DockerError } from './cli.js';

export interface DockerRunOptions {
  /** Added to the step's environment (which holds the variables `secret-envs` names). */
  env?: Record<string, string>;
  /** Keep stdout and stderr out of the log. */
  silent?: boolean;
}

/** Runs `docker <args>` and reports how it ended; never throws for a failed or missing command. */
export type DockerRunner = (args: readonly string[], options?: DockerRunOptions) => Promise<CommandResult>;

export const runDocker: DockerRunner = async (args, options = {}) => {
  try {
    return await exec.getExecOutput('docker', [...args], {
      ignoreReturnCode: true,
      silent: options.silent ?? false,
      ...(options.env ? { env: { ...definedEnvironment(), ...options.env } } : {}),
    });
  } catch (error) {
    // docker itself missing: the same answer as a failed command, so detection reads it alike.
    return { exitCode: 127, stdout: '', stderr: error instanceof Error ? error.message : String(error) };
  }
};

function definedEnvironment(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

/** The buildx commands the action runs. */
export interface Buildx {
  /** Whether the plugin is where the docker CLI looks: a stat, not a process. */
  installed(): boolean;
  /** `docker buildx version`, as it ended. */
  version(): Promise<CommandResult>;
  /** `docker buildx inspect [builder]`, as it ended. */
  inspect(builder?: string): Promise<CommandResult>;
  /** `docker <argv>` of `buildx build` or `buildx imagetools create`; throws a DockerError with its stderr. */
  run(argv: readonly string[], env?: Record<string, string>): Promise<string>;
  /** `docker <argv>` of a read-only query (imagetools inspect), out of the log; throws a DockerError. */
  query(argv: readonly string[]): Promise<string>;
}

/**
 * Where the docker CLI looks for its plugins (docker/cli `cli-plugins/manager`): the user's config
 * folder first, then the system folders packages install into.
 */
export function pluginDirectories(env: Record<string, string | undefined> = process.env): string[] {
  const config = env.DOCKER_CONFIG || join(homedir(), '.docker');
  return [
    join(config, 'cli-plugins'),
    '/usr/local/lib/docker/cli-plugins',
    '/usr/local/libexec/docker/cli-plugins',
    '/usr/lib/docker/cli-plugins',
    '/usr/libexec/docker/cli-plugins',
  ];
}

/** Whether a `docker-buildx` plugin is installed where the CLI would find it: a stat, not a process. */
export function buildxPluginInstalled(): boolean {
  return pluginDirectories().some((dir) => existsSync(join(dir, 'docker-buildx')));
}

const NOT_INSTALLED: CommandResult = {
  exitCode: 1,
  stdout: '',
  stderr: "docker: 'buildx' is not a docker command (no docker-buildx plugin installed)",
};

export function buildxCli(runner: DockerRunner = runDocker, pluginInstalled = buildxPluginInstalled): Buildx {
  const checked = async (argv: readonly string[], options: DockerRunOptions): Promise<string> => {
    const result = await runner(argv, options);
    if (result.exitCode !== 0) {
      throw new DockerError(argv.slice(0, 3).join(' '), result.stderr || result.stdout, result.exitCode);
    }
    return result.stdout;
  };
  return {
    installed: pluginInstalled,
    // Without the plugin the answer is known: no docker process spent on asking (start-up time).
    version: () =>
      pluginInstalled() ? runner(['buildx', 'version'], { silent: true }) : Promise.resolve(NOT_INSTALLED),
    inspect: (builder) =>
      pluginInstalled()
        ? runner(['buildx', 'inspect', ...(builder ? [builder] : [])], { silent: true })
        : Promise.resolve(NOT_INSTALLED),
    run: (argv, env) => checked(argv, env ? { env } : {}),
    query: (argv) => checked(argv, { silent: true }),
  };
}
