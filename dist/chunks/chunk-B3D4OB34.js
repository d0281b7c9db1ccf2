import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  InputError,
  InputProblems
} from "./chunk-6YBALY5C.js";
import {
  Env,
  SharedInput
} from "./chunk-KYB52YRC.js";
import {
  debug,
  getExecOutput,
  info,
  setSecret
} from "./chunk-J3AKMAWX.js";

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
  const sha = env.GITHUB_SHA ?? "";
  const commitTime = commitTimeOf(payload, sha);
  const ref = env.GITHUB_REF || asString(payload.ref) || "";
  const branch = ref.startsWith("refs/heads/") ? ref.slice("refs/heads/".length) : void 0;
  const tag = ref.startsWith("refs/tags/") ? ref.slice("refs/tags/".length) : void 0;
  const prNumber = prNumberFromRef(ref);
  return {
    ...common,
    sha,
    ref,
    ...branch !== void 0 ? { branch } : {},
    ...tag !== void 0 ? { tag } : {},
    ...prNumber !== void 0 ? { prNumber } : {},
    isDefaultBranch: branch !== void 0 && isDefaultBranch(eventName, branch, defaultBranch),
    isFork: false,
    ...commitTime ? { commitTime } : {}
  };
}
function commitTimeOf(payload, sha) {
  const candidates = [
    payload.head_commit,
    asObject(payload.merge_group).head_commit,
    asObject(payload.workflow_run).head_commit,
    asObject(payload.check_suite).head_commit
  ].map(asObject);
  for (const commit of candidates) {
    const time = asString(commit.timestamp);
    if (time && asString(commit.id) === sha && !Number.isNaN(Date.parse(time))) return time;
  }
  return void 0;
}
async function checkoutCommitTime(workspace, revision) {
  if (revision !== "" && !/^[0-9a-f]{7,64}$/i.test(revision)) return void 0;
  try {
    const result = await getExecOutput("git", ["log", "-1", "--format=%cI", revision || "HEAD", "--"], {
      cwd: workspace,
      silent: true,
      ignoreReturnCode: true
    });
    const time = result.stdout.trim();
    return result.exitCode === 0 && time !== "" && !Number.isNaN(Date.parse(time)) ? time : void 0;
  } catch {
    return void 0;
  }
}
function isDefaultBranch(eventName, branch, defaultBranch) {
  return defaultBranch !== void 0 ? branch === defaultBranch : eventName === "schedule";
}
function workflowRunUrl(env) {
  const repository = env.GITHUB_REPOSITORY;
  const runId = env.GITHUB_RUN_ID;
  if (!repository || !runId) return void 0;
  const serverUrl = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
  const attempt = env.GITHUB_RUN_ATTEMPT && env.GITHUB_RUN_ATTEMPT !== "1" ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : "";
  return `${serverUrl}/${repository}/actions/runs/${runId}${attempt}`;
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
function pullRequestOf(ctx) {
  return PULL_REQUEST_EVENTS.includes(ctx.eventName) ? ctx.prNumber : void 0;
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

// src/github/preview-comment.ts
function previewMarker(repository) {
  return `<!-- ocir-preview:${repository.slice(repository.indexOf("/") + 1)} -->`;
}
function hasMarker(body, marker) {
  return (body ?? "").includes(marker);
}
function renderPreviewComment(preview) {
  const deploy = `${preview.repository}@${preview.digest}`;
  const rows = [
    ["Image", code(preview.repository)],
    ["Tags", preview.tagNames.map(code).join(" ")],
    ["Digest", code(preview.digest)],
    ["Deploy", code(deploy)],
    ["Commit", commitLink(preview.commit, preview.repositoryUrl)]
  ];
  return [
    previewMarker(preview.repository),
    "### Preview image pushed",
    "",
    table(rows),
    "",
    "Pull it:",
    "",
    "```sh",
    `docker pull ${deploy}`,
    "```",
    ...preview.runUrl ? ["", `<sub>Pushed by [this workflow run](${preview.runUrl}).</sub>`] : [],
    ""
  ].join("\n");
}
function renderRemovedComment(removal) {
  const rows = [
    ["Image", code(removal.repository)],
    ["Removed tags", removal.removedTags.map(code).join(" ")],
    ["When", utcMinute(removal.removedAt)],
    ...removal.runUrl ? [["By", `[this workflow run](${removal.runUrl})`]] : []
  ];
  return [
    previewMarker(removal.repository),
    "### Preview image removed",
    "",
    table(rows),
    "",
    "The preview can no longer be pulled by these tags.",
    ""
  ].join("\n");
}
function table(rows) {
  return ["| | |", "|---|---|", ...rows.map(([key, value]) => `| ${key} | ${value} |`)].join("\n");
}
function code(text) {
  return `\`${text}\``;
}
function commitLink(sha, repositoryUrl) {
  const short = code(sha.slice(0, 7));
  return repositoryUrl && sha ? `[${short}](${repositoryUrl}/commit/${sha})` : short;
}
function utcMinute(date) {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

// src/github/pr-comment.ts
var BUDGET_MS = 6e4;
var PERMISSION_HINT = 'Add "permissions: pull-requests: write" to the job; pull requests from forks always get a read-only token, so they get no comment.';
function upsertPreviewComment(request) {
  return withOctokit(request, "create or update", async (octokit) => {
    const existing = await findOwnComment(octokit, request);
    if (existing !== void 0) {
      await updateComment(octokit, request, existing);
      request.log.info(`Updated the preview comment on pull request #${request.prNumber}`);
      return "updated";
    }
    const { owner, repo } = splitRepository(request.repository);
    const created = await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: request.prNumber,
      body: request.body
    });
    request.log.info(`Commented on pull request #${request.prNumber}: ${created.data.html_url}`);
    return "created";
  });
}
function updatePreviewComment(request) {
  return withOctokit(request, "update", async (octokit) => {
    const existing = await findOwnComment(octokit, request);
    if (existing === void 0) {
      request.log.info(`Pull request #${request.prNumber} has no preview comment to update`);
      return "skipped";
    }
    await updateComment(octokit, request, existing);
    request.log.info(`Updated the preview comment on pull request #${request.prNumber}`);
    return "updated";
  });
}
function publishPreviewComment(options) {
  const { git } = options;
  const runUrl = workflowRunUrl(process.env);
  const body = renderPreviewComment({
    ...options.preview,
    commit: git.sha,
    ...git.repositoryUrl ? { repositoryUrl: git.repositoryUrl } : {},
    ...runUrl ? { runUrl } : {}
  });
  return onPullRequest(options, previewMarker(options.preview.repository), body, upsertPreviewComment);
}
function markPreviewRemoved(options) {
  const runUrl = workflowRunUrl(process.env);
  const body = renderRemovedComment({ ...options.removal, ...runUrl ? { runUrl } : {} });
  return onPullRequest(options, previewMarker(options.removal.repository), body, updatePreviewComment);
}
async function onPullRequest(options, marker, body, write) {
  const prNumber = pullRequestOf(options.git);
  if (prNumber === void 0 || !options.git.repository) {
    options.log.info(
      `pr-comment: skipped, this run is not for a pull request (event ${options.git.eventName || "unknown"})`
    );
    return "skipped";
  }
  if (!options.token) {
    options.log.warning(
      "pr-comment: skipped, github-token is empty; leave it at its default (${{ github.token }}) or pass a token that may write to pull requests"
    );
    return "skipped";
  }
  return write({
    token: options.token,
    repository: options.git.repository,
    prNumber,
    marker,
    body,
    log: options.log,
    ...options.apiUrl ? { apiUrl: options.apiUrl } : {}
  });
}
async function withOctokit(target, verb, work) {
  try {
    const [{ getOctokit }, { defaults }] = await Promise.all([
      import("./github-72NUXYON.js"),
      import("./utils-32HMUI7P.js")
    ]);
    const octokit = getOctokit(target.token, {
      baseUrl: (target.apiUrl ?? process.env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, ""),
      // Keeps the proxy-aware fetch of @actions/github; adds the time budget.
      request: { ...defaults.request, signal: AbortSignal.timeout(BUDGET_MS) },
      log: { debug: () => {
      }, info: () => {
      }, warn: () => {
      }, error: () => {
      } }
    });
    return await work(octokit);
  } catch (error) {
    target.log.warning(describeCommentFailure(error, verb, target.prNumber, target.token));
    return "failed";
  }
}
async function tokenLogin(octokit) {
  const { viewer } = await octokit.graphql("query { viewer { login } }");
  if (typeof viewer.login !== "string" || viewer.login === "") {
    throw new Error("GitHub did not say which account the token acts as (GraphQL viewer.login)");
  }
  return viewer.login;
}
function ownMarkedComment(comments, login, marker) {
  const author = login.toLowerCase();
  return comments.find(
    (comment) => comment.user?.login.toLowerCase() === author && hasMarker(comment.body, marker)
  );
}
async function findOwnComment(octokit, request) {
  const login = await tokenLogin(octokit);
  const { owner, repo } = splitRepository(request.repository);
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: request.prNumber,
    per_page: 100
  });
  let othersMarked = 0;
  for await (const page of pages) {
    const found = ownMarkedComment(page.data, login, request.marker);
    if (found) return found.id;
    othersMarked += page.data.filter((comment) => hasMarker(comment.body, request.marker)).length;
  }
  if (othersMarked > 0) {
    request.log.info(
      `pr-comment: ${othersMarked} comment(s) by other accounts than ${login} carry the preview marker; left as they are`
    );
  }
  return void 0;
}
async function updateComment(octokit, request, commentId) {
  const { owner, repo } = splitRepository(request.repository);
  await octokit.rest.issues.updateComment({ owner, repo, comment_id: commentId, body: request.body });
}
function splitRepository(repository) {
  const [owner = "", repo = ""] = repository.split("/");
  return { owner, repo };
}
function describeCommentFailure(error, verb, prNumber, token) {
  const status = errorStatus(error);
  const message = errorMessage(error);
  const answer = status !== void 0 && status !== 500 ? `HTTP ${status}: ${message}` : message;
  const reason = status === 403 || status === 404 ? `the token may not write to pull requests (${answer}). ${PERMISSION_HINT}` : status === 401 ? `GitHub rejected the token (${answer}). Check the github-token input (default: the job's github.token).` : `${answer}.`;
  const text = `Could not ${verb} the preview comment on pull request #${prNumber}: ${reason} The build is not affected.`;
  return token ? text.split(token).join("***") : text;
}
function errorStatus(error) {
  const status = error?.status;
  return typeof status === "number" ? status : void 0;
}
function errorMessage(error) {
  const data = error?.response?.data;
  const apiMessage = data?.message;
  if (typeof apiMessage === "string" && apiMessage !== "") return apiMessage;
  return error instanceof Error ? error.message : String(error);
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

// src/common/oci-connection.ts
var sessions = /* @__PURE__ */ new WeakMap();
async function ociConnection(auth, regionId) {
  process.noDeprecation = true;
  const baseUrl = apiBaseUrl(process.env[Env.ApiBaseUrl], regionId);
  const place = { regionId, ...baseUrl ? { baseUrl } : {}, log: debug };
  if (auth.kind === "api-key") return { apiKey: auth.apiKey, ...place };
  let session = sessions.get(auth);
  if (!session) {
    session = openSession(auth, baseUrl);
    sessions.set(auth, session);
  }
  return { session: await session, ...place };
}
function apiBaseUrl(template, regionId) {
  return template?.trim() ? template.trim().replaceAll(REGION_PLACEHOLDER, regionId) : void 0;
}
var REGION_PLACEHOLDER = "{region}";
async function openSession(auth, baseUrl) {
  if (auth.kind === "oidc") {
    const { openOidcSession } = await import("./oidc-session-T5LKEK2Z.js");
    return openOidcSession(auth.oidc);
  }
  const { openInstancePrincipalSession } = await import("./instance-principal-H72FZKAM.js");
  return openInstancePrincipalSession({
    ...auth.tenancy ? { tenancy: auth.tenancy } : {},
    ...baseUrl ? { baseUrl } : {},
    log: info
  });
}

// src/common/inputs.ts
import { createHash, createPrivateKey, createPublicKey } from "node:crypto";
var API_KEY_INPUTS = [
  SharedInput.Tenancy,
  SharedInput.User,
  SharedInput.Fingerprint,
  SharedInput.PrivateKey,
  SharedInput.PrivateKeyPassphrase
];
var API_KEY_SECRETS = `${Env.User}, ${Env.Tenancy}, ${Env.Fingerprint}, ${Env.KeyContent} (and ${Env.Passphrase} for an encrypted key)`;
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
var PEM_LINE_BREAK = /\\r\\n|\\n|\r\n|\r|\n/;
function normalisePrivateKey(value, passphrase) {
  const trimmed = value.split(PEM_LINE_BREAK).map((line) => line.trim()).join("\n").trim() + "\n";
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
    readPrivateKey(trimmed, passphrase);
  } catch {
    throw new InputError(
      passphrase || trimmed.includes("ENCRYPTED") ? SharedInput.PrivateKeyPassphrase : SharedInput.PrivateKey,
      passphrase ? "the private key could not be decrypted with this passphrase" : trimmed.includes("ENCRYPTED") ? "the private key is encrypted: set private-key-passphrase (env OCI_CLI_PASSPHRASE)" : "the private key could not be read; check that the secret holds the whole PEM file"
    );
  }
  return trimmed;
}
function readPrivateKey(pem, passphrase) {
  return createPrivateKey({ key: pem, ...passphrase ? { passphrase } : {} });
}
function fingerprintOf(privateKey) {
  const der = createPublicKey(privateKey).export({ type: "spki", format: "der" });
  return createHash("md5").update(der).digest("hex").match(/../g)?.join(":") ?? "";
}
function checkFingerprintMatches(pem, passphrase, fingerprint) {
  const actual = fingerprintOf(readPrivateKey(pem, passphrase));
  if (actual !== fingerprint) {
    throw new InputError(
      SharedInput.Fingerprint,
      `'${fingerprint}' is not the fingerprint of this private key, which is ${actual}: check that ${Env.Fingerprint} and ${Env.KeyContent} belong to the same API key (User settings > API keys)`
    );
  }
}
function validateFingerprint(value) {
  const fingerprint = value.trim();
  if (!FINGERPRINT.test(fingerprint)) {
    throw new InputError(
      SharedInput.Fingerprint,
      `'${fingerprint}' is not an API key fingerprint`,
      EXAMPLES.fingerprint
    );
  }
  return fingerprint.toLowerCase();
}
var REGISTRY_HOST_COMPONENT = /(^|\.)ocir\.io$|^ocir\.[a-z0-9-]+\.oci\./;
function validateRepository(value) {
  if (value === "") {
    throw new InputError(
      SharedInput.Repository,
      "is required: the name of the repository inside the tenancy namespace",
      "project-x/api"
    );
  }
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
  const problems = new InputProblems();
  const tenancy = problems.check(() => validateOcid(SharedInput.Tenancy, parts.tenancy.trim(), ["tenancy"]));
  const user = problems.check(() => validateOcid(SharedInput.User, parts.user.trim(), ["user"]));
  const fingerprint = problems.check(() => validateFingerprint(parts.fingerprint));
  const privateKey = problems.check(() => normalisePrivateKey(parts.privateKey, passphrase));
  if (fingerprint && privateKey) {
    problems.check(() => checkFingerprintMatches(privateKey, passphrase, fingerprint));
  }
  problems.throwIfAny();
  return {
    tenancy,
    user,
    fingerprint,
    privateKey,
    ...passphrase ? { passphrase } : {}
  };
}
function optional(read, name) {
  const value = read(name).trim();
  return value === "" ? void 0 : value;
}
function maskRawSecrets(read, names, env = process.env) {
  const raw = [...names.map(read), ...[Env.KeyContent, Env.Passphrase].map((name) => env[name] ?? "")];
  for (const secret of rawSecretMasks(raw)) setSecret(secret);
}
function rawSecretMasks(values) {
  const masks = /* @__PURE__ */ new Set();
  for (const value of values.filter((text) => text.trim() !== "")) {
    masks.add(value);
    for (const line of value.split(PEM_LINE_BREAK).map((text) => text.trim())) {
      if (line.length > 8 && !line.startsWith("-----")) masks.add(line);
    }
  }
  return [...masks];
}
function apiKeySecrets(key) {
  if (!key) return [];
  const lines = key.privateKey.split("\n").filter((line) => line.length > 8 && !line.startsWith("-----"));
  return [key.passphrase, key.privateKey.trim(), ...lines].filter((value) => Boolean(value));
}

// src/common/oci-auth.ts
var OIDC_INPUTS = [
  SharedInput.OidcDomain,
  SharedInput.OidcClientId,
  SharedInput.OidcClientSecret,
  SharedInput.OidcAudience
];
var OCI_API_CREDENTIALS = `keyless sign-in (the inputs ${SharedInput.OidcDomain}, ${SharedInput.OidcClientId} and ${SharedInput.OidcClientSecret}, with permissions: id-token: write), an instance principal (${SharedInput.OciAuth}: instance-principal on an OCI instance), or the API signing key (${API_KEY_SECRETS})`;
var MODES = ["auto", "api-key", "oidc", "instance-principal"];
var DOMAIN_EXAMPLE = "https://idcs-0123456789abcdef0123456789abcdef.identity.oraclecloud.com";
var LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/;
function parseAuthMode(value) {
  const mode = (value.trim() || "auto").toLowerCase();
  if (MODES.includes(mode)) return mode;
  throw new InputError(SharedInput.OciAuth, `expected ${MODES.join(", ")}; got '${value}'`, "oidc");
}
function normaliseDomain(value) {
  const text = value.trim();
  let url;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    url = void 0;
  }
  if (!url || url.protocol !== "https:" && url.protocol !== "http:" || url.username || url.password) {
    throw new InputError(
      SharedInput.OidcDomain,
      `'${text}' is not the URL of an identity domain (Identity > Domains > your domain > Domain URL)`,
      DOMAIN_EXAMPLE
    );
  }
  return url.origin;
}
function readOciAuth(read, env, problems) {
  const value = (name, envName) => read(name).trim() || (envName ? env[envName]?.trim() ?? "" : "");
  const mode = problems.check(() => parseAuthMode(read(SharedInput.OciAuth)));
  const keyParts = [
    [SharedInput.User, Env.User],
    [SharedInput.Fingerprint, Env.Fingerprint],
    [SharedInput.PrivateKey, Env.KeyContent]
  ];
  const keyGiven = keyParts.filter(([name, envName]) => value(name, envName) !== "");
  const keyNames = keyGiven.map(([name, envName]) => `${name} (${envName})`);
  const oidcGiven = OIDC_INPUTS.filter((name) => value(name) !== "");
  const tenancyValue = value(SharedInput.Tenancy, Env.Tenancy);
  const notes = [];
  if (mode === void 0) return { given: true, notes };
  const chosen = mode !== "auto" ? mode : keyGiven.length > 0 ? "api-key" : oidcGiven.length > 0 ? "oidc" : tenancyValue !== "" ? "api-key" : void 0;
  if (chosen === void 0) return { given: false, notes };
  if (chosen === "api-key") {
    if (mode === "api-key" && oidcGiven.length > 0) {
      problems.add(contradiction(`api-key signs with the API key, yet ${oidcGiven.join(", ")} is also set`));
    } else if (oidcGiven.length > 0) {
      notes.push(
        `oci-auth auto: signing with the API key; ${oidcGiven.join(", ")} is ignored (set oci-auth: oidc to sign in keyless)`
      );
    }
    const apiKey = problems.check(() => readApiKey(read, env));
    if (apiKey === void 0 && !problems.failed(...API_KEY_INPUTS)) {
      problems.add(
        new InputError(
          SharedInput.OciAuth,
          `api-key needs the API signing key: set the secrets ${API_KEY_SECRETS} in env (or the inputs tenancy, user, fingerprint and private-key)`
        )
      );
    }
    return { given: true, notes, ...apiKey ? { auth: { kind: "api-key", apiKey } } : {} };
  }
  const before = problems.count;
  if (keyGiven.length > 0) {
    problems.add(
      contradiction(
        `${chosen} needs no API signing key, yet ${keyNames.join(", ")} is also set: remove it, or set oci-auth: api-key`
      )
    );
  }
  const tenancy = tenancyValue === "" ? void 0 : problems.check(() => validateOcid(SharedInput.Tenancy, tenancyValue, ["tenancy"]));
  if (chosen === "instance-principal") {
    if (oidcGiven.length > 0) {
      problems.add(
        contradiction(
          `instance-principal signs as the runner's OCI instance, yet ${oidcGiven.join(", ")} is also set: remove it, or set oci-auth: oidc`
        )
      );
    }
    return problems.count > before ? { given: true, notes } : { given: true, notes, auth: { kind: "instance-principal", ...tenancy ? { tenancy } : {} } };
  }
  const domainText = value(SharedInput.OidcDomain);
  if (domainText === "") {
    problems.add(
      new InputError(
        SharedInput.OidcDomain,
        `is needed for keyless sign-in${oidcGiven.length > 0 ? ` (${oidcGiven.join(", ")} is set)` : ""}: the URL of the identity domain that holds the Identity Propagation Trust`,
        DOMAIN_EXAMPLE
      )
    );
  }
  const domain = domainText === "" ? void 0 : problems.check(() => normaliseDomain(domainText));
  for (const [name, what] of [
    [SharedInput.OidcClientId, "the client ID"],
    [SharedInput.OidcClientSecret, "the client secret"]
  ]) {
    if (value(name) === "") {
      problems.add(
        new InputError(
          name,
          `is needed with ${SharedInput.OidcDomain}: ${what} of the confidential application that holds the Identity Propagation Trust`
        )
      );
    }
  }
  if (domain && domain.startsWith("http:") && !LOOPBACK.test(new URL(domain).hostname)) {
    notes.push(
      `${SharedInput.OidcDomain} is not https: the client secret and tokens would cross the network in clear`
    );
  }
  if (problems.count > before || !domain) return { given: true, notes };
  return {
    given: true,
    notes,
    auth: {
      kind: "oidc",
      oidc: {
        domain,
        clientId: value(SharedInput.OidcClientId),
        clientSecret: value(SharedInput.OidcClientSecret),
        audience: value(SharedInput.OidcAudience) || domain,
        ...tenancy ? { tenancy } : {}
      }
    }
  };
}
function contradiction(problem) {
  return new InputError(SharedInput.OciAuth, problem);
}
function authSecrets(auth) {
  if (auth?.kind === "api-key") return apiKeySecrets(auth.apiKey);
  if (auth?.kind === "oidc") return [auth.oidc.clientSecret];
  return [];
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

// src/oci/replica-regions.ts
var EXAMPLE2 = "sa-vinhedo-1, or us-phoenix-1=phx.ocir.io";
var HOST = /^[A-Za-z0-9.-]+(?::\d{1,5})?$/;
function parseReplicaRegions(value, primary, regionSources = {}) {
  const targets = [];
  for (const item of parseList(value)) {
    const [regionValue = "", host, ...rest] = item.split("=").map((part) => part.trim());
    if (rest.length > 0 || host === "") {
      throw new InputError(
        SharedInput.ReplicateTo,
        `'${item}' is not <region> or <region>=<registry host>`,
        EXAMPLE2
      );
    }
    if (host !== void 0 && !HOST.test(host)) {
      throw new InputError(
        SharedInput.ReplicateTo,
        `'${host}' is not a registry host name: give the host alone, without scheme or path`,
        EXAMPLE2
      );
    }
    const region = replicaRegion(regionValue, regionSources);
    if (primary && region.id === primary.id) {
      throw new InputError(
        SharedInput.ReplicateTo,
        `${region.id} is the primary region (input 'region'); list only the other regions`,
        EXAMPLE2
      );
    }
    if (targets.some((target) => target.region.id === region.id)) {
      throw new InputError(SharedInput.ReplicateTo, `${region.id} is listed twice`, EXAMPLE2);
    }
    targets.push({ region, registry: host ?? registryHost(region) });
  }
  return targets;
}
function replicaRegion(value, sources) {
  try {
    return resolveRegion(value, sources.regionMetadata, sources.regionsConfig);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const problem = error.message.replace(/^Input 'region': /, "").replace(/ \(for example: [^)]*\)$/, "");
    throw new InputError(SharedInput.ReplicateTo, problem, EXAMPLE2);
  }
}

export {
  checkoutCommitTime,
  loadGitContext,
  isForkPullRequest,
  publishPreviewComment,
  markPreviewRemoved,
  parseList,
  parseLines,
  parseBoolean,
  validateOcid,
  validateRepository,
  optional,
  maskRawSecrets,
  OCI_API_CREDENTIALS,
  readOciAuth,
  authSecrets,
  resolveRegion,
  registryHost,
  readRegionSources,
  parseReplicaRegions,
  ociConnection
};
