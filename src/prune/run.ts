/**
 * The prune action, as a table of contents: inputs (the protect set printed first), then for each
 * region (`region`, then every `replicate-to` region, at once): find the repository → list its
 * images → read the indexes when untagged images would go → plan → remove (unless a dry run; an
 * image changed meanwhile is planned again) → its report in the log. Then the outputs, one job
 * summary section per region, the pull-request comment, and the failure of any region. The plan is
 * one pure function (select.ts); this file only orders the phases and names them in the log.
 */
import * as core from '@actions/core';
import { ActionError, explain, inStep, StepFailure } from '../common/errors.js';
import { failWithAdvice } from '../common/fail.js';
import { ociConnection } from '../common/oci-connection.js';
import { loadGitContext } from '../github/context.js';
import { markPreviewRemoved } from '../github/pr-comment.js';
import type { RegistryImage } from '../oci/images.js';
import { registryHost } from '../oci/region.js';
import type { ReplicaTarget } from '../oci/replica-regions.js';
import type { RepositoryImages } from '../oci/repository-images.js';
import { Output } from './constants.js';
import { CHANGED_DURING_RUN, executePlan, type PlanExecution } from './execute.js';
import { getPruneInputs, type PruneInputs } from './inputs.js';
import { plainLog, regionLog, type PruneLog } from './log.js';
import { describeProtect } from './patterns.js';
import { readReferences } from './read-indexes.js';
import { NO_REFERENCES, type References } from './references.js';
import { regionOutputs, regionsFailure, type RegionResult } from './regions.js';
import {
  failedRegionMarkdown,
  pruneCounts,
  reportRows,
  shortDigest,
  summaryMarkdown,
  type PruneOutcome,
} from './report.js';
import { deletesUntagged, planPrune, type PrunePlan, type PruneRules } from './select.js';

/** Deletes in flight at once: fast on thousands of images, gentle on OCI's request limits. */
const CONCURRENCY = 8;

export async function run(): Promise<void> {
  try {
    const inputs = getPruneInputs();
    for (const note of inputs.authNotes) core.info(note);
    const protectedTags = `Protected tags: ${describeProtect(inputs.rules.protect)}`;
    core.info(protectedTags);
    const targets: ReplicaTarget[] = [
      { region: inputs.region, registry: inputs.registry },
      ...inputs.replicas,
    ];
    const several = targets.length > 1;
    if (several) {
      core.info(
        `Pruning ${inputs.repository} in ${targets.length} regions at once, each with its own plan and report: ` +
          targets.map((target) => target.region.id).join(', '),
      );
    }
    const settled = await Promise.allSettled(
      targets.map((target) =>
        pruneRegion(inputs, target, protectedTags, several ? regionLog(target.region.id) : plainLog),
      ),
    );
    // One region fails as a run without replicate-to always did: the advice is the step's failure.
    if (!several && settled[0]!.status === 'rejected') throw settled[0]!.reason;
    const results = settled.map((result, index): RegionRun => {
      const region = targets[index]!.region.id;
      return result.status === 'fulfilled'
        ? { region, ...result.value }
        : { region, error: regionFailure(region, result.reason) };
    });

    const { deleted, keptCount } = regionOutputs(results);
    core.setOutput(Output.Deleted, JSON.stringify(deleted));
    core.setOutput(Output.DeletedCount, String(deleted.length));
    core.setOutput(Output.KeptCount, String(keptCount));
    if (process.env.GITHUB_STEP_SUMMARY) {
      const sections = results.map(({ region, outcome, error }) =>
        outcome ? summaryMarkdown(outcome) : failedRegionMarkdown(inputs.repository, region, error ?? ''),
      );
      await core.summary.addRaw(sections.join('\n')).write();
    }
    if (inputs.prComment) await updatePreviewComment(inputs, results);

    const failure = regionsFailure(results);
    if (failure !== undefined) core.setFailed(failure);
  } catch (error) {
    failWithAdvice(error);
  }
}

/** One region's prune as it went: its report and the repository's namespace, or why it stopped. */
interface RegionRun extends RegionResult {
  namespace?: string;
}

/**
 * One region, start to end: its own connection (sign-in, OCI API endpoint), repository, listing,
 * plan, removals and report in the log. Throws when it stops before it has a report.
 */
async function pruneRegion(
  inputs: PruneInputs,
  target: ReplicaTarget,
  protectedTags: string,
  log: PruneLog,
): Promise<{ outcome: PruneOutcome; namespace: string }> {
  const { region } = target;
  const registry = await connect(inputs, region.id);
  const repository = await log.group(`Finding repository ${inputs.repository}`, () =>
    inStep('repository', () => registry.findRepository(inputs.repository)),
  );
  if (!repository) {
    throw new ActionError(
      `Repository ${inputs.repository} does not exist in region ${region.id} of this tenancy: nothing to ` +
        'prune. Check the name (inside the namespace, e.g. project-x/api) and the region.',
    );
  }
  log.info(`Repository ${repository.name} (${repository.id})`);

  const { images, total } = await log.group('Listing images', () =>
    inStep('images', () => listImages(registry, repository.id, inputs.rules, log)),
  );
  const now = new Date();
  // Index manifests matter only when untagged images would go: only then are they read.
  const references = deletesUntagged(planPrune(images, inputs.rules, now))
    ? await log.group('Reading index manifests', () =>
        readReferences(
          { registry: target.registry, repository: `${repository.namespace}/${repository.name}` },
          registry,
          images,
          log,
        ),
      )
    : NO_REFERENCES;
  const planned = planPrune(images, inputs.rules, now, references);
  logPlan(planned, inputs.dryRun, log);

  const execution = inputs.dryRun
    ? undefined
    : await log.group(`Removing ${planned.delete.length + planned.untag.length} image(s)`, () =>
        inStep('prune', () =>
          remove(
            registry,
            planned,
            (fresh) => planPrune(withFresh(images, fresh), inputs.rules, now, references),
            log,
          ),
        ),
      );

  const outcome: PruneOutcome = {
    repository: repository.name,
    region: region.id,
    plan: execution?.plan ?? planned,
    dryRun: inputs.dryRun,
    ...(execution ? { outcomes: execution.outcomes } : {}),
    total,
    now,
    notes: [protectedTags, ...referenceNotes(references), ...replannedNotes(execution)],
    replanned: execution?.replanned ?? [],
  };
  logReport(outcome, registry.requestCount(), log);
  return { outcome, namespace: repository.namespace };
}

/** Why a region stopped, with the advice for the phase it stopped in; the raw error goes to the log. */
function regionFailure(region: string, error: unknown): string {
  const step = error instanceof StepFailure ? error.step : 'prune';
  const cause = error instanceof StepFailure ? error.cause : error;
  if (cause instanceof Error && !(cause instanceof ActionError)) {
    core.info(`Raw error (${step}) in ${region}: ${cause.stack ?? cause.message}`);
  }
  return explain(step, cause);
}

async function connect(inputs: PruneInputs, regionId: string): Promise<RepositoryImages> {
  const connection = await inStep('sign-in', () => ociConnection(inputs.auth, regionId));
  const { connectRepositoryImages } = await import('../oci/repository-images.js');
  return connectRepositoryImages(connection);
}

/** Names without glob characters can be looked up by tag, which is one request, not a full scan. */
function exactTagsOnly(rules: PruneRules): boolean {
  return (
    rules.tags.length > 0 &&
    rules.tags.every((tag) => !/[*?[\]{}()!+@]/.test(tag)) &&
    rules.match.length === 0 &&
    rules.keepLast === undefined &&
    rules.olderThanMs === undefined &&
    !rules.untagged
  );
}

async function listImages(
  registry: RepositoryImages,
  repositoryId: string,
  rules: PruneRules,
  log: PruneLog,
): Promise<{ images: RegistryImage[]; total: number }> {
  if (exactTagsOnly(rules)) {
    const found = await Promise.all(rules.tags.map((tag) => registry.imagesWithTag(repositoryId, tag)));
    const images = [...new Map(found.flat().map((image) => [image.id, image])).values()];
    const total = await registry.countImages(repositoryId);
    log.info(`${images.length} image(s) carry ${rules.tags.join(', ')}, of ${total} in the repository`);
    return { images, total };
  }
  let lastLine = 0;
  const images = await registry.listImages(repositoryId, (done, total) => {
    if (Date.now() - lastLine < 3_000 && done < total) return;
    lastLine = Date.now();
    log.info(`Read ${done} of ${total} image(s)`);
  });
  log.info(`${images.length} image(s) in the repository`);
  return { images, total: images.length };
}

function logPlan(plan: PrunePlan, dryRun: boolean, log: PruneLog): void {
  log.info(
    `Plan: delete ${plan.delete.length} image(s) whole, remove tags from ${plan.untag.length} image(s) that keep ` +
      `others, leave ${plan.keep.length} image(s) alone${dryRun ? ' (dry run: nothing is changed)' : ''}`,
  );
}

function remove(
  registry: RepositoryImages,
  plan: PrunePlan,
  replan: (fresh: RegistryImage[]) => PrunePlan,
  log: PruneLog,
): Promise<PlanExecution> {
  return executePlan(plan, registry, {
    concurrency: CONCURRENCY,
    progress: (done, total, failed) =>
      log.info(`Removed ${done - failed} of ${total}${failed > 0 ? `, ${failed} failed` : ''}`),
    replan,
    onChanged: (image) =>
      log.info(
        `${shortDigest(image.digest)} (${image.versions.map((v) => v.version).join(', ') || 'untagged'}) ${CHANGED_DURING_RUN}`,
      ),
  });
}

/** The run's snapshot with the images read again in place of their first read. */
function withFresh(images: RegistryImage[], fresh: RegistryImage[]): RegistryImage[] {
  const byId = new Map(fresh.map((image) => [image.id, image]));
  return images.map((image) => byId.get(image.id) ?? image);
}

function referenceNotes(references: References): string[] {
  return references.known
    ? []
    : [`Index manifests could not be read, so no untagged image was deleted: ${references.reason}`];
}

function replannedNotes(execution: PlanExecution | undefined): string[] {
  const count = execution?.replanned.length ?? 0;
  return count === 0 ? [] : [`${count} image(s) ${CHANGED_DURING_RUN} (their rows say so)`];
}

/** Every row in the log (the job summary caps its table, and points here for the rest), then the totals. */
function logReport(outcome: PruneOutcome, requests: number, log: PruneLog): void {
  for (const row of reportRows(outcome)) {
    if (row.kind !== 'keep') log.info(`${row.action}: ${row.tag ?? '(untagged)'} ${row.digest} (${row.age})`);
  }
  const counts = pruneCounts(outcome);
  const [deleted, removed] = outcome.dryRun ? ['Would delete', 'would remove'] : ['Deleted', 'removed'];
  log.info(
    `${deleted} ${counts.deletedImages} image(s) whole, ${removed} ${counts.untaggedTags} tag(s) from ` +
      `${counts.untaggedImages} image(s) that keep others; ${counts.keptImages} image(s) remain ` +
      `(${requests} OCI API request(s))`,
  );
}

/**
 * A pull request's preview is gone: its one comment says so, with the tags removed in any region.
 * A comment never fails the prune.
 */
async function updatePreviewComment(inputs: PruneInputs, results: RegionRun[]): Promise<void> {
  const removedTags = [
    ...new Set(
      regionOutputs(results)
        .deleted.map((entry) => entry.tag)
        .filter((tag) => tag !== null),
    ),
  ];
  const namespace = results.find((result) => result.namespace !== undefined)?.namespace;
  if (inputs.dryRun || removedTags.length === 0 || namespace === undefined) {
    core.info(`pr-comment: left as it is, ${inputs.dryRun ? 'this is a dry run' : 'no tag was removed'}`);
    return;
  }
  await markPreviewRemoved({
    token: inputs.githubToken ?? '',
    git: loadGitContext(),
    removal: {
      // The primary region's repository: the one the build's preview comment names.
      repository: `${registryHost(inputs.region)}/${namespace}/${inputs.repository}`,
      removedTags,
      removedAt: new Date(),
    },
    log: core,
  });
}
