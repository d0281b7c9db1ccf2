/**
 * Waiting for the Vulnerability Scanning result of a pushed image, through the real OCI SDK against
 * the emulator (request signatures verified): the targets found across the compartment tree, the
 * refusal only when certain, the warning and the wait otherwise.
 */
import { connectOci, type OciClient } from '../../src/oci/client.js';
import {
  resultMatches,
  waitForScanResult,
  type ScanPoll,
  type ScanWaitRequest,
} from '../../src/oci/scan-results.js';
import { findScanCoverage, TARGET_SEARCH } from '../../src/oci/scan-targets.js';
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
// tenancy ─┬─ compartment ── project-x/api, project-x/slow, project-x/web
//          ├─ team-a ── team-a/api                      (scanned by a target kept in security)
//          ├─ prod ── apps ── payments ── payments/api   (scanned by a target on prod, kept in security)
//          ├─ labs ── experiments ── labs/deep           (no target: only a root target would scan it)
//          └─ security                                   (where the security team keeps the targets)
const tree = { teamA: '', payments: '', experiments: '', security: '' };

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
  tree.security = emulator.addCompartment({ name: 'security' }).id;
  tree.teamA = emulator.addCompartment({ name: 'team-a' }).id;
  const prod = emulator.addCompartment({ name: 'prod' }).id;
  const apps = emulator.addCompartment({ name: 'apps', parentId: prod }).id;
  tree.payments = emulator.addCompartment({ name: 'payments', parentId: apps }).id;
  const labs = emulator.addCompartment({ name: 'labs' }).id;
  tree.experiments = emulator.addCompartment({ name: 'experiments', parentId: labs }).id;
  emulator.addRepository({ displayName: 'team-a/api', compartmentId: tree.teamA });
  emulator.addRepository({ displayName: 'payments/api', compartmentId: tree.payments });
  emulator.addRepository({ displayName: 'labs/deep', compartmentId: tree.experiments });
  emulator.scanning.addTarget({ compartmentId: tree.security, registryCompartmentId: tree.teamA });
  emulator.scanning.addTarget({ compartmentId: tree.security, registryCompartmentId: prod });
  oci = connectOci({
    apiKey: { tenancy, user: user.id, fingerprint: apiKey.fingerprint, privateKey: apiKey.privateKeyPem },
    regionId: 'sa-saopaulo-1',
    baseUrl: emulator.url,
  });
});
afterAll(() => emulator.close());

function push(
  repositoryName: string,
  tag: string,
  repositoryCompartmentId = compartment,
): Omit<ScanWaitRequest, 'timeoutMs'> {
  const pushedAt = new Date();
  const image = emulator.addImage({ repositoryName, versions: [tag] });
  return {
    repositoryName,
    repositoryCompartmentId,
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

/** The results the emulator made for a repository so far. */
function resultsOf(repository: string) {
  return emulator.scanning.scanResults().filter((result) => result.repository === repository);
}

/** Requests since `from` to a path. */
function requestsTo(path: string, from: number) {
  return emulator.requests.slice(from).filter((request) => request.path === path);
}

describe('the setups OCI documents pass the gate on a first push', () => {
  // A first push: the repository has no result yet, and the scan takes a while after the push.
  const SCAN_TIME = { delayMs: 300 };

  it('a target kept in another compartment than the repositories it scans', async () => {
    expect(resultsOf('team-a/api')).toEqual([]);
    emulator.scanning.setOutcome(SCAN_TIME, 'team-a/api');
    const notes: Array<{ message: string; certain: boolean }> = [];
    const polls: ScanPoll[] = [];
    const report = await waitForScanResult(oci, {
      ...push('team-a/api', '1.0.0', tree.teamA),
      timeoutMs: 60_000,
      onCoverage: (note) => notes.push(note),
      onPoll: (poll) => polls.push(poll),
    });
    expect(polls[0]?.nextInMs).toBeGreaterThan(0);
    expect(report).toMatchObject({ repository: 'team-a/api', image: '1.0.0', highestSeverity: 'NONE' });
    expect(notes).toEqual([
      {
        certain: true,
        message: expect.stringContaining(`in compartment ${tree.security}) covers team-a/api`),
      },
    ]);
  });

  it('a target on the root compartment with no repository list, the repository two levels down', async () => {
    expect(resultsOf('labs/deep')).toEqual([]);
    emulator.scanning.setOutcome(SCAN_TIME, 'labs/deep');
    const root = emulator.scanning.addTarget({ compartmentId: tenancy, registryCompartmentId: tenancy });
    try {
      const polls: ScanPoll[] = [];
      const report = await waitForScanResult(oci, {
        ...push('labs/deep', '1.0.0', tree.experiments),
        timeoutMs: 60_000,
        onPoll: (poll) => polls.push(poll),
      });
      expect(polls[0]?.nextInMs).toBeGreaterThan(0);
      expect(report).toMatchObject({ repository: 'labs/deep', image: '1.0.0' });
      expect(resultsOf('labs/deep').map((result) => result.containerScanTargetId)).toEqual([root.id]);
    } finally {
      emulator.scanning.deleteTarget(root.id);
    }
  });

  it('reads the compartment tree once, with the whole subtree of the root', async () => {
    const from = emulator.requests.length;
    await waitForScanResult(oci, { ...push('payments/api', '1.0.0', tree.payments), timeoutMs: 60_000 });
    expect(requestsTo('/20160918/compartments', from).map((request) => request.query)).toEqual([
      expect.objectContaining({
        compartmentId: tenancy,
        compartmentIdInSubtree: 'true',
        accessLevel: 'ANY',
        lifecycleState: 'ACTIVE',
      }),
    ]);
  });
});

describe('coverage that cannot be established: a warning, then the wait for the result', () => {
  it('the compartments cannot be listed: the warning says why and what to allow, and the result counts', async () => {
    emulator.injectFault({ method: 'GET', path: '/20160918/compartments', status: 404 });
    const notes: Array<{ message: string; certain: boolean }> = [];
    const report = await waitForScanResult(oci, {
      ...push('payments/api', '2.0.0', tree.payments),
      timeoutMs: 60_000,
      onCoverage: (note) => notes.push(note),
    });
    expect(report).toMatchObject({ repository: 'payments/api', image: '2.0.0' });
    expect(notes).toHaveLength(1);
    expect(notes[0]?.certain).toBe(false);
    expect(notes[0]?.message).toMatch(
      /^Vulnerability gate: whether a container scan target covers the repository payments\/api could not be established: the tenancy's compartments could not be listed \(Cause: 404 NotAuthorizedOrNotFound/,
    );
    expect(notes[0]?.message).toContain('"Allow group <your-group> to inspect compartments in tenancy"');
    expect(notes[0]?.message).toContain(
      'Allow service vulnerability-scanning-service to read repos in tenancy',
    );
  });

  it('one compartment whose targets cannot be read, and no result: the timeout names both causes', async () => {
    emulator.injectFault({
      method: 'GET',
      path: '/20210215/containerScanTargets',
      query: { compartmentId: tree.security },
      status: 404,
    });
    const notes: Array<{ message: string; certain: boolean }> = [];
    const pushed = push('project-x/web', '2.0.0');
    const failure = waitForScanResult(oci, {
      ...pushed,
      timeoutMs: 200,
      onCoverage: (note) => notes.push(note),
    });
    await expect(failure).rejects.toThrow(
      new RegExp(
        `^Vulnerability gate: no scan result for project-x/web@${pushed.digest} after 0 s \\(\\d+ looks\\)\\. ` +
          `Either the scan takes longer than 'scan-timeout' .*raise 'scan-timeout'.*, ` +
          `or no container scan target covers the repository, so no result will ever come \\(the gate could not establish coverage: ` +
          `the targets in compartment ${tree.security} could not be read`,
      ),
    );
    await expect(failure).rejects.toThrow(
      'Allow service vulnerability-scanning-service to read repos in tenancy',
    );
    expect(notes.map((note) => note.certain)).toEqual([false]);
    expect(emulator.pendingFaults()).toBe(0);
  });
});

describe('the search for targets is bounded and parallel', () => {
  /** The client, counting the requests in flight at once. */
  function measured() {
    const seen = { inFlight: 0, most: 0 };
    const client: OciClient = {
      ...oci,
      call: async (operation) => {
        seen.most = Math.max(seen.most, (seen.inFlight += 1));
        try {
          return await oci.call(operation);
        } finally {
          seen.inFlight -= 1;
        }
      },
    };
    return { client, seen };
  }

  beforeAll(() => {
    for (let index = 0; index < 20; index += 1) emulator.addCompartment({ name: `team-${index}` });
    emulator.setLatency(20);
  });
  afterAll(() => emulator.setLatency(0));

  it('lists the targets of every compartment, a few at a time, to be certain that none covers', async () => {
    const { client, seen } = measured();
    const from = emulator.requests.length;
    expect(await findScanCoverage(client, 'project-x/web', compartment)).toEqual({ state: 'uncovered' });
    const listed = requestsTo('/20210215/containerScanTargets', from).map(
      (request) => request.query.compartmentId,
    );
    expect(new Set(listed)).toEqual(new Set([tenancy, ...emulator.compartments().map((c) => c.id)]));
    expect(listed).toHaveLength(new Set(listed).size);
    expect(seen.most).toBe(TARGET_SEARCH.concurrency);
  });

  it('stops at the bound, and then is not certain', async () => {
    const from = emulator.requests.length;
    const coverage = await findScanCoverage(oci, 'project-x/web', compartment, {
      maxCompartments: 5,
      concurrency: 2,
    });
    expect(requestsTo('/20210215/containerScanTargets', from)).toHaveLength(5);
    expect(coverage).toEqual({
      state: 'unknown',
      gaps: [
        expect.stringMatching(/^\d+ compartment\(s\) beyond the first 5 were not searched for targets$/),
      ],
    });
  });

  it('starts no new list once a target covers', async () => {
    const from = emulator.requests.length;
    const coverage = await findScanCoverage(oci, 'project-x/api', compartment, {
      maxCompartments: 100,
      concurrency: 2,
    });
    expect(coverage.state).toBe('covered');
    expect(requestsTo('/20210215/containerScanTargets', from).length).toBeLessThanOrEqual(3);
  });
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
});
