/**
 * The prune action, as a table of contents: inputs (the protect set printed first) → find the
 * repository → list its images → read the indexes when untagged images would go → plan → remove
 * (unless a dry run; an image changed meanwhile is planned again) → outputs, job summary,
 * pull-request comment. The plan is one pure function (select.ts); this file only orders the
 * phases and names them in the log.
 */
import * as core from '@actions/core';
import { ActionError, inStep } from '../common/errors.js';
import { failWithAdvice } from '../common/fail.js';
import { ociConnection } from '../common/oci-connection.js';
import { loadGitContext } from '../github/context.js';
import { markPreviewRemoved } from '../github/pr-comment.js';
import type { RegistryImage } from '../oci/images.js';
import { registryHost } from '../oci/region.js';
import type { RepositoryInfo } from '../oci/repository.js';
import type { RepositoryImages } from '../oci/repository-images.js';
import { Output } from './constants.js';
import { CHANGED_DURING_RUN, executePlan, type PlanExecution, type RemovalOutcome } from './execute.js';
import { getPruneInputs, type PruneInputs } from './inputs.js';
import { describeProtect } from './patterns.js';
import { readReferences } from './read-indexes.js';
import { NO_REFERENCES, type References } from './references.js';
import {
  deletedEntries,
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
    const registry = await connect(inputs);
    const repository = await core.group(`Finding repository ${inputs.repository}`, () =>
      inStep('repository', () => registry.findRepository(inputs.repository)),
    );
    if (!repository) {
      throw new ActionError(
        `Repository ${inputs.repository} does not exist in region ${inputs.region.id} of this tenancy: nothing to ` +
          'prune. Check the name (inside the namespace, e.g. project-x/api) and the region.',
      );
    }
    core.info(`Repository ${repository.name} (${repository.id})`);

    const { images, total } = await core.group('Listing images', () =>
      inStep('images', () => listImages(registry, repository.id, inputs.rules)),
    );
    const now = new Date();
    // Index manifests matter only when untagged images would go: only then are they read.
    const references = deletesUntagged(planPrune(images, inputs.rules, now))
      ? await core.group('Reading index manifests', () =>
          readReferences(
            { registry: inputs.registry, repository: `${repository.namespace}/${repository.name}` },
            registry,
            images,
          ),
        )
      : NO_REFERENCES;
    const planned = planPrune(images, inputs.rules, now, references);
    logPlan(planned, inputs.dryRun);

    const execution = inputs.dryRun
      ? undefined
      : await core.group(`Removing ${planned.delete.length + planned.untag.length} image(s)`, () =>
          inStep('prune', () =>
            remove(registry, planned, (fresh) =>
              planPrune(withFresh(images, fresh), inputs.rules, now, references),
            ),
          ),
        );
    const outcomes = execution?.outcomes;

    const outcome: PruneOutcome = {
      repository: repository.name,
      plan: execution?.plan ?? planned,
      dryRun: inputs.dryRun,
      outcomes,
      total,
      now,
      notes: [protectedTags, ...referenceNotes(references), ...replannedNotes(execution)],
      replanned: execution?.replanned ?? [],
    };
    await report(outcome, registry.requestCount());
    if (inputs.prComment) await updatePreviewComment(inputs, outcome, repository);

    const failures = outcomes?.filter((entry) => entry.error !== undefined) ?? [];
    if (failures.length > 0) core.setFailed(failureMessage(failures, outcomes!.length));
  } catch (error) {
    failWithAdvice(error);
  }
}

async function connect(inputs: PruneInputs): Promise<RepositoryImages> {
  const connection = await inStep('sign-in', () => ociConnection(inputs.auth, inputs.region.id));
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
): Promise<{ images: RegistryImage[]; total: number }> {
  if (exactTagsOnly(rules)) {
    const found = await Promise.all(rules.tags.map((tag) => registry.imagesWithTag(repositoryId, tag)));
    const images = [...new Map(found.flat().map((image) => [image.id, image])).values()];
    const total = await registry.countImages(repositoryId);
    core.info(`${images.length} image(s) carry ${rules.tags.join(', ')}, of ${total} in the repository`);
    return { images, total };
  }
  let lastLine = 0;
  const images = await registry.listImages(repositoryId, (done, total) => {
    if (Date.now() - lastLine < 3_000 && done < total) return;
    lastLine = Date.now();
    core.info(`Read ${done} of ${total} image(s)`);
  });
  core.info(`${images.length} image(s) in the repository`);
  return { images, total: images.length };
}

function logPlan(plan: PrunePlan, dryRun: boolean): void {
  core.info(
    `Plan: delete ${plan.delete.length} image(s) whole, remove tags from ${plan.untag.length} image(s) that keep ` +
      `others, leave ${plan.keep.length} image(s) alone${dryRun ? ' (dry run: nothing is changed)' : ''}`,
  );
}

function remove(
  registry: RepositoryImages,
  plan: PrunePlan,
  replan: (fresh: RegistryImage[]) => PrunePlan,
): Promise<PlanExecution> {
  return executePlan(plan, registry, {
    concurrency: CONCURRENCY,
    progress: (done, total, failed) =>
      core.info(`Removed ${done - failed} of ${total}${failed > 0 ? `, ${failed} failed` : ''}`),
    replan,
    onChanged: (image) =>
      core.info(
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

async function report(outcome: PruneOutcome, requests: number): Promise<void> {
  // Every row in the log; the job summary caps its table, and points here for the rest.
  for (const row of reportRows(outcome)) {
    if (row.kind !== 'keep')
      core.info(`${row.action}: ${row.tag ?? '(untagged)'} ${row.digest} (${row.age})`);
  }
  const counts = pruneCounts(outcome);
  core.setOutput(Output.Deleted, JSON.stringify(deletedEntries(outcome)));
  core.setOutput(Output.DeletedCount, String(counts.deletedEntries));
  core.setOutput(Output.KeptCount, String(counts.keptImages));
  const [deleted, removed] = outcome.dryRun ? ['Would delete', 'would remove'] : ['Deleted', 'removed'];
  core.info(
    `${deleted} ${counts.deletedImages} image(s) whole, ${removed} ${counts.untaggedTags} tag(s) from ` +
      `${counts.untaggedImages} image(s) that keep others; ${counts.keptImages} image(s) remain ` +
      `(${requests} OCI API request(s))`,
  );
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summaryMarkdown(outcome)).write();
}

/** A pull request's preview is gone: its comment says so. A comment never fails the prune. */
async function updatePreviewComment(
  inputs: PruneInputs,
  outcome: PruneOutcome,
  repository: RepositoryInfo,
): Promise<void> {
  const removedTags = deletedEntries(outcome)
    .map((entry) => entry.tag)
    .filter((tag) => tag !== null);
  if (outcome.dryRun || removedTags.length === 0) {
    core.info(`pr-comment: left as it is, ${outcome.dryRun ? 'this is a dry run' : 'no tag was removed'}`);
    return;
  }
  await markPreviewRemoved({
    token: inputs.githubToken ?? '',
    git: loadGitContext(),
    removal: {
      repository: `${registryHost(inputs.region)}/${repository.namespace}/${repository.name}`,
      removedTags,
      removedAt: outcome.now,
    },
    log: core,
  });
}

/** Names what failed and what was still removed, so nothing is silently skipped. */
function failureMessage(failures: RemovalOutcome[], attempted: number): string {
  const shown = failures.slice(0, 10).map((entry) => {
    const what = entry.kind === 'delete' ? `delete ${entry.image.digest}` : `untag ${entry.tags.join(', ')}`;
    return `  ${what}: ${entry.error}`;
  });
  const more =
    failures.length > shown.length ? `\n  … and ${failures.length - shown.length} more (see the log)` : '';
  return (
    `${failures.length} of ${attempted} removal(s) failed; the other ${attempted - failures.length} succeeded ` +
    `(the job summary and the deleted output list them):\n${shown.join('\n')}${more}`
  );
}
