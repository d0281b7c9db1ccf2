/**
 * Which backend runs the build, decided before any side effect: the legacy `docker build` when no
 * buildx plugin is installed, else buildx on the builder buildx would use. buildx's own files name
 * that builder and its driver at no cost; buildx is asked (`version` and `inspect`, together) only
 * when a decision needs what only it knows: the BuildKit version, or the docker driver's features.
 * A builder that cannot do what the inputs ask fails here, with the fix.
 */
import { ActionError } from '../../common/errors.js';
import { NO_BUILDX_INPUTS, type Inputs } from '../inputs.js';
import type { Buildx } from '../docker/buildx-cli.js';
import { chooseBackend, choiceFromStore, type BackendChoice } from './backend.js';
import { storedBuilder, type StoredBuilder } from './builder-store.js';
import {
  capabilityProblems,
  capabilityWarnings,
  needsVersions,
  SETUP_FIX,
  type BuildRequest,
} from './capability.js';

export type BuildxChoice = Extract<BackendChoice, { backend: 'buildx' }>;

type SelectionInputs = Pick<Inputs, 'build' | 'buildx' | 'mergeDigests'> & { push?: boolean };

/** What the inputs ask of the builder, for capabilityProblems. */
export function buildRequest(inputs: SelectionInputs): BuildRequest {
  const buildx = inputs.buildx ?? NO_BUILDX_INPUTS;
  return {
    platforms: buildx.platforms,
    cacheFrom: inputs.build.cacheFrom,
    cacheTo: buildx.cacheTo,
    attestations: buildx.provenance !== undefined || buildx.sbom !== undefined,
    load: buildx.load,
    push: inputs.push ?? true,
    pushByDigest: buildx.pushByDigest,
    buildContexts: buildx.buildContexts.length,
    secrets: buildx.secrets.length + buildx.secretEnvs.length,
    ssh: buildx.ssh.length,
  };
}

export interface Selection {
  choice: BackendChoice;
  /** What the builder will quietly not do as asked (logged as warnings; the build goes on). */
  warnings: string[];
}

export async function selectBackend(
  buildx: Buildx,
  inputs: SelectionInputs,
  log: (message: string) => void,
  readStore: (requested: string | undefined) => StoredBuilder | undefined = storedBuilder,
): Promise<Selection> {
  const requested = inputs.buildx?.builder?.trim() || undefined;
  const request = buildRequest(inputs);
  const stored = buildx.installed() ? readStore(requested) : undefined;
  const choice =
    stored && !needsVersions(request, stored.driver)
      ? choiceFromStore(stored)
      : await probe(buildx, requested);
  log(`Backend: ${choice.backend === 'buildx' ? 'docker buildx build' : 'docker build'} (${choice.reason})`);
  const problems = capabilityProblems(choice, request);
  if (inputs.mergeDigests && choice.backend === 'legacy') {
    problems.push(
      `'merge-digests' needs docker buildx (imagetools create), which is not installed: ${SETUP_FIX}`,
    );
  }
  if (problems.length > 0) throw new ActionError(problems.join('\n'));
  return { choice, warnings: capabilityWarnings(choice, request) };
}

/** `docker buildx version` and `inspect [builder]`, together (both answer at once without buildx). */
async function probe(buildx: Buildx, requested: string | undefined): Promise<BackendChoice> {
  const [version, inspect] = await Promise.all([buildx.version(), buildx.inspect(requested)]);
  try {
    return chooseBackend({
      version,
      ...(version.exitCode === 0 ? { inspect } : {}),
      ...(requested ? { builder: requested } : {}),
    });
  } catch (error) {
    throw new ActionError(error instanceof Error ? error.message : String(error));
  }
}

/**
 * Who pushes. On the docker driver the image lands in the engine's store, so the engine pushes it
 * as on the legacy path: the layers once, every other tag one manifest PUT. BuildKit pushes as it
 * builds on every other driver, and for what only it can push (by digest).
 */
export function pushedBy(choice: BuildxChoice, inputs: Pick<Inputs, 'buildx'>): 'engine' | 'buildkit' {
  return choice.driver === 'docker' && !inputs.buildx?.pushByDigest ? 'engine' : 'buildkit';
}
