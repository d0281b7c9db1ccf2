/**
 * The main step, as a table of contents: inputs → plan → resolve → log in → build → push → outputs.
 * Each phase lives in its own module; this file only orders them and names them in the log.
 */
import * as core from '@actions/core';
import { Env } from '../common/constants.js';
import { State } from './constants.js';
import { checkoutCommitTime, loadGitContext, isForkPullRequest, type GitContext } from '../github/context.js';
import { publishPreviewComment } from '../github/pr-comment.js';
import * as docker from './docker/cli.js';
import { asBuildFailure, isMissingLocalImage, missingLocalImage } from './docker/build-failure.js';
import { ActionError, inStep } from '../common/errors.js';
import { failWithAdvice } from '../common/fail.js';
import { getInputs, NO_BUILDX_INPUTS, type Inputs } from './inputs.js';
import { imageCreatedTime, ociLabels } from './labels.js';
import type { ControlPlane } from '../oci/control-plane.js';
import type { RepositoryInfo } from '../oci/repository.js';
import { repositoryDrift } from './repository-drift.js';
import { BEARER_USERNAME, registryUsername } from '../oci/username.js';
import { setOutputs, writeSummary, type RunResult } from './outputs.js';
import { planRun, type Plan } from './plan.js';
import { pushTags, type PushResult, type TagReference } from './push.js';
import { runReleaseGates, type GateOutcome } from './release-gates.js';
import { issueRegistryToken, registryLogin, type IssuedToken, type RegistryLogin } from './registry-login.js';
import { manifestTagger, type RegistryCredentials } from './registry-api.js';
import { computeTags } from './tags/index.js';
import {
  buildWithBuildx,
  mergeDigests,
  selectBackend,
  type BuildxChoice,
  type BuildxOutcome,
} from './build.js';
import { buildxCli } from './docker/buildx-cli.js';

/** What the OCI API told us; each field only when the run needed it. */
interface Resolved {
  namespace?: string;
  username?: string;
  registryToken?: IssuedToken;
  /** A fresh registry token, for a login renewed before or at the push. */
  issueRegistryToken?: () => Promise<IssuedToken>;
  repository?: RepositoryInfo;
  /** On an immutable repository: the digest each requested tag already holds. */
  existingTags?: Map<string, string>;
}

export async function run(): Promise<void> {
  try {
    const git = loadGitContext();
    const situation = { forkPullRequest: isForkPullRequest(git) };
    const inputs = getInputs(situation);
    const plan = planRun(inputs, situation);
    const { names: tagNames, version, notes } = computeTags(inputs.tagRules, inputs.flavor, git);
    for (const note of notes) core.info(note);
    if (plan.skipPushReason) core.notice(plan.skipPushReason);
    // Chosen before any side effect: a builder that cannot do what is asked fails here, with the fix.
    const backend = inputs.image
      ? undefined
      : await core.group('Choosing the builder', () => selectBackend(buildxCli(), inputs, core.info));
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

    // buildx pushed as it built: the legacy push phase is for the legacy backend only.
    const legacyPush = plan.push && !buildx;
    const pushed = legacyPush
      ? await core.group(`Pushing ${tags.length} tag(s)`, () =>
          pushImage(inputs, resolved, imageId, tags, login!, `${namespace!}/${inputs.repository}`),
        )
      : buildx?.pushed;
    if (pushed) core.info(`Digest ${pushed.digest}`);

    // Sign, then gate: after a successful push only, on the digest just pushed.
    const gates: GateOutcome = pushed
      ? await runReleaseGates(inputs, {
          digest: pushed.digest,
          tagNames,
          pushedAt: new Date(),
          ...(resolved.repository ? { repositoryCompartmentId: resolved.repository.compartmentId } : {}),
        })
      : skippedGates(inputs);

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
    };
    // What the push did is true even when a gate fails the step: it is reported first.
    setOutputs(result);
    await writeSummary(result);
    if (gates.failure) throw gates.failure;
    if (inputs.prComment) {
      await core.group('Commenting on the pull request', () => commentOnPullRequest(inputs, git, result));
    }
  } catch (error) {
    failWithAdvice(error);
  }
}

/** Without a push there is nothing to sign or scan: said, not silently skipped. */
function skippedGates(inputs: Inputs): GateOutcome {
  const asked = [...(inputs.sign ? ['sign-key'] : []), ...(inputs.scan ? ['scan-gate'] : [])];
  if (asked.length > 0) core.info(`${asked.join(' and ')}: skipped, no image was pushed`);
  return {};
}

/** Loads the OCI SDK only when something must be looked up, and runs the lookups concurrently. */
async function resolve(inputs: Inputs, plan: Plan, tagNames: string[]): Promise<Resolved> {
  const needsApi =
    plan.lookup.namespace ||
    plan.lookup.username ||
    plan.lookup.repository ||
    plan.login?.kind === 'registry-token';
  if (!needsApi || !inputs.apiKey || !inputs.region) {
    core.info('Nothing to look up: the OCI API is not used');
    return {};
  }
  // The SDK's dependencies use Node APIs deprecated since (punycode, url.parse): warnings no user can act on.
  process.noDeprecation = true;
  const { connectControlPlane } = await import('../oci/control-plane.js');
  const api: ControlPlane = connectControlPlane({
    apiKey: inputs.apiKey,
    regionId: inputs.region.id,
    ...(process.env[Env.ApiBaseUrl] ? { baseUrl: process.env[Env.ApiBaseUrl] } : {}),
    log: core.debug,
  });
  const issueToken = async (): Promise<IssuedToken> => {
    const issued = await inStep('registry-token', () =>
      issueRegistryToken(() => api.registryTokenGrant(), Date.now),
    );
    core.setSecret(issued.token);
    return issued;
  };
  const [namespace, username, registryToken, repository] = await Promise.all([
    plan.lookup.namespace ? inStep('namespace', () => api.namespace()) : undefined,
    plan.lookup.username ? inStep('username', () => api.userName()) : undefined,
    plan.login?.kind === 'registry-token' ? issueToken() : undefined,
    plan.lookup.repository ? inStep('repository', () => ensureRepository(api, inputs)) : undefined,
  ]);
  const existingTags = repository?.isImmutable
    ? await inStep('repository', () => api.tagDigests(repository.id, tagNames))
    : undefined;
  if (namespace) core.info(`Namespace: ${namespace}`);
  if (username) core.info(`User: ${username}`);
  return {
    ...(namespace ? { namespace } : {}),
    ...(username ? { username } : {}),
    ...(registryToken ? { registryToken, issueRegistryToken: issueToken } : {}),
    ...(repository ? { repository } : {}),
    ...(existingTags ? { existingTags } : {}),
  };
}

async function ensureRepository(api: ControlPlane, inputs: Inputs): Promise<RepositoryInfo> {
  const wanted = { isPublic: inputs.repositoryPublic, isImmutable: inputs.repositoryImmutable };
  const repository = await api.ensureRepository({
    name: inputs.repository,
    compartmentId: inputs.compartment ?? inputs.apiKey!.tenancy,
    ...wanted,
  });
  if (repository.created) {
    core.info(
      `Created ${repository.isPublic ? 'public' : 'private'} repository ${repository.name} (${repository.id})`,
    );
  } else {
    core.info(`Repository ${repository.name} exists (${repository.id})`);
    for (const drift of repositoryDrift(repository, wanted)) core.warning(drift);
  }
  return repository;
}

/** The run's login, and the credentials it last logged in with (memory only), for the registry API. */
interface RegistrySession {
  registry: string;
  login: RegistryLogin;
  credentials: () => RegistryCredentials;
}

async function logIn(
  inputs: Inputs,
  plan: Plan,
  namespace: string,
  resolved: Resolved,
): Promise<RegistrySession> {
  const username =
    plan.login?.kind === 'auth-token'
      ? registryUsername(namespace, inputs.username ?? resolved.username!)
      : BEARER_USERNAME;
  let password = '';
  const login = registryLogin(
    plan.login?.kind === 'auth-token'
      ? { kind: 'auth-token', token: plan.login.token }
      : { kind: 'registry-token', issued: resolved.registryToken!, issue: resolved.issueRegistryToken! },
    {
      login: (fresh) =>
        inStep('login', async () => {
          await docker.login(plan.registry, username, fresh);
          password = fresh;
        }),
      now: Date.now,
      log: core.info,
    },
  );
  await login.logIn();
  // Saved only after a successful login: the post step logs out only what was logged in.
  core.saveState(State.Registry, plan.registry);
  core.saveState(State.Logout, String(inputs.logout));
  return { registry: plan.registry, login, credentials: () => ({ username, password }) };
}

/** Where the buildx phase builds and pushes to, and with which login. */
interface BuildxTarget {
  repository: string;
  tags: TagReference[];
  plan: Plan;
  resolved: Resolved;
  login: RegistrySession | undefined;
}

/** Build (or merge) and push with buildx: one phase, since BuildKit pushes as it builds. */
async function buildxPhase(
  inputs: Inputs,
  git: GitContext,
  version: string,
  choice: BuildxChoice,
  target: BuildxTarget,
): Promise<BuildxOutcome> {
  const { repository, tags, plan, resolved, login } = target;
  const session = login?.login;
  // Only the immutable path tags through the registry API (buildx cannot leave an existing tag out).
  const tagger =
    login && !inputs.mergeDigests && resolved.existingTags && resolved.existingTags.size > 0
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
    return await inStep('build', () =>
      buildWithBuildx(
        {
          ...common,
          build: inputs.build,
          buildx: inputs.buildx ?? NO_BUILDX_INPUTS,
          labels,
          push: plan.push,
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

async function buildOrTag(
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

function pushImage(
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
        localDigests: async () =>
          (await docker.repoDigests(imageId)).map((ref) => ref.slice(ref.indexOf('@') + 1)),
        log: core.info,
        renewLogin: () => login.renewAfterRefusal(),
      });
    } finally {
      tagger.close();
    }
  });
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
