/**
 * What every input section reads through: the raw reader, the environment, and one collector of
 * problems, so that all of them are reported at once and in the order the sections run.
 */
import { InputProblems } from '../../common/errors.js';
import { optional, parseBoolean, type Environment, type InputReader } from '../../common/inputs.js';

/** Options of the run that input validation must know: what the event allows. */
export interface RunSituation {
  /** A pull request from a fork, whose workflow gets no secrets: a build without credentials is fine. */
  forkPullRequest: boolean;
  /** The job may ask for a GitHub OIDC token (`permissions: id-token: write`); never on a fork's pull request. */
  idToken?: boolean;
}

export interface InputContext {
  read: InputReader;
  env: Environment;
  problems: InputProblems;
  /** The input is set to something other than blanks. */
  given(name: string): boolean;
  /** Validates the input when given; absent or invalid (reported) reads as undefined. */
  check<T>(name: string, validate: (value: string) => T): T | undefined;
  /** A true/false input; invalid (reported) reads as the fallback. */
  boolean(name: string, fallback: boolean): boolean;
}

export function inputContext(read: InputReader, env: Environment): InputContext {
  const problems = new InputProblems();
  return {
    read,
    env,
    problems,
    given: (name) => optional(read, name) !== undefined,
    check: (name, validate) => {
      const value = optional(read, name);
      return value === undefined ? undefined : problems.check(() => validate(value));
    },
    boolean: (name, fallback) => problems.check(() => parseBoolean(name, read(name), fallback)) ?? fallback,
  };
}
