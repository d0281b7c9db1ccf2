/**
 * Waiting for the Vulnerability Scanning result of a pushed image, through the real OCI SDK against
 * the emulator (request signatures verified).
 */
import { connectOci, type OciClient } from '../../src/oci/client.js';
import {
  resultMatches,
  targetCovers,
  waitForScanResult,
  type ScanPoll,
  type ScanWaitRequest,
} from '../../src/oci/scan-results.js';
import { startEmulator, type Emulator } from '../../test-support/emulator.js';
import { createTestKey, ocid } from '../../test-support/keys.js';

const apiKey = createTestKey();
const tenancy = ocid.tenancy();
const compartment = ocid.compartment();
const user = { id: ocid.user(), name: 'joao.silva' };
const HIGH_CVE = {
  name: 'openssl: denial of service',
  severity: 'HIGH' as const,
  cveReference: 'CVE-2024-0727',
  packages: [{ name: 'libssl3', version: '3.0.2', fixVersion: '3.0.13' }],
};

let emulator: Emulator;
let oci: OciClient;

beforeAll(async () => {
  emulator = await startEmulator({
    tenancy,
    namespace: 'grxmw2a9myyj',
    users: [{ ...user, fingerprint: apiKey.fingerprint, publicKeyPem: apiKey.publicKeyPem }],
  });
  for (const name of ['project-x/api', 'project-x/slow', 'project-x/web']) {
    emulator.addRepository({ displayName: name, compartmentId: compartment });
  }
  // Scanning covers api and slow, not web.
  emulator.scanning.addTarget({
    registryCompartmentId: compartment,
    repositories: ['project-x/api', 'project-x/slow'],
  });
  oci = connectOci({
    apiKey: { tenancy, user: user.id, fingerprint: apiKey.fingerprint, privateKey: apiKey.privateKeyPem },
    regionId: 'sa-saopaulo-1',
    baseUrl: emulator.url,
  });
});
afterAll(() => emulator.close());

function push(repositoryName: string, tag: string): Omit<ScanWaitRequest, 'timeoutMs'> {
  const pushedAt = new Date();
  const image = emulator.addImage({ repositoryName, versions: [tag] });
  return {
    repositoryName,
    repositoryCompartmentId: compartment,
    digest: image.digest,
    tags: [tag],
    pushedAt,
    pollIntervalMs: 20,
    maxPollIntervalMs: 50,
  };
}

it('polls until the result of the pushed image appears, then reads its problems', async () => {
  emulator.scanning.setOutcome({ delayMs: Infinity }, 'project-x/api');
  const pushed = push('project-x/api', '1.2.3');
  const polls: ScanPoll[] = [];
  const report = await waitForScanResult(oci, {
    ...pushed,
    timeoutMs: 60_000,
    onPoll: (poll) => {
      polls.push(poll);
      // The scan finishes while the action waits: from the third look on, the result is there.
      if (poll.attempt === 2)
        emulator.scanning.setOutcome({ delayMs: 0, problems: [HIGH_CVE] }, 'project-x/api');
    },
  });

  expect(polls.map((poll) => poll.attempt)).toEqual([1, 2, 3]);
  expect(polls[0]?.nextInMs).toBeGreaterThan(0);
  expect(polls[2]?.nextInMs).toBeUndefined();
  expect(report).toMatchObject({
    repository: 'project-x/api',
    image: '1.2.3',
    highestSeverity: 'HIGH',
    problemCount: 1,
    problems: [
      {
        name: HIGH_CVE.name,
        severity: 'HIGH',
        cveReference: 'CVE-2024-0727',
        packages: [{ name: 'libssl3', version: '3.0.2', fixVersion: '3.0.13' }],
      },
    ],
  });
  expect(emulator.scanning.scanResults().map((result) => result.id)).toContain(report.resultId);
});

it('fails at once when no scan target covers the repository, saying how to enable scanning', async () => {
  const polls: ScanPoll[] = [];
  const waiting = waitForScanResult(oci, {
    ...push('project-x/web', '1.0.0'),
    timeoutMs: 60_000,
    onPoll: (poll) => polls.push(poll),
  });
  await expect(waiting).rejects.toThrow(/no container scan target covers the repository project-x\/web/);
  await expect(waiting).rejects.toThrow(
    'Allow service vulnerability-scanning-service to read repos in tenancy',
  );
  expect(polls).toEqual([]);
});

it('fails at the timeout when no result comes, saying what to do', async () => {
  emulator.scanning.setOutcome({ delayMs: Infinity }, 'project-x/slow');
  const pushed = push('project-x/slow', '2.0.0');
  const polls: ScanPoll[] = [];
  await expect(
    waitForScanResult(oci, { ...pushed, timeoutMs: 200, onPoll: (poll) => polls.push(poll) }),
  ).rejects.toThrow(new RegExp(`no scan result for project-x/slow@${pushed.digest}.*raise 'scan-timeout'`));
  expect(polls.length).toBeGreaterThanOrEqual(2);
  expect(polls.at(-1)?.nextInMs).toBeUndefined();
});

describe('matching', () => {
  const request = {
    repositoryName: 'project-x/api',
    digest: `sha256:${'1f'.repeat(32)}`,
    tags: ['1.2.3', 'latest'],
    pushedAt: new Date('2025-01-01T12:00:00Z'),
  };
  const result = (image: string, timeStarted: string, repository = 'project-x/api') => ({
    repository,
    image,
    timeStarted: timeStarted as unknown as Date,
  });

  it.each([
    ['the digest, whenever scanned', result(request.digest, '2024-01-01T00:00:00Z'), true],
    ['a pushed tag scanned after the push', result('latest', '2025-01-01T12:03:00Z'), true],
    ['a pushed tag scanned before the push (another image)', result('latest', '2025-01-01T10:00:00Z'), false],
    ['another tag', result('1.2.2', '2025-01-01T12:03:00Z'), false],
    ['another repository', result('1.2.3', '2025-01-01T12:03:00Z', 'project-x/web'), false],
    [
      'the repository with its namespace',
      result('1.2.3', '2025-01-01T12:03:00Z', 'grxmw2a9myyj/project-x/api'),
      true,
    ],
  ])('%s', (_, candidate, matches) => {
    expect(resultMatches(candidate, request)).toBe(matches);
  });

  it('a target covers its compartment: the listed repositories, or all when none is listed', () => {
    const target = (repositories?: string[], compartmentId = compartment, lifecycleState = 'ACTIVE') =>
      ({
        lifecycleState,
        targetRegistry: {
          type: 'OCIR',
          url: 'https://gru.ocir.io',
          compartmentId,
          ...(repositories ? { repositories } : {}),
        },
      }) as Parameters<typeof targetCovers>[0];
    expect(targetCovers(target(), 'project-x/api', compartment)).toBe(true);
    expect(targetCovers(target(['project-x/api']), 'project-x/api', compartment)).toBe(true);
    expect(targetCovers(target(['project-x/web']), 'project-x/api', compartment)).toBe(false);
    expect(targetCovers(target([], tenancy), 'project-x/api', compartment)).toBe(false);
    expect(targetCovers(target([], compartment, 'DELETED'), 'project-x/api', compartment)).toBe(false);
  });
});
