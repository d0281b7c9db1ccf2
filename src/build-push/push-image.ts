/**
 * The push phase of an image in the engine's store (the legacy builder's, and buildx's on the docker
 * driver): the first tag with `docker push` (the layers, once), every other tag as one manifest PUT
 * through the registry API, in parallel; retries, one digest and immutable tags as push.ts decides.
 */
import * as core from '@actions/core';
import { inStep } from '../common/errors.js';
import * as docker from './docker/cli.js';
import type { Inputs } from './inputs.js';
import type { RegistrySession } from './login.js';
import { pushTags, type PushResult, type TagReference } from './push.js';
import { RegistryApiError } from '../registry/api.js';
import { manifestTagger } from './manifest-tagger.js';
import type { Resolved } from './resolve.js';

export function pushImage(
  inputs: Inputs,
  resolved: Resolved,
  imageId: string,
  tags: TagReference[],
  session: RegistrySession,
  repositoryPath: string,
): Promise<PushResult> {
  const { login } = session;
  return inStep('push', async () => {
    await login.refreshBeforePush();
    // Tags after the first need only their manifest: written through the registry API, whose
    // handshake runs while docker pushes the first tag.
    const tagger = manifestTagger({
      registry: session.registry,
      repository: repositoryPath,
      credentials: session.credentials,
    });
    try {
      return await pushTags(tags, {
        attempts: inputs.retries,
        pushOne: (reference) => {
          // docker first: the handshake's own start-up must not delay the upload.
          const pushing = docker.push(reference);
          if (tags.length > 1) tagger.prepare();
          return pushing;
        },
        addTag: (tag, digest) => tagger.addTag(tag.name, digest),
        ...(resolved.existingTags ? { existing: resolved.existingTags } : {}),
        // The same image: pushed from here before, or its config (the image id) is the one stored.
        sameImage: async (digest) =>
          (await docker.repoDigests(imageId)).some((ref) => ref.endsWith(`@${digest}`)) ||
          (await tagger.configDigest(digest).catch(unlessMissing)) === imageId,
        log: core.info,
        renewLogin: () => login.renewAfterRefusal(),
      });
    } finally {
      tagger.close();
    }
  });
}

/** A manifest the registry does not have is no image of ours; any other failure is reported. */
function unlessMissing(error: unknown): undefined {
  if (error instanceof RegistryApiError && error.status === 404) return undefined;
  throw error;
}
