/**
 * Every input is read and validated here, before the first side effect. Validation is pure:
 * `parseInputs` takes a reader, so tests can drive it with a plain object and the action with
 * `core.getInput`. Secrets are masked as soon as they are read.
 *
 * Each section of inputs lives in `inputs/`: `target.ts` (region, registry, credentials,
 * repository), `build.ts` (image, build and buildx), `publish.ts` (tags, push, run options),
 * `gates.ts` (signing and the scan gate); `context.ts` is the reader they share.
 */
import * as core from '@actions/core';
import { Input } from './constants.js';
import { maskRawSecrets, type Environment, type InputReader } from '../common/inputs.js';
import { authSecrets } from '../common/oci-auth.js';
import { readRegionSources } from '../oci/region-sources.js';
import { credentialProblems } from './inputs/credentials.js';
import {
  checkDigestsPush,
  localPaths,
  readBuild,
  readBuildx,
  type BuildSectionInputs,
  type LocalPaths,
} from './inputs/build.js';
import { inputContext, type RunSituation } from './inputs/context.js';
import { checkGatesNeeds, readGates, type GateInputs } from './inputs/gates.js';
import { readPublish, readRunOptions, type PublishInputs, type RunOptions } from './inputs/publish.js';
import { checkReplicationNeeds } from './inputs/replication.js';
import { checkTargetNeeds, readTarget, type TargetInputs } from './inputs/target.js';

export { localPaths, NO_BUILDX_INPUTS, parseCacheSources } from './inputs/build.js';
export type { BuildInputs, BuildxInputs, LocalPaths } from './inputs/build.js';
export type { RunSituation } from './inputs/context.js';
export type { ScanGateInputs, SignInputs } from './inputs/gates.js';
export type { CreateRepository } from './inputs/target.js';

/** Every input, validated: each section's own fields (see inputs/). */
export interface Inputs extends TargetInputs, BuildSectionInputs, PublishInputs, RunOptions, GateInputs {
  /** Said in the log before the run starts (how the OCI API is reached, inputs ignored). */
  authNotes: string[];
}

/**
 * Validates every input and reports every problem at once (InputErrors when there are several);
 * pure apart from the reader, the environment and the paths it is given. A check that depends on
 * an input already reported stays quiet: one mistake, one message.
 */
export function parseInputs(
  read: InputReader,
  env: Environment,
  regionsConfig?: string,
  paths: LocalPaths = localPaths(),
  situation: RunSituation = { forkPullRequest: false },
): Inputs {
  const ctx = inputContext(read, env);
  // Each input on its own first, section by section: this order is the order of the annotations.
  const target = readTarget(ctx, regionsConfig);
  const build = readBuild(ctx, paths);
  const publish = readPublish(ctx);
  const buildx = readBuildx(ctx);
  checkDigestsPush(ctx, build, publish.push);
  const runOptions = readRunOptions(ctx);
  const gates = readGates(ctx);

  // Then what inputs need of each other.
  checkTargetNeeds(ctx, target);
  checkReplicationNeeds(ctx, { push: publish.push, pushByDigest: build.pushByDigest });
  checkGatesNeeds(ctx, gates, { push: publish.push, ociApiGiven: target.ociApiGiven, situation });
  if (publish.push !== undefined) {
    const credentials = {
      ociApi: target.ociApiGiven,
      authToken: target.authToken !== undefined,
      namespace: ctx.given(Input.Namespace),
      username: target.username !== undefined,
      push: publish.push,
    };
    for (const problem of credentialProblems(credentials, situation)) ctx.problems.add(problem);
  }

  ctx.problems.throwIfAny();
  return {
    authNotes: target.authNotes,
    ...target.validated(),
    ...build.validated(buildx),
    ...publish.validated(),
    ...runOptions.validated(),
    ...gates.validated(),
  };
}

/** The secrets among the inputs, each line of a PEM key included, for masking. */
export function secretsOf(inputs: Inputs): string[] {
  return [inputs.authToken, inputs.githubToken, ...authSecrets(inputs.auth)].filter(
    (value): value is string => Boolean(value),
  );
}

/** The action's edge: reads `INPUT_*` through @actions/core, masks secrets, then validates. */
export function getInputs(situation: RunSituation): Inputs {
  const read: InputReader = (name) => core.getInput(name);
  maskRawSecrets(read, [
    Input.AuthToken,
    Input.GithubToken,
    Input.PrivateKey,
    Input.PrivateKeyPassphrase,
    Input.OidcClientSecret,
  ]);
  const inputs = parseInputs(read, process.env, readRegionSources().regionsConfig, localPaths(), situation);
  for (const secret of secretsOf(inputs)) core.setSecret(secret);
  return inputs;
}
