/**
 * The prune action's inputs, read and validated before the first side effect. The region, the OCI
 * API credential (oci-auth: API key, keyless sign-in, instance principal) and repository are read
 * exactly as the build-push action reads them (src/common/); the rules become the `PruneRules` that
 * `planPrune` takes.
 */
import * as core from '@actions/core';
import { Env } from '../common/constants.js';
import { credentialsError, InputError, InputProblems } from '../common/errors.js';
import {
  maskRawSecrets,
  optional,
  parseBoolean,
  parseList,
  validateRepository,
  type Environment,
  type InputReader,
} from '../common/inputs.js';
import { authSecrets, OCI_API_CREDENTIALS, readOciAuth, type OciAuth } from '../common/oci-auth.js';
import { registryHost, resolveRegion, type Region } from '../oci/region.js';
import { readRegionSources } from '../oci/region-sources.js';
import { parseReplicaRegions, type ReplicaTarget } from '../oci/replica-regions.js';
import { Input } from './constants.js';
import { parseDuration } from './duration.js';
import { effectiveProtect, protectionMatcher, tagMatcher } from './patterns.js';
import type { PruneRules } from './select.js';

export interface PruneInputs {
  region: Region;
  auth: OciAuth;
  /** Lines for the log about how the OCI API is reached (e.g. an ignored input). */
  authNotes: string[];
  repository: string;
  /** `host[:port]` of the registry, for reading index manifests. */
  registry: string;
  /** `replicate-to`: the other regions that hold the same images, pruned with the same rules. */
  replicas: ReplicaTarget[];
  rules: PruneRules;
  dryRun: boolean;
  prComment: boolean;
  githubToken?: string;
}

const MAX_KEEP_LAST = 100_000;

function parseKeepLast(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const count = Number(value);
  if (!/^\d+$/.test(value) || count < 1 || count > MAX_KEEP_LAST) {
    throw new InputError(
      Input.KeepLast,
      `expected a whole number of images from 1 to ${MAX_KEEP_LAST}, got '${value}' (leave it out to keep none)`,
      '30',
    );
  }
  return count;
}

/** Patterns are compiled here, so a typo fails before any request rather than matching nothing. */
function parsePatterns(
  name: string,
  value: string,
  compile: (patterns: string[], input: string) => unknown,
): string[] {
  const patterns = parseList(value);
  compile(patterns, name);
  return patterns;
}

/**
 * Validates every input and reports every problem at once (InputErrors when there are several);
 * pure apart from the reader and the environment it is given.
 */
export function parsePruneInputs(read: InputReader, env: Environment, regionsConfig?: string): PruneInputs {
  const problems = new InputProblems();
  const { auth, given: authGiven, notes: authNotes } = readOciAuth(read, env, problems);
  if (!authGiven) {
    problems.add(
      credentialsError(
        `the prune action calls the OCI API and needs credentials for it: ${OCI_API_CREDENTIALS}. ` +
          'An auth token cannot delete images',
      ),
    );
  }
  const regionValue = optional(read, Input.Region) ?? (env[Env.Region]?.trim() || undefined);
  if (regionValue === undefined) {
    problems.add(
      new InputError(Input.Region, `the OCI API needs a region (or env ${Env.Region})`, 'sa-saopaulo-1'),
    );
  }
  const region =
    regionValue === undefined
      ? undefined
      : problems.check(() => resolveRegion(regionValue, env[Env.RegionMetadata], regionsConfig));
  const repository = problems.check(() => validateRepository(read(Input.Repository).trim()));
  const replicas = problems.check(() =>
    parseReplicaRegions(read(Input.ReplicateTo), region, {
      regionMetadata: env[Env.RegionMetadata],
      regionsConfig,
    }),
  );

  const tags = problems.check(() => parsePatterns(Input.Tags, read(Input.Tags), tagMatcher));
  const match = problems.check(() => parsePatterns(Input.Match, read(Input.Match), tagMatcher));
  const protect = problems.check(() => parsePatterns(Input.Protect, read(Input.Protect), protectionMatcher));
  const noDefaultProtect = problems.check(() =>
    parseBoolean(Input.NoDefaultProtect, read(Input.NoDefaultProtect), false),
  );
  if (protect?.some((pattern) => /^none$/i.test(pattern.trim()))) {
    // A word that reads like "drop the defaults" but would only add a tag named none: refused.
    problems.add(
      new InputError(
        Input.Protect,
        "'none' does not drop the default protection: protect adds to latest, release versions and " +
          'buildcache; to drop them set no-default-protect: true and list what stays protected',
        'no-default-protect: true',
      ),
    );
  }
  const keepLast = problems.check(() => parseKeepLast(optional(read, Input.KeepLast)));
  const olderThanText = optional(read, Input.OlderThan);
  const olderThanMs =
    olderThanText === undefined
      ? undefined
      : problems.check(() => parseDuration(Input.OlderThan, olderThanText));
  const untagged = problems.check(() => parseBoolean(Input.Untagged, read(Input.Untagged), false));
  const dryRun = problems.check(() => parseBoolean(Input.DryRun, read(Input.DryRun), false));
  const prComment = problems.check(() => parseBoolean(Input.PrComment, read(Input.PrComment), false));

  // A rule that was given but is invalid is reported as such, not as "no rule".
  const ruleGiven = [Input.Tags, Input.Match, Input.KeepLast, Input.OlderThan].some(
    (name) => optional(read, name) !== undefined,
  );
  if (!ruleGiven) {
    problems.add(
      new InputError(
        Input.Tags,
        'no rule selects anything: set tags, match, keep-last or older-than (the action never deletes a whole repository)',
        'pr-42',
      ),
    );
  }
  if (untagged === true && olderThanText === undefined) {
    problems.add(
      new InputError(
        Input.Untagged,
        'untagged images are deleted by age only: set older-than too',
        'older-than: 7d',
      ),
    );
  }
  problems.throwIfAny();
  // Every value below was validated: a failed one has thrown above.
  const githubToken = optional(read, Input.GithubToken);
  return {
    region: region!,
    auth: auth!,
    authNotes,
    repository: repository!,
    registry: optional(read, Input.Registry) ?? registryHost(region!),
    replicas: replicas!,
    rules: {
      tags: tags!,
      match: match!,
      ...(keepLast !== undefined ? { keepLast } : {}),
      ...(olderThanMs !== undefined ? { olderThanMs } : {}),
      protect: effectiveProtect(protect!, !noDefaultProtect!),
      untagged: untagged!,
    },
    dryRun: dryRun!,
    prComment: prComment!,
    ...(githubToken ? { githubToken } : {}),
  };
}

/** The action's edge: reads `INPUT_*` through @actions/core, masks secrets, then validates. */
export function getPruneInputs(): PruneInputs {
  const read: InputReader = (name) => core.getInput(name);
  maskRawSecrets(read, [
    Input.PrivateKey,
    Input.PrivateKeyPassphrase,
    Input.GithubToken,
    Input.OidcClientSecret,
  ]);
  const inputs = parsePruneInputs(read, process.env, readRegionSources().regionsConfig);
  for (const secret of authSecrets(inputs.auth)) core.setSecret(secret);
  return inputs;
}
