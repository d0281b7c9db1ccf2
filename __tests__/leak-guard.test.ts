import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  dockerLeaks,
  leakReport,
  ownProcessTree,
  parseContainerListing,
  parseImageListing,
  processLeaks,
  tempLeaks,
} from '../test-support/leak-guard.js';

describe('dockerLeaks', () => {
  const before = {
    images: parseImageListing('sha256:aaa111222333444 app:1\nsha256:bbb111222333444 <none>:<none>\n'),
    containers: parseContainerListing('c0ffee00000000001 old (app:1, Exited (0))\n'),
    volumes: ['old-volume'],
  };

  it('lists images of this run and containers that appeared, with their references', () => {
    const after = {
      images: parseImageListing(
        [
          'sha256:aaa111222333444 app:1',
          'sha256:ccc111222333444 127.0.0.1:5000/ns/x:pr-7',
          'sha256:ccc111222333444 127.0.0.1:5000/ns/x:sha-1',
          'sha256:ddd111222333444 <none>:<none>',
          'sha256:eee111222333444 project-x/fork:pr-57',
          'sha256:fff111222333444 gru.ocir.io/ns/x:build-only',
          'sha256:999111222333444 127.0.0.1:6000/ns/another-run:1',
        ].join('\n'),
      ),
      containers: parseContainerListing(
        [
          'c0ffee00000000001 old (app:1, Exited (0))',
          'badc0de0000000002 eager_bell (sha256:ddd, Exited (1))',
          'f00d000000000003 someone_else (postgres:16, Up 2 minutes)',
          'f00d000000000004 other_run (127.0.0.1:6000/ns/another-run:1, Exited (0))',
        ].join('\n'),
      ),
      volumes: ['old-volume', 'someone-elses-data'],
    };
    expect(dockerLeaks(before, after, ['127.0.0.1:5000'])).toEqual({
      images: [
        'ccc111222333 127.0.0.1:5000/ns/x:pr-7 127.0.0.1:5000/ns/x:sha-1',
        'eee111222333 project-x/fork:pr-57',
        'fff111222333 gru.ocir.io/ns/x:build-only',
      ],
      containers: ['badc0de00000 eager_bell (sha256:ddd, Exited (1))'],
      volumes: [],
    });
  });

  it('counts the builders, containers, volumes and images the tests recorded, and only those', () => {
    const after = {
      images: parseImageListing(
        'sha256:aaa111222333444 app:1\nsha256:123111222333444 local/buildkit:v0.11.6\n',
      ),
      containers: parseContainerListing(
        [
          'c0ffee00000000001 old (app:1, Exited (0))',
          'abc0000000000005 buildx_buildkit_ocir-e2e-1-x0 (local/buildkit:v0.11.6, Up 1 second)',
          'abc0000000000006 buildx_buildkit_theirs0 (moby/buildkit:latest, Up 1 minute)',
        ].join('\n'),
      ),
      volumes: ['old-volume', 'buildx_buildkit_ocir-e2e-1-x0_state', 'buildx_buildkit_theirs0_state'],
    };
    expect(
      dockerLeaks(before, after, [], ['local/buildkit:v0.11.6', 'buildx_buildkit_ocir-e2e-1-x0']),
    ).toEqual({
      images: ['123111222333 local/buildkit:v0.11.6'],
      containers: ['abc000000000 buildx_buildkit_ocir-e2e-1-x0 (local/buildkit:v0.11.6, Up 1 second)'],
      volumes: ['buildx_buildkit_ocir-e2e-1-x0_state'],
    });
  });

  it('finds nothing when nothing appeared, even if something was removed', () => {
    const after = { images: new Map(), containers: new Map(), volumes: [] };
    expect(dockerLeaks(before, after, [])).toEqual({ images: [], containers: [], volumes: [] });
  });
});

describe('temporary files and processes of the run', () => {
  let runTmp: string;
  beforeEach(() => (runTmp = mkdtempSync(join(tmpdir(), 'leak-guard-test-'))));
  afterEach(() => rmSync(runTmp, { recursive: true, force: true }));

  it('lists what is left in the run directory, but for a dockerd log and the registry list', () => {
    writeFileSync(join(runTmp, '.registry-hosts'), '127.0.0.1:5000\n');
    mkdirSync(join(runTmp, 'e2e-home-x1'));
    writeFileSync(join(runTmp, 'stray.txt'), '');
    mkdirSync(join(runTmp, 'dockerd-abc'));
    expect(tempLeaks(runTmp).sort()).toEqual(['e2e-home-x1', 'stray.txt']);
  });

  it('finds a process still naming the run directory, not this one', async () => {
    const marker = join(runTmp, 'still-running');
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)', marker], { stdio: 'ignore' });
    try {
      await new Promise((resolve) => child.once('spawn', resolve));
      const found = await processLeaks(runTmp, ownProcessTree());
      expect(found).toEqual([expect.stringContaining(`${child.pid} `)]);
      expect(found[0]).toContain(marker);
    } finally {
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    expect(await processLeaks(runTmp, ownProcessTree())).toEqual([]);
  });
});

describe('leakReport', () => {
  it('is undefined when nothing leaked', () => {
    expect(
      leakReport({ images: [], containers: [], volumes: [], tempEntries: [], processes: [] }, '/tmp/r'),
    ).toBeUndefined();
  });

  it('names each kind of leftover with its items', () => {
    const report = leakReport(
      {
        images: ['ccc 127.0.0.1:5000/ns/x:pr-7'],
        containers: [],
        volumes: [],
        tempEntries: ['e2e-home-1'],
        processes: [],
      },
      '/tmp/r',
    );
    expect(report).toContain('docker images');
    expect(report).toContain('    ccc 127.0.0.1:5000/ns/x:pr-7');
    expect(report).toContain('temporary files in /tmp/r');
    expect(report).toContain('    e2e-home-1');
    expect(report).not.toContain('containers');
  });
});
