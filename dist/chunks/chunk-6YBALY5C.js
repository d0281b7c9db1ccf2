import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/common/errors.ts
var InputError = class extends Error {
  input;
  /** The annotation's title: `Input 'region'`, or the subject of a problem that is no single input. */
  title;
  constructor(input, problem, example, title = `Input '${input}'`) {
    super(`${title}: ${problem}${example ? ` (for example: ${example})` : ""}`);
    this.name = "InputError";
    this.input = input;
    this.title = title;
  }
};
var CREDENTIALS = "credentials";
function credentialsError(problem) {
  return new InputError(CREDENTIALS, problem, void 0, "Credentials");
}
var InputErrors = class extends Error {
  errors;
  constructor(errors) {
    super([inputProblemsSummary(errors), ...errors.map((error) => error.message)].join("\n"));
    this.name = "InputErrors";
    this.errors = errors;
  }
};
function inputProblemsSummary(errors) {
  const names = [...new Set(errors.map((error) => error.input))].join(", ");
  return `${errors.length} input problems (${names}): fix them all before re-running`;
}
var InputProblems = class {
  errors = [];
  check(validate) {
    try {
      return validate();
    } catch (error) {
      if (error instanceof InputError) this.errors.push(error);
      else if (error instanceof InputErrors) this.errors.push(...error.errors);
      else throw error;
      return void 0;
    }
  }
  add(error) {
    this.errors.push(error);
  }
  failed(...inputs) {
    return this.errors.some((error) => inputs.includes(error.input));
  }
  get count() {
    return this.errors.length;
  }
  /** Throws what was collected: the InputError itself when there is one, else all of them. */
  throwIfAny() {
    if (this.errors.length === 1) throw this.errors[0];
    if (this.errors.length > 1) throw new InputErrors([...this.errors]);
  }
};
var ActionError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "ActionError";
  }
};
var CONTROL_PLANE_STEPS = [
  "namespace",
  "username",
  "repository",
  "registry-token",
  "images",
  "prune"
];
function factsOf(error) {
  const record = typeof error === "object" && error !== null ? error : {};
  const status = typeof record.statusCode === "number" ? record.statusCode : void 0;
  const code = typeof record.serviceCode === "string" ? record.serviceCode : "";
  const output = typeof record.output === "string" ? record.output : "";
  const signedWith = record.signedWith === "oidc" || record.signedWith === "instance-principal" ? record.signedWith : void 0;
  return {
    ...status !== void 0 ? { status } : {},
    ...signedWith ? { signedWith } : {},
    code,
    text: `${messageOf(error)}
${output}`.toLowerCase()
  };
}
function messageOf(error) {
  if (error instanceof Error) return error.message;
  const message = typeof error === "object" && error !== null ? error.message : void 0;
  return typeof message === "string" ? message : String(error);
}
function oneLineFailure(error) {
  const record = typeof error === "object" && error !== null ? error : {};
  const status = typeof record.statusCode === "number" ? `${record.statusCode} ` : "";
  const code = typeof record.serviceCode === "string" ? `${record.serviceCode}: ` : "";
  return `${status}${code}${messageOf(error).split("\n")[0] ?? ""}`.trim();
}
var USERNAME_ADVICE = "Check the username format: <namespace>/<username> for IAM users, <namespace>/oracleidentitycloudservice/<username> for federated (IDCS) users, where <namespace> is the tenancy Object Storage namespace, not the tenancy name. Check the auth token: it is shown only once when generated, may have been deleted, and a user has at most two; generate a new one under User settings > Auth tokens if in doubt.";
var POLICY_ADVICE = "Check the IAM policy of the user's group, e.g. 'Allow group <group> to manage repos in compartment <compartment>' (pushing, creating repositories, deleting images) and 'Allow group <group> to read repos in tenancy' (looking them up).";
function sessionPolicies(holder) {
  return `'Allow ${holder} to manage repos in compartment <compartment>', 'Allow ${holder} to read repos in tenancy' and 'Allow ${holder} to read objectstorage-namespaces in tenancy'`;
}
var SESSION_ADVICE = {
  oidc: `The OCI API refused the session token of keyless sign-in (401 NotAuthenticated). The identity domain issued it, so the likely gap is the service user the trust impersonates: it must be active, and in a group that a policy names, e.g. ${sessionPolicies("group <domain>/<group>")} (README, Keyless, steps 4 and 5). Check the runner's clock too.`,
  "instance-principal": `The OCI API refused the instance principal's session token (401 NotAuthenticated). The likely gap: the instance must match a dynamic group's rule (e.g. instance.compartment.id = '<compartment OCID>') and a policy must name that dynamic group, e.g. ${sessionPolicies("dynamic-group <dynamic group>")} (README, Instance principal).`
};
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
    when: (facts) => facts.status === 401 && facts.signedWith !== void 0,
    advice: (facts) => SESSION_ADVICE[facts.signedWith]
  },
  {
    when: (facts, step) => CONTROL_PLANE_STEPS.includes(step) && facts.status === 401,
    advice: () => "The OCI API rejected the API signing key (401 NotAuthenticated). Check OCI_CLI_USER and OCI_CLI_TENANCY OCIDs, that OCI_CLI_FINGERPRINT is the fingerprint of OCI_CLI_KEY_CONTENT, that the public key is uploaded to that user, and the runner's clock."
  },
  {
    when: (facts, step) => CONTROL_PLANE_STEPS.includes(step) && (facts.status === 404 || facts.status === 403),
    advice: (facts, step) => {
      const policy = facts.signedWith === "oidc" ? `The service user the trust impersonates needs a group with the policies ${sessionPolicies("group <domain>/<group>")}.` : facts.signedWith === "instance-principal" ? `The instance's dynamic group needs the policies ${sessionPolicies("dynamic-group <dynamic group>")}.` : POLICY_ADVICE;
      return step === "repository" ? `The repository could not be looked up or created (NotAuthorizedOrNotFound). ${policy} Check the compartment OCID too.` : `The OCI API answered NotAuthorizedOrNotFound. Check the OCIDs and region. ${policy}`;
    }
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
  if (error instanceof InputError || error instanceof ActionError || error instanceof InputErrors) {
    return error.message;
  }
  const facts = factsOf(error);
  const match = CASES.find((c) => c.when(facts, step));
  const summary = firstLine(error);
  return match ? `${match.advice(facts, step)}
Cause: ${summary}` : `The ${step} step failed: ${summary}`;
}
function firstLine(error) {
  return messageOf(error).split("\n").find((line) => line.trim() !== "")?.trim() ?? "unknown error";
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

export {
  InputError,
  credentialsError,
  InputErrors,
  inputProblemsSummary,
  InputProblems,
  ActionError,
  messageOf,
  oneLineFailure,
  explain,
  StepFailure,
  inStep
};
