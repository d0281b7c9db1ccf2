/** How every action of this repository ends on an error: the advice as the failure, the raw error in the log. */
import * as core from '@actions/core';
import {
  ActionError,
  explain,
  InputError,
  InputErrors,
  inputProblemsSummary,
  StepFailure,
  type Step,
} from './errors.js';

/** What the user must do about a failure, in the light of the step it hit (`fallback` when untagged). */
export function explainFailure(error: unknown, fallback: Step = 'inputs'): string {
  return error instanceof StepFailure ? explain(error.step, error.cause) : explain(fallback, error);
}

export function failWithAdvice(error: unknown): void {
  const step = error instanceof StepFailure ? error.step : 'inputs';
  const cause = error instanceof StepFailure ? error.cause : error;
  if (cause instanceof InputError || cause instanceof InputErrors) {
    failWithInputProblems(cause instanceof InputErrors ? cause.errors : [cause]);
    return;
  }
  if (cause instanceof Error && !(cause instanceof ActionError)) {
    core.info(`Raw error (${step}): ${cause.stack ?? cause.message}`);
  }
  core.setFailed(explain(step, cause));
}

/**
 * One `::error::` annotation per problem, titled with the input it names, so each shows on its own
 * in the run's annotations. Several problems end with a one-line summary as the failure; a single
 * one is the failure itself (a summary would only repeat it).
 */
function failWithInputProblems(errors: readonly InputError[]): void {
  for (const error of errors) core.error(error.message, { title: error.title });
  if (errors.length > 1) core.setFailed(inputProblemsSummary(errors));
  else process.exitCode = core.ExitCode.Failure;
}
