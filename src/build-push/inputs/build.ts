/**
 * What is built, or which image is pushed instead: the image, the context and Dockerfile, build
 * arguments, labels, target and platforms, caches, and what only buildx does (builder, secrets,
 * ssh, build contexts, attestations, push-by-digest and merge-digests), with their conflicts.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from '../../common/errors.js';
import { optional, parseLines, parseList } from '../../common/inputs.js';
import { attestationSetting, parseSecretSpec, secretEnvSpec } from '../buildx/build-args.js';
import { Input } from '../constants.js';
import { parseLabels } from '../labels.js';
import type { InputContext } from './context.js';

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

export interface BuildInputs {
  context: string;
  file: string;
  buildArgs: string[];
  labels: Record<string, string>;
  target?: string;
  /** `--network` of the RUN steps: `default`, `none`, `host`. */
  network?: string;
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

const NETWORK_MODES = ['default', 'none', 'host'];

function validateNetwork(value: string): string {
  if (!NETWORK_MODES.includes(value)) {
    throw new InputError(Input.Network, `'${value}' is not ${NETWORK_MODES.join(', ')}`, 'none');
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

export interface BuildSectionInputs {
  build: BuildInputs;
  /** An existing local image to tag and push instead of a build. */
  image?: string;
  /** parseInputs always sets it; absent (hand-made Inputs) reads as NO_BUILDX_INPUTS. */
  buildx?: BuildxInputs;
  /** Merge mode: join these digests (pushed by push-by-digest runs) into one tagged index; no build. */
  mergeDigests?: string[];
}

/** The build inputs read first: the image or merge mode, attestations, paths and the build itself. */
export interface BuildReading {
  /** With image or merge-digests nothing is built. */
  merging: boolean;
  pushByDigest: boolean;
  validated(buildx: BuildxReading): BuildSectionInputs;
}

/** What only buildx does, read after the build (its problems follow those of tags and push). */
export interface BuildxReading {
  platforms?: string[];
  builder?: string;
  cacheTo: string[];
  secrets: string[];
  secretEnvs: string[];
  ssh: string[];
  buildContexts: string[];
}

/** image, merge-digests and the build's own inputs, each validated, and which of them conflict. */
export function readBuild(ctx: InputContext, paths: LocalPaths): BuildReading {
  const { read, problems, given, check, boolean } = ctx;
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
  const network = check(Input.Network, validateNetwork);
  const platform = check(Input.Platform, validatePlatform);
  const pull = boolean(Input.Pull, false);
  const noCache = boolean(Input.NoCache, false);
  return {
    merging,
    pushByDigest,
    // Every value below was validated: a failed one has thrown before this is called.
    validated: ({ platforms, builder, cacheTo, secrets, secretEnvs, ssh, buildContexts }) => ({
      build: {
        context,
        file: file!,
        buildArgs,
        labels,
        ...(target ? { target } : {}),
        ...(network ? { network } : {}),
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
    }),
  };
}

export function readBuildx(ctx: InputContext): BuildxReading {
  const { read, problems, check } = ctx;
  const platforms = check(Input.Platforms, validatePlatforms);
  const builder = check(Input.Builder, validateBuilder);
  const cacheTo = parseLines(read(Input.CacheTo));
  const secrets = problems.check(() => validateSecrets(read(Input.Secrets))) ?? [];
  const secretEnvs = problems.check(() => validateSecretEnvs(read(Input.SecretEnvs))) ?? [];
  const ssh = parseLines(read(Input.Ssh));
  const buildContexts = problems.check(() => validateBuildContexts(read(Input.BuildContexts))) ?? [];
  return {
    ...(platforms !== undefined ? { platforms } : {}),
    ...(builder !== undefined ? { builder } : {}),
    cacheTo,
    secrets,
    secretEnvs,
    ssh,
    buildContexts,
  };
}

/** push-by-digest and merge-digests push by nature; push: false forbids it. */
export function checkDigestsPush(ctx: InputContext, build: BuildReading, push: boolean | undefined): void {
  if (push === false && (build.pushByDigest || build.merging)) {
    ctx.problems.add(
      new InputError(
        build.pushByDigest ? Input.PushByDigest : Input.MergeDigests,
        'pushes to the registry, which push: false forbids: remove one of them',
      ),
    );
  }
}
