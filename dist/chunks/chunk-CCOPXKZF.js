import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  SharedInput
} from "./chunk-KYB52YRC.js";
import {
  getExecOutput,
  info,
  warning
} from "./chunk-J3AKMAWX.js";

// src/build-push/constants.ts
var Input = {
  ...SharedInput,
  Registry: "registry",
  Namespace: "namespace",
  AuthToken: "auth-token",
  Username: "username",
  Compartment: "compartment",
  CreateRepository: "create-repository",
  RepositoryPublic: "repository-public",
  RepositoryImmutable: "repository-immutable",
  Context: "context",
  File: "file",
  BuildArgs: "build-args",
  Labels: "labels",
  Target: "target",
  Network: "network",
  Platform: "platform",
  Pull: "pull",
  NoCache: "no-cache",
  CacheFrom: "cache-from",
  Image: "image",
  Tags: "tags",
  Flavor: "flavor",
  Push: "push",
  Retries: "retries",
  Logout: "logout",
  SignKey: "sign-key",
  SignKeyVersion: "sign-key-version",
  SignCryptoEndpoint: "sign-crypto-endpoint",
  SignAlgorithm: "sign-algorithm",
  SignDescription: "sign-description",
  SignMetadata: "sign-metadata",
  ScanGate: "scan-gate",
  ScanTimeout: "scan-timeout",
  Platforms: "platforms",
  Builder: "builder",
  Load: "load",
  CacheTo: "cache-to",
  Secrets: "secrets",
  SecretEnvs: "secret-envs",
  Ssh: "ssh",
  BuildContexts: "build-contexts",
  Provenance: "provenance",
  Sbom: "sbom",
  PushByDigest: "push-by-digest",
  MergeDigests: "merge-digests"
};
var Output = {
  Registry: "registry",
  Namespace: "namespace",
  Repository: "repository",
  RepositoryOcid: "repository-ocid",
  Tags: "tags",
  TagNames: "tag-names",
  Version: "version",
  Digest: "digest",
  Image: "image",
  ImageId: "imageid",
  Pushed: "pushed",
  Metadata: "metadata",
  SignatureOcid: "signature-ocid",
  ScanSeverity: "scan-severity",
  ScanProblems: "scan-problems",
  Replicas: "replicas"
};
var State = {
  Registry: "registry",
  Logout: "logout",
  /** Where the login put the credentials: `config-file` (written by the action) or `docker` (`docker login`). */
  LoginStore: "login-store"
};

// src/build-push/docker/cli.ts
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

// src/build-push/docker/args.ts
function buildArgv(build2, labels, tags, iidfile) {
  return [
    "build",
    "--file",
    build2.file,
    "--iidfile",
    iidfile,
    // The default --rm keeps the container of a failed step; a CI runner must not collect them.
    "--force-rm",
    ...Object.entries(labels).flatMap(([key, value]) => ["--label", `${key}=${value}`]),
    ...build2.buildArgs.flatMap((arg) => ["--build-arg", arg]),
    ...build2.target ? ["--target", build2.target] : [],
    ...build2.network ? ["--network", build2.network] : [],
    ...build2.platform ? ["--platform", build2.platform] : [],
    ...build2.pull ? ["--pull"] : [],
    ...build2.noCache ? ["--no-cache"] : [],
    ...build2.cacheFrom.flatMap((source) => ["--cache-from", source]),
    ...tags.flatMap((tag2) => ["--tag", tag2]),
    build2.context
  ];
}
function labelInstruction(labels) {
  const entries = Object.entries(labels);
  if (entries.length === 0 || entries.some(([key, value]) => LINE_BREAK.test(key + value))) return void 0;
  return `LABEL ${entries.map(([key, value]) => `${quoted(key)}=${quoted(value)}`).join(" ")}`;
}
function labelBuild(imageId2, instruction, platform, tags, iidfile) {
  return {
    argv: [
      "build",
      "--iidfile",
      iidfile,
      "--force-rm",
      ...platform ? ["--platform", platform] : [],
      ...tags.flatMap((tag2) => ["--tag", tag2]),
      "-"
    ],
    dockerfile: `FROM ${imageId2}
${instruction}
`,
    env: { ...BUILD_ENVIRONMENT, DOCKER_BUILDKIT: "0" }
  };
}
var LINE_BREAK = /[\r\n]/;
function quoted(text) {
  return `"${text.replace(/["$\\]/g, (char) => `\\${char}`)}"`;
}
var BUILD_ENVIRONMENT = { BUILDX_NO_DEFAULT_ATTESTATIONS: "1" };

// src/build-push/docker/parse.ts
function pushedDigest(output, tag2) {
  for (const line of output.split("\n")) {
    const match = /^(\S+): digest: (sha256:[0-9a-f]{64}) size: \d+/.exec(line.trim());
    if (match && match[1] === tag2) return match[2];
  }
  return void 0;
}
function classifyFailure(stderr) {
  const text = stderr.toLowerCase();
  if (/unauthori[sz]ed|authentication required|denied|forbidden|\b401\b|\b403\b|incorrect username or password/.test(
    text
  )) {
    return "auth";
  }
  if (/\b5\d\d\b|internal server error|bad gateway|service unavailable|gateway time-?out|too many requests|\b429\b|toomanyrequests/.test(
    text
  ) || /connection reset|broken pipe|\beof\b|i\/o timeout|timed? ?out|tls handshake timeout|connection refused/.test(
    text
  )) {
    return "transient";
  }
  return "permanent";
}

// src/build-push/docker/cli.ts
var DockerError = class extends Error {
  command;
  output;
  constructor(command, output, exitCode) {
    super(`docker ${command} failed (exit code ${exitCode}): ${output.trim() || "no output"}`);
    this.name = "DockerError";
    this.command = command;
    this.output = output;
  }
};
async function docker(args, options = {}) {
  const result = await getExecOutput("docker", args, {
    ignoreReturnCode: true,
    silent: options.silent ?? false,
    ...options.input ? { input: options.input } : {},
    ...options.env ? { env: { ...definedEnvironment(), ...options.env } } : {}
  });
  if (result.exitCode !== 0) {
    throw new DockerError(args[0] ?? "", result.stderr || result.stdout, result.exitCode);
  }
  return result.stdout;
}
function definedEnvironment() {
  return Object.fromEntries(
    Object.entries(process.env).filter((entry) => entry[1] !== void 0)
  );
}
async function login(registry, username, password) {
  await docker(["login", "--username", username, "--password-stdin", registry], {
    input: Buffer.from(password),
    silent: true
  });
  info(`Logged in to ${registry} as ${username}`);
}
async function logout(registry) {
  try {
    await docker(["logout", registry], { silent: true });
    info(`Logged out of ${registry}`);
  } catch (error) {
    warning(error instanceof Error ? error.message : String(error));
  }
}
async function build(inputs, labels, tags) {
  const dir = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), "ocir-build-"));
  try {
    const iidfile = join(dir, "iid");
    const builtId = async () => (await readFile(iidfile, "utf8")).trim();
    const instruction = labelInstruction(labels);
    await docker(buildArgv(inputs, instruction ? {} : labels, instruction ? [] : tags, iidfile), {
      env: BUILD_ENVIRONMENT
    });
    if (!instruction) return await builtId();
    const step = labelBuild(await builtId(), instruction, inputs.platform, tags, iidfile);
    info(`Labelling the image: ${Object.keys(labels).length} labels in one LABEL step`);
    await docker(step.argv, { env: step.env, input: Buffer.from(step.dockerfile) });
    return await builtId();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
async function imageId(reference) {
  return (await docker(["image", "inspect", "--format", "{{.Id}}", reference], { silent: true })).trim();
}
async function tag(source, target) {
  await docker(["tag", source, target], { silent: true });
}
async function push(reference) {
  const output = await docker(["push", reference]);
  const tagName = reference.slice(reference.lastIndexOf(":") + 1);
  const digest = pushedDigest(output, tagName);
  if (!digest) throw new DockerError("push", `no digest in the output of docker push ${reference}`, 0);
  return digest;
}
async function repoDigests(reference) {
  const output = await docker(["image", "inspect", "--format", "{{json .RepoDigests}}", reference], {
    silent: true
  });
  return JSON.parse(output.trim() || "[]") ?? [];
}

// src/build-push/docker/config-file.ts
import { randomBytes } from "node:crypto";
import { mkdir, readFile as readFile2, rename, rm as rm2, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { dirname, join as join2 } from "node:path";
function dockerConfigPath(env = process.env) {
  return join2(env.DOCKER_CONFIG || join2(homedir(), ".docker"), "config.json");
}
function credentialHelperOf(config, registry) {
  const helpers = config.credHelpers;
  const forHost = typeof helpers === "object" && helpers !== null ? helpers[registry] : void 0;
  if (typeof forHost === "string" && forHost) return `credHelpers names docker-credential-${forHost}`;
  const store = config.credsStore;
  return typeof store === "string" && store ? `credsStore names docker-credential-${store}` : void 0;
}
function withAuth(config, registry, username, password) {
  const auth = Buffer.from(`${username}:${password}`).toString("base64");
  return { ...config, auths: { ...authsOf(config), [registry]: { auth } } };
}
function withoutAuth(config, registry) {
  const auths = { ...authsOf(config) };
  delete auths[registry];
  return { ...config, auths };
}
function hasAuth(config, registry) {
  return Object.hasOwn(authsOf(config), registry);
}
async function readConfig(path) {
  let text;
  try {
    text = await readFile2(path, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return {};
    throw error;
  }
  if (text.trim() === "") return {};
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`${path} is not valid JSON`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new Error(`${path} is not a JSON object`);
  }
  return parsed;
}
async function writeConfig(path, config) {
  await mkdir(dirname(path), { recursive: true, mode: 448 });
  const temporary = `${path}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    await writeFile(temporary, `${JSON.stringify(config, null, "	")}
`, { mode: 384 });
    await rename(temporary, path);
  } catch (error) {
    await rm2(temporary, { force: true });
    throw error;
  }
}
function authsOf(config) {
  const auths = config.auths;
  return typeof auths === "object" && auths !== null ? auths : {};
}

export {
  Input,
  Output,
  State,
  classifyFailure,
  DockerError,
  login,
  logout,
  build,
  imageId,
  tag,
  push,
  repoDigests,
  dockerConfigPath,
  credentialHelperOf,
  withAuth,
  withoutAuth,
  hasAuth,
  readConfig,
  writeConfig
};
