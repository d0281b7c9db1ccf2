/**
 * The main step, as a table of contents: inputs → plan → backend → resolve → log in → build → push →
 * replicate to the other regions → release gates → outputs and summary → pull request comment.
 * Each phase lives in its own module; this file only orders them and names them in the log.
 */
import * as core from '@actions/core';
import { Env } from '../common/constants.js';
import { ActionError } from '../common/errors.js';
import { explainFailure, failWithAdvice } from '../common/fail.js';
import { isForkPullRequest, loadGitContext, type GitContext } from '../github/context.js';
import { publishPreviewComment } from '../github/pr-comment.js';
import { pushedBy, selectBackend } from './buildx/select.js';
import { buildOrTag, buildxPhase } from './build-image.js';
import { buildxCli } from './docker/buildx-cli.js';
import { getInputs, type Inputs } from './inputs.js';
import { logIn, type RegistrySession } from './login.js';
import { setOutputs, writeSummary, type RunResult } from './outputs.js';
import { planRun } from './plan.js';
import { pushImage } from './push-image.js';
import { runReleaseGates, type GateOutcome } from './release-gates.js';
import { replicationFailure, type ReplicaOutcome } from './replicas/decisions.js';
import { resolve } from './resolve.js';
import type { ReplicaResolution } from './replicas/resolve.js';
import { computeTags } from './tags/index.js';

export async function run(): Promise<void> {
  try {
    const git = loadGitContext();
    const situation = {
      forkPullRequest: isForkPullRequest(git),
      idToken: Boolean(process.env[Env.IdTokenRequestUrl]),
    };
    const inputs = getInputs(situation);
    const plan = planRun(inputs, situation);
    for (const note of inputs.authNotes) core.info(note);
    const { names: tagNames, version, notes } = computeTags(inputs.tagRules, inputs.flavor, git);
    for (const note of notes) core.info(note);
    if (plan.skipPushReason) core.notice(plan.skipPushReason);
    // Chosen before any side effect: a builder that cannot do what is asked fails here, with the fix.
    const selection = inputs.image
      ? undefined
      : await core.group('Choosing the builder', () =>
          selectBackend(buildxCli(), { ...inputs, push: plan.push }, core.info),
        );
    for (const warning of selection?.warnings ?? []) core.warning(warning);
    const backend = selection?.choice;
    if (inputs.mergeDigests && !plan.push) {
      throw new ActionError(
        'merge-digests pushes an index, and this run has no registry credentials to push with',
      );
    }

    const resolved = await core.group('Resolving namespace, user and repository', () =>
      resolve(inputs, plan, tagNames),
    );
    const namespace = inputs.namespace ?? resolved.namespace;
    // Without a namespace (a build-only run with no API key) the image can only get a local name.
    const repository = namespace ? `${plan.registry}/${namespace}/${inputs.repository}` : inputs.repository;
    const tags = tagNames.map((name) => ({ name, reference: `${repository}:${name}` }));
    core.info(`Image ${repository}, tags: ${tagNames.join(', ')}`);

    const login = plan.login
      ? await core.group(`Logging in to ${plan.registry}`, () => logIn(inputs, plan, namespace!, resolved))
      : undefined;
    const buildx =
      backend?.backend === 'buildx'
        ? await core.group(
            inputs.mergeDigests ? 'Joining the pushed digests into one index' : 'Building with buildx',
            () => buildxPhase(inputs, git, version, backend, { repository, tags, plan, resolved, login }),
          )
        : undefined;
    const imageId = buildx
      ? buildx.imageId
      : await core.group(inputs.image ? `Tagging ${inputs.image}` : 'Building the image', () =>
          buildOrTag(
            inputs,
            git,
            version,
            tags.map((tag) => tag.reference),
          ),
        );

    // BuildKit pushes as it builds; an image in the engine's store (legacy, docker driver) is pushed now.
    const enginePush =
      plan.push &&
      (!buildx ||
        (backend?.backend === 'buildx' && !inputs.mergeDigests && pushedBy(backend, inputs) === 'engine'));
    const pushed = enginePush
      ? await core.group(`Pushing ${tags.length} tag(s)`, () =>
          pushImage(inputs, resolved, imageId, tags, login!, `${namespace!}/${inputs.repository}`),
        )
      : buildx?.pushed;
    if (pushed) core.info(`Digest ${pushed.digest}`);

    // The same image, digest for digest, in every other region: copied from the primary registry.
    const replicas =
      resolved.replicas && pushed
        ? await core.group(
            `Replicating to ${resolved.replicas.map(({ target }) => target.region.id).join(', ')}`,
            () =>
              replicate(inputs, resolved.replicas!, {
                registry: plan.registry,
                session: login!,
                repositoryPath: `${namespace!}/${inputs.repository}`,
                digest: pushed.digest,
                tagNames,
                authToken: plan.login?.kind === 'auth-token',
              }),
          )
        : undefined;

    // The gate, then the signature: after a successful push only, on the digest just pushed.
    const gates: GateOutcome = buildx?.failure
      ? skippedGates(inputs, `the ${buildx.failure.step} step failed`)
      : pushed
        ? await runReleaseGates(inputs, {
            digest: pushed.digest,
            tagNames,
            pushedAt: new Date(),
            ...(resolved.repository ? { repositoryCompartmentId: resolved.repository.compartmentId } : {}),
          })
        : skippedGates(inputs, 'no image was pushed');

    const result: RunResult = {
      registry: plan.registry,
      namespace: namespace ?? '',
      repository,
      repositoryOcid: resolved.repository?.id ?? '',
      // Pushed by digest only: no tag names the image.
      tagNames: inputs.buildx?.pushByDigest ? [] : tagNames,
      version,
      imageId,
      pushed: pushed !== undefined,
      ...(buildx && buildx.platforms.length > 0
        ? { platforms: buildx.platforms.map(({ platform, digest }) => ({ platform, digest })) }
        : {}),
      ...(pushed ? { digest: pushed.digest } : {}),
      ...(gates.signature ? { signature: gates.signature } : {}),
      ...(gates.scan ? { scan: gates.scan } : {}),
      ...(replicas ? { replicas } : {}),
    };
    // What the push did is true even when a gate fails the step: it is reported first.
    setOutputs(result);
    await writeSummary(result);
    const replicaFailure = replicas && replicationFailure(inputs.region?.id ?? plan.registry, replicas);
    const failures = [buildx?.failure, replicaFailure, gates.failure].filter(
      (failure) => failure !== undefined,
    );
    // Each failure is its own annotation; the last one fails the step.
    for (const failure of failures.slice(0, -1)) core.error(explainFailure(failure));
    if (failures.length > 0) throw failures.at(-1);
    if (inputs.prComment) {
      await core.group('Commenting on the pull request', () => commentOnPullRequest(inputs, git, result));
    }
  } catch (error) {
    failWithAdvice(error);
  }
}

/** The primary push's image into each `replicate-to` region; the copy engine loads only on this path. */
async function replicate(
  inputs: Inputs,
  resolutions: ReplicaResolution[],
  primary: {
    registry: string;
    session: RegistrySession;
    repositoryPath: string;
    digest: string;
    tagNames: string[];
    authToken: boolean;
  },
): Promise<ReplicaOutcome[]> {
  const { replicateImage } = await import('./replicas/replicate.js');
  return replicateImage({
    resolutions,
    source: { registry: primary.registry, credentials: primary.session.credentials },
    repositoryPath: primary.repositoryPath,
    digest: primary.digest,
    tagNames: primary.tagNames,
    // The auth token logs in to every region of the tenancy as it does to the primary's.
    ...(primary.authToken ? { authToken: primary.session.credentials } : {}),
    retries: inputs.retries,
  });
}

/** Without a complete push there is nothing to sign or scan: said, not silently skipped. */
function skippedGates(inputs: Inputs, why: string): GateOutcome {
  const asked = [...(inputs.sign ? ['sign-key'] : []), ...(inputs.scan ? ['scan-gate'] : [])];
  if (asked.length > 0) core.info(`${asked.join(' and ')}: skipped, ${why}`);
  return {};
}

/** The preview comment; a comment never fails the run (failures come back as one warning). */
async function commentOnPullRequest(inputs: Inputs, git: GitContext, result: RunResult): Promise<void> {
  if (!result.digest) {
    core.info('pr-comment: skipped, no image was pushed');
    return;
  }
  await publishPreviewComment({
    token: inputs.githubToken ?? '',
    git,
    preview: { repository: result.repository, digest: result.digest, tagNames: result.tagNames },
    log: core,
  });
}
