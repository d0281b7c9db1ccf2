/**
 * How the image is published and the run behaves around it: tag rules and flavor, push, retries,
 * logout, and the pull request comment with its token.
 */
import { InputError } from '../../common/errors.js';
import { optional, parseBoolean } from '../../common/inputs.js';
import { Input } from '../constants.js';
import { parseFlavor, parseTagRules, type Flavor, type TagRule } from '../tags/index.js';
import type { InputContext } from './context.js';

function validateRetries(value: string): number {
  const text = value.trim() || '3';
  const retries = Number(text);
  if (!Number.isInteger(retries) || retries < 1 || retries > 10) {
    throw new InputError(
      Input.Retries,
      `expected a whole number of attempts from 1 to 10, got '${value}'`,
      '3',
    );
  }
  return retries;
}

export interface PublishInputs {
  tagRules: TagRule[];
  flavor: Flavor;
  push: boolean;
}

export interface PublishReading {
  /** Absent when invalid (reported). */
  push?: boolean;
  validated(): PublishInputs;
}

export function readPublish(ctx: InputContext): PublishReading {
  const { read, problems } = ctx;
  const tagRules = problems.check(() => parseTagRules(read(Input.Tags)));
  const flavor = problems.check(() => parseFlavor(read(Input.Flavor)));
  const push = problems.check(() => parseBoolean(Input.Push, read(Input.Push), true));
  return {
    ...(push !== undefined ? { push } : {}),
    // Every value below was validated: a failed one has thrown before this is called.
    validated: () => ({ tagRules: tagRules!, flavor: flavor!, push: push! }),
  };
}

export interface RunOptions {
  retries: number;
  logout: boolean;
  /** Create or update the pull request's preview comment. */
  prComment: boolean;
  /** For the pull request comment; masked, never logged. */
  githubToken?: string;
}

/** Read after the build's inputs (their problems come first); call validated() once every problem has been thrown. */
export function readRunOptions(ctx: InputContext): { validated(): RunOptions } {
  const { read, problems, boolean } = ctx;
  const retries = problems.check(() => validateRetries(read(Input.Retries)));
  const logout = boolean(Input.Logout, true);
  const prComment = boolean(Input.PrComment, false);
  const githubToken = optional(read, Input.GithubToken);
  return {
    validated: () => ({
      retries: retries!,
      logout,
      prComment,
      ...(githubToken ? { githubToken } : {}),
    }),
  };
}
