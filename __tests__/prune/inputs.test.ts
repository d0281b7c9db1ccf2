import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { InputError, InputErrors } from '../../src/common/errors.js';
import { parsePruneInputs, type PruneInputs } from '../../src/prune/inputs.js';
import { ociFingerprint } from '../../test-support/keys.js';

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const PEM = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

const API_KEY_ENV = {
  OCI_CLI_TENANCY: 'ocid1.tenancy.oc1..aaaaaaaatenancy',
  OCI_CLI_USER: 'ocid1.user.oc1..aaaaaaaauser',
  OCI_CLI_FINGERPRINT: ociFingerprint(publicKey.export({ type: 'spki', format: 'pem' }).toString()),
  OCI_CLI_KEY_CONTENT: PEM,
};

/** The defaults prune/action.yml declares, as the runner passes them. */
const action = parseYaml(readFileSync('prune/action.yml', 'utf8')) as {
  inputs: Record<string, { default?: string }>;
};
const DEFAULTS = Object.fromEntries(
  Object.entries(action.inputs)
    .filter(([name, spec]) => spec.default !== undefined && name !== 'github-token')
    .map(([name, spec]) => [name, String(spec.default)]),
);

function parse(inputs: Record<string, string>, env: Record<string, string> = API_KEY_ENV): PruneInputs {
  const all: Record<string, string> = {
    ...DEFAULTS,
    region: 'sa-saopaulo-1',
    repository: 'project-x/api',
    ...inputs,
  };
  return parsePruneInputs((name) => all[name] ?? '', env);
}

/** The inputs each reported problem names, in order; none when the inputs are valid. */
function problemInputs(inputs: Record<string, string>, env: Record<string, string> = API_KEY_ENV): string[] {
  try {
    parse(inputs, env);
    return [];
  } catch (error) {
    if (error instanceof InputErrors) return error.errors.map((problem) => problem.input);
    if (error instanceof InputError) return [error.input];
    throw error;
  }
}

describe('parsePruneInputs', () => {
  it('a PR cleanup: one exact tag, the default protection, changes allowed', () => {
    const inputs = parse({ tags: 'pr-42' });
    expect(inputs.rules).toEqual({
      tags: ['pr-42'],
      match: [],
      protect: ['latest', 'semver', 'buildcache'],
      untagged: false,
    });
    expect(inputs).toMatchObject({ repository: 'project-x/api', dryRun: false, prComment: false });
    expect(inputs.region.id).toBe('sa-saopaulo-1');
    expect(inputs.auth).toMatchObject({ kind: 'api-key', apiKey: { user: API_KEY_ENV.OCI_CLI_USER } });
  });

  it('a retention job: match, keep-last, older-than in each unit, untagged, dry run', () => {
    expect(
      parse({
        match: 'sha-*\npr-*',
        'keep-last': '30',
        'older-than': '30d',
        untagged: 'true',
        'dry-run': 'true',
        protect: 'latest, semver, buildcache',
      }),
    ).toMatchObject({
      rules: {
        tags: [],
        match: ['sha-*', 'pr-*'],
        keepLast: 30,
        olderThanMs: 30 * 24 * 3600_000,
        protect: ['latest', 'semver', 'buildcache'],
        untagged: true,
      },
      dryRun: true,
    });
    expect(parse({ 'older-than': '12h' }).rules.olderThanMs).toBe(12 * 3600_000);
    expect(parse({ 'older-than': '90m' }).registry).toBe('gru.ocir.io');
    expect(parse({ 'older-than': '90m', registry: '127.0.0.1:5000' }).registry).toBe('127.0.0.1:5000');
  });

  it.each<[string, Record<string, string>, string[]]>([
    [
      '1: protect empty, as an unset variable gives: the defaults',
      { protect: '' },
      ['latest', 'semver', 'buildcache'],
    ],
    [
      '2: protect with whitespace only: the defaults',
      { protect: ' \n ' },
      ['latest', 'semver', 'buildcache'],
    ],
    [
      '3: a custom list adds to the defaults',
      { protect: 'main, release-*' },
      ['latest', 'semver', 'buildcache', 'main', 'release-*'],
    ],
    [
      '4: no-default-protect: true, a list: only the list',
      { protect: 'main', 'no-default-protect': 'true' },
      ['main'],
    ],
    [
      '5: no-default-protect: false: the defaults',
      { 'no-default-protect': 'false' },
      ['latest', 'semver', 'buildcache'],
    ],
  ])('protect %s', (_name, inputs, expected) => {
    expect(parse({ tags: 'pr-1', ...inputs }).rules.protect).toEqual(expected);
    expect(parse({ 'older-than': '90m' }).rules.olderThanMs).toBe(90 * 60_000);
  });

  it.each([
    [{}, API_KEY_ENV, /Input 'tags': no rule selects anything/],
    [
      { tags: 'pr-42' },
      {},
      /^Credentials: the prune action calls the OCI API and needs credentials for it: keyless sign-in .*oidc-domain.*OCI_CLI_KEY_CONTENT/,
    ],
    [{ tags: 'pr-42', region: '' }, API_KEY_ENV, /Input 'region': the OCI API needs a region/],
    [{ tags: 'pr-42', repository: 'Project/API' }, API_KEY_ENV, /Input 'repository'.*lower case/],
    [{ 'keep-last': '0' }, API_KEY_ENV, /Input 'keep-last': expected a whole number of images from 1/],
    [{ 'keep-last': 'ten' }, API_KEY_ENV, /Input 'keep-last'/],
    [{ 'older-than': '30' }, API_KEY_ENV, /Input 'older-than'/],
    [{ 'older-than': '2w' }, API_KEY_ENV, /Input 'older-than'/],
    [{ tags: 'pr-42', untagged: 'true' }, API_KEY_ENV, /Input 'untagged': .*set older-than too/],
    [{ tags: 'project-x/api:pr-42' }, API_KEY_ENV, /Input 'tags'/],
    [{ match: 'sha-[' }, API_KEY_ENV, /Input 'match'/],
    [{ tags: 'pr-1', protect: '!latest' }, API_KEY_ENV, /Input 'protect'/],
    [
      { tags: 'pr-1', protect: 'none' },
      API_KEY_ENV,
      /Input 'protect': 'none' does not drop the default protection/,
    ],
    [{ tags: 'pr-1', protect: 'None, main' }, API_KEY_ENV, /set no-default-protect: true/],
    [{ tags: 'pr-1', 'dry-run': 'yes' }, API_KEY_ENV, /Input 'dry-run': expected true or false/],
    [
      { tags: 'pr-1', 'no-default-protect': 'none' },
      API_KEY_ENV,
      /Input 'no-default-protect': expected true or false/,
    ],
  ])('%j fails naming the input', (inputs, env, message) => {
    expect(() => parse(inputs as Record<string, string>, env as Record<string, string>)).toThrow(message);
  });

  it('replicate-to: every other region, each with its registry (derived, or the host given)', () => {
    expect(parse({ tags: 'pr-42' }).replicas).toEqual([]);
    const inputs = parse({ tags: 'pr-42', 'replicate-to': 'vcp\nus-ashburn-1=127.0.0.1:5001' });
    expect(inputs.replicas.map(({ region, registry }) => [region.id, registry])).toEqual([
      ['sa-vinhedo-1', 'vcp.ocir.io'],
      ['us-ashburn-1', '127.0.0.1:5001'],
    ]);
    // The primary keeps its own registry input.
    expect(inputs.registry).toBe('gru.ocir.io');
  });

  it.each([
    ['the primary again', 'gru', /Input 'replicate-to': sa-saopaulo-1 is the primary region/],
    ['an unknown region', 'mars-north-1', /Input 'replicate-to'/],
    ['a host with a scheme', 'vcp=https://vcp.ocir.io', /Input 'replicate-to': .*not a registry host/],
  ])('replicate-to with %s fails naming the input', (_name, value, message) => {
    expect(() => parse({ tags: 'pr-42', 'replicate-to': value })).toThrow(message);
    expect(problemInputs({ tags: 'pr-42', 'keep-last': 'ten', 'replicate-to': value })).toEqual([
      'replicate-to',
      'keep-last',
    ]);
  });

  it('reads the API key from the inputs as well as the environment, all or nothing', () => {
    const inputs = parse(
      {
        tags: 'pr-1',
        tenancy: API_KEY_ENV.OCI_CLI_TENANCY,
        user: API_KEY_ENV.OCI_CLI_USER,
        fingerprint: API_KEY_ENV.OCI_CLI_FINGERPRINT,
        'private-key': PEM.replace(/\n/g, '\\n'),
      },
      {},
    );
    expect(inputs.auth).toMatchObject({ apiKey: { privateKey: PEM } });
    expect(() => parse({ tags: 'pr-1' }, { OCI_CLI_USER: API_KEY_ENV.OCI_CLI_USER })).toThrow(
      /the API signing key is incomplete/,
    );
  });

  it('reports every problem at once, without noise from the ones it caused', () => {
    expect(
      problemInputs({
        region: 'mars-north-1',
        repository: 'Project/API',
        'keep-last': 'ten',
        'dry-run': 'yes',
      }),
    ).toEqual(['region', 'repository', 'keep-last', 'dry-run']);
    // An invalid rule is not also "no rule"; an unusable key is not also "no key".
    expect(problemInputs({ 'older-than': '2w' }, { ...API_KEY_ENV, OCI_CLI_KEY_CONTENT: 'nope' })).toEqual([
      'private-key',
      'older-than',
    ]);
    expect(problemInputs({ tags: 'pr-1', region: '' }, {})).toEqual(['credentials', 'region']);
  });
});
