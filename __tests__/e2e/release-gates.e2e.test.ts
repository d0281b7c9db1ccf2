/**
 * The release gates end to end: the committed bundle pushes to the linked registry, then signs the
 * pushed digest with a Vault key of the emulator (which verifies the CLI-format message with the key's
 * public half before it stores the signature) and waits for the emulator's vulnerability scan of the
 * image. Assertions read the emulator's own records, not only what the action printed.
 */
import { constants, verify } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ScanProblemSeed, VaultKeyRecord } from '../../test-support/emulator.js';
import { runAction, type ActionRun } from '../../test-support/runner.js';
import { freshHome, startWorld, type World } from './world.js';

const APP = join(import.meta.dirname, '..', '..', 'demo', 'app');
const TAG_EVENT = {
  name: 'push',
  payload: {
    ref: 'refs/tags/v1.4.0',
    after: '2b7e1c9a8d6f5e4c3b2a19087f6e5d4c3b2a1908',
    repository: { full_name: 'acme/api', default_branch: 'main', html_url: 'https://github.com/acme/api' },
  },
};
const GIT_ENV = {
  GITHUB_SHA: '2b7e1c9a8d6f5e4c3b2a19087f6e5d4c3b2a1908',
  GITHUB_REF: 'refs/tags/v1.4.0',
  GITHUB_REF_NAME: 'v1.4.0',
  GITHUB_REPOSITORY: 'acme/api',
};
const OPENSSL_CVE: ScanProblemSeed = {
  name: 'openssl: buffer overread in SSL_select_next_proto',
  severity: 'HIGH',
  cveReference: 'CVE-2024-5535',
  packages: [{ name: 'libssl3', version: '3.0.2', fixVersion: '3.0.14' }],
};
const ZLIB_CVE: ScanProblemSeed = {
  name: 'zlib: integer overflow in inflate',
  severity: 'MEDIUM',
  cveReference: 'CVE-2023-45853',
  packages: [{ name: 'zlib1g', version: '1.2.11' }],
};

let world: World;
let vaultKey: VaultKeyRecord;

beforeAll(async () => {
  if (!existsSync('dist/main.js')) {
    throw new Error(
      "dist/ is missing: run 'npm run build' first (the end-to-end tests run the committed bundle)",
    );
  }
  world = await startWorld();
  vaultKey = world.emulator.kms.createKey({ compartmentId: world.compartment });
  // Scanning covers the gated repositories of the compartment the action creates them in; not 'release/unscanned'.
  world.emulator.scanning.addTarget({
    registryCompartmentId: world.compartment,
    repositories: ['release/gated-pass', 'release/gated-fail', 'release/scan-never-finishes'],
  });
  world.emulator.scanning.setOutcome({ problems: [OPENSSL_CVE, ZLIB_CVE] }, 'release/gated-pass');
  world.emulator.scanning.setOutcome({ problems: [OPENSSL_CVE, ZLIB_CVE] }, 'release/gated-fail');
  world.emulator.scanning.setOutcome({ delayMs: Infinity }, 'release/scan-never-finishes');
});

afterAll(async () => {
  await world?.close();
});

/** A release run of the main step (tag v1.4.0 → tag 1.4.0), with the API key. */
function release(repository: string, inputs: Record<string, string>): Promise<ActionRun> {
  return runAction({
    entry: 'main',
    inputs: {
      region: 'sa-saopaulo-1',
      registry: world.registry.host,
      repository,
      compartment: world.compartment,
      context: APP,
      tags: '1.4.0',
      ...inputs,
    },
    env: { ...GIT_ENV, ...world.apiKeyEnv, HOME: freshHome() },
    event: TAG_EVENT,
  });
}

function errors(run: ActionRun): string[] {
  return run.annotations.filter((annotation) => annotation.level === 'error').map((a) => a.message);
}

function warnings(run: ActionRun): string[] {
  return run.annotations.filter((annotation) => annotation.level === 'warning').map((a) => a.message);
}

/** The push really happened: the outputs say so, and the emulator holds the image under that digest. */
function expectPushed(run: ActionRun, repository: string) {
  expect(run.outputs).toMatchObject({
    pushed: 'true',
    digest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
    image: `${world.registry.host}/${world.namespace}/${repository}@${run.outputs.digest}`,
  });
  const image = world.emulator
    .images()
    .find((candidate) => candidate.repositoryName === repository && candidate.digest === run.outputs.digest);
  expect(image?.versions.map((version) => version.version)).toEqual(['1.4.0']);
  return image!;
}

describe('push and sign', () => {
  const repository = 'release/signed';
  let run: ActionRun;

  beforeAll(async () => {
    run = await release(repository, {
      'sign-key': vaultKey.keyId,
      'sign-key-version': vaultKey.keyVersionId,
      'sign-description': 'Release 1.4.0',
      'sign-metadata': '{"run":"77"}',
    });
  });

  it('succeeds and outputs the signature the emulator stored', () => {
    expect({ exitCode: run.exitCode, errors: errors(run) }).toEqual({ exitCode: 0, errors: [] });
    const stored = world.emulator.imageSignatures();
    expect(stored.map((signature) => signature.id)).toEqual([run.outputs['signature-ocid']]);
  });

  it('signed the pushed digest with the Vault key, in the CLI message format, verifiable with its public half', () => {
    const image = expectPushed(run, repository);
    const [signature] = world.emulator.imageSignatures();
    expect(signature).toMatchObject({
      imageId: image.id,
      compartmentId: world.compartment,
      kmsKeyId: vaultKey.keyId,
      kmsKeyVersionId: vaultKey.keyVersionId,
      signingAlgorithm: 'SHA_256_RSA_PKCS_PSS',
    });
    const message = Buffer.from(signature!.message, 'base64');
    expect(JSON.parse(message.toString('utf8'))).toEqual({
      description: 'Release 1.4.0',
      imageDigest: run.outputs.digest,
      kmsKeyId: vaultKey.keyId,
      kmsKeyVersionId: vaultKey.keyVersionId,
      metadata: '{"run":"77"}',
      region: 'sa-saopaulo-1',
      repositoryName: repository,
      signingAlgorithm: 'SHA_256_RSA_PKCS_PSS',
    });
    const valid = verify(
      'sha256',
      message,
      {
        key: vaultKey.publicKeyPem,
        padding: constants.RSA_PKCS1_PSS_PADDING,
        saltLength: constants.RSA_PSS_SALTLEN_AUTO,
      },
      Buffer.from(signature!.signature, 'base64'),
    );
    expect(valid).toBe(true);
  });

  it('shows the key and the algorithm in the job summary, and awaits no scan', () => {
    expect(run.summary).toContain(run.outputs['signature-ocid']);
    expect(run.summary).toContain(vaultKey.keyId);
    expect(run.summary).toContain('SHA_256_RSA_PKCS_PSS');
    expect(run.outputs).not.toHaveProperty('scan-severity');
    // The compartment tree is the gate's to read, and only the gate's: this run has none.
    expect(world.emulator.requests.filter((request) => request.path === '/20160918/compartments')).toEqual(
      [],
    );
  });
});

describe('push and gate on a scan that found HIGH', () => {
  it('scan-gate critical passes, with the counts in the outputs and the summary', async () => {
    const run = await release('release/gated-pass', { 'scan-gate': 'critical' });
    expect({ exitCode: run.exitCode, errors: errors(run) }).toEqual({ exitCode: 0, errors: [] });
    expectPushed(run, 'release/gated-pass');
    expect(run.outputs).toMatchObject({ 'scan-severity': 'HIGH', 'scan-problems': '2' });
    expect(run.summary).toContain('Passed `scan-gate: critical`');
    expect(run.summary).toContain('| HIGH | CVE-2024-5535 | libssl3 3.0.2 |');
  });

  it('scan-gate high fails, naming the CVEs, with the push still reported and the image left unsigned', async () => {
    const run = await release('release/gated-fail', {
      'scan-gate': 'high',
      'sign-key': vaultKey.keyId,
      'sign-key-version': vaultKey.keyVersionId,
    });
    expect(run.exitCode).toBe(1);
    const image = expectPushed(run, 'release/gated-fail');
    // OKE admits what is signed: an image the gate refused gets no signature.
    expect(world.emulator.imageSignatures().filter((signature) => signature.imageId === image.id)).toEqual(
      [],
    );
    expect(run.outputs).not.toHaveProperty('signature-ocid');
    expect(run.outputs).toMatchObject({ 'scan-severity': 'HIGH', 'scan-problems': '2' });
    const [failure, ...others] = errors(run);
    expect(others).toEqual([]);
    expect(failure).toMatch(/^Vulnerability gate: .*HIGH problems, at or above 'scan-gate: high'/);
    expect(failure).toContain('CVE-2024-5535 (libssl3 3.0.2 → 3.0.14)');
    // MEDIUM is below the gate: not what failed it.
    expect(failure).not.toContain('CVE-2023-45853');
    expect(run.summary).toContain('**Failed** `scan-gate: high`');
  });
});

describe('the scan-target setups OCI documents pass the gate on a first push', () => {
  // The scan takes a while after the push: when the gate starts, the repository has no result at all.
  // (The gate's second look comes 10 s after its first.)
  const SCAN_DELAY_MS = 2_000;

  it('a target kept in another compartment than the repositories it scans', async () => {
    const teamA = world.emulator.addCompartment({ name: 'team-a' }).id;
    const security = world.emulator.addCompartment({ name: 'security' }).id;
    const target = world.emulator.scanning.addTarget({
      compartmentId: security,
      registryCompartmentId: teamA,
    });
    world.emulator.scanning.setOutcome({ delayMs: SCAN_DELAY_MS, problems: [ZLIB_CVE] }, 'team-a/api');

    const run = await release('team-a/api', { compartment: teamA, 'scan-gate': 'high' });
    expect({ exitCode: run.exitCode, errors: errors(run), warnings: warnings(run) }).toEqual({
      exitCode: 0,
      errors: [],
      warnings: [],
    });
    const image = expectPushed(run, 'team-a/api');
    expect(
      world.emulator.repositories().find((repository) => repository.displayName === 'team-a/api'),
    ).toMatchObject({
      compartmentId: teamA,
    });
    expect(run.outputs).toMatchObject({ 'scan-severity': 'MEDIUM', 'scan-problems': '1' });
    expect(
      world.emulator.scanning.scanResults().filter((result) => result.imageId === image.id),
    ).toMatchObject([{ containerScanTargetId: target.id, compartmentId: security }]);
    expect(run.log).toContain(`(${target.id}, in compartment ${security}) covers team-a/api`);
    expect(run.log).toMatch(/Scan: no result yet \(look 1, /);
  });

  it('a target on the root compartment with no repository list, the repository in a sub-compartment', async () => {
    const prod = world.emulator.addCompartment({ name: 'prod' }).id;
    const payments = world.emulator.addCompartment({ name: 'payments', parentId: prod }).id;
    const root = world.emulator.scanning.addTarget({
      compartmentId: world.tenancy,
      registryCompartmentId: world.tenancy,
    });
    world.emulator.scanning.setOutcome(
      { delayMs: SCAN_DELAY_MS, problems: [OPENSSL_CVE, ZLIB_CVE] },
      'payments/api',
    );
    try {
      const run = await release('payments/api', { compartment: payments, 'scan-gate': 'critical' });
      expect({ exitCode: run.exitCode, errors: errors(run), warnings: warnings(run) }).toEqual({
        exitCode: 0,
        errors: [],
        warnings: [],
      });
      const image = expectPushed(run, 'payments/api');
      expect(run.outputs).toMatchObject({ 'scan-severity': 'HIGH', 'scan-problems': '2' });
      expect(
        world.emulator.scanning.scanResults().filter((result) => result.imageId === image.id),
      ).toMatchObject([{ containerScanTargetId: root.id }]);
      expect(run.log).toMatch(/Scan: no result yet \(look 1, /);
    } finally {
      // Scanning the whole tenancy would cover the repository that must stay outside every target.
      world.emulator.scanning.deleteTarget(root.id);
    }
  });
});

describe('a gate whose scan cannot pass', () => {
  it('a result that never comes fails at scan-timeout, saying what to do', async () => {
    const run = await release('release/scan-never-finishes', { 'scan-gate': 'medium', 'scan-timeout': '3s' });
    expect(run.exitCode).toBe(1);
    expectPushed(run, 'release/scan-never-finishes');
    expect(run.outputs).not.toHaveProperty('scan-severity');
    expect(errors(run)).toEqual([
      expect.stringMatching(
        /^Vulnerability gate: no scan result for release\/scan-never-finishes@sha256:.* after 3 s/,
      ),
    ]);
    expect(errors(run)[0]).toContain("raise 'scan-timeout'");
    expect(run.log).toMatch(/Scan: no result yet \(look 1, /);
  });

  it('a repository outside every target fails at once, with how to enable scanning', async () => {
    const started = Date.now();
    const run = await release('release/unscanned', { 'scan-gate': 'high' });
    expect(run.exitCode).toBe(1);
    // Fails fast: no look for a result, no warning of uncertain coverage, far from the 10 minutes of scan-timeout.
    expect(run.log).not.toMatch(/Scan: no result yet/);
    expect(warnings(run)).toEqual([]);
    expect(Date.now() - started).toBeLessThan(120_000);
    expectPushed(run, 'release/unscanned');
    const [failure] = errors(run);
    expect(failure).toMatch(/no container scan target covers the repository release\/unscanned/);
    expect(failure).toContain(world.compartment);
    expect(failure).toContain('Allow service vulnerability-scanning-service to read repos in tenancy');
  });
});

describe('a signature that cannot be made', () => {
  it('fails the step with the policy statement to add, the push still reported', async () => {
    const unknownKey = vaultKey.keyId.replace(/.{8}$/, 'unknown0');
    const run = await release('release/unsigned', {
      'sign-key': unknownKey,
      'sign-key-version': vaultKey.keyVersionId,
    });
    expect(run.exitCode).toBe(1);
    expectPushed(run, 'release/unsigned');
    expect(run.outputs).not.toHaveProperty('signature-ocid');
    const [failure, ...others] = errors(run);
    expect(others).toEqual([]);
    expect(failure).toMatch(/^Signing: KMS refused to sign with key /);
    expect(failure).toContain(
      `to use keys in compartment id <key's compartment OCID> where target.key.id = '${unknownKey}'`,
    );
    expect(world.emulator.imageSignatures().map((signature) => signature.kmsKeyId)).not.toContain(unknownKey);
  });
});
