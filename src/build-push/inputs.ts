/**
 * Every input is read and validated here, before the first side effect. Validation is pure:
 * `parseInputs` takes a reader, so tests can drive it with a plain object and the action with
 * `core.getInput`. Secrets are masked as soon as they are read.
 */
import * as core from '@actions/core';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Env } from '../common/constants.js';
import { InputError, InputProblems } from '../common/errors.js';
import {
  API_KEY_INPUTS,
  API_KEY_SECRETS,
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
import { attestationSetting, parseSecretSpec, secretEnvSpec } from './buildx/build-args.js';
import { readRegionSources } from '../oci/region-sources.js';
import {
  DEFAULT_SIGNING_ALGORITHM,
  parseSigningAlgorithm,
  SIGNING_ALGORITHMS,
  signMetadataProblem,
  type SigningAlgorithm,
} from '../oci/signature-message.js';
import { Input } from './constants.js';
import { parseLabels } from './labels.js';
import { credentialProblems } from './plan.js';
import { parseScanGate, parseScanTimeout, type ScanGate } from './scan-gate.js';
import { parseFlavor, parseTagRules, type Flavor, type TagRule } from './tags/index.js';

const NAMESPACE = /^[a-z0-9][a-z0-9-]*$/;
const HOST = /^[A-Za-z0-9.-]+(?::\d{1,5})?$/;
const BUILD_ARG = /^[A-Za-z_][A-Za-z0-9_]*=/s;
const STAGE_NAME = /^[a-z][a-z0-9_.-]*$/i;
const PLATFORM = /^[a-z0-9_]+(?:\/[a-z0-9_.]+){0,2}$/i;
const BUILDER_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const BUILD_CONTEXT = /^[A-Za-z0-9][A-Za-z0-9_.-]*=\S/;
const DIGEST = /^sha256:[0-9a-f]{64}$/;
// docker's reference grammar (distribution/reference): [host[:port]/]path[:tag][@digest]
const HOST_PART =
  '[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?';
const PATH_PART = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const IMAGE_REFERENCE = new RegExp(
  `^(?:${HOST_PART}/)?${PATH_PART}(?:/${PATH_PART})*(?::\\w[\\w.-]{0,127})?(?:@[a-z0-9]+(?:[+._-][a-z0-9]+)*:[0-9a-fA-F]{32,})?$`,
);

// ocid1.<type>.<realm>.<region>.<vault>.<unique id>: Vault keys and versions are regional and name their vault.
const VAULT_RESOURCE_OCID = (type: string) =>
  new RegExp(`^ocid1\\.${type}\\.[a-z0-9]+\\.[a-z0-9-]+\\.[a-z0-9-]+\\.[a-z0-9]+$`);
const KEY_OCID = VAULT_RESOURCE_OCID('key');
const KEY_VERSION_OCID = VAULT_RESOURCE_OCID('keyversion');
const VAULT_OCID = VAULT_RESOURCE_OCID('vault');
const CRYPTO_ENDPOINT = /^https:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?\/?$/;
const SIGN_EXAMPLES = {
  key: 'ocid1.key.oc1.sa-saopaulo-1.bbpsfs3zaacuu.abtxexample',
  keyVersion: 'ocid1.keyversion.oc1.sa-saopaulo-1.bbpsfs3zaacuu.abtxexample',
  cryptoEndpoint: 'https://bbpsfs3zaacuu-crypto.kms.sa-saopaulo-1.oraclecloud.com',
};

export type CreateRepository = 'auto' | 'true' | 'false';

export interface ScanGateInputs {
  gate: Exclude<ScanGate, 'none'>;
  /** How long to wait for the scan result (`scan-timeout`). */
  timeoutMs: number;
}

/** The Vault signature of the pushed image (inputs `sign-*`), as oci/signing.ts takes it. */
export interface SignInputs {
  keyId: string;
  keyVersionId: string;
  /** The vault's crypto endpoint URL or the vault's OCID; absent: derived from the key OCID. */
  cryptoEndpoint?: string;
  algorithm: SigningAlgorithm;
  description?: string;
  /** JSON text, embedded verbatim in the signed message. */
  metadata?: string;
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

/** What only `docker buildx build` does; the legacy builder takes none of it. */
export interface BuildxInputs {
  /** Target platforms; `platform` gives one. Empty: the builder's own platform. */
  platforms: string[];
  /** The buildx builder; absent: the current one. */
  builder?: string;
  /** Also load the image into the local image store. */
  load: boolean;
  cacheTo: string[];
  /** buildx `--secret` specs naming a file or an environment variable, never a value. */
  secrets: string[];
  /** `ID=VARIABLE`. */
  secretEnvs: string[];
  ssh: string[];
  buildContexts: string[];
  /** buildx's `--provenance` value; absent: off. */
  provenance?: string;
  /** buildx's `--sbom` value; absent: off. */
  sbom?: string;
  /** Push without tags, for a later `merge-digests` run. */
  pushByDigest: boolean;
}

export const NO_BUILDX_INPUTS: BuildxInputs = {
  platforms: [],
  load: false,
  cacheTo: [],
  secrets: [],
  secretEnvs: [],
  ssh: [],
  buildContexts: [],
  pushByDigest: false,
};

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
  /** Sign the pushed image with an OCI Vault key; absent without `sign-key`. */
  sign?: SignInputs;
  /** Wait for the image's vulnerability scan and fail at this severity; absent with `scan-gate: none`. */
  scan?: ScanGateInputs;
  /** parseInputs always sets it; absent (hand-made Inputs) reads as NO_BUILDX_INPUTS. */
  buildx?: BuildxInputs;
  /** Merge mode: join these digests (pushed by push-by-digest runs) into one tagged index; no build. */
  mergeDigests?: string[];
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

function validateNamespace(value: string): string {
  if (!NAMESPACE.test(value)) {
    throw new InputError(
      Input.Namespace,
      `'${value}' is not a tenancy namespace (lower-case letters and digits)`,
      'grxmw2a9myyj',
    );
  }
  return value;
}

function validateRegistry(value: string): string {
  if (!HOST.test(value)) {
    const hint = /[/@]/.test(value) ? ': give the host alone, without scheme, path or namespace' : '';
    throw new InputError(Input.Registry, `'${value}' is not a registry host name${hint}`, 'gru.ocir.io');
  }
  return value;
}

function validateBuildArgs(value: string): string[] {
  const buildArgs = parseLines(value);
  const invalid = buildArgs.filter((arg) => !BUILD_ARG.test(arg));
  if (invalid.length > 0) {
    throw new InputError(
      Input.BuildArgs,
      `${invalid.map((arg) => `'${arg}'`).join(', ')} ${invalid.length > 1 ? 'are' : 'is'} not NAME=value`,
      'NODE_VERSION=24',
    );
  }
  return buildArgs;
}

function validateTarget(value: string): string {
  if (!STAGE_NAME.test(value)) {
    throw new InputError(
      Input.Target,
      `'${value}' is not a build stage name (FROM … AS <name>)`,
      'production',
    );
  }
  return value;
}

function validatePlatform(value: string): string {
  if (!PLATFORM.test(value)) {
    const hint = value.includes(',') ? ': give one platform, or several in platforms' : '';
    throw new InputError(
      Input.Platform,
      `'${value}' is not an os/architecture platform${hint}`,
      'linux/amd64',
    );
  }
  return value;
}

function validatePlatforms(value: string): string[] {
  const platforms = parseList(value);
  const invalid = platforms.filter((platform) => !PLATFORM.test(platform));
  if (invalid.length > 0) {
    throw new InputError(
      Input.Platforms,
      `${invalid.map((platform) => `'${platform}'`).join(', ')} ${invalid.length > 1 ? 'are' : 'is'} not an os/architecture platform`,
      'linux/amd64,linux/arm64',
    );
  }
  return [...new Set(platforms)];
}

function validateBuilder(value: string): string {
  if (!BUILDER_NAME.test(value)) {
    throw new InputError(Input.Builder, `'${value}' is not a buildx builder name`, 'builder-name');
  }
  return value;
}

/**
 * `cache-from`: a line in buildx's syntax (`type=registry,ref=…`) is one entry, commas and all;
 * a line of plain image names may list several, comma-separated, as before.
 */
export function parseCacheSources(value: string): string[] {
  return parseLines(value).flatMap((line) => (line.includes('=') ? [line] : parseList(line)));
}

/** Secrets are checked by shape only, and never quoted: a value put by mistake would be the secret. */
function validateSecrets(value: string): string[] {
  const secrets = parseLines(value);
  const problems = secrets.flatMap((entry, index) => {
    const parsed = parseSecretSpec(entry);
    return 'problem' in parsed ? [`line ${index + 1} ${parsed.problem}`] : [];
  });
  if (problems.length > 0) throw new InputError(Input.Secrets, problems.join('; '), 'id=npmrc,src=.npmrc');
  return secrets;
}

function validateSecretEnvs(value: string): string[] {
  const entries = parseList(value);
  for (const entry of entries) {
    try {
      secretEnvSpec(entry);
    } catch (error) {
      throw new InputError(
        Input.SecretEnvs,
        error instanceof Error ? error.message : String(error),
        'NPM_TOKEN=NPM_TOKEN',
      );
    }
  }
  return entries;
}

function validateBuildContexts(value: string): string[] {
  const contexts = parseLines(value);
  const invalid = contexts.filter((entry) => !BUILD_CONTEXT.test(entry));
  if (invalid.length > 0) {
    throw new InputError(
      Input.BuildContexts,
      `${invalid.map((entry) => `'${entry}'`).join(', ')} ${invalid.length > 1 ? 'are' : 'is'} not name=<path|docker-image://…|target:…|url>`,
      'alpine=docker-image://alpine:3.20',
    );
  }
  return contexts;
}

function validateMergeDigests(value: string): string[] {
  const digests = parseList(value);
  const invalid = digests.filter((digest) => !DIGEST.test(digest));
  if (invalid.length > 0) {
    throw new InputError(
      Input.MergeDigests,
      `${invalid.map((digest) => `'${digest}'`).join(', ')} ${invalid.length > 1 ? 'are' : 'is'} not a sha256 digest (the digest output of a push-by-digest job)`,
      `sha256:${'0'.repeat(64)}`,
    );
  }
  return [...new Set(digests)];
}

function validateImage(value: string): string {
  if (!IMAGE_REFERENCE.test(value)) {
    const hint = value !== value.toLowerCase() ? ': image names are lower case' : '';
    throw new InputError(Input.Image, `'${value}' is not a local image reference${hint}`, 'app:dev');
  }
  return value;
}

function validateKeyOcid(value: string): string {
  if (!KEY_OCID.test(value)) {
    const hint = value.startsWith('ocid1.keyversion.')
      ? ': this is a key version; give the key here and the version in sign-key-version'
      : ' (Vault > Master Encryption Keys > the key: OCID)';
    throw new InputError(Input.SignKey, `'${value}' is not a Vault key OCID${hint}`, SIGN_EXAMPLES.key);
  }
  return value;
}

function validateKeyVersionOcid(value: string): string {
  if (!KEY_VERSION_OCID.test(value)) {
    throw new InputError(
      Input.SignKeyVersion,
      `'${value}' is not a Vault key version OCID (the key's Versions list: OCID)`,
      SIGN_EXAMPLES.keyVersion,
    );
  }
  return value;
}

function validateCryptoEndpoint(value: string): string {
  if (!CRYPTO_ENDPOINT.test(value) && !VAULT_OCID.test(value)) {
    throw new InputError(
      Input.SignCryptoEndpoint,
      `'${value}' is neither the vault's crypto endpoint URL (https://…-crypto.kms.…) nor a vault OCID`,
      SIGN_EXAMPLES.cryptoEndpoint,
    );
  }
  return value.replace(/\/+$/, '');
}

function validateSigningAlgorithm(value: string): SigningAlgorithm {
  if (value.trim() === '') return DEFAULT_SIGNING_ALGORITHM;
  const algorithm = parseSigningAlgorithm(value);
  if (!algorithm) {
    throw new InputError(
      Input.SignAlgorithm,
      `expected one of ${SIGNING_ALGORITHMS.join(', ')} (OCIR accepts RSA-PSS signatures only), got '${value}'`,
      DEFAULT_SIGNING_ALGORITHM,
    );
  }
  return algorithm;
}

function validateSignMetadata(value: string): string {
  const problem = signMetadataProblem(value);
  if (problem) throw new InputError(Input.SignMetadata, problem);
  return value;
}

/** The inputs that only mean something with `sign-key` (sign-algorithm has a default, so it is not one). */
const SIGN_COMPANIONS = [
  Input.SignKeyVersion,
  Input.SignCryptoEndpoint,
  Input.SignDescription,
  Input.SignMetadata,
];

/** Options of the run that input validation must know: what the event allows. */
export interface RunSituation {
  /** A pull request from a fork, whose workflow gets no secrets: a build without credentials is fine. */
  forkPullRequest: boolean;
}

/**
 * Validates every input and reports every problem at once (InputErrors when there are several);
 * pure apart from the reader, the environment and the paths it is given. A check that depends on
 * an input already reported stays quiet: one mistake, one message.
 */
export function parseInputs(
  read: InputReader,
  env: Environment,
  regionsConfig?: string,
  paths: LocalPaths = localPaths(),
  situation: RunSituation = { forkPullRequest: false },
): Inputs {
  const problems = new InputProblems();
  const given = (name: string) => optional(read, name) !== undefined;
  const check = <T>(name: string, validate: (value: string) => T): T | undefined => {
    const value = optional(read, name);
    return value === undefined ? undefined : problems.check(() => validate(value));
  };

  const regionValue = optional(read, Input.Region) ?? (env[Env.Region]?.trim() || undefined);
  const region =
    regionValue === undefined
      ? undefined
      : problems.check(() => resolveRegion(regionValue, env[Env.RegionMetadata], regionsConfig));
  const registry = check(Input.Registry, validateRegistry);
  const namespace = check(Input.Namespace, validateNamespace);
  const apiKey = problems.check(() => readApiKey(read, env));
  // A key given but unusable is reported as such; what depends on it must not add "no API key".
  const apiKeyGiven = apiKey !== undefined || problems.failed(...API_KEY_INPUTS);
  const authToken = optional(read, Input.AuthToken);
  const username = optional(read, Input.Username);
  const repository = problems.check(() => validateRepository(read(Input.Repository).trim()));
  const compartment = check(Input.Compartment, (value) =>
    validateOcid(Input.Compartment, value, ['compartment', 'tenancy']),
  );
  const createRepository = problems.check(() => validateCreateRepository(read(Input.CreateRepository)));
  const boolean = (name: string, fallback: boolean) =>
    problems.check(() => parseBoolean(name, read(name), fallback)) ?? fallback;
  const repositoryPublic = boolean(Input.RepositoryPublic, false);
  const repositoryImmutable = boolean(Input.RepositoryImmutable, false);

  const image = check(Input.Image, validateImage);
  const context = optional(read, Input.Context) ?? '.';
  const fileValue = optional(read, Input.File);
  const pushByDigest = boolean(Input.PushByDigest, false);
  const provenance = check(Input.Provenance, attestationSetting);
  const sbom = check(Input.Sbom, attestationSetting);
  const load = boolean(Input.Load, false);
  // Inputs that mean something only to a build; booleans and attestations count when switched on.
  const buildOnlyInputs = [
    ...[
      Input.File,
      Input.BuildArgs,
      Input.Target,
      Input.Platform,
      Input.CacheFrom,
      Input.Platforms,
      Input.Builder,
      Input.CacheTo,
      Input.Secrets,
      Input.SecretEnvs,
      Input.Ssh,
      Input.BuildContexts,
    ].filter(given),
    ...(load ? [Input.Load] : []),
    ...(provenance !== undefined ? [Input.Provenance] : []),
    ...(sbom !== undefined ? [Input.Sbom] : []),
    ...(pushByDigest ? [Input.PushByDigest] : []),
  ];
  if (given(Input.Image) && buildOnlyInputs.length > 0) {
    problems.add(
      new InputError(
        Input.Image,
        `pushes an existing image, so it cannot be combined with ${buildOnlyInputs.join(', ')} ` +
          '(inputs of a build): remove them, or remove image to build',
      ),
    );
  }
  const mergeDigests = check(Input.MergeDigests, validateMergeDigests);
  const merging = given(Input.MergeDigests);
  if (merging && given(Input.Image)) {
    problems.add(
      new InputError(
        Input.MergeDigests,
        'joins pushed digests into one index, so it cannot be combined with image',
      ),
    );
  } else if (merging && buildOnlyInputs.length > 0) {
    problems.add(
      new InputError(
        Input.MergeDigests,
        `joins digests pushed by other jobs and builds nothing, so it cannot be combined with ${buildOnlyInputs.join(', ')} ` +
          '(inputs of a build): set those on the push-by-digest jobs',
      ),
    );
  }
  if (given(Input.Platform) && given(Input.Platforms)) {
    problems.add(
      new InputError(Input.Platform, 'is the one-platform alias of platforms: set one of them, not both'),
    );
  }
  // With image or merge-digests: nothing is built, so the build's paths need not exist.
  const file =
    given(Input.Image) || merging
      ? (fileValue ?? `${context.replace(/\/+$/, '')}/Dockerfile`)
      : problems.check(() => validateBuildPaths(context, fileValue, paths));
  const buildArgs = problems.check(() => validateBuildArgs(read(Input.BuildArgs))) ?? [];
  const labels = problems.check(() => parseLabels(read(Input.Labels))) ?? {};
  const target = check(Input.Target, validateTarget);
  const platform = check(Input.Platform, validatePlatform);
  const pull = boolean(Input.Pull, false);
  const noCache = boolean(Input.NoCache, false);
  const tagRules = problems.check(() => parseTagRules(read(Input.Tags)));
  const flavor = problems.check(() => parseFlavor(read(Input.Flavor)));
  const push = problems.check(() => parseBoolean(Input.Push, read(Input.Push), true));
  const platforms = check(Input.Platforms, validatePlatforms);
  const builder = check(Input.Builder, validateBuilder);
  const cacheTo = parseLines(read(Input.CacheTo));
  const secrets = problems.check(() => validateSecrets(read(Input.Secrets))) ?? [];
  const secretEnvs = problems.check(() => validateSecretEnvs(read(Input.SecretEnvs))) ?? [];
  const ssh = parseLines(read(Input.Ssh));
  const buildContexts = problems.check(() => validateBuildContexts(read(Input.BuildContexts))) ?? [];
  if (push === false && (pushByDigest || merging)) {
    problems.add(
      new InputError(
        pushByDigest ? Input.PushByDigest : Input.MergeDigests,
        'pushes to the registry, which push: false forbids: remove one of them',
      ),
    );
  }
  const retries = problems.check(() => validateRetries(read(Input.Retries)));
  const logout = boolean(Input.Logout, true);
  const prComment = boolean(Input.PrComment, false);
  const githubToken = optional(read, Input.GithubToken);
  const signKey = check(Input.SignKey, validateKeyOcid);
  const signKeyVersion = check(Input.SignKeyVersion, validateKeyVersionOcid);
  const signCryptoEndpoint = check(Input.SignCryptoEndpoint, validateCryptoEndpoint);
  const signAlgorithm = problems.check(() => validateSigningAlgorithm(read(Input.SignAlgorithm)));
  const signDescription = optional(read, Input.SignDescription);
  const signMetadata = check(Input.SignMetadata, validateSignMetadata);
  const scanGate = problems.check(() => parseScanGate(read(Input.ScanGate)));
  const scanTimeoutMs = problems.check(() => parseScanTimeout(read(Input.ScanTimeout)));

  if (regionValue === undefined && apiKeyGiven) {
    problems.add(
      new InputError(Input.Region, `the OCI API needs a region (or env ${Env.Region})`, 'sa-saopaulo-1'),
    );
  } else if (regionValue === undefined && !given(Input.Registry)) {
    problems.add(
      new InputError(
        Input.Region,
        `set the region (or env ${Env.Region}) or a registry host`,
        'sa-saopaulo-1',
      ),
    );
  }
  if (username !== undefined && authToken === undefined) {
    problems.add(
      new InputError(
        Input.Username,
        'is used only with auth-token; set auth-token too, or remove username to log in with the API key',
      ),
    );
  }
  if (createRepository === 'true' && !apiKeyGiven) {
    problems.add(
      new InputError(
        Input.CreateRepository,
        `'true' creates the repository through the OCI API, which needs the API signing key (${API_KEY_SECRETS}); ` +
          'set it, or use auto to create the repository only when the key is there',
      ),
    );
  }
  const signKeyGiven = given(Input.SignKey);
  const signCompanions = SIGN_COMPANIONS.filter(given);
  if (!signKeyGiven && signCompanions.length > 0) {
    problems.add(
      new InputError(
        Input.SignKey,
        `is needed by ${signCompanions.join(', ')}: set the Vault key to sign with, or remove them`,
        SIGN_EXAMPLES.key,
      ),
    );
  }
  if (signKeyGiven && !given(Input.SignKeyVersion)) {
    problems.add(
      new InputError(
        Input.SignKeyVersion,
        "is needed with sign-key: the OCID of the key version to sign with (the key's Versions list)",
        SIGN_EXAMPLES.keyVersion,
      ),
    );
  }
  // Signing and the gate call the OCI API after the push. A run that pushes nothing (push: false, or
  // a fork's pull request without secrets) skips them, so it needs no key for them.
  const releaseGates = [
    ...(signKeyGiven ? [Input.SignKey] : []),
    ...(scanGate !== undefined && scanGate !== 'none' ? [Input.ScanGate] : []),
  ];
  if (releaseGates.length > 0 && push === true && !apiKeyGiven && !situation.forkPullRequest) {
    for (const name of releaseGates) {
      problems.add(
        new InputError(
          name,
          `${name === Input.SignKey ? 'signing calls OCI Vault and the Artifacts API' : 'the vulnerability gate reads OCI Vulnerability Scanning results'}, ` +
            `which need the API signing key (${API_KEY_SECRETS}); an auth token cannot. Set the key, or remove ${name}`,
        ),
      );
    }
  }
  if (push !== undefined) {
    const credentials = {
      apiKey: apiKeyGiven,
      authToken: authToken !== undefined,
      namespace: given(Input.Namespace),
      username: username !== undefined,
      push,
    };
    for (const problem of credentialProblems(credentials, situation)) problems.add(problem);
  }

  problems.throwIfAny();
  // Every value below was validated: a failed one has thrown above.
  return {
    ...(region ? { region } : {}),
    ...(registry ? { registry } : {}),
    ...(namespace ? { namespace } : {}),
    ...(apiKey ? { apiKey } : {}),
    ...(authToken ? { authToken } : {}),
    ...(username ? { username } : {}),
    repository: repository!,
    ...(compartment ? { compartment } : {}),
    createRepository: createRepository!,
    repositoryPublic,
    repositoryImmutable,
    build: {
      context,
      file: file!,
      buildArgs,
      labels,
      ...(target ? { target } : {}),
      // The legacy builder takes one platform; platforms of one value is that platform too.
      ...(platform ? { platform } : platforms?.length === 1 ? { platform: platforms[0]! } : {}),
      pull,
      noCache,
      cacheFrom: parseCacheSources(read(Input.CacheFrom)),
    },
    buildx: {
      platforms: platform ? [platform] : (platforms ?? []),
      ...(builder ? { builder } : {}),
      load,
      cacheTo,
      secrets,
      secretEnvs,
      ssh,
      buildContexts,
      ...(provenance !== undefined ? { provenance } : {}),
      ...(sbom !== undefined ? { sbom } : {}),
      pushByDigest,
    },
    ...(mergeDigests ? { mergeDigests } : {}),
    ...(image ? { image } : {}),
    tagRules: tagRules!,
    flavor: flavor!,
    push: push!,
    retries: retries!,
    logout,
    prComment,
    ...(githubToken ? { githubToken } : {}),
    ...(signKey
      ? {
          sign: {
            keyId: signKey,
            keyVersionId: signKeyVersion!,
            ...(signCryptoEndpoint ? { cryptoEndpoint: signCryptoEndpoint } : {}),
            algorithm: signAlgorithm!,
            ...(signDescription ? { description: signDescription } : {}),
            ...(signMetadata ? { metadata: signMetadata } : {}),
          },
        }
      : {}),
    ...(scanGate && scanGate !== 'none' ? { scan: { gate: scanGate, timeoutMs: scanTimeoutMs! } } : {}),
  };
}

/** The secrets among the inputs, each line of a PEM key included, for masking. */
export function secretsOf(inputs: Inputs): string[] {
  return [inputs.authToken, inputs.githubToken, ...apiKeySecrets(inputs.apiKey)].filter(
    (value): value is string => Boolean(value),
  );
}

/** The action's edge: reads `INPUT_*` through @actions/core, masks secrets, then validates. */
export function getInputs(situation: RunSituation): Inputs {
  const read: InputReader = (name) => core.getInput(name);
  maskRawSecrets(read, [Input.AuthToken, Input.GithubToken, Input.PrivateKey, Input.PrivateKeyPassphrase]);
  const inputs = parseInputs(read, process.env, readRegionSources().regionsConfig, localPaths(), situation);
  for (const secret of secretsOf(inputs)) core.setSecret(secret);
  return inputs;
}
