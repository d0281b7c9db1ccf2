import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  copyImage,
  immutableConflicts,
  immutableRefusal,
  mismatchMessage,
  registryLogin,
  tagMismatches,
  withRetries
} from "./chunk-KBV4BMZZ.js";
import {
  BEARER_USERNAME,
  explainFailure
} from "./chunk-3NDLOAY6.js";
import {
  ActionError,
  inStep
} from "./chunk-6YBALY5C.js";
import "./chunk-JCNSVIZG.js";
import {
  info
} from "./chunk-J3AKMAWX.js";
import {
  RegistryApiError,
  registryClient
} from "./chunk-FDEZK4JF.js";
import "./chunk-OQV333LO.js";

// src/build-push/replicas/replicate.ts
var DEFAULT_DEPS = {
  connect: registryClient,
  copy: copyImage,
  log: info,
  now: Date.now
};
async function replicateImage(job, deps = DEFAULT_DEPS) {
  const source = deps.connect({
    registry: job.source.registry,
    repository: job.repositoryPath,
    credentials: job.source.credentials,
    access: "pull"
  });
  try {
    return await Promise.all(job.resolutions.map((resolution) => replicateTo(resolution, job, source, deps)));
  } finally {
    source.close();
  }
}
async function replicateTo(resolution, job, source, deps) {
  const region = resolution.target.region.id;
  const registry = resolution.target.registry;
  const log = (line) => deps.log(`${region}: ${line}`);
  try {
    if ("failure" in resolution) throw resolution.failure;
    const { access } = resolution;
    const conflicts = access.existingTags ? immutableConflicts(job.tagNames, access.existingTags, job.digest) : [];
    if (conflicts.length > 0) {
      throw new ActionError(immutableRefusal(region, conflicts, access.existingTags, job.digest));
    }
    const login = regionLogin(access, job, deps.now, log);
    const target = deps.connect({ registry, repository: job.repositoryPath, credentials: login.credentials });
    try {
      log(`copying ${job.digest} from ${job.source.registry} to ${registry}`);
      const report = await inStep("push", async () => {
        await login.refreshIfOld();
        return copyWithRenewal(
          () => deps.copy(source, target, job.digest, job.tagNames, { retries: job.retries - 1, log }),
          login
        );
      });
      await inStep("push", () => verify(target, job, report));
      log(`holds ${job.digest} under ${job.tagNames.join(", ")}: every tag answers it there`);
      return {
        region,
        registry,
        image: `${registry}/${job.repositoryPath}@${job.digest}`,
        copied: {
          blobsUploaded: report.blobsUploaded,
          bytesUploaded: report.bytesUploaded,
          blobsPresent: report.blobsPresent,
          tagsPut: report.tagsPut,
          tagsPresent: report.tagsPresent
        }
      };
    } finally {
      target.close();
    }
  } catch (error) {
    const failure = explainFailure(error, "push");
    log(`does not hold the image: ${failure.replace(/\s*\n\s*/g, " ")}`);
    return { region, registry, failure };
  }
}
async function verify(target, job, report) {
  if (report.digest !== job.digest) {
    throw new ActionError(
      `the registry stored ${report.digest} for ${job.digest}; the copy is not the same image`
    );
  }
  const answers = new Map(
    await Promise.all(
      job.tagNames.map(
        async (tag) => [
          tag,
          (await withRetries(() => target.headManifest(tag), {
            attempts: job.retries,
            initialDelayMs: 1e3,
            isRetryable: (error) => error instanceof RegistryApiError && error.transient
          }))?.digest
        ]
      )
    )
  );
  const mismatches = tagMismatches(answers, job.digest);
  if (mismatches.length > 0) throw new ActionError(mismatchMessage(mismatches, job.digest));
}
function regionLogin(access, job, now, log) {
  if (job.authToken) {
    return { credentials: job.authToken, refreshIfOld: async () => {
    }, renew: async () => false };
  }
  const { registryToken, issueRegistryToken } = access;
  if (!registryToken || !issueRegistryToken) {
    throw new ActionError(
      `no registry token for ${access.target.region.id}: the run has no OCI API credential`
    );
  }
  let password = registryToken.token;
  const login = registryLogin(
    { kind: "registry-token", issued: registryToken, issue: issueRegistryToken },
    {
      login: async (fresh) => {
        password = fresh;
      },
      now,
      log
    }
  );
  return {
    credentials: () => ({ username: BEARER_USERNAME, password }),
    refreshIfOld: () => login.refreshBeforePush(),
    renew: () => login.renewAfterRefusal()
  };
}
async function copyWithRenewal(copy, login) {
  try {
    return await copy();
  } catch (error) {
    if (error instanceof RegistryApiError && error.unauthorized && await login.renew()) return copy();
    throw error;
  }
}
export {
  replicateImage
};
