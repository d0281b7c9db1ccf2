/** How every action of this repository ends on an error: the advice as the failure, the raw error in the log. */
import * as core from '@actions/core';
import { ActionError, explain, InputError, StepFailure } from './errors.js';

export function failWithAdvice(error: unknown): void {
  const step = error instanceof StepFailure ? error.step : 'inputs';
  const cause = error instanceof StepFailure ? error.cause : error;
  if (cause instanceof Error && !(cause instanceof InputError || cause instanceof ActionError)) {
    core.info(`Raw error (${step}): ${cause.stack ?? cause.message}`);
  }
  core.setFailed(explain(step, cause));
}
