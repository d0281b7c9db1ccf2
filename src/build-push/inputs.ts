/**
 * Every input is read and validated here, before the first side effect. Validation is pure:
 * `parseInputs` takes a reader, so tests can drive it with a plain object and the action with
 * `core.getInput`. Secrets are masked as soon as they are read.
 */
import * as core from '@actions/core';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Env } from '../common/constants.js';
import { InputError } from '../common/errors.js';
import {
  apiKeySecrets,
  maskRawSecrets,
  optional,
  parseBoolean,
  parseLines,
  parseList,
  readApiKey,
  validateOcid,
  validateRepository,
  type ApiKey,
  type Environment,
  type InputReader,
} from '../common/inputs.js';
import { resolveRegion, type Region } from '../oci/region.js';
import { readRegionSources } from '../oci/region-sources.js';
import { Input } from './constants.js';
import { parseLabels } from './labels.js';
import { parseFlavor, parseTagRules, type Flavor, type TagRule } from './tags/index.js';

const NAMESPACE = /^[a-z0-9][a-z0-9-]*$/;
const HOST = /^[A-Za-z0-9.-]+(?::\d{1,5})?$/;
const BUILD_ARG = /^[A-Za-z_][A-Za-z0-9_]*=/s;

export type CreateRepository = 'auto' | 'true' | 'false';

export interface BuildInputs {
  context: string;
  file: string;
  buildArgs: string[];
  labels: Record<string, string>;
  target?: string;
  platform?: string;
  pull: boolean;
  noCache: boolean;
  cacheFrom: string[];
}

export interface Inputs {
  region?: Region;
  registry?: string;
  namespace?: string;
  apiKey?: ApiKey;
  authToken?: string;
  username?: string;
  repository: string;
  compartment?: string;
  createRepository: CreateRepository;
  repositoryPublic: boolean;
  repositoryImmutable: boolean;
  build: BuildInputs;
  image?: string;
  tagRules: TagRule[];
  flavor: Flavor;
  push: boolean;
  retries: number;
  logout: boolean;
  /** Create or update the pull request's preview comment. */
  prComment: boolean;
  /** For the pull request comment; masked, never logged. */
  githubToken?: string;
}

/** The filesystem as validation sees it: the edge passes the real one, tests a temporary directory. */
export interface LocalPaths {
  /** Where docker resolves a relative context or file: the step's working directory. */
  workingDirectory: string;
  isDirectory(path: string): boolean;
  isFile(path: string): boolean;
}

export function localPaths(workingDirectory = process.cwd()): LocalPaths {
  return {
    workingDirectory,
    isDirectory: (path) => statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false,
    isFile: (path) => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false,
  };
}

/** Contexts docker fetches itself (git repositories, tarball URLs, stdin): nothing local to check. */
function isRemoteContext(context: string): boolean {
  return context === '-' || /^([a-z][a-z0-9+.-]*:\/\/|git@|github\.com\/)/i.test(context);
}

/** The Dockerfile to build; a local context and file must exist now, not fail the build later. */
function validateBuildPaths(context: string, file: string | undefined, paths: LocalPaths): string {
  // In a remote context the file is a path inside it, and docker's default is its Dockerfile.
  if (isRemoteContext(context)) return file ?? 'Dockerfile';
  const contextPath = resolve(paths.workingDirectory, context);
  if (!paths.isDirectory(contextPath)) {
    throw new InputError(
      Input.Context,
      `'${context}' is not a directory (looked for ${contextPath}); check out the repository first (actions/checkout)`,
      '.',
    );
  }
  const dockerfile = file ?? `${context.replace(/\/+$/, '')}/Dockerfile`;
  const dockerfilePath = resolve(paths.workingDirectory, dockerfile);
  if (!paths.isFile(dockerfilePath)) {
    throw new InputError(
      Input.File,
      file === undefined
        ? `not set, and the default ${dockerfile} does not exist (looked for ${dockerfilePath}); ` +
            'check out the repository first (actions/checkout) or set file'
        : `'${file}' does not exist (looked for ${dockerfilePath})`,
      'docker/Dockerfile',
    );
  }
  return dockerfile;
}

function validateCreateRepository(value: string): CreateRepository {
  const normalised = (value.trim() || 'auto').toLowerCase();
  if (normalised === 'auto' || normalised === 'true' || normalised === 'false') return normalised;
  throw new InputError(Input.CreateRepository, `expected auto, true or false, got '${value}'`, 'auto');
}

function validateRetries(value: string): number {
  const text = value.trim() || '3';
  const retries = Number(text);
  if (!Number.isInteger(retries) || retries < 1 || retries > 10) {
    throw new InputError(
      Input.Retries,
      `expected a whole number of attempts from 1 to 10, got '${value}'`,
      '3',
    );
  }
  return retries;
}

/** Validates every input; pure apart from the reader, the environment and the paths it is given. */
export function parseInputs(
  read: InputReader,
  env: Environment,
  regionsConfig?: string,
  paths: LocalPaths = localPaths(),
): Inputs {
  const apiKey = readApiKey(read, env);
  const authToken = optional(read, Input.AuthToken);
  const username = optional(read, Input.Username);
  const namespace = optional(read, Input.Namespace);
  const registry = optional(read, Input.Registry);
  const regionValue = optional(read, Input.Region) ?? env[Env.Region]?.trim();
  const region = regionValue ? resolveRegion(regionValue, env[Env.RegionMetadata], regionsConfig) : undefined;
  const createRepository = validateCreateRepository(read(Input.CreateRepository));
  const image = optional(read, Input.Image);
  const context = optional(read, Input.Context) ?? '.';

  if (namespace !== undefined && !NAMESPACE.test(namespace)) {
    throw new InputError(
      Input.Namespace,
      `'${namespace}' is not a tenancy namespace (lower-case letters and digits)`,
      'grxmw2a9myyj',
    );
  }
  if (registry !== undefined && !HOST.test(registry)) {
    throw new InputError(Input.Registry, `'${registry}' is not a registry host name`, 'gru.ocir.io');
  }
  if (!region && !registry) {
    throw new InputError(
      Input.Region,
      `set the region (or env ${Env.Region}) or a registry host`,
      'sa-saopaulo-1',
    );
  }
  if (!region && apiKey) {
    throw new InputError(Input.Region, `the OCI API needs a region (or env ${Env.Region})`, 'sa-saopaulo-1');
  }
  if (username !== undefined && authToken === undefined) {
    throw new InputError(
      Input.Username,
      'is used only with auth-token; set auth-token too, or remove username to log in with the API key',
    );
  }
  if (createRepository === 'true' && !apiKey) {
    throw new InputError(
      Input.CreateRepository,
      `'true' needs the API signing key (${Env.User}, ${Env.Tenancy}, ${Env.Fingerprint}, ${Env.KeyContent}); set them or use auto`,
    );
  }
  const compartment = optional(read, Input.Compartment);
  const buildOnlyInputs = [Input.File, Input.BuildArgs, Input.Target, Input.Platform, Input.CacheFrom].filter(
    (name) => optional(read, name) !== undefined,
  );
  if (image !== undefined && buildOnlyInputs.length > 0) {
    throw new InputError(
      Input.Image,
      `pushes an existing image, so it cannot be combined with ${buildOnlyInputs.join(', ')}`,
    );
  }
  const buildArgs = parseLines(read(Input.BuildArgs));
  const invalidArg = buildArgs.find((arg) => !BUILD_ARG.test(arg));
  if (invalidArg !== undefined) {
    throw new InputError(Input.BuildArgs, `'${invalidArg}' is not NAME=value`, 'NODE_VERSION=24');
  }
  // With image: nothing is built, so the build's paths need not exist.
  const file =
    image === undefined
      ? validateBuildPaths(context, optional(read, Input.File), paths)
      : (optional(read, Input.File) ?? `${context.replace(/\/+$/, '')}/Dockerfile`);

  return {
    ...(region ? { region } : {}),
    ...(registry ? { registry } : {}),
    ...(namespace ? { namespace } : {}),
    ...(apiKey ? { apiKey } : {}),
    ...(authToken ? { authToken } : {}),
    ...(username ? { username } : {}),
    repository: validateRepository(read(Input.Repository).trim()),
    ...(compartment
      ? { compartment: validateOcid(Input.Compartment, compartment, ['compartment', 'tenancy']) }
      : {}),
    createRepository,
    repositoryPublic: parseBoolean(Input.RepositoryPublic, read(Input.RepositoryPublic), false),
    repositoryImmutable: parseBoolean(Input.RepositoryImmutable, read(Input.RepositoryImmutable), false),
    build: {
      context,
      file,
      buildArgs,
      labels: parseLabels(read(Input.Labels)),
      ...(optional(read, Input.Target) ? { target: optional(read, Input.Target) } : {}),
      ...(optional(read, Input.Platform) ? { platform: optional(read, Input.Platform) } : {}),
      pull: parseBoolean(Input.Pull, read(Input.Pull), false),
      noCache: parseBoolean(Input.NoCache, read(Input.NoCache), false),
      cacheFrom: parseList(read(Input.CacheFrom)),
    },
    ...(image ? { image } : {}),
    tagRules: parseTagRules(read(Input.Tags)),
    flavor: parseFlavor(read(Input.Flavor)),
    push: parseBoolean(Input.Push, read(Input.Push), true),
    retries: validateRetries(read(Input.Retries)),
    logout: parseBoolean(Input.Logout, read(Input.Logout), true),
    prComment: parseBoolean(Input.PrComment, read(Input.PrComment), false),
    ...(optional(read, Input.GithubToken) ? { githubToken: optional(read, Input.GithubToken) } : {}),
  };
}

/** The secrets among the inputs, each line of a PEM key included, for masking. */
export function secretsOf(inputs: Inputs): string[] {
  return [inputs.authToken, inputs.githubToken, ...apiKeySecrets(inputs.apiKey)].filter(
    (value): value is string => Boolean(value),
  );
}

/** The action's edge: reads `INPUT_*` through @actions/core, masks secrets, then validates. */
export function getInputs(): Inputs {
  const read: InputReader = (name) => core.getInput(name);
  maskRawSecrets(read, [Input.AuthToken, Input.GithubToken, Input.PrivateKey, Input.PrivateKeyPassphrase]);
  const inputs = parseInputs(read, process.env, readRegionSources().regionsConfig, localPaths());
  for (const secret of secretsOf(inputs)) core.setSecret(secret);
  return inputs;
}
