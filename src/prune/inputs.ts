/**
 * The prune action's inputs, read and validated before the first side effect. The region, API key
 * and repository are read exactly as the build-push action reads them (src/common/inputs.ts); the
 * rules become the `PruneRules` that `planPrune` takes.
 */
import * as core from '@actions/core';
import { Env } from '../common/constants.js';
import { InputError } from '../common/errors.js';
import {
  apiKeySecrets,
  maskRawSecrets,
  optional,
  parseBoolean,
  parseList,
  readApiKey,
  validateRepository,
  type ApiKey,
  type Environment,
  type InputReader,
} from '../common/inputs.js';
import { resolveRegion, type Region } from '../oci/region.js';
import { readRegionSources } from '../oci/region-sources.js';
import { Input } from './constants.js';
import { parseDuration } from './duration.js';
import { protectionMatcher, tagMatcher } from './patterns.js';
import type { PruneRules } from './select.js';

export interface PruneInputs {
  region: Region;
  apiKey: ApiKey;
  repository: string;
  rules: PruneRules;
  dryRun: boolean;
  prComment: boolean;
  githubToken?: string;
}

const API_KEY_SECRETS = [Env.User, Env.Tenancy, Env.Fingerprint, Env.KeyContent].join(', ');
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

/** Validates every input; pure apart from the reader and the environment it is given. */
export function parsePruneInputs(read: InputReader, env: Environment, regionsConfig?: string): PruneInputs {
  const apiKey = readApiKey(read, env);
  if (!apiKey) {
    throw new InputError(
      Input.PrivateKey,
      `the prune action calls the OCI API and needs the API signing key: set the secrets ${API_KEY_SECRETS} ` +
        '(as env, or the inputs tenancy, user, fingerprint and private-key). An auth token cannot delete images',
    );
  }
  const regionValue = optional(read, Input.Region) ?? env[Env.Region]?.trim();
  if (!regionValue) {
    throw new InputError(Input.Region, `the OCI API needs a region (or env ${Env.Region})`, 'sa-saopaulo-1');
  }
  const region = resolveRegion(regionValue, env[Env.RegionMetadata], regionsConfig);
  const repository = validateRepository(read(Input.Repository).trim());

  const tags = parsePatterns(Input.Tags, read(Input.Tags), tagMatcher);
  const match = parsePatterns(Input.Match, read(Input.Match), tagMatcher);
  const protect = parsePatterns(Input.Protect, read(Input.Protect), protectionMatcher);
  const keepLast = parseKeepLast(optional(read, Input.KeepLast));
  const olderThanText = optional(read, Input.OlderThan);
  const olderThanMs = olderThanText === undefined ? undefined : parseDuration(Input.OlderThan, olderThanText);
  const untagged = parseBoolean(Input.Untagged, read(Input.Untagged), false);

  if (tags.length === 0 && match.length === 0 && keepLast === undefined && olderThanMs === undefined) {
    throw new InputError(
      Input.Tags,
      'no rule selects anything: set tags, match, keep-last or older-than (the action never deletes a whole repository)',
      'pr-42',
    );
  }
  if (untagged && olderThanMs === undefined) {
    throw new InputError(
      Input.Untagged,
      'untagged images are deleted by age only: set older-than too',
      'older-than: 7d',
    );
  }
  const githubToken = optional(read, Input.GithubToken);
  return {
    region,
    apiKey,
    repository,
    rules: {
      tags,
      match,
      ...(keepLast !== undefined ? { keepLast } : {}),
      ...(olderThanMs !== undefined ? { olderThanMs } : {}),
      protect,
      untagged,
    },
    dryRun: parseBoolean(Input.DryRun, read(Input.DryRun), false),
    prComment: parseBoolean(Input.PrComment, read(Input.PrComment), false),
    ...(githubToken ? { githubToken } : {}),
  };
}

/** The action's edge: reads `INPUT_*` through @actions/core, masks secrets, then validates. */
export function getPruneInputs(): PruneInputs {
  const read: InputReader = (name) => core.getInput(name);
  maskRawSecrets(read, [Input.PrivateKey, Input.PrivateKeyPassphrase, Input.GithubToken]);
  const inputs = parsePruneInputs(read, process.env, readRegionSources().regionsConfig);
  for (const secret of apiKeySecrets(inputs.apiKey)) core.setSecret(secret);
  return inputs;
}
