/**
 * The `docker buildx build` command, from a typed description of the build. Pure: the exact argv is
 * specified by table tests. Secret values never appear here: buildx reads them from files and
 * environment variables named on the command line.
 */

/** Where the result goes. */
export type BuildxOutput =
  /** Every tag pushed by BuildKit in one go (`--push`); `load` also puts the image in the local store. */
  | { kind: 'push'; tags: readonly string[]; load: boolean }
  /** Local image store only (`--load`). */
  | { kind: 'load'; tags: readonly string[] }
  /** No tag: the image pushed by digest to `repository` (a distributed build's one platform). */
  | { kind: 'push-by-digest'; repository: string }
  /** No export: the build result stays in the builder's cache (the docker driver still loads it). */
  | { kind: 'none'; tags: readonly string[] };

export interface BuildxBuildOptions {
  context: string;
  /** The Dockerfile; omitted: buildx's default `<context>/Dockerfile`. */
  file?: string;
  labels: Readonly<Record<string, string>>;
  /** `NAME=value`. */
  buildArgs: readonly string[];
  target?: string;
  /** `--network` of the RUN steps. */
  network?: string;
  platforms: readonly string[];
  pull: boolean;
  noCache: boolean;
  cacheFrom: readonly string[];
  cacheTo: readonly string[];
  /** buildx `--secret` specs: `id=npmrc,src=<file>`, `id=token,env=<VARIABLE>` (see parseSecretSpec). */
  secrets: readonly string[];
  /** `ID=VARIABLE`: the secret `ID` from the environment variable `VARIABLE`. */
  secretEnvs: readonly string[];
  /** `default`, `default=$SSH_AUTH_SOCK`, `id=<path>`. */
  ssh: readonly string[];
  /** `name=<path|docker-image://…|target:…|https://…>`. */
  buildContexts: readonly string[];
  /** buildx's `--provenance` value (`true`, `mode=max`, …); undefined: off. */
  provenance?: string;
  /** buildx's `--sbom` value; undefined: off. */
  sbom?: string;
  /** The builder to run on; undefined: the current one. */
  builder?: string;
  metadataFile: string;
  iidfile?: string;
  output: BuildxOutput;
}

/** `docker` argv: `buildx build … <context>`. */
export function buildxBuildArgv(options: BuildxBuildOptions): string[] {
  const { output } = options;
  const tags = output.kind === 'push-by-digest' ? [] : output.tags;
  return [
    'buildx',
    'build',
    ...options.buildArgs.flatMap((arg) => ['--build-arg', arg]),
    ...options.buildContexts.flatMap((context) => ['--build-context', context]),
    ...options.cacheFrom.flatMap((source) => ['--cache-from', source]),
    ...options.cacheTo.flatMap((target) => ['--cache-to', target]),
    ...(options.file ? ['--file', options.file] : []),
    ...(options.iidfile ? ['--iidfile', options.iidfile] : []),
    ...(options.network ? ['--network', options.network] : []),
    ...Object.entries(options.labels).flatMap(([key, value]) => ['--label', `${key}=${value}`]),
    ...(output.kind === 'push-by-digest' ? ['--output', pushByDigestOutput(output.repository)] : []),
    ...(options.platforms.length > 0 ? ['--platform', options.platforms.join(',')] : []),
    // Off means no flag at all: dockerd 20.10's BuildKit refuses even --provenance=false.
    ...(options.provenance !== undefined ? ['--provenance', options.provenance] : []),
    ...(options.sbom !== undefined ? ['--sbom', options.sbom] : []),
    ...options.secrets.flatMap((secret) => ['--secret', secret]),
    ...options.secretEnvs.flatMap((entry) => ['--secret', secretEnvSpec(entry)]),
    ...options.ssh.flatMap((entry) => ['--ssh', entry]),
    ...tags.flatMap((tag) => ['--tag', tag]),
    ...(options.target ? ['--target', options.target] : []),
    ...(options.builder ? ['--builder', options.builder] : []),
    ...((output.kind === 'push' && output.load) || output.kind === 'load' ? ['--load'] : []),
    '--metadata-file',
    options.metadataFile,
    ...(options.noCache ? ['--no-cache'] : []),
    ...(options.pull ? ['--pull'] : []),
    ...(output.kind === 'push' ? ['--push'] : []),
    options.context,
  ];
}

/**
 * Environment for `docker buildx build`. Without provenance, BUILDX_NO_DEFAULT_ATTESTATIONS keeps
 * buildx from adding its default one: an attestation makes an index OCIR refuses (409) when pushed
 * again for the same image, and works on every daemon, unlike a --provenance flag.
 */
export function buildxEnvironment(options: Pick<BuildxBuildOptions, 'provenance'>): Record<string, string> {
  return options.provenance === undefined ? { BUILDX_NO_DEFAULT_ATTESTATIONS: '1' } : {};
}

/** The exporter of a platform pushed by digest only, to be joined into an index by `imagetools create`. */
export function pushByDigestOutput(repository: string): string {
  return `type=image,name=${repository},push-by-digest=true,name-canonical=true,push=true`;
}

/**
 * `provenance` / `sbom` input → the buildx flag value, or undefined for off (the default).
 * `true`/`false` as YAML booleans; anything else is buildx's attribute list, passed through.
 */
export function attestationSetting(input: string): string | undefined {
  const value = input.trim();
  if (value === '' || /^false$/i.test(value)) return undefined;
  if (/^true$/i.test(value)) return 'true';
  return value;
}

export interface SecretSpec {
  id: string;
  source: { kind: 'file'; path: string } | { kind: 'env'; variable: string };
}

const SECRET_KEYS = new Set(['id', 'type', 'src', 'source', 'env']);
const SECRET_SYNTAX = "buildx's syntax id=<id>,src=<file> or id=<id>,env=<VARIABLE>";

/**
 * A `secrets` entry in buildx's own syntax, or a problem. The problem never quotes the entry: a
 * value written where a file or variable name belongs would be the secret itself.
 */
export function parseSecretSpec(entry: string): SecretSpec | { problem: string } {
  const fields = new Map<string, string>();
  for (const field of entry.split(',')) {
    const equals = field.indexOf('=');
    const key = (equals < 0 ? field : field.slice(0, equals)).trim().toLowerCase();
    if (!SECRET_KEYS.has(key) || equals < 0 || fields.has(key)) {
      return {
        problem: `takes ${SECRET_SYNTAX}; a secret value never goes in the workflow file: put it in an environment variable and name that (env=)`,
      };
    }
    fields.set(key, field.slice(equals + 1).trim());
  }
  const id = fields.get('id');
  const path = fields.get('src') ?? fields.get('source');
  const variable = fields.get('env');
  const type = fields.get('type');
  if (!id) return { problem: `needs an id: ${SECRET_SYNTAX}` };
  if ((path === undefined) === (variable === undefined)) {
    return { problem: `secret '${id}' needs exactly one of src=<file> and env=<VARIABLE>` };
  }
  if (type !== undefined && type !== (path !== undefined ? 'file' : 'env')) {
    return {
      problem: `secret '${id}': type=${type} does not match its ${path !== undefined ? 'src' : 'env'}=`,
    };
  }
  if (path !== undefined)
    return path ? { id, source: { kind: 'file', path } } : { problem: `secret '${id}': src= is empty` };
  if (!variable || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(variable)) {
    return { problem: `secret '${id}': env= takes the name of an environment variable` };
  }
  return { id, source: { kind: 'env', variable } };
}

/** `ID=VARIABLE` (docker/build-push-action's `secret-envs`) → `id=ID,env=VARIABLE`. */
export function secretEnvSpec(entry: string): string {
  const equals = entry.indexOf('=');
  const id = entry.slice(0, Math.max(equals, 0)).trim();
  const variable = entry.slice(equals + 1).trim();
  // Not quoted: a value written by mistake where the variable's name belongs is a secret.
  if (equals <= 0 || !id || id.includes(',') || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(variable)) {
    throw new Error(
      'a secret-envs entry takes ID=VARIABLE, the name of an environment variable holding the secret',
    );
  }
  return `id=${id},env=${variable}`;
}
