/**
 * Every input is read and validated here, before the first side effect. Validation is pure:
 * `parseInputs` takes a reader, so tests can drive it with a plain object and the action with
 * `core.getInput`. Secrets are masked as soon as they are read.
 */
import { createPrivateKey } from 'node:crypto';
import * as core from '@actions/core';
import { Env, Input } from './constants.js';
import { InputError } from './errors.js';
import { parseLabels } from './labels.js';
import { resolveRegion, type Region } from './oci/region.js';
import { readRegionSources } from './oci/region-sources.js';
import { parseFlavor, parseTagRules, type Flavor, type TagRule } from './tags/index.js';

export type CreateRepository = 'auto' | 'true' | 'false';

export interface ApiKey {
  tenancy: string;
  user: string;
  fingerprint: string;
  privateKey: string;
  passphrase?: string;
}

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
}

/** Reads one input's raw value ('' when absent). */
export type InputReader = (name: string) => string;

/** What the environment supplies: the OCI CLI variables that stand in for absent inputs. */
export type Environment = Record<string, string | undefined>;

const EXAMPLES = {
  tenancy: 'ocid1.tenancy.oc1..aaaaaaaaexample',
  user: 'ocid1.user.oc1..aaaaaaaaexample',
  compartment: 'ocid1.compartment.oc1..aaaaaaaaexample',
  fingerprint: '12:34:56:78:9a:bc:de:f0:12:34:56:78:9a:bc:de:f0',
};

// ocid1.<resource type>.<realm>.[region][.future use].<unique id>
const OCID = /^ocid1\.([a-z0-9_]+)\.([a-z0-9]+)\.([a-z0-9-]*)(?:\.[a-z0-9-]+)?\.[a-z0-9]+$/;
const FINGERPRINT = /^[0-9a-f]{2}(?::[0-9a-f]{2}){15}$/i;
const NAMESPACE = /^[a-z0-9][a-z0-9-]*$/;
const REPOSITORY_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const HOST = /^[A-Za-z0-9.-]+(?::\d{1,5})?$/;
const BUILD_ARG = /^[A-Za-z_][A-Za-z0-9_]*=/s;

/** Splits a list input: newline- or comma-separated, trimmed, empty items dropped. */
export function parseList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Splits a newline-only list (values may contain commas). */
export function parseLines(value: string): string[] {
  return value
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export function parseBoolean(name: string, value: string, fallback: boolean): boolean {
  const normalised = value.trim().toLowerCase();
  if (normalised === '') return fallback;
  if (normalised === 'true') return true;
  if (normalised === 'false') return false;
  throw new InputError(name, `expected true or false, got '${value}'`, 'true');
}

/** `types` lists the OCID resource types accepted, the expected one first (its example is shown). */
export function validateOcid(
  name: string,
  value: string,
  types: Array<'tenancy' | 'user' | 'compartment'>,
): string {
  const match = OCID.exec(value);
  if (!match || !(types as string[]).includes(match[1] ?? '')) {
    throw new InputError(name, `'${value}' is not a ${types.join(' or ')} OCID`, EXAMPLES[types[0]!]);
  }
  return value;
}

/** Accepts PEM with real newlines or with `\n` escapes (as secrets are often stored). */
export function normalisePrivateKey(value: string, passphrase: string | undefined): string {
  const pem = value.includes('\\n') ? value.replace(/\\n/g, '\n') : value;
  const trimmed = pem.trim() + '\n';
  if (
    !/^-----BEGIN (?:RSA |ENCRYPTED )?PRIVATE KEY-----\n[\s\S]+\n-----END (?:RSA |ENCRYPTED )?PRIVATE KEY-----\n$/.test(
      trimmed,
    )
  ) {
    throw new InputError(
      Input.PrivateKey,
      'is not a PEM private key; paste the whole key file, BEGIN and END lines included',
      '-----BEGIN PRIVATE KEY-----\\nMIIEv...\\n-----END PRIVATE KEY-----',
    );
  }
  try {
    createPrivateKey({ key: trimmed, ...(passphrase ? { passphrase } : {}) });
  } catch {
    throw new InputError(
      passphrase || trimmed.includes('ENCRYPTED') ? Input.PrivateKeyPassphrase : Input.PrivateKey,
      passphrase
        ? 'the private key could not be decrypted with this passphrase'
        : trimmed.includes('ENCRYPTED')
          ? 'the private key is encrypted: set private-key-passphrase (env OCI_CLI_PASSPHRASE)'
          : 'the private key could not be read; check that the secret holds the whole PEM file',
    );
  }
  return trimmed;
}

/** A first component like `gru.ocir.io` or `ocir.<region>.oci.<domain>`: a registry host, not a path. */
const REGISTRY_HOST_COMPONENT = /(^|\.)ocir\.io$|^ocir\.[a-z0-9-]+\.oci\./;

export function validateRepository(value: string): string {
  const components = value.split('/');
  const hasHost = REGISTRY_HOST_COMPONENT.test(components[0] ?? '');
  if (value === '' || hasHost || !components.every((c) => REPOSITORY_COMPONENT.test(c))) {
    const hint =
      value !== value.toLowerCase()
        ? 'repository names must be lower case'
        : hasHost || value.includes(':')
          ? 'give the name inside the namespace, without registry host, namespace or tag'
          : 'use lower-case letters, digits and separators (. _ - /) between them';
    throw new InputError(
      Input.Repository,
      `'${value}' is not a valid repository name: ${hint}`,
      'project-x/api',
    );
  }
  return value;
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

/**
 * The API key is all-or-nothing: a partial set is a configuration mistake worth naming, not a
 * reason to fall back silently to another credential.
 */
function readApiKey(read: InputReader, env: Environment): ApiKey | undefined {
  const parts = {
    tenancy: read(Input.Tenancy) || env[Env.Tenancy] || '',
    user: read(Input.User) || env[Env.User] || '',
    fingerprint: read(Input.Fingerprint) || env[Env.Fingerprint] || '',
    privateKey: read(Input.PrivateKey) || env[Env.KeyContent] || '',
  };
  const passphrase = read(Input.PrivateKeyPassphrase) || env[Env.Passphrase] || undefined;
  const given = Object.entries(parts).filter(([, value]) => value.trim() !== '');
  if (given.length === 0) return undefined;
  if (given.length < 4) {
    const names: Record<string, string> = {
      tenancy: `${Input.Tenancy} (${Env.Tenancy})`,
      user: `${Input.User} (${Env.User})`,
      fingerprint: `${Input.Fingerprint} (${Env.Fingerprint})`,
      privateKey: `${Input.PrivateKey} (${Env.KeyContent})`,
    };
    const missing = Object.keys(parts).filter((key) => !given.some(([name]) => name === key));
    const first = missing[0] === 'privateKey' ? Input.PrivateKey : (missing[0] ?? Input.Tenancy);
    throw new InputError(
      first,
      `the API signing key is incomplete: also set ${missing.map((key) => names[key]).join(', ')}`,
    );
  }
  const fingerprint = parts.fingerprint.trim();
  if (!FINGERPRINT.test(fingerprint)) {
    throw new InputError(
      Input.Fingerprint,
      `'${fingerprint}' is not an API key fingerprint`,
      EXAMPLES.fingerprint,
    );
  }
  return {
    tenancy: validateOcid(Input.Tenancy, parts.tenancy.trim(), ['tenancy']),
    user: validateOcid(Input.User, parts.user.trim(), ['user']),
    fingerprint: fingerprint.toLowerCase(),
    privateKey: normalisePrivateKey(parts.privateKey, passphrase),
    ...(passphrase ? { passphrase } : {}),
  };
}

function optional(read: InputReader, name: string): string | undefined {
  const value = read(name).trim();
  return value === '' ? undefined : value;
}

/** Validates every input; pure apart from the reader and the environment it is given. */
export function parseInputs(read: InputReader, env: Environment, regionsConfig?: string): Inputs {
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
      file: optional(read, Input.File) ?? `${context.replace(/\/+$/, '')}/Dockerfile`,
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
  };
}

/** The secrets among the inputs, each line of a PEM key included, for masking. */
export function secretsOf(inputs: Inputs): string[] {
  const key = inputs.apiKey;
  const secrets = [inputs.authToken, key?.passphrase, key?.privateKey.trim()];
  const keyLines = key
    ? key.privateKey.split('\n').filter((line) => line.length > 8 && !line.startsWith('-----'))
    : [];
  return [...secrets, ...keyLines].filter((value): value is string => Boolean(value));
}

/** The action's edge: reads `INPUT_*` through @actions/core, masks secrets, then validates. */
export function getInputs(): Inputs {
  const read: InputReader = (name) => core.getInput(name);
  // Mask raw values first: a validation message must never be the first place a secret shows.
  const raw = [read(Input.AuthToken), read(Input.PrivateKey), read(Input.PrivateKeyPassphrase)];
  const fromEnv = [Env.KeyContent, Env.Passphrase].map((name) => process.env[name] ?? '');
  for (const secret of [...raw, ...fromEnv].filter((value) => value.trim() !== '')) core.setSecret(secret);
  const inputs = parseInputs(read, process.env, readRegionSources().regionsConfig);
  for (const secret of secretsOf(inputs)) core.setSecret(secret);
  return inputs;
}
