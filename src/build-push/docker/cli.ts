/**
 * The only module that runs commands. Every call passes argv as an array (no shell), and secrets
 * travel on standard input only.
 */
import * as core from '@actions/core';
import * as exec from '@actions/exec';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BuildInputs } from '../inputs.js';
import { BUILD_ENVIRONMENT, buildArgv, labelBuild, labelInstruction } from './args.js';
import { pushedDigest } from './parse.js';

/** A docker command that failed; `output` is what it printed to stderr (already masked by the runner). */
export class DockerError extends Error {
  readonly command: string;
  readonly output: string;

  constructor(command: string, output: string, exitCode: number) {
    super(`docker ${command} failed (exit code ${exitCode}): ${output.trim() || 'no output'}`);
    this.name = 'DockerError';
    this.command = command;
    this.output = output;
  }
}

interface RunOptions {
  input?: Buffer;
  env?: Record<string, string>;
  /** Keep the command's output out of the log (its stderr still reaches the thrown error). */
  silent?: boolean;
}

async function docker(args: string[], options: RunOptions = {}): Promise<string> {
  const result = await exec.getExecOutput('docker', args, {
    ignoreReturnCode: true,
    silent: options.silent ?? false,
    ...(options.input ? { input: options.input } : {}),
    ...(options.env ? { env: { ...definedEnvironment(), ...options.env } } : {}),
  });
  if (result.exitCode !== 0) {
    throw new DockerError(args[0] ?? '', result.stderr || result.stdout, result.exitCode);
  }
  return result.stdout;
}

function definedEnvironment(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

export async function login(registry: string, username: string, password: string): Promise<void> {
  await docker(['login', '--username', username, '--password-stdin', registry], {
    input: Buffer.from(password),
    silent: true,
  });
  core.info(`Logged in to ${registry} as ${username}`);
}

/** Logout failures are only warnings: the job's result must not hinge on cleanup. */
export async function logout(registry: string): Promise<void> {
  try {
    await docker(['logout', registry], { silent: true });
    core.info(`Logged out of ${registry}`);
  } catch (error) {
    core.warning(error instanceof Error ? error.message : String(error));
  }
}

/**
 * Builds, labels and tags the image; returns the local image id. The labels go on in one extra
 * step when they can (see `labelInstruction`), else as `--label`s of the build itself.
 */
export async function build(
  inputs: BuildInputs,
  labels: Record<string, string>,
  tags: string[],
): Promise<string> {
  const dir = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'ocir-build-'));
  try {
    const iidfile = join(dir, 'iid');
    const builtId = async () => (await readFile(iidfile, 'utf8')).trim();
    const instruction = labelInstruction(labels);
    await docker(buildArgv(inputs, instruction ? {} : labels, instruction ? [] : tags, iidfile), {
      env: BUILD_ENVIRONMENT,
    });
    if (!instruction) return await builtId();
    const step = labelBuild(await builtId(), instruction, inputs.platform, tags, iidfile);
    core.info(`Labelling the image: ${Object.keys(labels).length} labels in one LABEL step`);
    await docker(step.argv, { env: step.env, input: Buffer.from(step.dockerfile) });
    return await builtId();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function imageId(reference: string): Promise<string> {
  return (await docker(['image', 'inspect', '--format', '{{.Id}}', reference], { silent: true })).trim();
}

export async function tag(source: string, target: string): Promise<void> {
  await docker(['tag', source, target], { silent: true });
}

/** Pushes one reference; returns the manifest digest the registry reported. */
export async function push(reference: string): Promise<string> {
  const output = await docker(['push', reference]);
  const tagName = reference.slice(reference.lastIndexOf(':') + 1);
  const digest = pushedDigest(output, tagName);
  if (!digest) throw new DockerError('push', `no digest in the output of docker push ${reference}`, 0);
  return digest;
}

/** Digests of the image as stored in registries it was pulled from or pushed to. */
export async function repoDigests(reference: string): Promise<string[]> {
  const output = await docker(['image', 'inspect', '--format', '{{json .RepoDigests}}', reference], {
    silent: true,
  });
  return (JSON.parse(output.trim() || '[]') as string[] | null) ?? [];
}
