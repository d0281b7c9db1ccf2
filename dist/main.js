import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  formatBytes,
  issueRegistryToken,
  registryLogin,
  replicasOutput,
  replicationFailure,
  withRetries
} from "./chunks/chunk-KBV4BMZZ.js";
import {
  DEFAULT_SIGNING_ALGORITHM,
  SIGNING_ALGORITHMS,
  parseSigningAlgorithm,
  signMetadataProblem
} from "./chunks/chunk-KJA4MPKO.js";
import {
  SEVERITIES
} from "./chunks/chunk-3QDIRBGE.js";
import {
  causeOf
} from "./chunks/chunk-ONPEG37N.js";
import "./chunks/chunk-2GS5O6KY.js";
import {
  require_semver
} from "./chunks/chunk-ZRR2EDCD.js";
import {
  DockerError,
  Input,
  Output,
  State,
  build,
  classifyFailure,
  credentialHelperOf,
  dockerConfigPath,
  imageId,
  login,
  push,
  readConfig,
  repoDigests,
  tag,
  withAuth,
  writeConfig
} from "./chunks/chunk-CCOPXKZF.js";
import {
  OCI_API_CREDENTIALS,
  authSecrets,
  checkoutCommitTime,
  isForkPullRequest,
  loadGitContext,
  maskRawSecrets,
  ociConnection,
  optional,
  parseBoolean,
  parseLines,
  parseList,
  parseReplicaRegions,
  publishPreviewComment,
  readOciAuth,
  readRegionSources,
  registryHost,
  resolveRegion,
  validateOcid,
  validateRepository
} from "./chunks/chunk-B3D4OB34.js";
import {
  BEARER_USERNAME,
  explainFailure,
  failWithAdvice,
  registryUsername
} from "./chunks/chunk-3NDLOAY6.js";
import {
  ActionError,
  InputError,
  InputErrors,
  InputProblems,
  StepFailure,
  credentialsError,
  inStep,
  messageOf
} from "./chunks/chunk-6YBALY5C.js";
import "./chunks/chunk-JCNSVIZG.js";
import {
  Env
} from "./chunks/chunk-KYB52YRC.js";
import {
  core_exports,
  error,
  getExecOutput,
  getInput,
  group,
  info,
  notice,
  saveState,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunks/chunk-J3AKMAWX.js";
import {
  RegistryApiError,
  registryClient
} from "./chunks/chunk-FDEZK4JF.js";
import {
  __toESM
} from "./chunks/chunk-OQV333LO.js";

// src/build-push/inputs/credentials.ts
function credentialProblems(given, situation) {
  if (!given.push || given.ociApi) return [];
  if (!given.authToken) {
    return situation.forkPullRequest ? [] : [
      credentialsError(
        `no registry credentials to push with. Set one of: ${OCI_API_CREDENTIALS}; or an auth token, as the inputs auth-token, namespace and username; or push: false to build only`
      )
    ];
  }
  return [
    ...given.namespace ? [] : [
      new InputError(
        Input.Namespace,
        `is needed to log in with an auth token when no OCI API credential (oidc-domain, ${Env.User} \u2026) can look it up`,
        "grxmw2a9myyj"
      )
    ],
    ...given.username ? [] : [
      new InputError(
        Input.Username,
        `is needed to log in with an auth token when no OCI API credential (oidc-domain, ${Env.User} \u2026) can look it up`,
        "joao.silva or oracleidentitycloudservice/joao.silva"
      )
    ]
  ];
}

// src/build-push/inputs/build.ts
import { statSync } from "node:fs";
import { resolve } from "node:path";

// src/build-push/buildx/build-args.ts
function buildxBuildArgv(options) {
  const { output } = options;
  const tags = output.kind === "push-by-digest" ? [] : output.tags;
  return [
    "buildx",
    "build",
    ...options.buildArgs.flatMap((arg) => ["--build-arg", arg]),
    ...options.buildContexts.flatMap((context) => ["--build-context", context]),
    ...options.cacheFrom.flatMap((source) => ["--cache-from", source]),
    ...options.cacheTo.flatMap((target) => ["--cache-to", target]),
    ...options.file ? ["--file", options.file] : [],
    ...options.iidfile ? ["--iidfile", options.iidfile] : [],
    ...options.network ? ["--network", options.network] : [],
    ...Object.entries(options.labels).flatMap(([key, value]) => ["--label", `${key}=${value}`]),
    ...output.kind === "push-by-digest" ? ["--output", pushByDigestOutput(output.repository)] : [],
    ...options.platforms.length > 0 ? ["--platform", options.platforms.join(",")] : [],
    // Off means no flag at all: dockerd 20.10's BuildKit refuses even --provenance=false.
    ...options.provenance !== void 0 ? ["--provenance", options.provenance] : [],
    ...options.sbom !== void 0 ? ["--sbom", options.sbom] : [],
    ...options.secrets.flatMap((secret) => ["--secret", secret]),
    ...options.secretEnvs.flatMap((entry) => ["--secret", secretEnvSpec(entry)]),
    ...options.ssh.flatMap((entry) => ["--ssh", entry]),
    ...tags.flatMap((tag2) => ["--tag", tag2]),
    ...options.target ? ["--target", options.target] : [],
    ...options.builder ? ["--builder", options.builder] : [],
    ...output.kind === "push" && output.load || output.kind === "load" ? ["--load"] : [],
    "--metadata-file",
    options.metadataFile,
    ...options.noCache ? ["--no-cache"] : [],
    ...options.pull ? ["--pull"] : [],
    ...output.kind === "push" ? ["--push"] : [],
    options.context
  ];
}
function buildxEnvironment(options) {
  return options.provenance === void 0 ? { BUILDX_NO_DEFAULT_ATTESTATIONS: "1" } : {};
}
function pushByDigestOutput(repository) {
  return `type=image,name=${repository},push-by-digest=true,name-canonical=true,push=true`;
}
function attestationSetting(input) {
  const value = input.trim();
  if (value === "" || /^false$/i.test(value)) return void 0;
  if (/^true$/i.test(value)) return "true";
  return value;
}
var SECRET_KEYS = /* @__PURE__ */ new Set(["id", "type", "src", "source", "env"]);
var SECRET_SYNTAX = "buildx's syntax id=<id>,src=<file> or id=<id>,env=<VARIABLE>";
function parseSecretSpec(entry) {
  const fields = /* @__PURE__ */ new Map();
  for (const field of entry.split(",")) {
    const equals = field.indexOf("=");
    const key = (equals < 0 ? field : field.slice(0, equals)).trim().toLowerCase();
    if (!SECRET_KEYS.has(key) || equals < 0 || fields.has(key)) {
      return {
        problem: `takes ${SECRET_SYNTAX}; a secret value never goes in the workflow file: put it in an environment variable and name that (env=)`
      };
    }
    fields.set(key, field.slice(equals + 1).trim());
  }
  const id = fields.get("id");
  const path = fields.get("src") ?? fields.get("source");
  const variable = fields.get("env");
  const type = fields.get("type");
  if (!id) return { problem: `needs an id: ${SECRET_SYNTAX}` };
  if (path === void 0 === (variable === void 0)) {
    return { problem: `secret '${id}' needs exactly one of src=<file> and env=<VARIABLE>` };
  }
  if (type !== void 0 && type !== (path !== void 0 ? "file" : "env")) {
    return {
      problem: `secret '${id}': type=${type} does not match its ${path !== void 0 ? "src" : "env"}=`
    };
  }
  if (path !== void 0)
    return path ? { id, source: { kind: "file", path } } : { problem: `secret '${id}': src= is empty` };
  if (!variable || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(variable)) {
    return { problem: `secret '${id}': env= takes the name of an environment variable` };
  }
  return { id, source: { kind: "env", variable } };
}
function secretEnvSpec(entry) {
  const equals = entry.indexOf("=");
  const id = entry.slice(0, Math.max(equals, 0)).trim();
  const variable = entry.slice(equals + 1).trim();
  if (equals <= 0 || !id || id.includes(",") || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(variable)) {
    throw new Error(
      "a secret-envs entry takes ID=VARIABLE, the name of an environment variable holding the secret"
    );
  }
  return `id=${id},env=${variable}`;
}

// src/build-push/labels.ts
var OCI = "org.opencontainers.image";
function ociLabels(ctx, o) {
  const candidates = {
    [`${OCI}.source`]: ctx.repositoryUrl,
    [`${OCI}.revision`]: ctx.sha,
    [`${OCI}.created`]: o.created.toISOString(),
    [`${OCI}.version`]: o.version,
    [`${OCI}.title`]: ctx.repository.split("/").pop() ?? "",
    [`${OCI}.url`]: ctx.repositoryUrl
  };
  return Object.fromEntries(Object.entries(candidates).filter(([, value]) => value !== ""));
}
async function imageCreatedTime(sources) {
  const epoch = sources.sourceDateEpoch?.trim();
  if (epoch) return { created: parseSourceDateEpoch(epoch), source: "SOURCE_DATE_EPOCH" };
  const fromEvent = validTime(sources.eventCommitTime);
  if (fromEvent) return { created: fromEvent, source: "the commit time in the event" };
  const fromCheckout = validTime(await sources.checkoutCommitTime());
  if (fromCheckout) return { created: fromCheckout, source: "the commit time in the checkout" };
  return { created: sources.now(), source: "the clock (no commit time known)" };
}
function parseSourceDateEpoch(value) {
  const seconds = /^\d+$/.test(value) ? Number(value) : NaN;
  const date = new Date(seconds * 1e3);
  if (!Number.isSafeInteger(seconds) || Number.isNaN(date.getTime())) {
    throw new ActionError(
      `SOURCE_DATE_EPOCH '${value}' is not a whole number of seconds since 1970 (for example 1760000000, from git log -1 --format=%ct). Unset it to use the commit time.`
    );
  }
  return date;
}
function validTime(text) {
  const date = text ? new Date(text) : void 0;
  return date && !Number.isNaN(date.getTime()) ? date : void 0;
}
function parseLabels(input) {
  const labels = {};
  input.split(/\r?\n/).forEach((rawLine, index) => {
    const line = rawLine.trim();
    if (line === "" || line.startsWith("#")) return;
    const equals = line.indexOf("=");
    const key = equals === -1 ? "" : line.slice(0, equals).trim();
    if (key === "" || /\s/.test(key)) {
      throw new InputError(
        "labels",
        `line ${index + 1} '${line}' is not key=value`,
        `${OCI}.vendor=ACME Corp`
      );
    }
    labels[key] = line.slice(equals + 1).trim();
  });
  return labels;
}

// src/build-push/inputs/build.ts
var BUILD_ARG = /^[A-Za-z_][A-Za-z0-9_]*=/s;
var STAGE_NAME = /^[a-z][a-z0-9_.-]*$/i;
var PLATFORM = /^[a-z0-9_]+(?:\/[a-z0-9_.]+){0,2}$/i;
var BUILDER_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
var BUILD_CONTEXT = /^[A-Za-z0-9][A-Za-z0-9_.-]*=\S/;
var DIGEST = /^sha256:[0-9a-f]{64}$/;
var HOST_PART = "[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?";
var PATH_PART = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
var IMAGE_REFERENCE = new RegExp(
  `^(?:${HOST_PART}/)?${PATH_PART}(?:/${PATH_PART})*(?::\\w[\\w.-]{0,127})?(?:@[a-z0-9]+(?:[+._-][a-z0-9]+)*:[0-9a-fA-F]{32,})?$`
);
var NO_BUILDX_INPUTS = {
  platforms: [],
  load: false,
  cacheTo: [],
  secrets: [],
  secretEnvs: [],
  ssh: [],
  buildContexts: [],
  pushByDigest: false
};
function localPaths(workingDirectory = process.cwd()) {
  return {
    workingDirectory,
    isDirectory: (path) => statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false,
    isFile: (path) => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false
  };
}
function isRemoteContext(context) {
  return context === "-" || /^([a-z][a-z0-9+.-]*:\/\/|git@|github\.com\/)/i.test(context);
}
function validateBuildPaths(context, file, paths) {
  if (isRemoteContext(context)) return file ?? "Dockerfile";
  const contextPath = resolve(paths.workingDirectory, context);
  if (!paths.isDirectory(contextPath)) {
    throw new InputError(
      Input.Context,
      `'${context}' is not a directory (looked for ${contextPath}); check out the repository first (actions/checkout)`,
      "."
    );
  }
  const dockerfile = file ?? `${context.replace(/\/+$/, "")}/Dockerfile`;
  const dockerfilePath = resolve(paths.workingDirectory, dockerfile);
  if (!paths.isFile(dockerfilePath)) {
    throw new InputError(
      Input.File,
      file === void 0 ? `not set, and the default ${dockerfile} does not exist (looked for ${dockerfilePath}); check out the repository first (actions/checkout) or set file` : `'${file}' does not exist (looked for ${dockerfilePath})`,
      "docker/Dockerfile"
    );
  }
  return dockerfile;
}
function validateBuildArgs(value) {
  const buildArgs = parseLines(value);
  const invalid = buildArgs.filter((arg) => !BUILD_ARG.test(arg));
  if (invalid.length > 0) {
    throw new InputError(
      Input.BuildArgs,
      `${invalid.map((arg) => `'${arg}'`).join(", ")} ${invalid.length > 1 ? "are" : "is"} not NAME=value`,
      "NODE_VERSION=24"
    );
  }
  return buildArgs;
}
function validateTarget(value) {
  if (!STAGE_NAME.test(value)) {
    throw new InputError(
      Input.Target,
      `'${value}' is not a build stage name (FROM \u2026 AS <name>)`,
      "production"
    );
  }
  return value;
}
var NETWORK_MODES = ["default", "none", "host"];
function validateNetwork(value) {
  if (!NETWORK_MODES.includes(value)) {
    throw new InputError(Input.Network, `'${value}' is not ${NETWORK_MODES.join(", ")}`, "none");
  }
  return value;
}
function validatePlatform(value) {
  if (!PLATFORM.test(value)) {
    const hint = value.includes(",") ? ": give one platform, or several in platforms" : "";
    throw new InputError(
      Input.Platform,
      `'${value}' is not an os/architecture platform${hint}`,
      "linux/amd64"
    );
  }
  return value;
}
function validatePlatforms(value) {
  const platforms = parseList(value);
  const invalid = platforms.filter((platform) => !PLATFORM.test(platform));
  if (invalid.length > 0) {
    throw new InputError(
      Input.Platforms,
      `${invalid.map((platform) => `'${platform}'`).join(", ")} ${invalid.length > 1 ? "are" : "is"} not an os/architecture platform`,
      "linux/amd64,linux/arm64"
    );
  }
  return [...new Set(platforms)];
}
function validateBuilder(value) {
  if (!BUILDER_NAME.test(value)) {
    throw new InputError(Input.Builder, `'${value}' is not a buildx builder name`, "builder-name");
  }
  return value;
}
function parseCacheSources(value) {
  return parseLines(value).flatMap((line) => line.includes("=") ? [line] : parseList(line));
}
function validateSecrets(value) {
  const secrets = parseLines(value);
  const problems = secrets.flatMap((entry, index) => {
    const parsed = parseSecretSpec(entry);
    return "problem" in parsed ? [`line ${index + 1} ${parsed.problem}`] : [];
  });
  if (problems.length > 0) throw new InputError(Input.Secrets, problems.join("; "), "id=npmrc,src=.npmrc");
  return secrets;
}
function validateSecretEnvs(value) {
  const entries = parseList(value);
  for (const entry of entries) {
    try {
      secretEnvSpec(entry);
    } catch (error2) {
      throw new InputError(
        Input.SecretEnvs,
        error2 instanceof Error ? error2.message : String(error2),
        "NPM_TOKEN=NPM_TOKEN"
      );
    }
  }
  return entries;
}
function validateBuildContexts(value) {
  const contexts = parseLines(value);
  const invalid = contexts.filter((entry) => !BUILD_CONTEXT.test(entry));
  if (invalid.length > 0) {
    throw new InputError(
      Input.BuildContexts,
      `${invalid.map((entry) => `'${entry}'`).join(", ")} ${invalid.length > 1 ? "are" : "is"} not name=<path|docker-image://\u2026|target:\u2026|url>`,
      "alpine=docker-image://alpine:3.20"
    );
  }
  return contexts;
}
function validateMergeDigests(value) {
  const digests = parseList(value);
  const invalid = digests.filter((digest) => !DIGEST.test(digest));
  if (invalid.length > 0) {
    throw new InputError(
      Input.MergeDigests,
      `${invalid.map((digest) => `'${digest}'`).join(", ")} ${invalid.length > 1 ? "are" : "is"} not a sha256 digest (the digest output of a push-by-digest job)`,
      `sha256:${"0".repeat(64)}`
    );
  }
  return [...new Set(digests)];
}
function validateImage(value) {
  if (!IMAGE_REFERENCE.test(value)) {
    const hint = value !== value.toLowerCase() ? ": image names are lower case" : "";
    throw new InputError(Input.Image, `'${value}' is not a local image reference${hint}`, "app:dev");
  }
  return value;
}
function readBuild(ctx, paths) {
  const { read, problems, given, check, boolean } = ctx;
  const image = check(Input.Image, validateImage);
  const context = optional(read, Input.Context) ?? ".";
  const fileValue = optional(read, Input.File);
  const pushByDigest = boolean(Input.PushByDigest, false);
  const provenance = check(Input.Provenance, attestationSetting);
  const sbom = check(Input.Sbom, attestationSetting);
  const load = boolean(Input.Load, false);
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
      Input.BuildContexts
    ].filter(given),
    ...load ? [Input.Load] : [],
    ...provenance !== void 0 ? [Input.Provenance] : [],
    ...sbom !== void 0 ? [Input.Sbom] : [],
    ...pushByDigest ? [Input.PushByDigest] : []
  ];
  if (given(Input.Image) && buildOnlyInputs.length > 0) {
    problems.add(
      new InputError(
        Input.Image,
        `pushes an existing image, so it cannot be combined with ${buildOnlyInputs.join(", ")} (inputs of a build): remove them, or remove image to build`
      )
    );
  }
  const mergeDigests2 = check(Input.MergeDigests, validateMergeDigests);
  const merging = given(Input.MergeDigests);
  if (merging && given(Input.Image)) {
    problems.add(
      new InputError(
        Input.MergeDigests,
        "joins pushed digests into one index, so it cannot be combined with image"
      )
    );
  } else if (merging && buildOnlyInputs.length > 0) {
    problems.add(
      new InputError(
        Input.MergeDigests,
        `joins digests pushed by other jobs and builds nothing, so it cannot be combined with ${buildOnlyInputs.join(", ")} (inputs of a build): set those on the push-by-digest jobs`
      )
    );
  }
  if (given(Input.Platform) && given(Input.Platforms)) {
    problems.add(
      new InputError(Input.Platform, "is the one-platform alias of platforms: set one of them, not both")
    );
  }
  const file = given(Input.Image) || merging ? fileValue ?? `${context.replace(/\/+$/, "")}/Dockerfile` : problems.check(() => validateBuildPaths(context, fileValue, paths));
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
        file,
        buildArgs,
        labels,
        ...target ? { target } : {},
        ...network ? { network } : {},
        // The legacy builder takes one platform; platforms of one value is that platform too.
        ...platform ? { platform } : platforms?.length === 1 ? { platform: platforms[0] } : {},
        pull,
        noCache,
        cacheFrom: parseCacheSources(read(Input.CacheFrom))
      },
      buildx: {
        platforms: platform ? [platform] : platforms ?? [],
        ...builder ? { builder } : {},
        load,
        cacheTo,
        secrets,
        secretEnvs,
        ssh,
        buildContexts,
        ...provenance !== void 0 ? { provenance } : {},
        ...sbom !== void 0 ? { sbom } : {},
        pushByDigest
      },
      ...mergeDigests2 ? { mergeDigests: mergeDigests2 } : {},
      ...image ? { image } : {}
    })
  };
}
function readBuildx(ctx) {
  const { read, problems, check } = ctx;
  const platforms = check(Input.Platforms, validatePlatforms);
  const builder = check(Input.Builder, validateBuilder);
  const cacheTo = parseLines(read(Input.CacheTo));
  const secrets = problems.check(() => validateSecrets(read(Input.Secrets))) ?? [];
  const secretEnvs = problems.check(() => validateSecretEnvs(read(Input.SecretEnvs))) ?? [];
  const ssh = parseLines(read(Input.Ssh));
  const buildContexts = problems.check(() => validateBuildContexts(read(Input.BuildContexts))) ?? [];
  return {
    ...platforms !== void 0 ? { platforms } : {},
    ...builder !== void 0 ? { builder } : {},
    cacheTo,
    secrets,
    secretEnvs,
    ssh,
    buildContexts
  };
}
function checkDigestsPush(ctx, build2, push2) {
  if (push2 === false && (build2.pushByDigest || build2.merging)) {
    ctx.problems.add(
      new InputError(
        build2.pushByDigest ? Input.PushByDigest : Input.MergeDigests,
        "pushes to the registry, which push: false forbids: remove one of them"
      )
    );
  }
}

// src/build-push/inputs/context.ts
function inputContext(read, env) {
  const problems = new InputProblems();
  return {
    read,
    env,
    problems,
    given: (name) => optional(read, name) !== void 0,
    check: (name, validate) => {
      const value = optional(read, name);
      return value === void 0 ? void 0 : problems.check(() => validate(value));
    },
    boolean: (name, fallback) => problems.check(() => parseBoolean(name, read(name), fallback)) ?? fallback
  };
}

// src/build-push/scan-gate.ts
var SCAN_GATES = ["none", "low", "medium", "high", "critical"];
var DEFAULT_SCAN_GATE = "none";
var DEFAULT_SCAN_TIMEOUT = "10m";
function severityRank(severity) {
  return SEVERITIES.indexOf(severity);
}
function gateFails(highest, gate) {
  if (gate === "none") return false;
  return severityRank(highest) >= severityRank(gate.toUpperCase());
}
function parseScanGate(text) {
  const value = text.trim().toLowerCase();
  if (value === "") return DEFAULT_SCAN_GATE;
  const gate = SCAN_GATES.find((candidate) => candidate === value);
  if (!gate)
    throw new InputError("scan-gate", `expected one of ${SCAN_GATES.join(", ")}, got '${text}'`, "high");
  return gate;
}
var TIMEOUT_UNITS = { s: 1e3, m: 6e4, h: 36e5 };
function parseScanTimeout(text) {
  const value = text.trim() === "" ? DEFAULT_SCAN_TIMEOUT : text.trim();
  const match = /^(\d+)([smh])$/.exec(value);
  const count = match ? Number(match[1]) : NaN;
  const unit = match ? TIMEOUT_UNITS[match[2] ?? ""] : void 0;
  if (unit === void 0 || !Number.isSafeInteger(count) || count <= 0) {
    throw new InputError(
      "scan-timeout",
      `expected a positive whole number and a unit, s (seconds), m (minutes) or h (hours), got '${text}'`,
      "10m"
    );
  }
  return count * unit;
}
function severityCounts(problems) {
  return [...SEVERITIES].reverse().map((severity) => [severity, problems.filter((problem) => problem.severity === severity).length]);
}
function worstProblems(problems, limit) {
  return problems.map((problem, index) => ({ problem, index })).sort((a, b) => severityRank(b.problem.severity) - severityRank(a.problem.severity) || a.index - b.index).slice(0, limit).map(({ problem }) => problem);
}
function describeProblem(problem) {
  const packages = problem.packages.map((pkg) => `${pkg.name} ${pkg.version}${pkg.fixVersion ? ` \u2192 ${pkg.fixVersion}` : ""}`).join(", ");
  return `${problem.cveReference ?? problem.name}${packages ? ` (${packages})` : ""}`;
}
function scanSummaryRows(report, limit = 10) {
  return {
    counts: severityCounts(report.problems),
    worst: worstProblems(report.problems, limit).map((problem) => [
      problem.severity,
      problem.cveReference ?? problem.name,
      problem.packages.map((pkg) => `${pkg.name} ${pkg.version}`).join(", ")
    ])
  };
}
function gateFailureMessage(report, gate, limit = 5) {
  const reaching = report.problems.filter((problem) => gateFails(problem.severity, gate));
  const shown = worstProblems(reaching, limit).map(describeProblem);
  const more = reaching.length > shown.length ? ` and ${reaching.length - shown.length} more` : "";
  return `Vulnerability gate: the image's scan found ${report.highestSeverity} problems, at or above 'scan-gate: ${gate}'` + (shown.length > 0 ? `: ${shown.join("; ")}${more}.` : ".") + " The image is pushed; fix the packages and push again, or raise the gate.";
}

// src/build-push/inputs/gates.ts
var VAULT_RESOURCE_OCID = (type) => new RegExp(`^ocid1\\.${type}\\.[a-z0-9]+\\.[a-z0-9-]+\\.[a-z0-9-]+\\.[a-z0-9]+$`);
var KEY_OCID = VAULT_RESOURCE_OCID("key");
var KEY_VERSION_OCID = VAULT_RESOURCE_OCID("keyversion");
var VAULT_OCID = VAULT_RESOURCE_OCID("vault");
var CRYPTO_ENDPOINT = /^https:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?\/?$/;
var SIGN_EXAMPLES = {
  key: "ocid1.key.oc1.sa-saopaulo-1.bbpsfs3zaacuu.abtxexample",
  keyVersion: "ocid1.keyversion.oc1.sa-saopaulo-1.bbpsfs3zaacuu.abtxexample",
  cryptoEndpoint: "https://bbpsfs3zaacuu-crypto.kms.sa-saopaulo-1.oraclecloud.com"
};
function validateKeyOcid(value) {
  if (!KEY_OCID.test(value)) {
    const hint = value.startsWith("ocid1.keyversion.") ? ": this is a key version; give the key here and the version in sign-key-version" : " (Vault > Master Encryption Keys > the key: OCID)";
    throw new InputError(Input.SignKey, `'${value}' is not a Vault key OCID${hint}`, SIGN_EXAMPLES.key);
  }
  return value;
}
function validateKeyVersionOcid(value) {
  if (!KEY_VERSION_OCID.test(value)) {
    throw new InputError(
      Input.SignKeyVersion,
      `'${value}' is not a Vault key version OCID (the key's Versions list: OCID)`,
      SIGN_EXAMPLES.keyVersion
    );
  }
  return value;
}
function validateCryptoEndpoint(value) {
  if (!CRYPTO_ENDPOINT.test(value) && !VAULT_OCID.test(value)) {
    throw new InputError(
      Input.SignCryptoEndpoint,
      `'${value}' is neither the vault's crypto endpoint URL (https://\u2026-crypto.kms.\u2026) nor a vault OCID`,
      SIGN_EXAMPLES.cryptoEndpoint
    );
  }
  return value.replace(/\/+$/, "");
}
function validateSigningAlgorithm(value) {
  if (value.trim() === "") return DEFAULT_SIGNING_ALGORITHM;
  const algorithm = parseSigningAlgorithm(value);
  if (!algorithm) {
    throw new InputError(
      Input.SignAlgorithm,
      `expected one of ${SIGNING_ALGORITHMS.join(", ")} (OCIR accepts RSA-PSS signatures only), got '${value}'`,
      DEFAULT_SIGNING_ALGORITHM
    );
  }
  return algorithm;
}
function validateSignMetadata(value) {
  const problem = signMetadataProblem(value);
  if (problem) throw new InputError(Input.SignMetadata, problem);
  return value;
}
var SIGN_COMPANIONS = [
  Input.SignKeyVersion,
  Input.SignCryptoEndpoint,
  Input.SignDescription,
  Input.SignMetadata
];
function readGates(ctx) {
  const { read, problems, check } = ctx;
  const signKey = check(Input.SignKey, validateKeyOcid);
  const signKeyVersion = check(Input.SignKeyVersion, validateKeyVersionOcid);
  const signCryptoEndpoint = check(Input.SignCryptoEndpoint, validateCryptoEndpoint);
  const signAlgorithm = problems.check(() => validateSigningAlgorithm(read(Input.SignAlgorithm)));
  const signDescription = optional(read, Input.SignDescription);
  const signMetadata = check(Input.SignMetadata, validateSignMetadata);
  const scanGate = problems.check(() => parseScanGate(read(Input.ScanGate)));
  const scanTimeoutMs = problems.check(() => parseScanTimeout(read(Input.ScanTimeout)));
  return {
    ...scanGate !== void 0 ? { scanGate } : {},
    // Every value below was validated: a failed one has thrown before this is called.
    validated: () => ({
      ...signKey ? {
        sign: {
          keyId: signKey,
          keyVersionId: signKeyVersion,
          ...signCryptoEndpoint ? { cryptoEndpoint: signCryptoEndpoint } : {},
          algorithm: signAlgorithm,
          ...signDescription ? { description: signDescription } : {},
          ...signMetadata ? { metadata: signMetadata } : {}
        }
      } : {},
      ...scanGate && scanGate !== "none" ? { scan: { gate: scanGate, timeoutMs: scanTimeoutMs } } : {}
    })
  };
}
function checkGatesNeeds(ctx, gates, run2) {
  const { problems, given } = ctx;
  const signKeyGiven = given(Input.SignKey);
  const signCompanions = SIGN_COMPANIONS.filter(given);
  if (!signKeyGiven && signCompanions.length > 0) {
    problems.add(
      new InputError(
        Input.SignKey,
        `is needed by ${signCompanions.join(", ")}: set the Vault key to sign with, or remove them`,
        SIGN_EXAMPLES.key
      )
    );
  }
  if (signKeyGiven && !given(Input.SignKeyVersion)) {
    problems.add(
      new InputError(
        Input.SignKeyVersion,
        "is needed with sign-key: the OCID of the key version to sign with (the key's Versions list)",
        SIGN_EXAMPLES.keyVersion
      )
    );
  }
  const releaseGates = [
    ...signKeyGiven ? [Input.SignKey] : [],
    ...gates.scanGate !== void 0 && gates.scanGate !== "none" ? [Input.ScanGate] : []
  ];
  if (releaseGates.length > 0 && run2.push === true && !run2.ociApiGiven && !run2.situation.forkPullRequest) {
    for (const name of releaseGates) {
      problems.add(
        new InputError(
          name,
          `${name === Input.SignKey ? "signing calls OCI Vault and the Artifacts API" : "the vulnerability gate reads OCI Vulnerability Scanning results"}, which need OCI API credentials: ${OCI_API_CREDENTIALS}; an auth token cannot. Set one, or remove ${name}`
        )
      );
    }
  }
}

// src/build-push/tags/sanitise.ts
var MAX_TAG_LENGTH = 128;
var VALID_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
function isValidTag(name) {
  return VALID_TAG.test(name);
}
function sanitiseTag(name) {
  return name.replace(/[^A-Za-z0-9_.-]+/g, "-").replace(/^[.-]+/, "").slice(0, MAX_TAG_LENGTH);
}

// src/build-push/tags/template.ts
var CONTEXT_EXPRESSIONS = ["branch", "tag", "sha", "is_default_branch", "date"];
var SEMVER_EXPRESSIONS = ["version", "major", "minor", "patch", "raw"];
var EXPRESSION = /^\s*([A-Za-z_]+)(?:\s+(?:'([^']*)'|"([^"]*)"))?\s*$/;
function parseTemplate(text) {
  const segments = [];
  let rest = text;
  while (rest !== "") {
    const open = rest.indexOf("{{");
    if (open === -1) {
      if (rest.includes("}}")) throw new Error(`'}}' without '{{' in '${text}'`);
      segments.push(rest);
      break;
    }
    if (open > 0) segments.push(rest.slice(0, open));
    const close = rest.indexOf("}}", open + 2);
    if (close === -1) throw new Error(`'{{' without '}}' in '${text}'`);
    const body = rest.slice(open + 2, close);
    const match = EXPRESSION.exec(body);
    if (!match) throw new Error(`cannot read the expression '{{${body}}}'`);
    const argument = match[2] ?? match[3];
    segments.push({ name: match[1], ...argument !== void 0 ? { argument } : {} });
    rest = rest.slice(close + 2);
  }
  return segments;
}
function templateProblem(text, allowed) {
  let segments;
  try {
    segments = parseTemplate(text);
  } catch (error2) {
    return error2.message;
  }
  for (const segment of segments) {
    if (typeof segment === "string") continue;
    if (!allowed.includes(segment.name)) {
      return `unknown expression '{{${segment.name}}}' (known here: ${allowed.map((name) => `{{${name}}}`).join(", ")})`;
    }
    if (segment.name === "date" && segment.argument === void 0)
      return `{{date}} needs a format, e.g. {{date 'YYYYMMDD'}}`;
    if (segment.name !== "date" && segment.argument !== void 0)
      return `{{${segment.name}}} takes no argument`;
  }
  return void 0;
}
function templateNames(text) {
  return parseTemplate(text).flatMap((segment) => typeof segment === "string" ? [] : [segment.name]);
}
function expandTemplate(text, resolve3) {
  return parseTemplate(text).map((segment) => typeof segment === "string" ? segment : resolve3(segment)).join("");
}
var DATE_TOKENS = /YYYY|YY|MM|DD|HH|mm|ss/g;
function formatDate(date, format) {
  const two = (n) => String(n).padStart(2, "0");
  const values = {
    YYYY: String(date.getUTCFullYear()),
    YY: two(date.getUTCFullYear() % 100),
    MM: two(date.getUTCMonth() + 1),
    DD: two(date.getUTCDate()),
    HH: two(date.getUTCHours()),
    mm: two(date.getUTCMinutes()),
    ss: two(date.getUTCSeconds())
  };
  return format.replace(DATE_TOKENS, (token) => values[token] ?? token);
}

// src/build-push/tags/version.ts
var import_semver = __toESM(require_semver(), 1);
var FINER_THAN_MAJOR = ["minor", "patch", "version", "raw"];
function applySemverPattern(pattern, raw) {
  const version = (0, import_semver.parse)(raw);
  if (!version) return { kind: "skipped", reason: `'${raw}' is not a semantic version` };
  if (version.prerelease.length > 0) {
    return { kind: "tag", value: pattern.trim() === "{{raw}}" ? raw : version.version, stable: false };
  }
  const names = templateNames(pattern);
  if (version.major === 0 && names.includes("major") && !names.some((name) => FINER_THAN_MAJOR.includes(name))) {
    return { kind: "skipped", reason: `${raw} is a 0.x version: no major-only tag` };
  }
  const parts = {
    version: version.version,
    major: String(version.major),
    minor: String(version.minor),
    patch: String(version.patch),
    raw
  };
  return {
    kind: "tag",
    value: expandTemplate(pattern, (expression) => parts[expression.name] ?? ""),
    stable: true
  };
}

// src/build-push/tags/compute.ts
var SHORT_SHA_LENGTH = 7;
function computeTags(rules, flavor, ctx, options = {}) {
  const now = options.now ?? /* @__PURE__ */ new Date();
  const expand = (template) => expandTemplate(template, (expression) => contextValue(expression, ctx, now));
  const notes = [];
  const names = [];
  let stableRelease = false;
  for (const rule of byPriority(rules)) {
    if (!isEnabled(rule, expand)) continue;
    const produced = produce(rule, ctx, expand, notes);
    if (!produced || produced.value === "") continue;
    stableRelease ||= produced.stableRelease === true;
    const prefix = rule.prefix !== void 0 ? expand(rule.prefix) : expand(flavor.prefix) + (produced.builtinPrefix ?? "");
    const suffix = rule.suffix !== void 0 ? expand(rule.suffix) : expand(flavor.suffix);
    addUnique(names, sanitiseTag(`${prefix}${produced.value}${suffix}`));
  }
  if (names.length === 0) {
    throw new InputError(
      "tags",
      `the tag rules produce no tag for this run (event '${ctx.eventName || "unknown"}', ref '${ctx.ref || "none"}'); add a rule that applies to it, such as type=sha, or a literal tag`,
      "type=sha"
    );
  }
  if (flavor.latest === "true" || flavor.latest === "auto" && stableRelease) {
    const prefix = flavor.prefixOnLatest ? expand(flavor.prefix) : "";
    const suffix = flavor.suffixOnLatest ? expand(flavor.suffix) : "";
    addUnique(names, sanitiseTag(`${prefix}latest${suffix}`));
  }
  return { names, version: names[0], notes };
}
function byPriority(rules) {
  return [...rules].sort((a, b) => b.priority - a.priority);
}
function isEnabled(rule, expand) {
  const value = expand(rule.enable).trim().toLowerCase();
  if (value !== "true" && value !== "false") {
    throw new InputError(
      "tags",
      `'${rule.line}': enable expanded to '${value}', expected true or false`,
      "enable={{is_default_branch}}"
    );
  }
  return value === "true";
}
function produce(rule, ctx, expand, notes) {
  switch (rule.type) {
    case "semver": {
      const raw = rule.value !== void 0 ? expand(rule.value) : ctx.tag;
      if (!raw) return void 0;
      const outcome = applySemverPattern(rule.pattern, raw);
      if (outcome.kind === "skipped") {
        notes.push(`${rule.line}: ${outcome.reason}, no tag`);
        return void 0;
      }
      return { value: outcome.value, stableRelease: outcome.stable };
    }
    case "ref":
      if (rule.event === "branch") return ctx.branch !== void 0 ? { value: ctx.branch } : void 0;
      if (rule.event === "tag") return ctx.tag !== void 0 ? { value: ctx.tag } : void 0;
      return ctx.prNumber !== void 0 ? { value: String(ctx.prNumber), builtinPrefix: "pr-" } : void 0;
    case "sha":
      if (!ctx.sha) return void 0;
      return {
        value: rule.format === "long" ? ctx.sha : ctx.sha.slice(0, SHORT_SHA_LENGTH),
        builtinPrefix: "sha-"
      };
    case "edge": {
      if (ctx.branch === void 0) return void 0;
      const onEdgeBranch = rule.branch !== void 0 ? ctx.branch === rule.branch : ctx.isDefaultBranch;
      return onEdgeBranch ? { value: "edge" } : void 0;
    }
    case "schedule":
      return ctx.eventName === "schedule" ? { value: expand(rule.pattern) } : void 0;
    case "raw":
      return { value: expand(rule.value) };
    case "literal":
      return { value: rule.value };
  }
}
function contextValue(expression, ctx, now) {
  switch (expression.name) {
    case "branch":
      return ctx.branch ?? "";
    case "tag":
      return ctx.tag ?? "";
    case "sha":
      return ctx.sha.slice(0, SHORT_SHA_LENGTH);
    case "is_default_branch":
      return String(ctx.isDefaultBranch);
    case "date":
      return formatDate(now, expression.argument ?? "");
    default:
      throw new Error(`unexpected expression {{${expression.name}}}`);
  }
}
function addUnique(names, name) {
  if (name !== "" && !names.includes(name)) names.push(name);
}

// src/build-push/tags/types.ts
var RULE_TYPES = ["schedule", "semver", "edge", "ref", "raw", "sha"];
var REF_EVENTS = ["branch", "tag", "pr"];
var SHA_FORMATS = ["short", "long"];
var DEFAULT_PRIORITY = {
  schedule: 1e3,
  semver: 900,
  edge: 700,
  ref: 600,
  raw: 200,
  literal: 200,
  sha: 100
};
var DEFAULT_FLAVOR = {
  latest: "auto",
  prefix: "",
  suffix: "",
  prefixOnLatest: false,
  suffixOnLatest: false
};

// src/build-push/tags/flavor.ts
var EXAMPLE = "latest=auto,prefix=arm64-,onlatest=true";
function parseFlavor(input) {
  const flavor = { ...DEFAULT_FLAVOR };
  const seen = /* @__PURE__ */ new Set();
  input.split(/\r?\n/).forEach((rawLine, index) => {
    const line = rawLine.trim();
    if (line === "" || line.startsWith("#")) return;
    const fail = (problem) => {
      throw new InputError("flavor", `line ${index + 1} '${line}': ${problem}`, EXAMPLE);
    };
    let lastAffix;
    for (const field of line.split(",")) {
      if (field.trim() === "") continue;
      const equals = field.indexOf("=");
      if (equals === -1) fail(`'${field.trim()}' is not key=value`);
      const key = field.slice(0, equals).trim().toLowerCase();
      const value = field.slice(equals + 1).trim();
      if (key !== "onlatest") {
        if (seen.has(key)) fail(`'${key}' is given twice`);
        seen.add(key);
      }
      switch (key) {
        case "latest":
          if (!isLatestMode(value)) fail(`latest must be auto, true or false, got '${value}'`);
          flavor.latest = value;
          break;
        case "prefix":
        case "suffix": {
          const problem = templateProblem(value, CONTEXT_EXPRESSIONS);
          if (problem) fail(`${key}: ${problem}`);
          flavor[key] = value;
          lastAffix = key;
          break;
        }
        case "onlatest": {
          if (!lastAffix) fail("onlatest must follow a prefix= or suffix= on the same line");
          if (!/^(true|false)$/i.test(value)) fail(`onlatest must be true or false, got '${value}'`);
          const onLatest = value.toLowerCase() === "true";
          if (lastAffix === "prefix") flavor.prefixOnLatest = onLatest;
          else flavor.suffixOnLatest = onLatest;
          break;
        }
        default:
          fail(`unknown flavor entry '${key}' (known: latest, prefix, suffix, onlatest)`);
      }
    }
  });
  return flavor;
}
function isLatestMode(value) {
  return value === "auto" || value === "true" || value === "false";
}

// src/build-push/tags/rules.ts
var DEFAULT_TAG_RULES = [
  "type=ref,event=branch",
  "type=ref,event=pr",
  "type=semver,pattern={{version}}",
  "type=semver,pattern={{major}}.{{minor}}",
  "type=sha"
];
var COMMON_ATTRIBUTES = ["type", "enable", "prefix", "suffix", "priority"];
var TYPE_ATTRIBUTES = {
  semver: ["pattern", "value"],
  sha: ["format"],
  ref: ["event"],
  edge: ["branch"],
  schedule: ["pattern"],
  raw: ["value"]
};
var EXAMPLES = {
  semver: "type=semver,pattern={{major}}.{{minor}}",
  sha: "type=sha,format=long",
  ref: "type=ref,event=branch",
  edge: "type=edge,branch=main",
  schedule: "type=schedule,pattern={{date 'YYYYMMDD'}}",
  raw: "type=raw,value=staging,enable={{is_default_branch}}"
};
function parseTagRules(input) {
  const entries = splitEntries(input);
  const source = entries.length > 0 ? entries : DEFAULT_TAG_RULES.map((text) => ({ text, where: "default rule" }));
  return source.map(parseEntry);
}
var HAS_TYPE = /(?:^|,)\s*type\s*=/i;
function splitEntries(input) {
  const lines = input.split(/\r?\n/).map((text, index) => ({ text: text.trim(), where: `line ${index + 1}` })).filter((line) => line.text !== "" && !line.text.startsWith("#"));
  if (lines.some((line) => HAS_TYPE.test(line.text))) return lines;
  return lines.flatMap(
    (line) => line.text.split(",").map((text) => ({ text: text.trim(), where: line.where })).filter((entry) => entry.text !== "")
  );
}
function parseEntry(entry) {
  const fail = (problem, example = EXAMPLES.semver) => {
    throw new InputError("tags", `${entry.where} '${entry.text}': ${problem}`, example);
  };
  if (!HAS_TYPE.test(entry.text)) return parseLiteral(entry, fail);
  const attributes = readAttributes(entry.text, fail);
  const type = attributes.get("type").toLowerCase();
  if (!isRuleType(type)) {
    return fail(
      `unknown rule type '${type}' (known: ${RULE_TYPES.join(", ")}; a line without type= is a literal tag)`
    );
  }
  const allowed = [...COMMON_ATTRIBUTES, ...TYPE_ATTRIBUTES[type]];
  for (const key of attributes.keys()) {
    if (!allowed.includes(key)) {
      fail(`unknown attribute '${key}' for type=${type} (known: ${allowed.join(", ")})`, EXAMPLES[type]);
    }
  }
  const failFor = (problem) => fail(problem, EXAMPLES[type]);
  const template = (key, allowedNames) => {
    const value = attributes.get(key);
    if (value === void 0) return void 0;
    const problem = templateProblem(value, allowedNames);
    return problem ? failFor(`${key}: ${problem}`) : value;
  };
  const prefix = template("prefix", CONTEXT_EXPRESSIONS);
  const suffix = template("suffix", CONTEXT_EXPRESSIONS);
  const base = {
    line: entry.text,
    enable: parseEnable(template("enable", CONTEXT_EXPRESSIONS), failFor),
    ...prefix !== void 0 ? { prefix } : {},
    ...suffix !== void 0 ? { suffix } : {},
    priority: parsePriority(attributes.get("priority"), DEFAULT_PRIORITY[type], failFor)
  };
  switch (type) {
    case "semver": {
      const pattern = template("pattern", SEMVER_EXPRESSIONS) ?? failFor("needs pattern=, e.g. pattern={{version}}");
      const value = template("value", CONTEXT_EXPRESSIONS);
      return { ...base, type, pattern, ...value !== void 0 ? { value } : {} };
    }
    case "sha": {
      const format = attributes.get("format") ?? "short";
      if (!isOneOf(SHA_FORMATS, format))
        return failFor(`format must be one of ${SHA_FORMATS.join(", ")}, got '${format}'`);
      return { ...base, type, format };
    }
    case "ref": {
      const event = attributes.get("event") ?? failFor(`needs event=${REF_EVENTS.join("|")}`);
      if (!isOneOf(REF_EVENTS, event))
        return failFor(`event must be one of ${REF_EVENTS.join(", ")}, got '${event}'`);
      return { ...base, type, event };
    }
    case "edge": {
      const branch = template("branch", []);
      return { ...base, type, ...branch ? { branch } : {} };
    }
    case "schedule":
      return { ...base, type, pattern: template("pattern", CONTEXT_EXPRESSIONS) || "nightly" };
    case "raw": {
      const value = template("value", CONTEXT_EXPRESSIONS);
      if (!value) return failFor("needs a non-empty value=");
      return { ...base, type, value };
    }
  }
}
function parseLiteral(entry, fail) {
  if (!isValidTag(entry.text)) {
    if (entry.text.includes(",")) {
      fail(
        "one rule a line: comma-separated tags are accepted only when no line uses type=",
        "type=raw,value=staging"
      );
    }
    if (entry.text.includes("="))
      fail("attributes need a type= (a line without it is a literal tag)", "type=raw,value=staging");
    fail("is not a valid tag: up to 128 letters, digits, _ . -, not starting with . or -", "staging");
  }
  return {
    type: "literal",
    line: entry.text,
    value: entry.text,
    enable: "true",
    priority: DEFAULT_PRIORITY.literal
  };
}
function readAttributes(text, fail) {
  const attributes = /* @__PURE__ */ new Map();
  for (const field of text.split(",")) {
    if (field.trim() === "") continue;
    const equals = field.indexOf("=");
    if (equals === -1) fail(`'${field.trim()}' is not key=value`);
    const key = field.slice(0, equals).trim().toLowerCase();
    if (attributes.has(key)) fail(`attribute '${key}' is given twice`);
    attributes.set(key, field.slice(equals + 1).trim());
  }
  return attributes;
}
function parseEnable(value, fail) {
  if (value === void 0) return "true";
  if (templateNames(value).length === 0 && !/^(true|false)$/i.test(value)) {
    fail(`enable must be true, false or an expression such as {{is_default_branch}}, got '${value}'`);
  }
  return value;
}
function parsePriority(value, fallback, fail) {
  if (value === void 0) return fallback;
  if (!/^-?\d+$/.test(value)) fail(`priority must be an integer, got '${value}'`);
  return Number(value);
}
function isRuleType(value) {
  return RULE_TYPES.includes(value);
}
function isOneOf(values, value) {
  return values.includes(value);
}

// src/build-push/inputs/publish.ts
function validateRetries(value) {
  const text = value.trim() || "3";
  const retries = Number(text);
  if (!Number.isInteger(retries) || retries < 1 || retries > 10) {
    throw new InputError(
      Input.Retries,
      `expected a whole number of attempts from 1 to 10, got '${value}'`,
      "3"
    );
  }
  return retries;
}
function readPublish(ctx) {
  const { read, problems } = ctx;
  const tagRules = problems.check(() => parseTagRules(read(Input.Tags)));
  const flavor = problems.check(() => parseFlavor(read(Input.Flavor)));
  const push2 = problems.check(() => parseBoolean(Input.Push, read(Input.Push), true));
  return {
    ...push2 !== void 0 ? { push: push2 } : {},
    // Every value below was validated: a failed one has thrown before this is called.
    validated: () => ({ tagRules, flavor, push: push2 })
  };
}
function readRunOptions(ctx) {
  const { read, problems, boolean } = ctx;
  const retries = problems.check(() => validateRetries(read(Input.Retries)));
  const logout = boolean(Input.Logout, true);
  const prComment = boolean(Input.PrComment, false);
  const githubToken = optional(read, Input.GithubToken);
  return {
    validated: () => ({
      retries,
      logout,
      prComment,
      ...githubToken ? { githubToken } : {}
    })
  };
}

// src/build-push/inputs/replication.ts
function readReplicas(ctx, primary, regionsConfig) {
  const value = optional(ctx.read, Input.ReplicateTo);
  if (value === void 0) return [];
  return ctx.problems.check(
    () => parseReplicaRegions(value, primary, {
      ...ctx.env[Env.RegionMetadata] ? { regionMetadata: ctx.env[Env.RegionMetadata] } : {},
      ...regionsConfig ? { regionsConfig } : {}
    })
  );
}
function checkReplicationNeeds(ctx, run2) {
  if (!ctx.given(Input.ReplicateTo)) return;
  if (run2.push === false) {
    ctx.problems.add(
      new InputError(
        Input.ReplicateTo,
        "copies the pushed image to other regions, and push: false pushes nothing: remove one of them"
      )
    );
  } else if (run2.pushByDigest) {
    ctx.problems.add(
      new InputError(
        Input.ReplicateTo,
        "copies the finished image with its tags, and push-by-digest pushes one platform for a later merge: set replicate-to on the merge-digests step instead, which copies the index with every platform"
      )
    );
  }
}

// src/build-push/inputs/target.ts
var NAMESPACE = /^[a-z0-9][a-z0-9-]*$/;
var HOST = /^[A-Za-z0-9.-]+(?::\d{1,5})?$/;
function validateCreateRepository(value) {
  const normalised = (value.trim() || "auto").toLowerCase();
  if (normalised === "auto" || normalised === "true" || normalised === "false") return normalised;
  throw new InputError(Input.CreateRepository, `expected auto, true or false, got '${value}'`, "auto");
}
function validateNamespace(value) {
  if (!NAMESPACE.test(value)) {
    throw new InputError(
      Input.Namespace,
      `'${value}' is not a tenancy namespace (lower-case letters and digits)`,
      "grxmw2a9myyj"
    );
  }
  return value;
}
function validateRegistry(value) {
  if (!HOST.test(value)) {
    const hint = /[/@]/.test(value) ? ": give the host alone, without scheme, path or namespace" : "";
    throw new InputError(Input.Registry, `'${value}' is not a registry host name${hint}`, "gru.ocir.io");
  }
  return value;
}
function readTarget(ctx, regionsConfig) {
  const { read, env, problems, check, boolean } = ctx;
  const regionValue = optional(read, Input.Region) ?? (env[Env.Region]?.trim() || void 0);
  const region = regionValue === void 0 ? void 0 : problems.check(() => resolveRegion(regionValue, env[Env.RegionMetadata], regionsConfig));
  const registry = check(Input.Registry, validateRegistry);
  const namespace = check(Input.Namespace, validateNamespace);
  const { auth, given: ociApiGiven, notes: authNotes } = readOciAuth(read, env, problems);
  const authToken = optional(read, Input.AuthToken);
  const username = optional(read, Input.Username);
  const repository = problems.check(() => validateRepository(read(Input.Repository).trim()));
  const compartment = check(
    Input.Compartment,
    (value) => validateOcid(Input.Compartment, value, ["compartment", "tenancy"])
  );
  const createRepository = problems.check(() => validateCreateRepository(read(Input.CreateRepository)));
  const repositoryPublic = boolean(Input.RepositoryPublic, false);
  const repositoryImmutable = boolean(Input.RepositoryImmutable, false);
  const replicas = readReplicas(ctx, region, regionsConfig);
  return {
    ...regionValue !== void 0 ? { regionValue } : {},
    ociApiGiven,
    authNotes,
    ...authToken !== void 0 ? { authToken } : {},
    ...username !== void 0 ? { username } : {},
    ...createRepository !== void 0 ? { createRepository } : {},
    // Every value below was validated: a failed one has thrown before this is called.
    validated: () => ({
      ...region ? { region } : {},
      ...registry ? { registry } : {},
      ...namespace ? { namespace } : {},
      ...auth ? { auth } : {},
      ...authToken ? { authToken } : {},
      ...username ? { username } : {},
      repository,
      ...compartment ? { compartment } : {},
      createRepository,
      repositoryPublic,
      repositoryImmutable,
      replicas
    })
  };
}
function checkTargetNeeds(ctx, target) {
  const { problems, given } = ctx;
  if (target.regionValue === void 0 && target.ociApiGiven) {
    problems.add(
      new InputError(Input.Region, `the OCI API needs a region (or env ${Env.Region})`, "sa-saopaulo-1")
    );
  } else if (target.regionValue === void 0 && !given(Input.Registry)) {
    problems.add(
      new InputError(
        Input.Region,
        `set the region (or env ${Env.Region}) or a registry host`,
        "sa-saopaulo-1"
      )
    );
  }
  if (target.username !== void 0 && target.authToken === void 0) {
    problems.add(
      new InputError(
        Input.Username,
        "is used only with auth-token; set auth-token too, or remove username to log in with a registry token"
      )
    );
  }
  if (target.createRepository === "true" && !target.ociApiGiven) {
    problems.add(
      new InputError(
        Input.CreateRepository,
        `'true' creates the repository through the OCI API, which needs ${OCI_API_CREDENTIALS}; set one, or use auto to create the repository only when the OCI API can be reached`
      )
    );
  }
}

// src/build-push/inputs.ts
function parseInputs(read, env, regionsConfig, paths = localPaths(), situation = { forkPullRequest: false }) {
  const ctx = inputContext(read, env);
  const target = readTarget(ctx, regionsConfig);
  const build2 = readBuild(ctx, paths);
  const publish = readPublish(ctx);
  const buildx = readBuildx(ctx);
  checkDigestsPush(ctx, build2, publish.push);
  const runOptions = readRunOptions(ctx);
  const gates = readGates(ctx);
  checkTargetNeeds(ctx, target);
  checkReplicationNeeds(ctx, { push: publish.push, pushByDigest: build2.pushByDigest });
  checkGatesNeeds(ctx, gates, { push: publish.push, ociApiGiven: target.ociApiGiven, situation });
  if (publish.push !== void 0) {
    const credentials = {
      ociApi: target.ociApiGiven,
      authToken: target.authToken !== void 0,
      namespace: ctx.given(Input.Namespace),
      username: target.username !== void 0,
      push: publish.push
    };
    for (const problem of credentialProblems(credentials, situation)) ctx.problems.add(problem);
  }
  ctx.problems.throwIfAny();
  return {
    authNotes: target.authNotes,
    ...target.validated(),
    ...build2.validated(buildx),
    ...publish.validated(),
    ...runOptions.validated(),
    ...gates.validated()
  };
}
function secretsOf(inputs) {
  return [inputs.authToken, inputs.githubToken, ...authSecrets(inputs.auth)].filter(
    (value) => Boolean(value)
  );
}
function getInputs(situation) {
  const read = (name) => getInput(name);
  maskRawSecrets(read, [
    Input.AuthToken,
    Input.GithubToken,
    Input.PrivateKey,
    Input.PrivateKeyPassphrase,
    Input.OidcClientSecret
  ]);
  const inputs = parseInputs(read, process.env, readRegionSources().regionsConfig, localPaths(), situation);
  for (const secret of secretsOf(inputs)) setSecret(secret);
  return inputs;
}

// src/build-push/buildx/backend.ts
function parseBuildxVersion(stdout) {
  const match = /(?:^|\s)v?(\d+\.\d+\.\d+\S*|[0-9a-f]{7,40})(?:\s+([0-9a-f]{7,40}))?\s*$/m.exec(
    stdout.trim()
  );
  if (!match?.[1]) return void 0;
  return match[2] ? { version: match[1], commit: match[2] } : { version: match[1] };
}
function parseBuilderInspect(stdout) {
  const info2 = { nodes: [] };
  let node;
  let section;
  for (const line of stdout.split(/\r?\n/)) {
    if (line.trim() === "") continue;
    const indented = /^\s/.test(line);
    const colon = line.indexOf(":");
    if (colon < 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (indented) {
      if (section === "features" && node) node.features[line.slice(0, colon).trim()] = value === "true";
      continue;
    }
    section = void 0;
    switch (key) {
      case "name":
        if (info2.name === void 0) info2.name = value;
        else {
          node = { name: value, platforms: [], features: {} };
          info2.nodes.push(node);
        }
        break;
      case "driver":
        info2.driver = value;
        break;
      case "endpoint":
        if (node) node.endpoint = value;
        break;
      case "status":
        if (node) node.status = value;
        break;
      case "buildkit":
      case "buildkit version":
        if (node && value) node.buildkitVersion = value;
        break;
      case "platforms":
        if (node) node.platforms = parsePlatformList(value);
        break;
      case "features":
        section = "features";
        break;
      default:
        section = "other";
    }
  }
  return info2;
}
function parsePlatformList(value) {
  const all = value.split(",").map((platform) => platform.trim()).filter(Boolean);
  const preferred = all.filter((platform) => platform.endsWith("*"));
  return (preferred.length > 0 ? preferred : all).map((platform) => platform.replace(/\*+$/, ""));
}
function chooseBackend(evidence) {
  const requested = evidence.builder?.trim() || void 0;
  const parsed = evidence.version.exitCode === 0 ? parseBuildxVersion(evidence.version.stdout) : void 0;
  if (!parsed) {
    if (requested) {
      throw new Error(
        `The builder '${requested}' was asked for, but docker buildx is not installed: add docker/setup-buildx-action before this step`
      );
    }
    return { backend: "legacy", reason: "docker buildx not installed: legacy builder" };
  }
  const inspect = evidence.inspect;
  if (!inspect || inspect.exitCode !== 0) {
    const why = firstLine(inspect?.stderr) ?? "docker buildx inspect failed";
    if (requested) {
      throw new Error(
        `The builder '${requested}' cannot be used (${why}): create it with docker/setup-buildx-action, or leave 'builder' empty for the current one`
      );
    }
    return {
      backend: "buildx",
      version: parsed.version,
      platforms: [],
      features: {},
      reason: `buildx v${parsed.version} found; current builder not inspectable (${why})`
    };
  }
  const info2 = parseBuilderInspect(inspect.stdout);
  const builder = requested ?? info2.name;
  const platforms = [...new Set(info2.nodes.flatMap((node) => node.platforms))];
  const features = {};
  for (const node of info2.nodes) {
    for (const [name, on] of Object.entries(node.features)) features[name] = (features[name] ?? false) || on;
  }
  const buildkitVersion = lowestVersion(info2.nodes.map((node) => node.buildkitVersion));
  const driver = info2.driver ? ` (${info2.driver})` : "";
  return {
    backend: "buildx",
    version: parsed.version,
    ...builder ? { builder } : {},
    ...info2.driver ? { driver: info2.driver } : {},
    platforms,
    features,
    ...buildkitVersion ? { buildkitVersion } : {},
    reason: `buildx v${parsed.version} found; builder ${builder ?? "(current)"}${driver}`
  };
}
function choiceFromStore(stored) {
  return {
    backend: "buildx",
    builder: stored.name,
    driver: stored.driver,
    platforms: [],
    features: {},
    reason: `builder ${stored.name} (${stored.driver}), from buildx's configuration`
  };
}
function versionParts(version) {
  const match = /^v?(\d+)\.(\d+)\.(\d+)/.exec(version.trim());
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : void 0;
}
function versionAtLeast(version, minimum) {
  const have = versionParts(version);
  const need = versionParts(minimum);
  if (!have || !need) return true;
  for (let i = 0; i < 3; i++) {
    if (have[i] !== need[i]) return have[i] > need[i];
  }
  return true;
}
function lowestVersion(versions) {
  let lowest;
  for (const version of versions) {
    if (version === void 0 || versionParts(version) === void 0) continue;
    if (lowest === void 0 || !versionAtLeast(version, lowest)) lowest = version;
  }
  return lowest;
}
function firstLine(text) {
  return text?.split(/\r?\n/).map((line) => line.trim()).find(Boolean);
}

// src/build-push/buildx/builder-store.ts
import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return void 0;
  }
}
function buildxFolder(env = process.env) {
  return join(env.DOCKER_CONFIG || join(homedir(), ".docker"), "buildx");
}
function storedBuilder(requested, env = process.env, read = (path) => readJson(join(buildxFolder(env), path))) {
  if (env.DOCKER_CONTEXT && env.DOCKER_CONTEXT !== "default" || env.DOCKER_HOST) return void 0;
  const config = read(join("..", "config.json"));
  if (isRecord(config) && typeof config.currentContext === "string" && config.currentContext !== "default") {
    return void 0;
  }
  let name = requested || env.BUILDX_BUILDER || void 0;
  if (!name) {
    const current = read("current");
    if (current !== void 0 && !isRecord(current)) return void 0;
    name = typeof current?.Name === "string" ? current.Name : "";
  }
  if (name === "" || name === "default") return { name: "default", driver: "docker" };
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(name)) return void 0;
  const instance = read(join("instances", name));
  if (!isRecord(instance) || typeof instance.Driver !== "string" || instance.Driver === "") return void 0;
  return { name, driver: instance.Driver };
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/build-push/buildx/capability.ts
var SETUP_FIX = "add docker/setup-buildx-action before this step";
var CONTAINER_BUILDER_FIX = "create a docker-container builder with docker/setup-buildx-action before this step, or turn on the containerd image store";
var MULTI_PLATFORM = "Multi-platform build";
var CACHE_EXPORT = "Cache export";
function needsVersions(request, driver) {
  const dockerDriver = driver === void 0 || driver === "docker";
  return request.attestations || request.buildContexts > 0 || imageManifestCache(request.cacheTo).length > 0 || request.load && request.push && !dockerDriver || dockerDriver && (request.platforms.length > 1 || exportedCache(request.cacheTo).length > 0 || request.pushByDigest);
}
function capabilityProblems(choice, request) {
  const problems = [];
  const platforms = request.platforms.join(",");
  if (choice.backend === "legacy") {
    if (request.platforms.length > 1) {
      problems.push(
        `Building several platforms (${platforms}) needs docker buildx, which is not installed: ${SETUP_FIX}`
      );
    }
    if (request.cacheTo.length > 0)
      problems.push(`'cache-to' needs docker buildx, which is not installed: ${SETUP_FIX}`);
    const buildxOnlySources = request.cacheFrom.filter((entry) => /(^|,)\s*type=/.test(entry));
    if (buildxOnlySources.length > 0) {
      problems.push(
        `'cache-from' with buildx's syntax (${buildxOnlySources.join("; ")}) needs docker buildx, which is not installed: ${SETUP_FIX}`
      );
    }
    for (const [count, what] of [
      [request.secrets, "secrets"],
      [request.ssh, "ssh"],
      [request.buildContexts, "build-contexts"]
    ]) {
      if (count > 0) problems.push(`'${what}' needs docker buildx, which is not installed: ${SETUP_FIX}`);
    }
    if (request.attestations) {
      problems.push(`'provenance' and 'sbom' need docker buildx, which is not installed: ${SETUP_FIX}`);
    }
    if (request.pushByDigest) {
      problems.push(`'push-by-digest' needs docker buildx, which is not installed: ${SETUP_FIX}`);
    }
    return problems;
  }
  const builder = `The builder ${choice.builder ?? "(current)"}${choice.driver ? ` (${choice.driver} driver)` : ""}`;
  const plainDockerDriver = choice.driver === "docker" && choice.features[MULTI_PLATFORM] !== true;
  if (request.platforms.length > 1 && plainDockerDriver) {
    problems.push(`${builder} cannot build several platforms (${platforms}): ${CONTAINER_BUILDER_FIX}`);
  }
  const exported = exportedCache(request.cacheTo);
  if (exported.length > 0 && choice.driver === "docker" && choice.features[CACHE_EXPORT] !== true) {
    problems.push(
      `${builder} cannot export cache (${exported.join("; ")}), only type=inline: ${CONTAINER_BUILDER_FIX}`
    );
  }
  if (request.pushByDigest && plainDockerDriver) {
    problems.push(`${builder} cannot push by digest ('push-by-digest'): ${CONTAINER_BUILDER_FIX}`);
  }
  const buildkit = choice.buildkitVersion;
  if (request.attestations && buildkit && !versionAtLeast(buildkit, "0.11.0")) {
    problems.push(
      `${builder} runs BuildKit ${buildkit}, which makes no attestations (BuildKit 0.11 or later does): turn 'provenance' and 'sbom' off, or use a builder with a newer BuildKit`
    );
  }
  if (request.load && request.push && choice.driver !== "docker" && buildkit && !versionAtLeast(buildkit, "0.13.0")) {
    problems.push(
      `${builder} runs BuildKit ${buildkit}, which cannot load and push in one build (multiple outputs need BuildKit 0.13 or later): drop 'load' and pull the pushed image, or use a newer BuildKit`
    );
  }
  if (request.attestations && choice.version && !versionAtLeast(choice.version, "0.10.0")) {
    problems.push(
      `buildx v${choice.version} makes no attestations (0.10 or later does): turn 'provenance' and 'sbom' off`
    );
  }
  if (request.buildContexts > 0 && choice.version && !versionAtLeast(choice.version, "0.8.0")) {
    problems.push(
      `buildx v${choice.version} has no --build-context (0.8 or later does): update docker/setup-buildx-action`
    );
  }
  if (request.load && request.platforms.length > 1 && !(choice.driver === "docker" && !plainDockerDriver)) {
    problems.push(
      `'load' cannot bring an image of several platforms (${platforms}) into the local image store: build one platform to load it`
    );
  }
  return problems;
}
function capabilityWarnings(choice, request) {
  if (choice.backend === "legacy") return [];
  const buildkit = choice.buildkitVersion;
  const ignored = imageManifestCache(request.cacheTo);
  if (ignored.length > 0 && buildkit && !versionAtLeast(buildkit, "0.12.0")) {
    return [
      `The builder runs BuildKit ${buildkit}, which ignores image-manifest=true (0.12 or later honours it): the cache (${ignored.join("; ")}) is stored as a plain index, which some registries refuse. Use a builder with a newer BuildKit to keep it as an image manifest.`
    ];
  }
  return [];
}
function exportedCache(cacheTo) {
  return cacheTo.filter((entry) => cacheType(entry) !== "inline");
}
function imageManifestCache(cacheTo) {
  return cacheTo.filter((entry) => /(?:^|,)\s*image-manifest=true\b/i.test(entry));
}
function cacheType(entry) {
  return /(?:^|,)\s*type=([^,]*)/.exec(entry)?.[1]?.trim() ?? "registry";
}

// src/build-push/buildx/select.ts
function buildRequest(inputs) {
  const buildx = inputs.buildx ?? NO_BUILDX_INPUTS;
  return {
    platforms: buildx.platforms,
    cacheFrom: inputs.build.cacheFrom,
    cacheTo: buildx.cacheTo,
    attestations: buildx.provenance !== void 0 || buildx.sbom !== void 0,
    load: buildx.load,
    push: inputs.push ?? true,
    pushByDigest: buildx.pushByDigest,
    buildContexts: buildx.buildContexts.length,
    secrets: buildx.secrets.length + buildx.secretEnvs.length,
    ssh: buildx.ssh.length
  };
}
async function selectBackend(buildx, inputs, log, readStore = storedBuilder) {
  const requested = inputs.buildx?.builder?.trim() || void 0;
  const request = buildRequest(inputs);
  const stored = buildx.installed() ? readStore(requested) : void 0;
  const choice = stored && !needsVersions(request, stored.driver) ? choiceFromStore(stored) : await probe(buildx, requested);
  log(`Backend: ${choice.backend === "buildx" ? "docker buildx build" : "docker build"} (${choice.reason})`);
  const problems = capabilityProblems(choice, request);
  if (inputs.mergeDigests && choice.backend === "legacy") {
    problems.push(
      `'merge-digests' needs docker buildx (imagetools create), which is not installed: ${SETUP_FIX}`
    );
  }
  if (problems.length > 0) throw new ActionError(problems.join("\n"));
  return { choice, warnings: capabilityWarnings(choice, request) };
}
async function probe(buildx, requested) {
  const [version, inspect] = await Promise.all([buildx.version(), buildx.inspect(requested)]);
  try {
    return chooseBackend({
      version,
      ...version.exitCode === 0 ? { inspect } : {},
      ...requested ? { builder: requested } : {}
    });
  } catch (error2) {
    throw new ActionError(error2 instanceof Error ? error2.message : String(error2));
  }
}
function pushedBy(choice, inputs) {
  return choice.driver === "docker" && !inputs.buildx?.pushByDigest ? "engine" : "buildkit";
}

// src/build-push/buildx/build.ts
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join2 } from "node:path";

// src/build-push/docker/build-failure.ts
var DEPRECATION = /^DEPRECATED\b/;
var NOISE = [
  /^\[?WARNING\]?\b/i,
  /^\d+ warnings? found\b/i,
  /^Step \d+\/\d+ :/,
  // legacy: Step 3/5 : RUN …
  /^-+>/,
  // legacy: ---> Running in …, ---> 1a2b3c
  /^Sending build context\b/,
  /^Removing intermediate container\b/,
  /^Successfully (built|tagged)\b/,
  /^#\d+ (?!ERROR:)/,
  // BuildKit plain progress: #5 [2/3] RUN …, #5 0.312 output
  /^\[\+\] Building\b/,
  // BuildKit tty progress
  /^=>/,
  /^-{3,}$/,
  // BuildKit framing of the failing step and the Dockerfile excerpt
  /^> /,
  /^\d+ \|/,
  /^Dockerfile(:\d+)?$/,
  /^View build details:/
];
var ERROR_RANKS = [
  /^(ERROR|error):\s*failed to (build|solve)\b/,
  // BuildKit's summary (buildx, newer clients)
  new RegExp(
    [
      /^(ERROR|error):/,
      /^#\d+ ERROR:/,
      /^unable to prepare context:/,
      /^(COPY|ADD) failed:/,
      /^The command '.*' returned a non-zero code:/,
      /^failed to /,
      /^Error response from daemon:/,
      /^Error:/
    ].map((pattern) => pattern.source).join("|")
  )
];
function buildErrorLine(output) {
  const lines = meaningfulLines(output);
  for (const rank of ERROR_RANKS) {
    const line = lines.findLast((candidate) => rank.test(candidate));
    if (line !== void 0) return withoutErrorPrefix(line);
  }
  const last = lines.at(-1);
  return last === void 0 ? void 0 : withoutErrorPrefix(last);
}
function meaningfulLines(output) {
  const lines = [];
  let inDeprecation = false;
  for (const raw of output.replace(/\u001b\[[0-9;]*m/g, "").split(/\r?\n/)) {
    const line = raw.trim();
    if (DEPRECATION.test(line)) {
      inDeprecation = true;
      continue;
    }
    if (inDeprecation && line !== "" && /^\s/.test(raw)) continue;
    inDeprecation = false;
    if (line !== "" && !NOISE.some((pattern) => pattern.test(line))) lines.push(line);
  }
  return lines;
}
function withoutErrorPrefix(line) {
  return line.replace(/^(#\d+ )?(ERROR|error):\s*/, "");
}
var ADVICE = [
  [
    /dockerfile\S*: no such file or directory|cannot locate specified dockerfile|failed to read dockerfile|unable to prepare context: path .* not found/i,
    "No Dockerfile or build context at that path: check out the repository first (actions/checkout) or set `file`/`context`."
  ],
  [
    /(COPY|ADD) failed|failed to compute cache key|failed to calculate checksum/i,
    "A file the Dockerfile copies is not in the build context: check `context`, the COPY/ADD source path and .dockerignore."
  ],
  [
    /returned a non-zero code|did not complete successfully/i,
    "A RUN instruction failed: its output is in the build log above."
  ],
  [
    /dockerfile parse error|unknown instruction|failed to parse|syntax error/i,
    "The Dockerfile has a syntax error at the line named."
  ],
  [
    /pull access denied|manifest unknown|not found: manifest|failed to resolve source metadata|repository does not exist|invalid reference format|^Get "|no such host|connection refused/i,
    "The base image could not be pulled: check the FROM image name and tag, the registry's login and the runner's network."
  ]
];
var GENERAL_ADVICE = "See the build log above for the failing instruction.";
function describeBuildFailure(output) {
  const cause = buildErrorLine(output);
  if (cause === void 0) return `The image build failed. ${GENERAL_ADVICE}`;
  const advice = ADVICE.find(([pattern]) => pattern.test(cause))?.[1] ?? GENERAL_ADVICE;
  return `The image build failed: ${cause}
${advice}`;
}
function asBuildFailure(error2) {
  return error2 instanceof DockerError ? new ActionError(describeBuildFailure(error2.output)) : error2;
}
function isMissingLocalImage(output) {
  return /no such image/i.test(output);
}
function missingLocalImage(image) {
  return `no local image '${image}': build it in an earlier step or drop \`image:\``;
}

// src/build-push/push.ts
function isTransient(error2) {
  if (error2 instanceof RegistryApiError) return error2.transient;
  return error2 instanceof DockerError && classifyFailure(error2.output) === "transient";
}
function isUnauthorized(error2) {
  if (error2 instanceof RegistryApiError) return error2.unauthorized;
  return error2 instanceof DockerError && /\bunauthori[sz]ed\b|\b401\b|authentication required|incorrect username or password/i.test(error2.output);
}
async function pushTags(tags, options) {
  const existing = options.existing ?? /* @__PURE__ */ new Map();
  const fresh = tags.filter((tag2) => !existing.has(tag2.name));
  const unchanged = tags.filter((tag2) => existing.has(tag2.name)).map((tag2) => tag2.name);
  const held = unchanged.length > 0 ? await heldImage(tags, existing, options) : void 0;
  const digests = /* @__PURE__ */ new Map();
  const renewLogin = options.renewLogin ? singleFlight(options.renewLogin) : void 0;
  const attempt = (tag2, operation) => {
    const withTransientRetries2 = () => withRetries(operation, {
      attempts: options.attempts,
      initialDelayMs: options.initialDelayMs ?? 2e3,
      isRetryable: isTransient,
      onRetry: (_error, attempt2, delayMs) => options.log(
        `Push of ${tag2.reference} failed for a transient reason (attempt ${attempt2}); retrying in ${delayMs / 1e3}s`
      )
    });
    return withTransientRetries2().catch(async (error2) => {
      if (!isUnauthorized(error2) || !renewLogin || !await renewLogin()) throw error2;
      return withTransientRetries2();
    });
  };
  const addTag = options.addTag;
  if (addTag && fresh.length > 0) {
    const first = held === void 0 ? fresh[0] : void 0;
    const rest = first ? fresh.slice(1) : fresh;
    const digest2 = first ? await attempt(first, () => options.pushOne(first.reference)) : held;
    if (first) digests.set(first.name, digest2);
    const outcomes = await Promise.allSettled(
      rest.map(async (tag2) => {
        const answered = await attempt(tag2, () => addTag(tag2, digest2)).catch((error2) => {
          if (!(error2 instanceof RegistryApiError) || error2.unauthorized || options.pushOneFallback === false) {
            throw error2;
          }
          options.log(
            `Tagging ${tag2.name} by manifest failed (${error2.message}); pushing it with docker instead`
          );
          return attempt(tag2, () => options.pushOne(tag2.reference));
        });
        digests.set(tag2.name, answered);
      })
    );
    const failure = outcomes.find((outcome) => outcome.status === "rejected");
    if (failure) throw failure.reason;
    if (rest.length > 0) options.log(`Tagged ${rest.map((tag2) => tag2.name).join(", ")} with ${digest2}`);
  } else {
    for (const tag2 of fresh) digests.set(tag2.name, await attempt(tag2, () => options.pushOne(tag2.reference)));
  }
  const pushedDigests = [...new Set(digests.values())];
  if (pushedDigests.length > 1) {
    const listing = [...digests].map(([name, digest2]) => `${name}: ${digest2}`).join(", ");
    throw new ActionError(
      `The pushed tags do not carry one digest (${listing}); another push may be racing this one.`
    );
  }
  const digest = held ?? pushedDigests[0];
  if (held !== void 0 && pushedDigests.some((pushed) => pushed !== held)) {
    throw new ActionError(
      `The registry stored ${pushedDigests.join(", ")} for tags of ${held}; another push may be racing this one.`
    );
  }
  for (const name of unchanged)
    options.log(`Tag ${name} already holds ${existing.get(name)} on this immutable repository: skipped`);
  return { digest, pushed: fresh.map((tag2) => tag2.name), unchanged };
}
async function heldImage(tags, existing, options) {
  const requested = tags.filter((tag2) => existing.has(tag2.name));
  const held = [...new Set(requested.map((tag2) => existing.get(tag2.name)))];
  const verdicts = await Promise.all(
    held.map(async (digest) => [digest, await options.sameImage?.(digest) ?? false])
  );
  const other = new Set(verdicts.filter(([, same]) => !same).map(([digest]) => digest));
  const moved = requested.filter((tag2) => other.has(existing.get(tag2.name)));
  if (moved.length > 0) throw immutableRefusal(moved, existing);
  return held[0];
}
function immutableRefusal(moved, existing, digest) {
  return new ActionError(
    `The repository is immutable and ${moved.map((tag2) => `'${tag2.name}' (${existing.get(tag2.name)})`).join(", ")} already hold${moved.length === 1 ? "s" : ""} another image than ${digest ?? "the one built"}. Immutable tags cannot be moved: push a new tag (a version or the commit sha) instead. No tag was written.`
  );
}
function assertNoTagMoves(tags, existing, digest) {
  const moved = tags.filter((tag2) => existing.has(tag2.name) && existing.get(tag2.name) !== digest);
  if (moved.length > 0) throw immutableRefusal(moved, existing, digest);
}
function singleFlight(renew) {
  let outcome;
  return () => outcome ??= renew();
}

// src/build-push/buildx/metadata.ts
import { createHash } from "node:crypto";
var OCI_INDEX = "application/vnd.oci.image.index.v1+json";
var DOCKER_MANIFEST_LIST = "application/vnd.docker.distribution.manifest.list.v2+json";
var DIGEST2 = /^sha256:[0-9a-f]{64}$/;
function parseBuildMetadata(text) {
  const trimmed = text.trim();
  if (trimmed === "" || trimmed === "null") return { isIndex: false, imageNames: [] };
  const data = JSON.parse(trimmed);
  if (!isRecord2(data)) throw new Error("the buildx metadata file does not hold a JSON object");
  const digest = optionalDigest(data["containerimage.digest"], "containerimage.digest");
  const configDigest = optionalDigest(data["containerimage.config.digest"], "containerimage.config.digest");
  const descriptor = data["containerimage.descriptor"] === void 0 ? void 0 : parseDescriptor(data["containerimage.descriptor"]);
  const names = typeof data["image.name"] === "string" ? data["image.name"] : "";
  const buildRef = typeof data["buildx.build.ref"] === "string" ? data["buildx.build.ref"] : void 0;
  return {
    ...digest ? { digest } : {},
    ...configDigest ? { configDigest } : {},
    ...descriptor ? { descriptor } : {},
    isIndex: descriptor !== void 0 && isIndexMediaType(descriptor.mediaType),
    imageNames: names.split(",").map((name) => name.trim()).filter(Boolean),
    ...buildRef ? { buildRef } : {}
  };
}
function isIndexMediaType(mediaType) {
  return mediaType === OCI_INDEX || mediaType === DOCKER_MANIFEST_LIST;
}
function parseImageIndex(raw) {
  const data = JSON.parse(raw);
  if (!isRecord2(data)) throw new Error("the manifest is not a JSON object");
  const mediaType = typeof data.mediaType === "string" ? data.mediaType : "";
  if (!Array.isArray(data.manifests)) return void 0;
  const manifests = [];
  const attestations = [];
  for (const entry of data.manifests) {
    const descriptor = parseDescriptor(entry);
    if (descriptor.annotations?.["vnd.docker.reference.type"] === "attestation-manifest") {
      attestations.push(descriptor);
      continue;
    }
    if (!descriptor.platform || descriptor.platform === "unknown/unknown") continue;
    manifests.push({
      platform: descriptor.platform,
      digest: descriptor.digest,
      mediaType: descriptor.mediaType,
      ...descriptor.size !== void 0 ? { size: descriptor.size } : {}
    });
  }
  return { mediaType: mediaType || OCI_INDEX, manifests, attestations };
}
function manifestDigest(bytes) {
  return `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
}
function parseDescriptor(value) {
  if (!isRecord2(value)) throw new Error("a descriptor is not a JSON object");
  const { mediaType, digest, size, platform, annotations } = value;
  if (typeof mediaType !== "string" || typeof digest !== "string" || !DIGEST2.test(digest)) {
    throw new Error(`a descriptor lacks a mediaType or a sha256 digest: ${JSON.stringify(value)}`);
  }
  return {
    mediaType,
    digest,
    ...typeof size === "number" ? { size } : {},
    ...isRecord2(platform) ? { platform: platformName(platform) } : {},
    ...isRecord2(annotations) ? { annotations: stringValues(annotations) } : {}
  };
}
function platformName(platform) {
  return [platform.os, platform.architecture, platform.variant].filter((part) => typeof part === "string" && part !== "").join("/");
}
function optionalDigest(value, key) {
  if (value === void 0) return void 0;
  if (typeof value !== "string" || !DIGEST2.test(value)) {
    throw new Error(`${key} in the buildx metadata file is not a sha256 digest: ${JSON.stringify(value)}`);
  }
  return value;
}
function stringValues(record) {
  return Object.fromEntries(
    Object.entries(record).filter((entry) => typeof entry[1] === "string")
  );
}
function isRecord2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/build-push/buildx/imagetools.ts
var DIGEST3 = /^sha256:[0-9a-f]{64}$/;
function imagetoolsCreateArgv(options) {
  if (options.sources.length === 0) throw new Error("imagetools create needs at least one source image");
  if (options.tags.length === 0 && !options.dryRun)
    throw new Error("imagetools create needs at least one tag");
  return [
    "buildx",
    "imagetools",
    "create",
    ...options.builder ? ["--builder", options.builder] : [],
    ...options.tags.flatMap((tag2) => ["--tag", tag2]),
    ...options.metadataFile && !options.dryRun ? ["--metadata-file", options.metadataFile] : [],
    ...options.dryRun ? ["--dry-run"] : [],
    ...options.sources
  ];
}
function imagetoolsInspectRawArgv(reference, builder) {
  return ["buildx", "imagetools", "inspect", ...builder ? ["--builder", builder] : [], "--raw", reference];
}
function digestReference(repository, digest) {
  if (!DIGEST3.test(digest)) throw new Error(`not a sha256 digest: ${digest}`);
  return `${repository}@${digest}`;
}
function parseImagetoolsDryRun(stdout) {
  const bytes = stdout.endsWith("\n") ? stdout.slice(0, -1) : stdout;
  const index = parseImageIndex(bytes);
  if (!index) throw new Error("imagetools create --dry-run printed no image index");
  return { digest: manifestDigest(bytes), index };
}

// src/build-push/buildx/progress.ts
var VERTEX = /^#(\d+) (.*)$/;
function vertexNames(lines) {
  const names = /* @__PURE__ */ new Map();
  for (const line of lines) {
    const match = VERTEX.exec(line);
    if (match && !names.has(match[1])) names.set(match[1], match[2]);
  }
  return names;
}
function pushedManifests(output) {
  const pushed = /* @__PURE__ */ new Set();
  for (const match of output.matchAll(/pushing manifest for (\S+@sha256:[0-9a-f]{64})(?: [\d.]+s)? done/g)) {
    pushed.add(match[1]);
  }
  return [...pushed];
}
function classifyBuildxFailure(output) {
  const lines = output.split(/\r?\n/).map((line2) => line2.trim());
  const names = vertexNames(lines);
  const failed = lines.map((line2) => /^#(\d+) ERROR: (.*)$/.exec(line2)).findLast(Boolean);
  const vertex = failed ? names.get(failed[1]) : void 0;
  const line = buildErrorLine(output) ?? failed?.[2] ?? "docker buildx build failed";
  const pushed = pushedManifests(output);
  const needsEmulation = /exec format error/i.test(output);
  return { kind: failureKind(vertex, line), line, ...vertex ? { vertex } : {}, pushed, needsEmulation };
}
function failureKind(vertex, line) {
  if (vertex !== void 0) {
    if (/^exporting (content )?cache\b|^exporting cache\b/i.test(vertex)) return "cache-export";
    if (/^exporting to (image|oci image format|docker image format)|^pushing .* with docker/i.test(vertex)) {
      return /attestation|provenance|sbom/i.test(line) ? "attestation" : "push";
    }
    if (/^resolving provenance|^\[.*\] (generating sbom|scanning)/i.test(vertex)) return "attestation";
    return "build";
  }
  if (/did not complete successfully/i.test(line)) return "build";
  if (/error writing manifest blob|exporting cache|cache export/i.test(line)) return "cache-export";
  if (/failed to push|unexpected status from (PUT|POST|PATCH|HEAD)|failed commit on ref|failed to copy/i.test(
    line
  )) {
    return "push";
  }
  return "build";
}

// src/build-push/buildx/build.ts
var QEMU_ADVICE = "A RUN step ran for another platform than the runner's, which needs emulation: add docker/setup-qemu-action before this step. FROM, COPY and cross-compiling with FROM --platform=$BUILDPLATFORM need none.";
function buildxOutput(job) {
  const references2 = job.tags.map((tag2) => tag2.reference);
  if (!job.push || job.pushedBy === "engine") {
    return job.push || job.buildx.load || job.buildx.platforms.length <= 1 ? { kind: "load", tags: references2 } : { kind: "none", tags: references2 };
  }
  if (job.buildx.pushByDigest || job.tags.some((tag2) => job.existing?.has(tag2.name))) {
    return { kind: "push-by-digest", repository: job.repository };
  }
  return { kind: "push", tags: references2.slice(0, 1), load: job.buildx.load };
}
function retryKind(failure) {
  if (failure.kind !== "push" && failure.kind !== "cache-export") return void 0;
  if (/\b401\b|unauthori[sz]ed|authentication required/i.test(failure.line)) return "unauthorized";
  return classifyFailure(failure.line) === "transient" ? "transient" : void 0;
}
var BuildxFailed = class extends DockerError {
  failure;
  retry;
  constructor(failure) {
    super("buildx build", failure.line, 1);
    this.failure = failure;
    this.retry = retryKind(failure);
  }
};
async function buildWithBuildx(job, deps) {
  const output = buildxOutput(job);
  const loads = output.kind === "load" || output.kind === "push" && output.load;
  const pushes = output.kind === "push" || output.kind === "push-by-digest";
  if (output.kind === "none") {
    deps.log(
      `Several platforms (${job.buildx.platforms.join(", ")}) built without a push: the result stays in the build cache (set load to bring it into the local image store)`
    );
  }
  const dir = await mkdtemp(join2(deps.tempRoot ?? (process.env.RUNNER_TEMP || tmpdir()), "ocir-buildx-"));
  try {
    const metadataFile = join2(dir, "metadata.json");
    const iidfile = loads ? join2(dir, "iid") : void 0;
    const options = {
      context: job.build.context,
      file: job.build.file,
      labels: job.labels,
      buildArgs: job.build.buildArgs,
      ...job.build.target ? { target: job.build.target } : {},
      ...job.build.network ? { network: job.build.network } : {},
      platforms: job.buildx.platforms,
      pull: job.build.pull,
      noCache: job.build.noCache,
      cacheFrom: job.build.cacheFrom,
      cacheTo: job.buildx.cacheTo,
      secrets: job.buildx.secrets,
      secretEnvs: job.buildx.secretEnvs,
      ssh: job.buildx.ssh,
      buildContexts: job.buildx.buildContexts,
      ...job.buildx.provenance !== void 0 ? { provenance: job.buildx.provenance } : {},
      ...job.buildx.sbom !== void 0 ? { sbom: job.buildx.sbom } : {},
      ...job.choice.builder ? { builder: job.choice.builder } : {},
      metadataFile,
      ...iidfile ? { iidfile } : {},
      output
    };
    const argv = buildxBuildArgv(options);
    const env = buildxEnvironment(options);
    deps.log(
      `Building with buildx on ${job.choice.builder ?? "the current builder"}${job.choice.driver ? ` (${job.choice.driver} driver)` : ""}` + (job.buildx.platforms.length > 0 ? ` for ${job.buildx.platforms.join(", ")}` : "")
    );
    if (pushes) await deps.beforePush?.();
    const cacheFailure = await runBuild(argv, env, job, deps, pushes);
    const metadata = parseBuildMetadata(await readFile(metadataFile, "utf8").catch(() => ""));
    const imageId2 = iidfile ? (await readFile(iidfile, "utf8").catch(() => "")).trim() : "";
    if (!pushes) return { imageId: imageId2, platforms: [] };
    const digest = metadata.digest ?? cacheFailure?.digest;
    if (!digest) {
      throw new StepFailure(
        "push",
        new ActionError(
          "buildx pushed, but its metadata file names no digest (containerimage.digest): the push cannot be verified"
        )
      );
    }
    if (output.kind === "push" && metadata.imageNames.length > 0) {
      const missing = output.tags.filter((reference) => !metadata.imageNames.includes(reference));
      if (missing.length > 0) {
        throw new StepFailure(
          "push",
          new ActionError(
            `buildx reports pushing ${metadata.imageNames.join(", ")} but not ${missing.join(", ")}`
          )
        );
      }
    }
    const platforms = await platformManifests(job, deps, digest, metadata);
    const pushed = job.buildx.pushByDigest ? { digest, pushed: [], unchanged: [] } : await tagPushedImage(job, deps, digest);
    return { imageId: imageId2, pushed, platforms, ...cacheFailure ? { failure: cacheFailure.failure } : {} };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
async function runBuild(argv, env, job, deps, pushes) {
  const attempt = () => withRetries(
    async () => {
      try {
        await deps.buildx.run(argv, env);
      } catch (error2) {
        if (!(error2 instanceof DockerError)) throw error2;
        throw new BuildxFailed(classifyBuildxFailure(error2.output));
      }
    },
    {
      attempts: job.attempts,
      initialDelayMs: deps.initialDelayMs ?? 2e3,
      isRetryable: (error2) => error2 instanceof BuildxFailed && error2.retry === "transient",
      onRetry: (error2, number, delayMs) => deps.log(
        `The ${error2.failure.kind === "cache-export" ? "cache export" : "push"} failed for a transient reason (attempt ${number}): ${error2.failure.line}; building again from cache in ${delayMs / 1e3}s`
      ),
      ...deps.sleep ? { sleep: deps.sleep } : {}
    }
  );
  try {
    await attempt().catch(async (error2) => {
      const renew = deps.renewLogin;
      if (!(error2 instanceof BuildxFailed) || error2.retry !== "unauthorized" || !renew || !await renew()) {
        throw error2;
      }
      deps.log("The registry refused the push as unauthorized: logged in again, pushing once more");
      await attempt();
    });
    return void 0;
  } catch (error2) {
    if (!(error2 instanceof BuildxFailed)) throw error2;
    const failure = error2.failure;
    const pushedDigest = pushes ? digestPushedTo(failure, job) : void 0;
    if (failure.kind === "cache-export" && pushedDigest) {
      return {
        digest: pushedDigest,
        failure: new StepFailure(
          "cache-export",
          new ActionError(
            `The cache export failed after the image was pushed (${pushedDigest}): ${failure.line}
The image and its tags are in the registry; only the cache is missing, so the next build runs without it. Check that 'cache-to' names a repository this login may push to.`
          )
        )
      };
    }
    throw asStepFailure(failure);
  }
}
function digestPushedTo(failure, job) {
  const names = /* @__PURE__ */ new Set([job.repository, ...job.tags.map((tag2) => tag2.reference)]);
  const pushed = failure.pushed.find((reference) => {
    const at = reference.lastIndexOf("@");
    return names.has(reference.slice(0, at));
  });
  return pushed?.slice(pushed.lastIndexOf("@") + 1);
}
function asStepFailure(failure) {
  switch (failure.kind) {
    case "push":
      return new StepFailure("push", new DockerError("buildx build", failure.line, 1));
    case "cache-export":
      return new StepFailure(
        "cache-export",
        new ActionError(
          `The cache export failed: ${failure.line}
Check that 'cache-to' names a repository this login may push to; the image was not pushed.`
        )
      );
    case "attestation":
      return new StepFailure(
        "attestation",
        new ActionError(
          `The attestations could not be made or pushed: ${failure.line}
Turn 'provenance' and 'sbom' off, or use a builder whose BuildKit makes them.`
        )
      );
    case "build": {
      const description = describeBuildFailure(failure.line);
      return new StepFailure(
        "build",
        new ActionError(
          failure.needsEmulation ? `${description.split("\n")[0]}
${QEMU_ADVICE}` : description
        )
      );
    }
  }
}
async function platformManifests(job, deps, digest, metadata) {
  const descriptor = metadata.descriptor;
  if (!metadata.isIndex && (descriptor || job.buildx.platforms.length <= 1)) {
    return descriptor?.platform ? [{ platform: descriptor.platform, digest, mediaType: descriptor.mediaType }] : [];
  }
  const raw = await deps.buildx.query(
    imagetoolsInspectRawArgv(digestReference(job.repository, digest), job.choice.builder)
  );
  return parseImageIndex(raw)?.manifests ?? [];
}
async function tagPushedImage(job, deps, digest) {
  const addTag = deps.addTag;
  if (!addTag) throw new Error("tagging a pushed image needs the registry API");
  return pushTags(job.tags, {
    attempts: job.attempts,
    // The first fresh tag is the name BuildKit pushed (none on an immutable repository).
    pushOne: async () => digest,
    pushOneFallback: false,
    addTag,
    ...job.existing ? { existing: new Map(job.existing) } : {},
    sameImage: async (held) => held === digest,
    log: deps.log,
    ...deps.renewLogin ? { renewLogin: deps.renewLogin } : {},
    ...deps.initialDelayMs !== void 0 ? { initialDelayMs: deps.initialDelayMs } : {}
  }).catch((error2) => {
    throw new StepFailure("push", error2);
  });
}

// src/build-push/buildx/merge.ts
async function mergeDigests(job, deps) {
  const sources = job.digests.map((digest2) => digestReference(job.repository, digest2));
  const builder = job.choice.builder;
  const printed = await deps.buildx.query(
    imagetoolsCreateArgv({ tags: [], sources, dryRun: true, ...builder ? { builder } : {} })
  );
  let digest;
  let platforms;
  try {
    const dryRun = parseImagetoolsDryRun(printed);
    digest = dryRun.digest;
    platforms = dryRun.index.manifests;
  } catch (error2) {
    if (job.digests.length !== 1) throw error2;
    digest = job.digests[0];
    platforms = [];
  }
  deps.log(`Index of ${job.digests.length} image(s): ${digest}`);
  const existing = job.existing ?? /* @__PURE__ */ new Map();
  assertNoTagMoves(job.tags, existing, digest);
  const fresh = job.tags.filter((tag2) => !existing.has(tag2.name));
  if (fresh.length > 0) {
    await deps.beforePush?.();
    const argv = imagetoolsCreateArgv({
      tags: fresh.map((tag2) => tag2.reference),
      sources,
      ...builder ? { builder } : {}
    });
    await withTransientRetries(job, deps, fresh[0], () => deps.buildx.run(argv)).catch((error2) => {
      throw new StepFailure("push", error2);
    });
  }
  const unchanged = job.tags.filter((tag2) => existing.has(tag2.name)).map((tag2) => tag2.name);
  for (const name of unchanged)
    deps.log(`Tag ${name} already holds ${digest} on this immutable repository: skipped`);
  return { pushed: { digest, pushed: fresh.map((tag2) => tag2.name), unchanged }, platforms };
}
function withTransientRetries(job, deps, tag2, operation) {
  return withRetries(operation, {
    attempts: job.attempts,
    initialDelayMs: deps.initialDelayMs ?? 2e3,
    isRetryable: (error2) => error2 instanceof DockerError && classifyFailure(error2.output) === "transient",
    onRetry: (_error, number, delayMs) => deps.log(
      `Tagging ${tag2.reference} failed for a transient reason (attempt ${number}); retrying in ${delayMs / 1e3}s`
    ),
    ...deps.sleep ? { sleep: deps.sleep } : {}
  });
}

// src/build-push/docker/buildx-cli.ts
import { existsSync } from "node:fs";
import { homedir as homedir2 } from "node:os";
import { join as join3 } from "node:path";
var runDocker = async (args, options = {}) => {
  try {
    return await getExecOutput("docker", [...args], {
      ignoreReturnCode: true,
      silent: options.silent ?? false,
      ...options.env ? { env: { ...definedEnvironment(), ...options.env } } : {}
    });
  } catch (error2) {
    return { exitCode: 127, stdout: "", stderr: error2 instanceof Error ? error2.message : String(error2) };
  }
};
function definedEnvironment() {
  return Object.fromEntries(
    Object.entries(process.env).filter((entry) => entry[1] !== void 0)
  );
}
function pluginDirectories(env = process.env) {
  const config = env.DOCKER_CONFIG || join3(homedir2(), ".docker");
  return [
    join3(config, "cli-plugins"),
    "/usr/local/lib/docker/cli-plugins",
    "/usr/local/libexec/docker/cli-plugins",
    "/usr/lib/docker/cli-plugins",
    "/usr/libexec/docker/cli-plugins"
  ];
}
function buildxPluginInstalled() {
  return pluginDirectories().some((dir) => existsSync(join3(dir, "docker-buildx")));
}
var NOT_INSTALLED = {
  exitCode: 1,
  stdout: "",
  stderr: "docker: 'buildx' is not a docker command (no docker-buildx plugin installed)"
};
function buildxCli(runner = runDocker, pluginInstalled = buildxPluginInstalled) {
  const checked = async (argv, options) => {
    const result = await runner(argv, options);
    if (result.exitCode !== 0) {
      throw new DockerError(argv.slice(0, 3).join(" "), result.stderr || result.stdout, result.exitCode);
    }
    return result.stdout;
  };
  return {
    installed: pluginInstalled,
    // Without the plugin the answer is known: no docker process spent on asking (start-up time).
    version: () => pluginInstalled() ? runner(["buildx", "version"], { silent: true }) : Promise.resolve(NOT_INSTALLED),
    inspect: (builder) => pluginInstalled() ? runner(["buildx", "inspect", ...builder ? [builder] : []], { silent: true }) : Promise.resolve(NOT_INSTALLED),
    run: (argv, env) => checked(argv, env ? { env } : {}),
    query: (argv) => checked(argv, { silent: true })
  };
}

// src/build-push/manifest-tagger.ts
function manifestTagger(options, connect = () => registryClient(options)) {
  let connected;
  const client = () => connected ??= connect();
  let ready;
  const manifests = /* @__PURE__ */ new Map();
  const prepare = () => {
    ready ??= client().authorize().catch(() => void 0);
  };
  const manifest = (digest) => {
    let pending = manifests.get(digest);
    if (!pending) {
      pending = client().getManifest(digest);
      manifests.set(digest, pending);
      pending.catch(() => manifests.delete(digest));
    }
    return pending;
  };
  return {
    prepare,
    addTag: async (tag2, digest) => {
      prepare();
      await ready;
      return client().putManifest(tag2, await manifest(digest));
    },
    configDigest: async (digest) => {
      prepare();
      await ready;
      return configDigestOf(await manifest(digest));
    },
    close: () => connected?.close()
  };
}
function configDigestOf(manifest) {
  try {
    const parsed = JSON.parse(manifest.bytes.toString("utf8"));
    return typeof parsed.config?.digest === "string" ? parsed.config.digest : void 0;
  } catch {
    return void 0;
  }
}

// src/build-push/build-image.ts
async function buildxPhase(inputs, git, version, choice, target) {
  const { repository, tags, plan, resolved, login: login2 } = target;
  const session = login2?.login;
  const pusher = pushedBy(choice, inputs);
  const tagger = login2 && plan.push && !inputs.mergeDigests && pusher === "buildkit" ? manifestTagger({
    registry: login2.registry,
    repository: repository.slice(repository.indexOf("/") + 1),
    credentials: login2.credentials
  }) : void 0;
  const deps = {
    buildx: buildxCli(),
    log: info,
    ...session ? { beforePush: () => session.refreshBeforePush(), renewLogin: () => session.renewAfterRefusal() } : {},
    ...tagger ? { addTag: (tag2, digest) => tagger.addTag(tag2.name, digest) } : {}
  };
  const common = {
    choice,
    repository,
    tags,
    attempts: inputs.retries,
    ...resolved.existingTags ? { existing: resolved.existingTags } : {}
  };
  try {
    if (inputs.mergeDigests) {
      const merged = await inStep(
        "push",
        () => mergeDigests({ ...common, digests: inputs.mergeDigests }, deps)
      );
      return { imageId: "", ...merged };
    }
    const labels = await buildLabels(inputs, git, version);
    if (tags.length > 1) tagger?.prepare();
    return await inStep(
      "build",
      () => buildWithBuildx(
        {
          ...common,
          build: inputs.build,
          buildx: inputs.buildx ?? NO_BUILDX_INPUTS,
          labels,
          push: plan.push,
          pushedBy: pusher
        },
        deps
      )
    );
  } finally {
    tagger?.close();
  }
}
async function buildLabels(inputs, git, version) {
  const { created, source } = await imageCreatedTime({
    sourceDateEpoch: process.env.SOURCE_DATE_EPOCH,
    eventCommitTime: git.commitTime,
    checkoutCommitTime: () => checkoutCommitTime(process.env.GITHUB_WORKSPACE || process.cwd(), git.sha),
    now: () => /* @__PURE__ */ new Date()
  });
  info(`Image created time ${created.toISOString()}: ${source}`);
  return { ...ociLabels(git, { version, created }), ...inputs.build.labels };
}
async function buildOrTag(inputs, git, version, targets) {
  if (inputs.image) {
    const source = inputs.image;
    return inStep("build", async () => {
      const id = await imageId(source).catch((error2) => {
        throw error2 instanceof DockerError && isMissingLocalImage(error2.output) ? new ActionError(missingLocalImage(source)) : error2;
      });
      for (const target of targets) await tag(source, target);
      return id;
    });
  }
  const labels = await buildLabels(inputs, git, version);
  return inStep(
    "build",
    () => build(inputs.build, labels, targets).catch((error2) => {
      throw asBuildFailure(error2);
    })
  );
}

// src/build-push/login.ts
async function logIn(inputs, plan, namespace, resolved) {
  const username = plan.login?.kind === "auth-token" ? registryUsername(namespace, inputs.username ?? resolved.username) : BEARER_USERNAME;
  let password = "";
  const repositoryPath = `${namespace}/${inputs.repository}`;
  const store = await loginStore(plan.registry);
  const login2 = registryLogin(
    plan.login?.kind === "auth-token" ? { kind: "auth-token", token: plan.login.token } : { kind: "registry-token", issued: resolved.registryToken, issue: resolved.issueRegistryToken },
    {
      login: (fresh) => inStep("login", async () => {
        if (store.kind === "docker") await login(plan.registry, username, fresh);
        else await logInToConfigFile(store.path, plan.registry, repositoryPath, username, fresh);
        password = fresh;
      }),
      now: Date.now,
      log: info
    }
  );
  await login2.logIn();
  saveState(State.Registry, plan.registry);
  saveState(State.Logout, String(inputs.logout));
  saveState(State.LoginStore, store.kind);
  return { registry: plan.registry, login: login2, credentials: () => ({ username, password }) };
}
async function loginStore(registry) {
  const path = dockerConfigPath();
  try {
    const helper = credentialHelperOf(await readConfig(path), registry);
    if (helper === void 0) return { kind: "config-file", path };
    info(`${path}: ${helper}, so the login goes through docker login`);
  } catch (error2) {
    info(`${path} could not be read (${String(error2)}): the login goes through docker login`);
  }
  return { kind: "docker" };
}
async function logInToConfigFile(path, registry, repository, username, password) {
  const client = registryClient({ registry, repository, credentials: () => ({ username, password }) });
  try {
    await client.verifyLogin();
  } finally {
    client.close();
  }
  await writeConfig(path, withAuth(await readConfig(path), registry, username, password));
  info(`Logged in to ${registry} as ${username}`);
}

// src/build-push/outputs.ts
function references(result) {
  return result.tagNames.map((name) => `${result.repository}:${name}`);
}
function outputValues(result) {
  const values = {
    [Output.Registry]: result.registry,
    [Output.Namespace]: result.namespace,
    [Output.Repository]: result.repository,
    [Output.RepositoryOcid]: result.repositoryOcid,
    [Output.Tags]: references(result).join("\n"),
    [Output.TagNames]: result.tagNames.join("\n"),
    [Output.Version]: result.version,
    ...result.imageId ? { [Output.ImageId]: result.imageId } : {},
    [Output.Pushed]: String(result.pushed)
  };
  if (result.digest) {
    values[Output.Digest] = result.digest;
    values[Output.Image] = `${result.repository}@${result.digest}`;
  }
  if (result.signature) values[Output.SignatureOcid] = result.signature.id;
  if (result.scan) {
    values[Output.ScanSeverity] = result.scan.report.highestSeverity;
    values[Output.ScanProblems] = String(result.scan.report.problemCount);
  }
  if (result.replicas) values[Output.Replicas] = replicasOutput(result.replicas);
  const metadata = {
    ...values,
    ...result.replicas ? { replicas: JSON.parse(replicasOutput(result.replicas)) } : {},
    tags: references(result),
    "tag-names": result.tagNames,
    ...result.platforms && result.platforms.length > 0 ? { platforms: result.platforms.map(({ platform, digest }) => ({ platform, digest })) } : {}
  };
  values[Output.Metadata] = JSON.stringify(metadata);
  return values;
}
function setOutputs(result) {
  for (const [name, value] of Object.entries(outputValues(result))) setOutput(name, value);
}
function summaryMarkdown(result) {
  const rows = [
    ["Image", `\`${result.repository}\``],
    ["Tags", result.tagNames.map((name) => `\`${name}\``).join(" ")],
    ["Pushed", result.pushed ? "yes" : "no (built and tagged only)"],
    ...result.digest ? [
      ["Digest", `\`${result.digest}\``],
      ["Deploy", `\`${result.repository}@${result.digest}\``]
    ] : [],
    ...result.signature ? [
      ["Signature", `\`${result.signature.id}\``],
      [
        "Signed with",
        `Vault key \`${result.signature.keyId}\`, version \`${result.signature.keyVersionId}\`, ${result.signature.algorithm}`
      ]
    ] : [],
    ...(result.platforms ?? []).map(({ platform, digest }) => [`Platform ${platform}`, `\`${digest}\``]),
    ...result.imageId ? [["Local image id", `\`${result.imageId}\``]] : []
  ];
  const table = ["| | |", "|---|---|", ...rows.map(([key, value]) => `| ${key} | ${value} |`)].join("\n");
  const pull = result.digest ? `

Pull it:

\`\`\`sh
docker pull ${result.repository}@${result.digest}
\`\`\`
` : "\n";
  const scan = result.scan ? `
${scanMarkdown(result.scan)}` : "";
  const replicas = result.replicas ? `
${replicasMarkdown(result.replicas)}` : "";
  return `### Container image ${result.pushed ? "pushed to" : "built for"} ${result.registry}

${table}${pull}${scan}${replicas}`;
}
function replicasMarkdown(replicas) {
  const rows = replicas.map(({ region, image, copied, failure }) => {
    const result = image ? `\`${image}\`` : `**failed**: ${cell((failure ?? "unknown").replace(/\s*\n\s*/g, " "))}`;
    const copy = copied ? `${copied.blobsUploaded} blob(s) uploaded (${formatBytes(copied.bytesUploaded)}), ${copied.blobsPresent} already there` : "\u2014";
    return `| ${region} | ${result} | ${copy} |`;
  });
  return ["#### Replicas", "", "| region | image | copy |", "|---|---|---|", ...rows].join("\n") + "\n";
}
function scanMarkdown(scan) {
  const { counts, worst } = scanSummaryRows(scan.report);
  const verdict = scan.fails ? `**Failed** \`scan-gate: ${scan.gate}\`: the worst problem is ${scan.report.highestSeverity}.` : `Passed \`scan-gate: ${scan.gate}\`: the worst problem is ${scan.report.highestSeverity}.`;
  const countTable = [
    "| severity | problems |",
    "|---|---|",
    ...counts.map(([severity, count]) => `| ${severity} | ${count} |`)
  ].join("\n");
  const worstTable = worst.length === 0 ? "" : [
    "\n\nWorst problems:\n",
    "| severity | problem | packages |",
    "|---|---|---|",
    ...worst.map(([severity, name, packages]) => `| ${severity} | ${cell(name)} | ${cell(packages)} |`)
  ].join("\n");
  return `#### Vulnerability scan

${verdict} ${scan.report.problemCount} problem(s), scanned ${scan.report.timeFinished}.

${countTable}${worstTable}
`;
}
function cell(text) {
  return text.replace(/\|/g, "\\|") || "\u2014";
}
async function writeSummary(result) {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await summary.addRaw(summaryMarkdown(result)).write();
}

// src/build-push/plan.ts
function planRun(inputs, situation) {
  const registry = inputs.registry ?? registryHost(inputs.region);
  const keylessUnavailable = inputs.auth?.kind === "oidc" && situation.forkPullRequest && situation.idToken === false;
  const hasApi = inputs.auth !== void 0 && !keylessUnavailable;
  const login2 = inputs.authToken ? { kind: "auth-token", token: inputs.authToken } : hasApi ? { kind: "registry-token" } : void 0;
  const problems = credentialProblems(
    {
      ociApi: hasApi,
      authToken: inputs.authToken !== void 0,
      namespace: inputs.namespace !== void 0,
      username: inputs.username !== void 0,
      push: inputs.push
    },
    situation
  );
  if (problems.length === 1) throw problems[0];
  if (problems.length > 1) throw new InputErrors(problems);
  const push2 = inputs.push && login2 !== void 0;
  const skipPushReason = inputs.push && !push2 ? "This pull request comes from a fork, and GitHub gives fork workflows neither the repository secrets nor an OIDC token: the image is built and tagged but not pushed." : void 0;
  return {
    registry,
    ...push2 ? { login: login2 } : {},
    push: push2,
    ...skipPushReason ? { skipPushReason } : {},
    lookup: {
      namespace: !inputs.namespace && hasApi,
      username: push2 && login2?.kind === "auth-token" && !inputs.username,
      repository: push2 && hasApi && inputs.createRepository !== "false"
    }
  };
}

// src/build-push/push-image.ts
function pushImage(inputs, resolved, imageId2, tags, session, repositoryPath) {
  const { login: login2 } = session;
  return inStep("push", async () => {
    await login2.refreshBeforePush();
    const tagger = manifestTagger({
      registry: session.registry,
      repository: repositoryPath,
      credentials: session.credentials
    });
    try {
      return await pushTags(tags, {
        attempts: inputs.retries,
        pushOne: (reference) => {
          const pushing = push(reference);
          if (tags.length > 1) tagger.prepare();
          return pushing;
        },
        addTag: (tag2, digest) => tagger.addTag(tag2.name, digest),
        ...resolved.existingTags ? { existing: resolved.existingTags } : {},
        // The same image: pushed from here before, or its config (the image id) is the one stored.
        sameImage: async (digest) => (await repoDigests(imageId2)).some((ref) => ref.endsWith(`@${digest}`)) || await tagger.configDigest(digest).catch(unlessMissing) === imageId2,
        log: info,
        renewLogin: () => login2.renewAfterRefusal()
      });
    } finally {
      tagger.close();
    }
  });
}
function unlessMissing(error2) {
  if (error2 instanceof RegistryApiError && error2.status === 404) return void 0;
  throw error2;
}

// src/build-push/release-gates.ts
async function runReleaseGates(inputs, image) {
  const { sign, scan } = inputs;
  if (!sign && !scan) return {};
  let connection;
  const oci = () => connection ??= connectReleaseApi(inputs);
  let scanned;
  if (scan) {
    try {
      const report = await group(
        `Waiting for the vulnerability scan (scan-gate: ${scan.gate})`,
        async () => awaitScan(await oci(), inputs, scan, image)
      );
      const fails = gateFails(report.highestSeverity, scan.gate);
      info(
        `Scan: ${report.problemCount} problem(s), worst ${report.highestSeverity}: ` + (fails ? `reaches scan-gate ${scan.gate}` : `below scan-gate ${scan.gate}, passed`)
      );
      scanned = { report, gate: scan.gate, fails };
      if (fails) {
        if (sign) info("Not signing: the image did not pass the vulnerability gate");
        return { scan: scanned, failure: new ActionError(gateFailureMessage(report, scan.gate)) };
      }
    } catch (error2) {
      return { failure: asGateError("Vulnerability gate", error2) };
    }
  }
  if (!sign) return { ...scanned ? { scan: scanned } : {} };
  try {
    const signature = await group(
      `Signing ${image.digest} with the Vault key`,
      async () => signImage(await oci(), inputs, sign, image.digest)
    );
    return { signature, ...scanned ? { scan: scanned } : {} };
  } catch (error2) {
    return { ...scanned ? { scan: scanned } : {}, failure: asGateError("Signing", error2) };
  }
}
async function connectReleaseApi(inputs) {
  if (!inputs.auth || !inputs.region)
    throw new ActionError("The release gates need OCI API credentials and a region.");
  const connection = await ociConnection(inputs.auth, inputs.region.id);
  const { connectOci } = await import("./chunks/client-TUDINTVH.js");
  return connectOci(connection);
}
async function signImage(oci, inputs, sign, digest) {
  const { signPushedImage } = await import("./chunks/signing-OHOWBBZW.js");
  info(`Key ${sign.keyId}, version ${sign.keyVersionId}, ${sign.algorithm}`);
  const signed = await signPushedImage(oci, {
    regionId: inputs.region.id,
    repositoryName: inputs.repository,
    digest,
    keyId: sign.keyId,
    keyVersionId: sign.keyVersionId,
    algorithm: sign.algorithm,
    ...sign.cryptoEndpoint ? { cryptoEndpoint: sign.cryptoEndpoint } : {},
    ...sign.description ? { description: sign.description } : {},
    ...sign.metadata ? { metadata: sign.metadata } : {}
  });
  info(`Signature ${signed.id} on image ${signed.imageId}`);
  return {
    id: signed.id,
    keyId: signed.keyId,
    keyVersionId: signed.keyVersionId,
    algorithm: signed.algorithm
  };
}
async function awaitScan(oci, inputs, scan, image) {
  const { waitForScanResult } = await import("./chunks/scan-results-ZZO7D2NQ.js");
  const compartmentId = image.repositoryCompartmentId ?? await repositoryCompartment(oci, inputs.repository);
  const started = Date.now();
  const report = await waitForScanResult(oci, {
    repositoryName: inputs.repository,
    repositoryCompartmentId: compartmentId,
    digest: image.digest,
    tags: image.tagNames,
    pushedAt: image.pushedAt,
    timeoutMs: scan.timeoutMs,
    // Uncertain coverage is worth a warning: the wait may end in a timeout that only a target would prevent.
    onCoverage: ({ message, certain }) => certain ? info(message) : warning(message),
    onPoll: (poll) => {
      if (poll.nextInMs !== void 0) info(progressLine(poll));
    }
  });
  info(`Scan result ${report.resultId} after ${Math.round((Date.now() - started) / 1e3)} s`);
  return report;
}
async function repositoryCompartment(oci, name) {
  const { findRepository } = await import("./chunks/repositories-SPIY22C4.js");
  const repository = await findRepository(oci, name).catch((error2) => {
    throw new ActionError(
      `Vulnerability gate: the repository ${name} could not be looked up to find its compartment. The signing principal's group needs: "Allow group <your-group> to read repos in tenancy". ${causeOf(error2)}`
    );
  });
  if (!repository) {
    throw new ActionError(
      `Vulnerability gate: the repository ${name} is not listed by the OCI Artifacts API, so its scan target cannot be found.`
    );
  }
  return repository.compartmentId;
}
function progressLine(poll) {
  const seconds = (ms) => `${Math.round(ms / 1e3)} s`;
  const next = poll.nextInMs === void 0 ? "" : `; next look in ${seconds(poll.nextInMs)}`;
  return `Scan: no result yet (look ${poll.attempt}, ${seconds(poll.elapsedMs)} of ${seconds(poll.timeoutMs)})${next}`;
}
function asGateError(phase, error2) {
  if (error2 instanceof ActionError) return error2;
  return new ActionError(`${phase} failed: ${error2 instanceof Error ? error2.message : String(error2)}`);
}

// src/build-push/region-api.ts
async function connectRegion(auth, regionId) {
  const connection = await inStep("sign-in", () => ociConnection(auth, regionId));
  const { connectControlPlane } = await import("./chunks/control-plane-H4LJJDPB.js");
  const api = connectControlPlane(connection);
  const issueToken = async () => {
    const issued = await inStep(
      "registry-token",
      () => issueRegistryToken(() => api.registryTokenGrant(), Date.now)
    );
    setSecret(issued.token);
    return issued;
  };
  return { api, issueToken };
}

// src/build-push/repository-drift.ts
function repositoryDrift(existing, wanted) {
  const drift = [];
  if (existing.isPublic !== wanted.isPublic) {
    drift.push(
      existing.isPublic ? `Repository ${existing.name} is public, but ${Input.RepositoryPublic} is false: anyone can pull its images. The action does not change existing repositories; make it private in the OCI console if it should be.` : `Repository ${existing.name} is private, but ${Input.RepositoryPublic} is true: pulling needs credentials. The action does not change existing repositories; make it public in the OCI console if it should be.`
    );
  }
  if (existing.isImmutable !== wanted.isImmutable) {
    drift.push(
      existing.isImmutable ? `Repository ${existing.name} is immutable, but ${Input.RepositoryImmutable} is false: a tag that already exists cannot be moved to a new image. The action does not change existing repositories.` : `Repository ${existing.name} is mutable, but ${Input.RepositoryImmutable} is true: its tags can be overwritten. The action does not change existing repositories; make it immutable in the OCI console.`
    );
  }
  return drift;
}

// src/build-push/replicas/resolve.ts
function resolveReplicas(targets, needs) {
  return Promise.all(
    targets.map(async (target) => {
      try {
        return { target, access: await resolveReplica(target, needs) };
      } catch (failure) {
        info(`${target.region.id}: ${messageOf(failure)}; this region will not receive the image`);
        return { target, failure };
      }
    })
  );
}
async function resolveReplica(target, needs) {
  const region = target.region.id;
  const log = (line) => info(`${region}: ${line}`);
  if (!needs.registryToken && !needs.repository) return { target };
  const { api, issueToken } = await connectRegion(needs.auth, region);
  const [registryToken, repository] = await Promise.all([
    needs.registryToken ? issueToken() : void 0,
    needs.repository ? needs.repository.then(
      (spec) => inStep("repository", () => ensureReplicaRepository(api, spec, needs.wanted, region))
    ) : void 0
  ]);
  const existingTags = repository?.isImmutable ? await inStep("repository", () => api.tagDigests(repository.id, needs.tagNames)) : void 0;
  if (registryToken) log(`registry token issued by ${region}`);
  return {
    target,
    ...repository ? { repository } : {},
    ...existingTags ? { existingTags } : {},
    ...registryToken ? { registryToken, issueRegistryToken: issueToken } : {}
  };
}
async function ensureReplicaRepository(api, spec, wanted, region) {
  const log = (line) => info(`${region}: ${line}`);
  const repository = await api.ensureRepository(spec);
  const kind = `${repository.isPublic ? "public" : "private"}, ${repository.isImmutable ? "immutable" : "mutable"}`;
  if (repository.created) log(`created ${kind} repository ${repository.name} (${repository.id})`);
  else {
    log(`repository ${repository.name} exists, ${kind} (${repository.id})`);
    for (const drift of repositoryDrift(repository, wanted)) warning(`${region}: ${drift}`);
  }
  return repository;
}

// src/build-push/resolve.ts
async function resolve2(inputs, plan, tagNames) {
  const needsApi = plan.lookup.namespace || plan.lookup.username || plan.lookup.repository || plan.login?.kind === "registry-token";
  const replicating = plan.push && inputs.replicas.length > 0;
  if (!needsApi || !inputs.auth || !inputs.region) {
    info("Nothing to look up: the OCI API is not used");
    if (!replicating) return {};
    noteReplicaRepositoriesLeft(inputs);
    return { replicas: inputs.replicas.map((target) => ({ target, access: { target } })) };
  }
  const { auth, region } = inputs;
  const { api, issueToken } = await connectRegion(auth, region.id);
  const primaryRepository = plan.lookup.repository ? inStep("repository", () => ensureRepository(api, inputs, api.tenancy)) : void 0;
  if (replicating && !primaryRepository) noteReplicaRepositoriesLeft(inputs);
  const replicas = replicating ? resolveReplicas(inputs.replicas, {
    auth,
    registryToken: plan.login?.kind === "registry-token",
    // Created where missing as the primary is: its compartment, visibility and immutability.
    ...primaryRepository ? {
      repository: primaryRepository.then(({ name, compartmentId, isPublic, isImmutable }) => ({
        name,
        compartmentId,
        isPublic,
        isImmutable
      }))
    } : {},
    wanted: { isPublic: inputs.repositoryPublic, isImmutable: inputs.repositoryImmutable },
    tagNames
  }) : void 0;
  const [namespace, username, registryToken, repository] = await Promise.all([
    plan.lookup.namespace ? inStep("namespace", () => api.namespace()) : void 0,
    plan.lookup.username ? inStep("username", () => api.userName()) : void 0,
    plan.login?.kind === "registry-token" ? issueToken() : void 0,
    primaryRepository
  ]);
  const existingTags = repository?.isImmutable ? await inStep("repository", () => api.tagDigests(repository.id, tagNames)) : void 0;
  if (namespace) info(`Namespace: ${namespace}`);
  if (username) info(`User: ${username}`);
  return {
    ...namespace ? { namespace } : {},
    ...username ? { username } : {},
    ...registryToken ? { registryToken, issueRegistryToken: issueToken } : {},
    ...repository ? { repository } : {},
    ...existingTags ? { existingTags } : {},
    ...replicas ? { replicas: await replicas } : {}
  };
}
function noteReplicaRepositoriesLeft(inputs) {
  const why = inputs.auth ? "create-repository is false" : "no OCI API credential";
  const regions = inputs.replicas.map(({ region }) => region.id).join(", ");
  info(
    `${why}: the repository is not ensured in ${regions} (a push creates a missing one in the root compartment, where the tenancy allows it)`
  );
}
async function ensureRepository(api, inputs, tenancy) {
  const wanted = { isPublic: inputs.repositoryPublic, isImmutable: inputs.repositoryImmutable };
  const repository = await api.ensureRepository({
    name: inputs.repository,
    compartmentId: inputs.compartment ?? tenancy,
    ...wanted
  });
  if (repository.created) {
    info(
      `Created ${repository.isPublic ? "public" : "private"} repository ${repository.name} (${repository.id})`
    );
  } else {
    info(`Repository ${repository.name} exists (${repository.id})`);
    for (const drift of repositoryDrift(repository, wanted)) warning(drift);
  }
  return repository;
}

// src/build-push/run.ts
async function run() {
  try {
    const git = loadGitContext();
    const situation = {
      forkPullRequest: isForkPullRequest(git),
      idToken: Boolean(process.env[Env.IdTokenRequestUrl])
    };
    const inputs = getInputs(situation);
    const plan = planRun(inputs, situation);
    for (const note of inputs.authNotes) info(note);
    const { names: tagNames, version, notes } = computeTags(inputs.tagRules, inputs.flavor, git);
    for (const note of notes) info(note);
    if (plan.skipPushReason) notice(plan.skipPushReason);
    const selection = inputs.image ? void 0 : await group(
      "Choosing the builder",
      () => selectBackend(buildxCli(), { ...inputs, push: plan.push }, info)
    );
    for (const warning2 of selection?.warnings ?? []) warning(warning2);
    const backend = selection?.choice;
    if (inputs.mergeDigests && !plan.push) {
      throw new ActionError(
        "merge-digests pushes an index, and this run has no registry credentials to push with"
      );
    }
    const resolved = await group(
      "Resolving namespace, user and repository",
      () => resolve2(inputs, plan, tagNames)
    );
    const namespace = inputs.namespace ?? resolved.namespace;
    const repository = namespace ? `${plan.registry}/${namespace}/${inputs.repository}` : inputs.repository;
    const tags = tagNames.map((name) => ({ name, reference: `${repository}:${name}` }));
    info(`Image ${repository}, tags: ${tagNames.join(", ")}`);
    const login2 = plan.login ? await group(`Logging in to ${plan.registry}`, () => logIn(inputs, plan, namespace, resolved)) : void 0;
    const buildx = backend?.backend === "buildx" ? await group(
      inputs.mergeDigests ? "Joining the pushed digests into one index" : "Building with buildx",
      () => buildxPhase(inputs, git, version, backend, { repository, tags, plan, resolved, login: login2 })
    ) : void 0;
    const imageId2 = buildx ? buildx.imageId : await group(
      inputs.image ? `Tagging ${inputs.image}` : "Building the image",
      () => buildOrTag(
        inputs,
        git,
        version,
        tags.map((tag2) => tag2.reference)
      )
    );
    const enginePush = plan.push && (!buildx || backend?.backend === "buildx" && !inputs.mergeDigests && pushedBy(backend, inputs) === "engine");
    const pushed = enginePush ? await group(
      `Pushing ${tags.length} tag(s)`,
      () => pushImage(inputs, resolved, imageId2, tags, login2, `${namespace}/${inputs.repository}`)
    ) : buildx?.pushed;
    if (pushed) info(`Digest ${pushed.digest}`);
    const replicas = resolved.replicas && pushed ? await group(
      `Replicating to ${resolved.replicas.map(({ target }) => target.region.id).join(", ")}`,
      () => replicate(inputs, resolved.replicas, {
        registry: plan.registry,
        session: login2,
        repositoryPath: `${namespace}/${inputs.repository}`,
        digest: pushed.digest,
        tagNames,
        authToken: plan.login?.kind === "auth-token"
      })
    ) : void 0;
    const gates = buildx?.failure ? skippedGates(inputs, `the ${buildx.failure.step} step failed`) : pushed ? await runReleaseGates(inputs, {
      digest: pushed.digest,
      tagNames,
      pushedAt: /* @__PURE__ */ new Date(),
      ...resolved.repository ? { repositoryCompartmentId: resolved.repository.compartmentId } : {}
    }) : skippedGates(inputs, "no image was pushed");
    const result = {
      registry: plan.registry,
      namespace: namespace ?? "",
      repository,
      repositoryOcid: resolved.repository?.id ?? "",
      // Pushed by digest only: no tag names the image.
      tagNames: inputs.buildx?.pushByDigest ? [] : tagNames,
      version,
      imageId: imageId2,
      pushed: pushed !== void 0,
      ...buildx && buildx.platforms.length > 0 ? { platforms: buildx.platforms.map(({ platform, digest }) => ({ platform, digest })) } : {},
      ...pushed ? { digest: pushed.digest } : {},
      ...gates.signature ? { signature: gates.signature } : {},
      ...gates.scan ? { scan: gates.scan } : {},
      ...replicas ? { replicas } : {}
    };
    setOutputs(result);
    await writeSummary(result);
    const replicaFailure = replicas && replicationFailure(inputs.region?.id ?? plan.registry, replicas);
    const failures = [buildx?.failure, replicaFailure, gates.failure].filter(
      (failure) => failure !== void 0
    );
    for (const failure of failures.slice(0, -1)) error(explainFailure(failure));
    if (failures.length > 0) throw failures.at(-1);
    if (inputs.prComment) {
      await group("Commenting on the pull request", () => commentOnPullRequest(inputs, git, result));
    }
  } catch (error2) {
    failWithAdvice(error2);
  }
}
async function replicate(inputs, resolutions, primary) {
  const { replicateImage } = await import("./chunks/replicate-7ABKUCG3.js");
  return replicateImage({
    resolutions,
    source: { registry: primary.registry, credentials: primary.session.credentials },
    repositoryPath: primary.repositoryPath,
    digest: primary.digest,
    tagNames: primary.tagNames,
    // The auth token logs in to every region of the tenancy as it does to the primary's.
    ...primary.authToken ? { authToken: primary.session.credentials } : {},
    retries: inputs.retries
  });
}
function skippedGates(inputs, why) {
  const asked = [...inputs.sign ? ["sign-key"] : [], ...inputs.scan ? ["scan-gate"] : []];
  if (asked.length > 0) info(`${asked.join(" and ")}: skipped, ${why}`);
  return {};
}
async function commentOnPullRequest(inputs, git, result) {
  if (!result.digest) {
    info("pr-comment: skipped, no image was pushed");
    return;
  }
  await publishPreviewComment({
    token: inputs.githubToken ?? "",
    git,
    preview: { repository: result.repository, digest: result.digest, tagNames: result.tagNames },
    log: core_exports
  });
}

// src/entry/main.ts
await run();
