import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  ActionError,
  InputError,
  InputErrors,
  StepFailure,
  explain,
  inputProblemsSummary
} from "./chunk-6YBALY5C.js";
import {
  ExitCode,
  error,
  info,
  setFailed
} from "./chunk-J3AKMAWX.js";

// src/common/fail.ts
function explainFailure(error2, fallback = "inputs") {
  return error2 instanceof StepFailure ? explain(error2.step, error2.cause) : explain(fallback, error2);
}
function failWithAdvice(error2) {
  const step = error2 instanceof StepFailure ? error2.step : "inputs";
  const cause = error2 instanceof StepFailure ? error2.cause : error2;
  if (cause instanceof InputError || cause instanceof InputErrors) {
    failWithInputProblems(cause instanceof InputErrors ? cause.errors : [cause]);
    return;
  }
  if (cause instanceof Error && !(cause instanceof ActionError)) {
    info(`Raw error (${step}): ${cause.stack ?? cause.message}`);
  }
  setFailed(explain(step, cause));
}
function failWithInputProblems(errors) {
  for (const error2 of errors) error(error2.message, { title: error2.title });
  if (errors.length > 1) setFailed(inputProblemsSummary(errors));
  else process.exitCode = ExitCode.Failure;
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

export {
  explainFailure,
  failWithAdvice,
  BEARER_USERNAME,
  registryUsername
};
