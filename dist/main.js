import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  DockerError,
  Env,
  Input,
  Output,
  SharedInput,
  State,
  build,
  classifyFailure,
  debug,
  getInput,
  group,
  imageId,
  info,
  login,
  notice,
  push,
  repoDigests,
  saveState,
  setFailed,
  setOutput,
  setSecret,
  summary,
  tag,
  warning
} from "./chunks/chunk-WAMOBOGJ.js";
import {
  require_semver
} from "./chunks/chunk-JGALYLMW.js";
import {
  __toESM
} from "./chunks/chunk-N5XNGD5J.js";

// src/github/context.ts
import { readFileSync } from "node:fs";
var PULL_REQUEST_EVENTS = [
  "pull_request",
  "pull_request_target",
  "pull_request_review",
  "pull_request_review_comment"
];
var SECRETLESS_FORK_EVENTS = ["pull_request", "pull_request_review", "pull_request_review_comment"];
function readGitContext(env, eventPayload) {
  const payload = asObject(eventPayload);
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  const serverUrl = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
  const payloadRepository = asObject(payload.repository);
  const repository = env.GITHUB_REPOSITORY || asString(payloadRepository.full_name) || "";
  const defaultBranch = asString(payloadRepository.default_branch);
  const pullRequest = PULL_REQUEST_EVENTS.includes(eventName) ? asObject(payload.pull_request) : void 0;
  const common = {
    eventName,
    repository,
    repositoryUrl: repository ? `${serverUrl}/${repository}` : "",
    serverUrl,
    ...defaultBranch ? { defaultBranch } : {}
  };
  if (pullRequest && Object.keys(pullRequest).length > 0) {
    const head = asObject(pullRequest.head);
    const headRepo = head.repo === null ? null : asObject(head.repo);
    const baseRepo = asObject(asObject(pullRequest.base).repo);
    const prNumber2 = asNumber(pullRequest.number) ?? asNumber(payload.number) ?? prNumberFromRef(env.GITHUB_REF);
    const headRepository = headRepo ? asString(headRepo.full_name) : void 0;
    const baseRepository = asString(baseRepo.full_name) ?? repository;
    return {
      ...common,
      sha: asString(head.sha) ?? env.GITHUB_SHA ?? "",
      // pull_request_target runs on the base branch ref; the PR is what the tags must name.
      ref: prNumber2 !== void 0 ? `refs/pull/${prNumber2}/merge` : env.GITHUB_REF ?? "",
      ...prNumber2 !== void 0 ? { prNumber: prNumber2 } : {},
      isDefaultBranch: false,
      ...headRepository ? { headRepository } : {},
      // A deleted fork leaves head.repo null: still a fork, and certainly not this repository.
      isFork: headRepo === null || (headRepository !== void 0 ? headRepository !== baseRepository : headRepo.fork === true)
    };
  }
  const ref = env.GITHUB_REF || asString(payload.ref) || "";
  const branch = ref.startsWith("refs/heads/") ? ref.slice("refs/heads/".length) : void 0;
  const tag2 = ref.startsWith("refs/tags/") ? ref.slice("refs/tags/".length) : void 0;
  const prNumber = prNumberFromRef(ref);
  return {
    ...common,
    sha: env.GITHUB_SHA ?? "",
    ref,
    ...branch !== void 0 ? { branch } : {},
    ...tag2 !== void 0 ? { tag: tag2 } : {},
    ...prNumber !== void 0 ? { prNumber } : {},
    isDefaultBranch: branch !== void 0 && isDefaultBranch(eventName, branch, defaultBranch),
    isFork: false
  };
}
function isDefaultBranch(eventName, branch, defaultBranch) {
  return defaultBranch !== void 0 ? branch === defaultBranch : eventName === "schedule";
}
function loadGitContext() {
  const env = process.env;
  return readGitContext(env, readEventPayload(env.GITHUB_EVENT_PATH));
}
function readEventPayload(path) {
  if (!path) return {};
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return {};
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(
      `The event payload at GITHUB_EVENT_PATH (${path}) is not valid JSON: ${error.message}`
    );
  }
}
function isForkPullRequest(ctx) {
  return ctx.isFork && SECRETLESS_FORK_EVENTS.includes(ctx.eventName);
}
function prNumberFromRef(ref) {
  const match = /^refs\/pull\/(\d+)\//.exec(ref ?? "");
  return match ? Number(match[1]) : void 0;
}
function asObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
}
function asString(value) {
  return typeof value === "string" && value !== "" ? value : void 0;
}
function asNumber(value) {
  return typeof value === "number" && Number.isInteger(value) ? value : void 0;
}

// src/common/errors.ts
var InputError = class extends Error {
  input;
  constructor(input, problem, example) {
    super(`Input '${input}': ${problem}${example ? ` (for example: ${example})` : ""}`);
    this.name = "InputError";
    this.input = input;
  }
};
var ActionError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "ActionError";
  }
};
var CONTROL_PLANE_STEPS = ["namespace", "username", "repository", "registry-token"];
function factsOf(error) {
  const record = typeof error === "object" && error !== null ? error : {};
  const status = typeof record.statusCode === "number" ? record.statusCode : void 0;
  const code = typeof record.serviceCode === "string" ? record.serviceCode : "";
  const output = typeof record.output === "string" ? record.output : "";
  const message = error instanceof Error ? error.message : typeof record.message === "string" ? record.message : String(error);
  return { ...status !== void 0 ? { status } : {}, code, text: `${message}
${output}`.toLowerCase() };
}
var USERNAME_ADVICE = "Check the username format: <namespace>/<username> for IAM users, <namespace>/oracleidentitycloudservice/<username> for federated (IDCS) users, where <namespace> is the tenancy Object Storage namespace, not the tenancy name. Check the auth token: it is shown only once when generated, may have been deleted, and a user has at most two; generate a new one under User settings > Auth tokens if in doubt.";
var POLICY_ADVICE = "Check the IAM policy of the user's group, e.g. 'Allow group <group> to manage repos in compartment <compartment>' (pushing and creating repositories) and 'Allow group <group> to read repos in tenancy' (looking them up).";
var NETWORK_ADVICE = "Check the region and registry host (e.g. gru.ocir.io for sa-saopaulo-1), DNS, and that the runner can reach it on port 443 (firewall or proxy rules).";
var has = (facts, pattern) => pattern.test(facts.text);
var isNetwork = (facts) => has(
  facts,
  /no such host|enotfound|eai_again|getaddrinfo|econnrefused|connection refused|i\/o timeout|etimedout|network is unreachable|dial tcp/
);
var CASES = [
  {
    when: (facts) => isNetwork(facts),
    advice: () => `The registry or OCI API could not be reached. ${NETWORK_ADVICE}`
  },
  {
    when: (facts) => facts.status === 429 || has(facts, /too many requests|toomanyrequests|\b429\b/),
    advice: () => "OCI is throttling requests (429 Too Many Requests). Wait and re-run, and avoid many parallel jobs pushing to the same tenancy."
  },
  {
    when: (facts, step) => step === "repository" && (facts.code === "LimitExceeded" || has(facts, /limit ?exceeded|limit.*reached/)),
    advice: () => "The tenancy has reached its limit of container repositories in this region. Delete unused repositories or ask for a service limit increase, or push to an existing repository."
  },
  {
    when: (facts, step) => CONTROL_PLANE_STEPS.includes(step) && facts.status === 401,
    advice: () => "The OCI API rejected the API signing key (401 NotAuthenticated). Check OCI_CLI_USER and OCI_CLI_TENANCY OCIDs, that OCI_CLI_FINGERPRINT is the fingerprint of OCI_CLI_KEY_CONTENT, that the public key is uploaded to that user, and the runner's clock."
  },
  {
    when: (facts, step) => CONTROL_PLANE_STEPS.includes(step) && (facts.status === 404 || facts.status === 403),
    advice: (_facts, step) => step === "repository" ? `The repository could not be looked up or created (NotAuthorizedOrNotFound). ${POLICY_ADVICE} Check the compartment OCID too.` : `The OCI API answered NotAuthorizedOrNotFound. Check the OCIDs and region. ${POLICY_ADVICE}`
  },
  {
    when: (facts, step) => step === "login" && has(facts, /unauthori[sz]ed|denied|incorrect username or password|\b401\b|\b403\b/),
    advice: () => `The registry rejected the login. ${USERNAME_ADVICE}`
  },
  {
    when: (facts, step) => step === "push" && has(facts, /immutable|tag.*already exists|overwrit/),
    advice: () => "The repository is immutable and a tag already holds another image. Push a new tag (e.g. the commit sha or a new version); immutable tags cannot be moved."
  },
  {
    when: (facts, step) => step === "push" && (facts.status === 409 || has(facts, /\b409\b|conflict/)),
    advice: () => "OCIR answered 409 Conflict: the same manifest was pushed again, which happens when BuildKit adds provenance attestations (an image index) to an image that is already there. Build without attestations (BUILDX_NO_DEFAULT_ATTESTATIONS=1 or --provenance=false), as this action does for its own builds."
  },
  {
    when: (facts, step) => step === "push" && has(facts, /name unknown|name_unknown|repository.*(not found|does not exist)/),
    advice: () => "The repository does not exist and was not created. Set create-repository to auto or true with an API key, or create it in the console (Developer Services > Container Registry) in the right compartment."
  },
  {
    when: (facts, step) => step === "push" && has(facts, /denied|unauthori[sz]ed|forbidden|\b401\b|\b403\b/),
    advice: () => `The registry refused the push. If the repository does not exist, create it (create-repository: auto with an API key) \u2014 otherwise OCIR would create it in the root compartment. ${POLICY_ADVICE}`
  },
  {
    when: (_facts, step) => step === "build",
    advice: () => "The image build failed: see the build log above for the failing instruction."
  }
];
function explain(step, error) {
  if (error instanceof InputError || error instanceof ActionError) return error.message;
  const facts = factsOf(error);
  const match = CASES.find((c) => c.when(facts, step));
  const summary2 = firstLine(error);
  return match ? `${match.advice(facts, step)}
Cause: ${summary2}` : `The ${step} step failed: ${summary2}`;
}
function firstLine(error) {
  const message = error instanceof Error ? error.message : String(error?.message ?? error);
  return message.split("\n").find((line) => line.trim() !== "")?.trim() ?? "unknown error";
}
var StepFailure = class extends Error {
  step;
  constructor(step, cause) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = "StepFailure";
    this.step = step;
  }
};
async function inStep(step, operation) {
  try {
    return await operation();
  } catch (error) {
    throw error instanceof StepFailure ? error : new StepFailure(step, error);
  }
}

// src/common/inputs.ts
import { createPrivateKey } from "node:crypto";
var EXAMPLES = {
  tenancy: "ocid1.tenancy.oc1..aaaaaaaaexample",
  user: "ocid1.user.oc1..aaaaaaaaexample",
  compartment: "ocid1.compartment.oc1..aaaaaaaaexample",
  fingerprint: "12:34:56:78:9a:bc:de:f0:12:34:56:78:9a:bc:de:f0"
};
var OCID = /^ocid1\.([a-z0-9_]+)\.([a-z0-9]+)\.([a-z0-9-]*)(?:\.[a-z0-9-]+)?\.[a-z0-9]+$/;
var FINGERPRINT = /^[0-9a-f]{2}(?::[0-9a-f]{2}){15}$/i;
var REPOSITORY_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
function parseList(value) {
  return value.split(/[\n,]/).map((item) => item.trim()).filter((item) => item !== "");
}
function parseLines(value) {
  return value.split("\n").map((line) => line.trim()).filter((line) => line !== "");
}
function parseBoolean(name, value, fallback) {
  const normalised = value.trim().toLowerCase();
  if (normalised === "") return fallback;
  if (normalised === "true") return true;
  if (normalised === "false") return false;
  throw new InputError(name, `expected true or false, got '${value}'`, "true");
}
function validateOcid(name, value, types) {
  const match = OCID.exec(value);
  if (!match || !types.includes(match[1] ?? "")) {
    throw new InputError(name, `'${value}' is not a ${types.join(" or ")} OCID`, EXAMPLES[types[0]]);
  }
  return value;
}
function normalisePrivateKey(value, passphrase) {
  const pem = value.includes("\\n") ? value.replace(/\\n/g, "\n") : value;
  const trimmed = pem.trim() + "\n";
  if (!/^-----BEGIN (?:RSA |ENCRYPTED )?PRIVATE KEY-----\n[\s\S]+\n-----END (?:RSA |ENCRYPTED )?PRIVATE KEY-----\n$/.test(
    trimmed
  )) {
    throw new InputError(
      SharedInput.PrivateKey,
      "is not a PEM private key; paste the whole key file, BEGIN and END lines included",
      "-----BEGIN PRIVATE KEY-----\\nMIIEv...\\n-----END PRIVATE KEY-----"
    );
  }
  try {
    createPrivateKey({ key: trimmed, ...passphrase ? { passphrase } : {} });
  } catch {
    throw new InputError(
      passphrase || trimmed.includes("ENCRYPTED") ? SharedInput.PrivateKeyPassphrase : SharedInput.PrivateKey,
      passphrase ? "the private key could not be decrypted with this passphrase" : trimmed.includes("ENCRYPTED") ? "the private key is encrypted: set private-key-passphrase (env OCI_CLI_PASSPHRASE)" : "the private key could not be read; check that the secret holds the whole PEM file"
    );
  }
  return trimmed;
}
var REGISTRY_HOST_COMPONENT = /(^|\.)ocir\.io$|^ocir\.[a-z0-9-]+\.oci\./;
function validateRepository(value) {
  const components = value.split("/");
  const hasHost = REGISTRY_HOST_COMPONENT.test(components[0] ?? "");
  if (value === "" || hasHost || !components.every((c) => REPOSITORY_COMPONENT.test(c))) {
    const hint = value !== value.toLowerCase() ? "repository names must be lower case" : hasHost || value.includes(":") ? "give the name inside the namespace, without registry host, namespace or tag" : "use lower-case letters, digits and separators (. _ - /) between them";
    throw new InputError(
      SharedInput.Repository,
      `'${value}' is not a valid repository name: ${hint}`,
      "project-x/api"
    );
  }
  return value;
}
function readApiKey(read, env) {
  const parts = {
    tenancy: read(SharedInput.Tenancy) || env[Env.Tenancy] || "",
    user: read(SharedInput.User) || env[Env.User] || "",
    fingerprint: read(SharedInput.Fingerprint) || env[Env.Fingerprint] || "",
    privateKey: read(SharedInput.PrivateKey) || env[Env.KeyContent] || ""
  };
  const passphrase = read(SharedInput.PrivateKeyPassphrase) || env[Env.Passphrase] || void 0;
  const given = Object.entries(parts).filter(([, value]) => value.trim() !== "");
  if (given.length === 0) return void 0;
  if (given.length < 4) {
    const names = {
      tenancy: `${SharedInput.Tenancy} (${Env.Tenancy})`,
      user: `${SharedInput.User} (${Env.User})`,
      fingerprint: `${SharedInput.Fingerprint} (${Env.Fingerprint})`,
      privateKey: `${SharedInput.PrivateKey} (${Env.KeyContent})`
    };
    const missing = Object.keys(parts).filter((key) => !given.some(([name]) => name === key));
    const first = missing[0] === "privateKey" ? SharedInput.PrivateKey : missing[0] ?? SharedInput.Tenancy;
    throw new InputError(
      first,
      `the API signing key is incomplete: also set ${missing.map((key) => names[key]).join(", ")}`
    );
  }
  const fingerprint = parts.fingerprint.trim();
  if (!FINGERPRINT.test(fingerprint)) {
    throw new InputError(
      SharedInput.Fingerprint,
      `'${fingerprint}' is not an API key fingerprint`,
      EXAMPLES.fingerprint
    );
  }
  return {
    tenancy: validateOcid(SharedInput.Tenancy, parts.tenancy.trim(), ["tenancy"]),
    user: validateOcid(SharedInput.User, parts.user.trim(), ["user"]),
    fingerprint: fingerprint.toLowerCase(),
    privateKey: normalisePrivateKey(parts.privateKey, passphrase),
    ...passphrase ? { passphrase } : {}
  };
}
function optional(read, name) {
  const value = read(name).trim();
  return value === "" ? void 0 : value;
}
function maskRawSecrets(read, names) {
  const raw = [...names.map(read), ...[Env.KeyContent, Env.Passphrase].map((name) => process.env[name] ?? "")];
  for (const value of raw.filter((text) => text.trim() !== "")) {
    setSecret(value);
    for (const line of value.split(/\r?\n|\\n/)) if (line.trim().length > 8) setSecret(line.trim());
  }
}
function apiKeySecrets(key) {
  if (!key) return [];
  const lines = key.privateKey.split("\n").filter((line) => line.length > 8 && !line.startsWith("-----"));
  return [key.passphrase, key.privateKey.trim(), ...lines].filter((value) => Boolean(value));
}

// src/oci/region-table.ts
var REALM_DOMAINS = {
  oc1: "oraclecloud.com",
  oc2: "oraclegovcloud.com",
  oc3: "oraclegovcloud.com",
  oc4: "oraclegovcloud.uk",
  oc8: "oraclecloud8.com",
  oc9: "oraclecloud9.com",
  oc10: "oraclecloud10.com",
  oc14: "oraclecloud14.com",
  oc20: "oraclecloud20.com",
  oc19: "oraclecloud.eu",
  oc24: "oraclecloud24.com",
  oc21: "oraclecloud21.com",
  oc26: "oraclecloud26.com",
  oc15: "oraclecloud15.com",
  oc29: "oraclecloud29.com",
  oc23: "oraclecloud23.com",
  oc35: "oraclecloud35.com",
  oc42: "oraclecloud42.com",
  oc51: "oraclecloud51.com",
  oc52: "oraclecloud52.com"
};
var REGIONS = {
  "ap-chuncheon-1": { key: "yny", realm: "oc1" },
  "ap-mumbai-1": { key: "bom", realm: "oc1" },
  "ap-hyderabad-1": { key: "hyd", realm: "oc1" },
  "ap-seoul-1": { key: "icn", realm: "oc1" },
  "ap-sydney-1": { key: "syd", realm: "oc1" },
  "ap-melbourne-1": { key: "mel", realm: "oc1" },
  "ap-osaka-1": { key: "kix", realm: "oc1" },
  "ap-tokyo-1": { key: "nrt", realm: "oc1" },
  "ca-montreal-1": { key: "yul", realm: "oc1" },
  "ca-toronto-1": { key: "yyz", realm: "oc1" },
  "eu-frankfurt-1": { key: "fra", realm: "oc1" },
  "eu-zurich-1": { key: "zrh", realm: "oc1" },
  "sa-saopaulo-1": { key: "gru", realm: "oc1" },
  "uk-cardiff-1": { key: "cwl", realm: "oc1" },
  "uk-london-1": { key: "lhr", realm: "oc1" },
  "us-ashburn-1": { key: "iad", realm: "oc1" },
  "us-phoenix-1": { key: "phx", realm: "oc1" },
  "eu-amsterdam-1": { key: "ams", realm: "oc1" },
  "me-jeddah-1": { key: "jed", realm: "oc1" },
  "us-sanjose-1": { key: "sjc", realm: "oc1" },
  "me-dubai-1": { key: "dxb", realm: "oc1" },
  "sa-santiago-1": { key: "scl", realm: "oc1" },
  "sa-vinhedo-1": { key: "vcp", realm: "oc1" },
  "il-jerusalem-1": { key: "mtz", realm: "oc1" },
  "eu-marseille-1": { key: "mrs", realm: "oc1" },
  "ap-singapore-1": { key: "sin", realm: "oc1" },
  "me-abudhabi-1": { key: "auh", realm: "oc1" },
  "eu-milan-1": { key: "lin", realm: "oc1" },
  "eu-stockholm-1": { key: "arn", realm: "oc1" },
  "af-johannesburg-1": { key: "jnb", realm: "oc1" },
  "eu-paris-1": { key: "cdg", realm: "oc1" },
  "mx-queretaro-1": { key: "qro", realm: "oc1" },
  "eu-madrid-1": { key: "mad", realm: "oc1" },
  "us-chicago-1": { key: "ord", realm: "oc1" },
  "mx-monterrey-1": { key: "mty", realm: "oc1" },
  "us-saltlake-2": { key: "aga", realm: "oc1" },
  "sa-bogota-1": { key: "bog", realm: "oc1" },
  "sa-valparaiso-1": { key: "vap", realm: "oc1" },
  "ap-singapore-2": { key: "xsp", realm: "oc1" },
  "me-riyadh-1": { key: "ruh", realm: "oc1" },
  "ap-delhi-1": { key: "onm", realm: "oc1" },
  "ap-batam-1": { key: "hsg", realm: "oc1" },
  "eu-madrid-3": { key: "orf", realm: "oc1" },
  "eu-turin-1": { key: "nrq", realm: "oc1" },
  "ap-kulai-2": { key: "jbp", realm: "oc1" },
  "af-casablanca-1": { key: "lej", realm: "oc1" },
  "us-langley-1": { key: "lfi", realm: "oc2" },
  "us-luke-1": { key: "luf", realm: "oc2" },
  "us-gov-ashburn-1": { key: "ric", realm: "oc3" },
  "us-gov-chicago-1": { key: "pia", realm: "oc3" },
  "us-gov-phoenix-1": { key: "tus", realm: "oc3" },
  "uk-gov-london-1": { key: "ltn", realm: "oc4" },
  "uk-gov-cardiff-1": { key: "brs", realm: "oc4" },
  "ap-chiyoda-1": { key: "nja", realm: "oc8" },
  "ap-ibaraki-1": { key: "ukb", realm: "oc8" },
  "me-dcc-muscat-1": { key: "mct", realm: "oc9" },
  "me-ibri-1": { key: "ibr", realm: "oc9" },
  "ap-dcc-canberra-1": { key: "wga", realm: "oc10" },
  "eu-dcc-milan-1": { key: "bgy", realm: "oc14" },
  "eu-dcc-milan-2": { key: "mxp", realm: "oc14" },
  "eu-dcc-dublin-2": { key: "snn", realm: "oc14" },
  "eu-dcc-rating-2": { key: "dtm", realm: "oc14" },
  "eu-dcc-rating-1": { key: "dus", realm: "oc14" },
  "eu-dcc-dublin-1": { key: "ork", realm: "oc14" },
  "eu-jovanovac-1": { key: "beg", realm: "oc20" },
  "eu-madrid-2": { key: "vll", realm: "oc19" },
  "eu-frankfurt-2": { key: "str", realm: "oc19" },
  "eu-dcc-zurich-1": { key: "avz", realm: "oc24" },
  "eu-crissier-1": { key: "avf", realm: "oc24" },
  "me-dcc-doha-1": { key: "doh", realm: "oc21" },
  "me-alrayyan-1": { key: "vve", realm: "oc21" },
  "me-abudhabi-3": { key: "ahu", realm: "oc26" },
  "me-alain-1": { key: "rba", realm: "oc26" },
  "ap-dcc-gazipur-1": { key: "dac", realm: "oc15" },
  "me-abudhabi-2": { key: "rkt", realm: "oc29" },
  "me-abudhabi-4": { key: "shj", realm: "oc29" },
  "us-somerset-1": { key: "ebb", realm: "oc23" },
  "us-thames-1": { key: "ebl", realm: "oc23" },
  "ap-seoul-2": { key: "dtz", realm: "oc35" },
  "ap-suwon-1": { key: "dln", realm: "oc35" },
  "ap-chuncheon-2": { key: "bno", realm: "oc35" },
  "us-ashburn-2": { key: "yxj", realm: "oc42" },
  "us-newark-1": { key: "pgc", realm: "oc42" },
  "eu-budapest-1": { key: "jsk", realm: "oc51" },
  "sa-riodejaneiro-1": { key: "hnw", realm: "oc52" }
};

// src/oci/region.ts
var EXAMPLE = "sa-saopaulo-1 or gru";
var METADATA_EXAMPLE = '{"realmKey":"oc1","realmDomainComponent":"oraclecloud.com","regionKey":"<key>","regionIdentifier":"<region id>"}';
var normalise = (value) => value.trim().toLowerCase();
var BUILT_IN = Object.entries(REGIONS).map(([id, { key, realm }]) => ({
  id,
  key,
  realm,
  domain: REALM_DOMAINS[realm] ?? ""
}));
function resolveRegion(value, regionMetadata, regionsConfig) {
  const wanted = normalise(value);
  if (wanted === "") throw new InputError(SharedInput.Region, "is empty", EXAMPLE);
  const extra = registeredRegions(regionsConfig, regionMetadata);
  const known = [...BUILT_IN, ...extra.regions];
  const found = known.find((region) => region.id === wanted) ?? known.find((region) => region.key === wanted);
  if (found) return { ...found };
  throw new InputError(
    SharedInput.Region,
    unknownRegionProblem(value.trim(), wanted, known, extra.problems),
    EXAMPLE
  );
}
function registryHost(region) {
  return region.realm === "oc1" ? `${region.key}.ocir.io` : `ocir.${region.id}.oci.${region.domain}`;
}
function registeredRegions(regionsConfig, regionMetadata) {
  const regions = [];
  const problems = [];
  const realmDomains = new Map(Object.entries(REALM_DOMAINS));
  const register = (source, entry) => {
    const metadata = asRegionMetadata(entry);
    if (!metadata) {
      problems.push(`${source} lacks one of realmKey, realmDomainComponent, regionKey, regionIdentifier`);
      return;
    }
    const region = {
      id: normalise(metadata.regionIdentifier),
      key: normalise(metadata.regionKey),
      realm: normalise(metadata.realmKey),
      domain: normalise(metadata.realmDomainComponent)
    };
    const realmDomain = realmDomains.get(region.realm);
    const sameId = [...BUILT_IN, ...regions].find((known) => known.id === region.id);
    if (realmDomain !== void 0 && realmDomain !== region.domain) {
      problems.push(`${source} puts realm ${region.realm} under ${region.domain}, but it is ${realmDomain}`);
    } else if (sameId && sameId.domain !== region.domain) {
      problems.push(`${source} puts region ${region.id} under ${region.domain}, but it is ${sameId.domain}`);
    } else if (!sameId) {
      realmDomains.set(region.realm, region.domain);
      regions.push(region);
    }
  };
  if (regionsConfig !== void 0 && regionsConfig.trim() !== "") {
    const parsed = parseJson(regionsConfig);
    if (Array.isArray(parsed))
      parsed.forEach((entry, index) => register(`regions-config.json entry ${index + 1}`, entry));
    else problems.push("~/.oci/regions-config.json is not a JSON array");
  }
  if (regionMetadata !== void 0 && regionMetadata.trim() !== "") {
    const parsed = parseJson(regionMetadata);
    if (parsed === void 0) problems.push(`${Env.RegionMetadata} is not valid JSON`);
    else register(Env.RegionMetadata, parsed);
  }
  return { regions, problems };
}
function asRegionMetadata(entry) {
  if (typeof entry !== "object" || entry === null) return void 0;
  const record = entry;
  const fields = ["realmKey", "realmDomainComponent", "regionKey", "regionIdentifier"];
  const valid = fields.every((field) => typeof record[field] === "string" && record[field].trim() !== "");
  return valid ? record : void 0;
}
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
function unknownRegionProblem(value, wanted, known, problems) {
  const problem = `'${value}' is not a region identifier or region key known to this action`;
  const ignored = problems.length > 0 ? `; ignored: ${problems.join("; ")}` : "";
  const hostRegion = wanted.endsWith(".ocir.io") ? known.find((region) => region.key === wanted.split(".")[0]) : void 0;
  if (hostRegion)
    return `${problem}: it is the registry host of ${hostRegion.id}, give that as the region${ignored}`;
  const suggestions = similarRegions(wanted, known);
  if (suggestions.length > 0) return `${problem}: did you mean ${orList(suggestions)}?${ignored}`;
  return `${problem}${ignored}; describe a region newer than this action in env ${Env.RegionMetadata}, e.g. ${METADATA_EXAMPLE}`;
}
function orList(items) {
  return items.length > 1 ? `${items.slice(0, -1).join(", ")} or ${items.at(-1)}` : items[0] ?? "";
}
function similarRegions(wanted, known) {
  if (wanted.length < 4) return [];
  const squashed = wanted.replace(/[\s_-]+/g, "");
  return known.filter(
    (region) => region.id.replace(/-/g, "").includes(squashed) || editDistance(region.id, wanted) <= 2
  ).slice(0, 3).map((region) => region.id);
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

// src/oci/region-sources.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
function readRegionSources(env = process.env, home = homedir()) {
  const regionMetadata = env[Env.RegionMetadata];
  const regionsConfig = readIfPresent(join(home, ".oci", "regions-config.json"));
  return {
    ...regionMetadata ? { regionMetadata } : {},
    ...regionsConfig !== void 0 ? { regionsConfig } : {}
  };
}
function readIfPresent(path) {
  try {
    return readFileSync2(path, "utf8");
  } catch {
    return void 0;
  }
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
  } catch (error) {
    return error.message;
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
function expandTemplate(text, resolve2) {
  return parseTemplate(text).map((segment) => typeof segment === "string" ? segment : resolve2(segment)).join("");
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
var EXAMPLE2 = "latest=auto,prefix=arm64-,onlatest=true";
function parseFlavor(input) {
  const flavor = { ...DEFAULT_FLAVOR };
  const seen = /* @__PURE__ */ new Set();
  input.split(/\r?\n/).forEach((rawLine, index) => {
    const line = rawLine.trim();
    if (line === "" || line.startsWith("#")) return;
    const fail = (problem) => {
      throw new InputError("flavor", `line ${index + 1} '${line}': ${problem}`, EXAMPLE2);
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
var EXAMPLES2 = {
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
  const fail = (problem, example = EXAMPLES2.semver) => {
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
      fail(`unknown attribute '${key}' for type=${type} (known: ${allowed.join(", ")})`, EXAMPLES2[type]);
    }
  }
  const failFor = (problem) => fail(problem, EXAMPLES2[type]);
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

// src/build-push/inputs.ts
var NAMESPACE = /^[a-z0-9][a-z0-9-]*$/;
var HOST = /^[A-Za-z0-9.-]+(?::\d{1,5})?$/;
var BUILD_ARG = /^[A-Za-z_][A-Za-z0-9_]*=/s;
function validateCreateRepository(value) {
  const normalised = (value.trim() || "auto").toLowerCase();
  if (normalised === "auto" || normalised === "true" || normalised === "false") return normalised;
  throw new InputError(Input.CreateRepository, `expected auto, true or false, got '${value}'`, "auto");
}
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
function parseInputs(read, env, regionsConfig) {
  const apiKey = readApiKey(read, env);
  const authToken = optional(read, Input.AuthToken);
  const username = optional(read, Input.Username);
  const namespace = optional(read, Input.Namespace);
  const registry = optional(read, Input.Registry);
  const regionValue = optional(read, Input.Region) ?? env[Env.Region]?.trim();
  const region = regionValue ? resolveRegion(regionValue, env[Env.RegionMetadata], regionsConfig) : void 0;
  const createRepository = validateCreateRepository(read(Input.CreateRepository));
  const image = optional(read, Input.Image);
  const context = optional(read, Input.Context) ?? ".";
  if (namespace !== void 0 && !NAMESPACE.test(namespace)) {
    throw new InputError(
      Input.Namespace,
      `'${namespace}' is not a tenancy namespace (lower-case letters and digits)`,
      "grxmw2a9myyj"
    );
  }
  if (registry !== void 0 && !HOST.test(registry)) {
    throw new InputError(Input.Registry, `'${registry}' is not a registry host name`, "gru.ocir.io");
  }
  if (!region && !registry) {
    throw new InputError(
      Input.Region,
      `set the region (or env ${Env.Region}) or a registry host`,
      "sa-saopaulo-1"
    );
  }
  if (!region && apiKey) {
    throw new InputError(Input.Region, `the OCI API needs a region (or env ${Env.Region})`, "sa-saopaulo-1");
  }
  if (username !== void 0 && authToken === void 0) {
    throw new InputError(
      Input.Username,
      "is used only with auth-token; set auth-token too, or remove username to log in with the API key"
    );
  }
  if (createRepository === "true" && !apiKey) {
    throw new InputError(
      Input.CreateRepository,
      `'true' needs the API signing key (${Env.User}, ${Env.Tenancy}, ${Env.Fingerprint}, ${Env.KeyContent}); set them or use auto`
    );
  }
  const compartment = optional(read, Input.Compartment);
  const buildOnlyInputs = [Input.File, Input.BuildArgs, Input.Target, Input.Platform, Input.CacheFrom].filter(
    (name) => optional(read, name) !== void 0
  );
  if (image !== void 0 && buildOnlyInputs.length > 0) {
    throw new InputError(
      Input.Image,
      `pushes an existing image, so it cannot be combined with ${buildOnlyInputs.join(", ")}`
    );
  }
  const buildArgs = parseLines(read(Input.BuildArgs));
  const invalidArg = buildArgs.find((arg) => !BUILD_ARG.test(arg));
  if (invalidArg !== void 0) {
    throw new InputError(Input.BuildArgs, `'${invalidArg}' is not NAME=value`, "NODE_VERSION=24");
  }
  return {
    ...region ? { region } : {},
    ...registry ? { registry } : {},
    ...namespace ? { namespace } : {},
    ...apiKey ? { apiKey } : {},
    ...authToken ? { authToken } : {},
    ...username ? { username } : {},
    repository: validateRepository(read(Input.Repository).trim()),
    ...compartment ? { compartment: validateOcid(Input.Compartment, compartment, ["compartment", "tenancy"]) } : {},
    createRepository,
    repositoryPublic: parseBoolean(Input.RepositoryPublic, read(Input.RepositoryPublic), false),
    repositoryImmutable: parseBoolean(Input.RepositoryImmutable, read(Input.RepositoryImmutable), false),
    build: {
      context,
      file: optional(read, Input.File) ?? `${context.replace(/\/+$/, "")}/Dockerfile`,
      buildArgs,
      labels: parseLabels(read(Input.Labels)),
      ...optional(read, Input.Target) ? { target: optional(read, Input.Target) } : {},
      ...optional(read, Input.Platform) ? { platform: optional(read, Input.Platform) } : {},
      pull: parseBoolean(Input.Pull, read(Input.Pull), false),
      noCache: parseBoolean(Input.NoCache, read(Input.NoCache), false),
      cacheFrom: parseList(read(Input.CacheFrom))
    },
    ...image ? { image } : {},
    tagRules: parseTagRules(read(Input.Tags)),
    flavor: parseFlavor(read(Input.Flavor)),
    push: parseBoolean(Input.Push, read(Input.Push), true),
    retries: validateRetries(read(Input.Retries)),
    logout: parseBoolean(Input.Logout, read(Input.Logout), true)
  };
}
function secretsOf(inputs) {
  return [inputs.authToken, ...apiKeySecrets(inputs.apiKey)].filter((value) => Boolean(value));
}
function getInputs() {
  const read = (name) => getInput(name);
  maskRawSecrets(read, [Input.AuthToken, Input.PrivateKey, Input.PrivateKeyPassphrase]);
  const inputs = parseInputs(read, process.env, readRegionSources().regionsConfig);
  for (const secret of secretsOf(inputs)) setSecret(secret);
  return inputs;
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

// src/oci/username.ts
var BEARER_USERNAME = "BEARER_TOKEN";
function registryUsername(namespace, username) {
  const ns = namespace.trim();
  const user = username.trim();
  if (ns === "" || user === "") throw new Error("registryUsername: namespace and username must not be empty");
  const slash = user.indexOf("/");
  const firstSegment = slash === -1 ? "" : user.slice(0, slash);
  const rest = user.slice(slash + 1);
  if (firstSegment.toLowerCase() === ns.toLowerCase() && rest !== "") return `${ns}/${rest}`;
  return `${ns}/${user}`;
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
    [Output.ImageId]: result.imageId,
    [Output.Pushed]: String(result.pushed)
  };
  if (result.digest) {
    values[Output.Digest] = result.digest;
    values[Output.Image] = `${result.repository}@${result.digest}`;
  }
  const metadata = {
    ...values,
    tags: references(result),
    "tag-names": result.tagNames
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
    ["Local image id", `\`${result.imageId}\``]
  ];
  const table = ["| | |", "|---|---|", ...rows.map(([key, value]) => `| ${key} | ${value} |`)].join("\n");
  const pull = result.digest ? `

Pull it:

\`\`\`sh
docker pull ${result.repository}@${result.digest}
\`\`\`
` : "\n";
  return `### Container image ${result.pushed ? "pushed to" : "built for"} ${result.registry}

${table}${pull}`;
}
async function writeSummary(result) {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await summary.addRaw(summaryMarkdown(result)).write();
}

// src/build-push/plan.ts
var API_KEY_SECRETS = [Env.User, Env.Tenancy, Env.Fingerprint, Env.KeyContent].join(", ");
function planRun(inputs, situation) {
  const registry = inputs.registry ?? registryHost(inputs.region);
  const hasApiKey = inputs.apiKey !== void 0;
  const login2 = inputs.authToken ? { kind: "auth-token", token: inputs.authToken } : hasApiKey ? { kind: "registry-token" } : void 0;
  if (!login2 && inputs.push && !situation.forkPullRequest) {
    throw new InputError(
      Input.AuthToken,
      `no registry credentials. Set the API signing key secrets (${API_KEY_SECRETS}), or auth-token with namespace and username, or push: false to build only`
    );
  }
  const push2 = inputs.push && login2 !== void 0;
  const skipPushReason = inputs.push && !push2 ? "This pull request comes from a fork, and GitHub does not give fork workflows the repository secrets: the image is built and tagged but not pushed." : void 0;
  if (push2 && !inputs.namespace && !hasApiKey) {
    throw new InputError(
      Input.Namespace,
      "is needed to log in with an auth token when no API key can look it up",
      "grxmw2a9myyj"
    );
  }
  if (push2 && login2?.kind === "auth-token" && !inputs.username && !hasApiKey) {
    throw new InputError(
      Input.Username,
      "is needed to log in with an auth token when no API key can look it up",
      "joao.silva or oracleidentitycloudservice/joao.silva"
    );
  }
  return {
    registry,
    ...push2 ? { login: login2 } : {},
    push: push2,
    ...skipPushReason ? { skipPushReason } : {},
    lookup: {
      namespace: !inputs.namespace && hasApiKey,
      username: push2 && login2?.kind === "auth-token" && !inputs.username,
      repository: push2 && hasApiKey && inputs.createRepository !== "false"
    }
  };
}

// src/common/retry.ts
var wait = (ms) => new Promise((resolve2) => setTimeout(resolve2, ms));
async function withRetries(operation, options) {
  const sleep = options.sleep ?? wait;
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (attempt >= options.attempts || !options.isRetryable(error)) throw error;
      const delayMs = options.initialDelayMs * 2 ** (attempt - 1);
      options.onRetry?.(error, attempt, delayMs);
      await sleep(delayMs);
    }
  }
}

// src/build-push/push.ts
function isTransient(error) {
  return error instanceof DockerError && classifyFailure(error.output) === "transient";
}
async function pushTags(tags, options) {
  const existing = options.existing ?? /* @__PURE__ */ new Map();
  const fresh = tags.filter((tag2) => !existing.has(tag2.name));
  const digests = /* @__PURE__ */ new Map();
  for (const tag2 of fresh) {
    const digest2 = await withRetries(() => options.pushOne(tag2.reference), {
      attempts: options.attempts,
      initialDelayMs: options.initialDelayMs ?? 2e3,
      isRetryable: isTransient,
      onRetry: (_error, attempt, delayMs) => options.log(
        `Push of ${tag2.reference} failed for a transient reason (attempt ${attempt}); retrying in ${delayMs / 1e3}s`
      )
    });
    digests.set(tag2.name, digest2);
  }
  const pushedDigests = [...new Set(digests.values())];
  if (pushedDigests.length > 1) {
    const listing = [...digests].map(([name, digest2]) => `${name}: ${digest2}`).join(", ");
    throw new ActionError(
      `The pushed tags do not carry one digest (${listing}); another push may be racing this one.`
    );
  }
  const digest = pushedDigests[0] ?? await digestOfExistingImage(existing, options);
  const unchanged = tags.filter((tag2) => existing.has(tag2.name)).map((tag2) => tag2.name);
  const moved = unchanged.filter((name) => existing.get(name) !== digest);
  if (moved.length > 0) {
    throw new ActionError(
      `The repository is immutable and ${moved.map((name) => `'${name}' (${existing.get(name)})`).join(", ")} already hold${moved.length === 1 ? "s" : ""} another image than ${digest}. Immutable tags cannot be moved: push a new tag (a version or the commit sha) instead.`
    );
  }
  for (const name of unchanged)
    options.log(`Tag ${name} already holds ${digest} on this immutable repository: skipped`);
  return { digest, pushed: fresh.map((tag2) => tag2.name), unchanged };
}
async function digestOfExistingImage(existing, options) {
  const local = options.localDigests ? await options.localDigests() : [];
  const match = [...existing.values()].find((digest) => local.includes(digest));
  if (match) return match;
  const holdings = [...existing].map(([name, digest]) => `'${name}' holds ${digest}`).join(", ");
  throw new ActionError(
    `The repository is immutable and every tag already exists (${holdings}), while the local image is another one. Immutable tags cannot be moved: push a new tag (a version or the commit sha) instead.`
  );
}

// src/build-push/run.ts
async function run() {
  try {
    const inputs = getInputs();
    const git = loadGitContext();
    const plan = planRun(inputs, { forkPullRequest: isForkPullRequest(git) });
    const { names: tagNames, version, notes } = computeTags(inputs.tagRules, inputs.flavor, git);
    for (const note of notes) info(note);
    if (plan.skipPushReason) notice(plan.skipPushReason);
    const resolved = await group(
      "Resolving namespace, user and repository",
      () => resolve(inputs, plan, tagNames)
    );
    const namespace = inputs.namespace ?? resolved.namespace;
    const repository = namespace ? `${plan.registry}/${namespace}/${inputs.repository}` : inputs.repository;
    const tags = tagNames.map((name) => ({ name, reference: `${repository}:${name}` }));
    info(`Image ${repository}, tags: ${tagNames.join(", ")}`);
    if (plan.login) {
      await group(`Logging in to ${plan.registry}`, () => logIn(inputs, plan, namespace, resolved));
    }
    const imageId2 = await group(
      inputs.image ? `Tagging ${inputs.image}` : "Building the image",
      () => buildOrTag(
        inputs,
        git,
        version,
        tags.map((tag2) => tag2.reference)
      )
    );
    const pushed = plan.push ? await group(`Pushing ${tags.length} tag(s)`, () => pushImage(inputs, resolved, imageId2, tags)) : void 0;
    if (pushed) info(`Digest ${pushed.digest}`);
    const result = {
      registry: plan.registry,
      namespace: namespace ?? "",
      repository,
      repositoryOcid: resolved.repository?.id ?? "",
      tagNames,
      version,
      imageId: imageId2,
      pushed: pushed !== void 0,
      ...pushed ? { digest: pushed.digest } : {}
    };
    setOutputs(result);
    await writeSummary(result);
  } catch (error) {
    const step = error instanceof StepFailure ? error.step : "inputs";
    const cause = error instanceof StepFailure ? error.cause : error;
    if (cause instanceof Error && !(cause instanceof InputError || cause instanceof ActionError)) {
      info(`Raw error (${step}): ${cause.stack ?? cause.message}`);
    }
    setFailed(explain(step, cause));
  }
}
async function resolve(inputs, plan, tagNames) {
  const needsApi = plan.lookup.namespace || plan.lookup.username || plan.lookup.repository || plan.login?.kind === "registry-token";
  if (!needsApi || !inputs.apiKey || !inputs.region) {
    info("Nothing to look up: the OCI API is not used");
    return {};
  }
  process.noDeprecation = true;
  const { connectControlPlane } = await import("./chunks/control-plane-QS3CTKZ2.js");
  const api = connectControlPlane({
    apiKey: inputs.apiKey,
    regionId: inputs.region.id,
    ...process.env[Env.ApiBaseUrl] ? { baseUrl: process.env[Env.ApiBaseUrl] } : {},
    log: debug
  });
  const [namespace, username, registryToken, repository] = await Promise.all([
    plan.lookup.namespace ? inStep("namespace", () => api.namespace()) : void 0,
    plan.lookup.username ? inStep("username", () => api.userName()) : void 0,
    plan.login?.kind === "registry-token" ? inStep("registry-token", () => api.registryToken()) : void 0,
    plan.lookup.repository ? inStep("repository", () => ensureRepository(api, inputs)) : void 0
  ]);
  const existingTags = repository?.isImmutable ? await inStep("repository", () => api.tagDigests(repository.id, tagNames)) : void 0;
  if (registryToken) setSecret(registryToken);
  if (namespace) info(`Namespace: ${namespace}`);
  if (username) info(`User: ${username}`);
  return {
    ...namespace ? { namespace } : {},
    ...username ? { username } : {},
    ...registryToken ? { registryToken } : {},
    ...repository ? { repository } : {},
    ...existingTags ? { existingTags } : {}
  };
}
async function ensureRepository(api, inputs) {
  const wanted = { isPublic: inputs.repositoryPublic, isImmutable: inputs.repositoryImmutable };
  const repository = await api.ensureRepository({
    name: inputs.repository,
    compartmentId: inputs.compartment ?? inputs.apiKey.tenancy,
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
async function logIn(inputs, plan, namespace, resolved) {
  const username = plan.login?.kind === "auth-token" ? registryUsername(namespace, inputs.username ?? resolved.username) : BEARER_USERNAME;
  const password = plan.login?.kind === "auth-token" ? plan.login.token : resolved.registryToken;
  await inStep("login", () => login(plan.registry, username, password));
  saveState(State.Registry, plan.registry);
  saveState(State.Logout, String(inputs.logout));
}
async function buildOrTag(inputs, git, version, targets) {
  if (inputs.image) {
    const source = inputs.image;
    return inStep("build", async () => {
      const id = await imageId(source);
      for (const target of targets) await tag(source, target);
      return id;
    });
  }
  const labels = { ...ociLabels(git, { version, created: /* @__PURE__ */ new Date() }), ...inputs.build.labels };
  return inStep("build", () => build(inputs.build, labels, targets));
}
function pushImage(inputs, resolved, imageId2, tags) {
  return inStep(
    "push",
    () => pushTags(tags, {
      attempts: inputs.retries,
      pushOne: push,
      ...resolved.existingTags ? { existing: resolved.existingTags } : {},
      localDigests: async () => (await repoDigests(imageId2)).map((ref) => ref.slice(ref.indexOf("@") + 1)),
      log: info
    })
  );
}

// src/entry/main.ts
await run();
