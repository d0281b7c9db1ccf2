/**
 * The build phase on either backend: the legacy `docker build` (or tagging an existing image), or
 * buildx, which builds into the engine's store on the docker driver and pushes as it builds on the
 * others (and joins per-platform digests in merge mode). Both get the same labels and tags.
 */
import * as core from '@actions/core';
import { ActionError, inStep } from '../common/errors.js';
import { checkoutCommitTime, type GitContext } from '../github/context.js';
import { buildWithBuildx, type BuildxOutcome } from './buildx/build.js';
import { mergeDigests } from './buildx/merge.js';
import { pushedBy, type BuildxChoice } from './buildx/select.js';
import { asBuildFailure, isMissingLocalImage, missingLocalImage } from './docker/build-failure.js';
import { buildxCli } from './docker/buildx-cli.js';
import * as docker from './docker/cli.js';
import { NO_BUILDX_INPUTS, type Inputs } from './inputs.js';
import { imageCreatedTime, ociLabels } from './labels.js';
import type { RegistrySession } from './login.js';
import type { Plan } from './plan.js';
import type { TagReference } from './push.js';
import { manifestTagger } from './manifest-tagger.js';
import type { Resolved } from './resolve.js';

/** Where the buildx phase builds and pushes to, and with which login. */
export interface BuildxTarget {
  repository: string;
  tags: TagReference[];
  plan: Plan;
  resolved: Resolved;
  login: RegistrySession | undefined;
}

/** Build (or merge) and push with buildx: one phase, since BuildKit pushes as it builds. */
export async function buildxPhase(
  inputs: Inputs,
  git: GitContext,
  version: string,
  choice: BuildxChoice,
  target: BuildxTarget,
): Promise<BuildxOutcome> {
  const { repository, tags, plan, resolved, login } = target;
  const session = login?.login;
  const pusher = pushedBy(choice, inputs);
  // BuildKit pushes one name (none on an immutable repository); the other tags are manifest PUTs.
  const tagger =
    login && plan.push && !inputs.mergeDigests && pusher === 'buildkit'
      ? manifestTagger({
          registry: login.registry,
          repository: repository.slice(repository.indexOf('/') + 1),
          credentials: login.credentials,
        })
      : undefined;
  const deps = {
    buildx: buildxCli(),
    log: core.info,
    ...(session
      ? { beforePush: () => session.refreshBeforePush(), renewLogin: () => session.renewAfterRefusal() }
      : {}),
    ...(tagger ? { addTag: (tag: TagReference, digest: string) => tagger.addTag(tag.name, digest) } : {}),
  };
  const common = {
    choice,
    repository,
    tags,
    attempts: inputs.retries,
    ...(resolved.existingTags ? { existing: resolved.existingTags } : {}),
  };
  try {
    if (inputs.mergeDigests) {
      const merged = await inStep('push', () =>
        mergeDigests({ ...common, digests: inputs.mergeDigests! }, deps),
      );
      return { imageId: '', ...merged };
    }
    const labels = await buildLabels(inputs, git, version);
    // The registry handshake for the extra tags runs while BuildKit builds.
    if (tags.length > 1) tagger?.prepare();
    return await inStep('build', () =>
      buildWithBuildx(
        {
          ...common,
          build: inputs.build,
          buildx: inputs.buildx ?? NO_BUILDX_INPUTS,
          labels,
          push: plan.push,
          pushedBy: pusher,
        },
        deps,
      ),
    );
  } finally {
    tagger?.close();
  }
}

/** The generated OCI labels under the `labels` input: the same on both backends. */
async function buildLabels(
  inputs: Inputs,
  git: GitContext,
  version: string,
): Promise<Record<string, string>> {
  const { created, source } = await imageCreatedTime({
    sourceDateEpoch: process.env.SOURCE_DATE_EPOCH,
    eventCommitTime: git.commitTime,
    checkoutCommitTime: () => checkoutCommitTime(process.env.GITHUB_WORKSPACE || process.cwd(), git.sha),
    now: () => new Date(),
  });
  core.info(`Image created time ${created.toISOString()}: ${source}`);
  return { ...ociLabels(git, { version, created }), ...inputs.build.labels };
}

export async function buildOrTag(
  inputs: Inputs,
  git: GitContext,
  version: string,
  targets: string[],
): Promise<string> {
  if (inputs.image) {
    const source = inputs.image;
    return inStep('build', async () => {
      const id = await docker.imageId(source).catch((error: unknown) => {
        throw error instanceof docker.DockerError && isMissingLocalImage(error.output)
          ? new ActionError(missingLocalImage(source))
          : error;
      });
      for (const target of targets) await docker.tag(source, target);
      return id;
    });
  }
  const labels = await buildLabels(inputs, git, version);
  return inStep('build', () =>
    docker.build(inputs.build, labels, targets).catch((error: unknown) => {
      throw asBuildFailure(error);
    }),
  );
}
