import { outputValues, summaryMarkdown, type RunResult } from '../../src/build-push/outputs.js';
import type { ScanReport } from '../../src/oci/scan-report.js';

const DIGEST = `sha256:${'c'.repeat(64)}`;
const result: RunResult = {
  registry: 'gru.ocir.io',
  namespace: 'grxmw2a9myyj',
  repository: 'gru.ocir.io/grxmw2a9myyj/project-x/api',
  repositoryOcid: 'ocid1.containerrepo.oc1.sa-saopaulo-1.aaaa',
  tagNames: ['1.2.3', 'latest'],
  version: '1.2.3',
  imageId: `sha256:${'d'.repeat(64)}`,
  pushed: true,
  digest: DIGEST,
};

describe('outputValues', () => {
  it('sets every output of a push', () => {
    const values = outputValues(result);
    expect(values).toMatchObject({
      registry: 'gru.ocir.io',
      namespace: 'grxmw2a9myyj',
      repository: 'gru.ocir.io/grxmw2a9myyj/project-x/api',
      'repository-ocid': 'ocid1.containerrepo.oc1.sa-saopaulo-1.aaaa',
      tags: 'gru.ocir.io/grxmw2a9myyj/project-x/api:1.2.3\ngru.ocir.io/grxmw2a9myyj/project-x/api:latest',
      'tag-names': '1.2.3\nlatest',
      version: '1.2.3',
      digest: DIGEST,
      image: `gru.ocir.io/grxmw2a9myyj/project-x/api@${DIGEST}`,
      imageid: result.imageId,
      pushed: 'true',
    });
    expect(JSON.parse(values.metadata!)).toMatchObject({ digest: DIGEST, 'tag-names': ['1.2.3', 'latest'] });
  });

  it('leaves digest and image unset when nothing was pushed', () => {
    const { digest: _digest, ...built } = result;
    const values = outputValues({ ...built, pushed: false });
    expect(values.pushed).toBe('false');
    expect(values).not.toHaveProperty('digest');
    expect(values).not.toHaveProperty('image');
  });
});

describe('summaryMarkdown', () => {
  it('shows the image, tags, digest, deploy reference and pull command', () => {
    const markdown = summaryMarkdown(result);
    expect(markdown).toContain('`gru.ocir.io/grxmw2a9myyj/project-x/api`');
    expect(markdown).toContain('`1.2.3` `latest`');
    expect(markdown).toContain(`\`gru.ocir.io/grxmw2a9myyj/project-x/api@${DIGEST}\``);
    expect(markdown).toContain(`docker pull gru.ocir.io/grxmw2a9myyj/project-x/api@${DIGEST}`);
  });
});

describe('release gates in the outputs and the summary', () => {
  const signature = {
    id: 'ocid1.containerimagesignature.oc1.sa-saopaulo-1.aaaa',
    keyId: 'ocid1.key.oc1.sa-saopaulo-1.bbpsfs3zaacuu.abtxkey',
    keyVersionId: 'ocid1.keyversion.oc1.sa-saopaulo-1.bbpsfs3zaacuu.abtxversion',
    algorithm: 'SHA_256_RSA_PKCS_PSS' as const,
  };
  const report: ScanReport = {
    resultId: 'ocid1.vsscontainerscanresult.oc1.sa-saopaulo-1.aaaa',
    repository: 'project-x/api',
    image: '1.2.3',
    highestSeverity: 'HIGH',
    problemCount: 3,
    problems: [
      { name: 'low one', severity: 'LOW', cveReference: 'CVE-2024-0001', packages: [] },
      {
        name: 'openssl overflow',
        severity: 'HIGH',
        cveReference: 'CVE-2024-5535',
        packages: [{ name: 'libssl3', version: '3.0.2', fixVersion: '3.0.14' }],
      },
      { name: 'zlib | inflate', severity: 'MEDIUM', packages: [{ name: 'zlib1g', version: '1.2.11' }] },
    ],
    timeFinished: '2025-01-02T03:04:05.000Z',
  };

  it('sets signature-ocid, scan-severity and scan-problems, and puts them in metadata', () => {
    const values = outputValues({ ...result, signature, scan: { report, gate: 'critical', fails: false } });
    expect(values).toMatchObject({
      'signature-ocid': signature.id,
      'scan-severity': 'HIGH',
      'scan-problems': '3',
    });
    expect(JSON.parse(values.metadata!)).toMatchObject({
      'signature-ocid': signature.id,
      'scan-severity': 'HIGH',
    });
  });

  it('a failed gate still reports the push, which is true', () => {
    const values = outputValues({ ...result, scan: { report, gate: 'high', fails: true } });
    expect(values).toMatchObject({ pushed: 'true', digest: DIGEST, 'scan-severity': 'HIGH' });
    expect(values).not.toHaveProperty('signature-ocid');
  });

  it('sets none of them when nothing was signed or scanned', () => {
    const values = outputValues(result);
    for (const name of ['signature-ocid', 'scan-severity', 'scan-problems'])
      expect(values).not.toHaveProperty(name);
    expect(summaryMarkdown(result)).not.toMatch(/Signature|Vulnerability scan/);
  });

  it('the summary shows the signature, the key and the algorithm', () => {
    const markdown = summaryMarkdown({ ...result, signature });
    expect(markdown).toContain(`| Signature | \`${signature.id}\` |`);
    expect(markdown).toContain(
      `| Signed with | Vault key \`${signature.keyId}\`, version \`${signature.keyVersionId}\`, SHA_256_RSA_PKCS_PSS |`,
    );
  });

  it('the summary shows the verdict, the count per severity and the worst problems with their packages', () => {
    const markdown = summaryMarkdown({ ...result, scan: { report, gate: 'high', fails: true } });
    expect(markdown).toContain('**Failed** `scan-gate: high`: the worst problem is HIGH.');
    for (const row of ['| CRITICAL | 0 |', '| HIGH | 1 |', '| MEDIUM | 1 |', '| LOW | 1 |', '| NONE | 0 |']) {
      expect(markdown).toContain(row);
    }
    const worst = markdown.split('Worst problems:')[1]!;
    expect(worst.indexOf('CVE-2024-5535')).toBeLessThan(worst.indexOf('zlib'));
    expect(worst).toContain('| HIGH | CVE-2024-5535 | libssl3 3.0.2 |');
    // A `|` from the scanner does not break the table.
    expect(worst).toContain('| MEDIUM | zlib \\| inflate | zlib1g 1.2.11 |');
    expect(summaryMarkdown({ ...result, scan: { report, gate: 'critical', fails: false } })).toContain(
      'Passed `scan-gate: critical`',
    );
  });
});

describe('buildx results in the outputs and the summary', () => {
  const platforms = [
    { platform: 'linux/amd64', digest: `sha256:${'a'.repeat(64)}` },
    { platform: 'linux/arm64', digest: `sha256:${'b'.repeat(64)}` },
  ];

  it('lists each platform digest in metadata and the summary', () => {
    const values = outputValues({ ...result, platforms });
    expect(JSON.parse(values.metadata!)).toMatchObject({ digest: DIGEST, platforms });
    const markdown = summaryMarkdown({ ...result, platforms });
    expect(markdown).toContain(`| Platform linux/amd64 | \`sha256:${'a'.repeat(64)}\` |`);
    expect(markdown).toContain(`| Platform linux/arm64 | \`sha256:${'b'.repeat(64)}\` |`);
  });

  it('no local image (buildx without load): imageid unset, no summary row', () => {
    const values = outputValues({ ...result, imageId: '' });
    expect(values).not.toHaveProperty('imageid');
    expect(JSON.parse(values.metadata!)).not.toHaveProperty('imageid');
    expect(summaryMarkdown({ ...result, imageId: '' })).not.toContain('Local image id');
    expect(JSON.parse(outputValues(result).metadata!)).not.toHaveProperty('platforms');
  });
});

describe('replicas', () => {
  const replicas = [
    {
      region: 'sa-vinhedo-1',
      registry: 'vcp.ocir.io',
      image: `vcp.ocir.io/grxmw2a9myyj/project-x/api@${DIGEST}`,
      copied: {
        blobsUploaded: 2,
        bytesUploaded: 2_500_000,
        blobsPresent: 1,
        tagsPut: ['1.2.3'],
        tagsPresent: [],
      },
    },
    {
      region: 'us-ashburn-1',
      registry: 'iad.ocir.io',
      failure: 'The registry refused the push | denied.\nCause: HTTP 403',
    },
  ];

  it('the output lists the regions that hold the image; metadata holds the same list', () => {
    const values = outputValues({ ...result, replicas });
    const listed = [{ region: 'sa-vinhedo-1', registry: 'vcp.ocir.io', image: replicas[0]!.image }];
    expect(JSON.parse(values.replicas!)).toEqual(listed);
    expect(JSON.parse(values.metadata!).replicas).toEqual(listed);
  });

  it('no replicas output when replication did not run', () => {
    expect(outputValues(result)).not.toHaveProperty('replicas');
  });

  it('the summary has one row per region: its image, or why it has none', () => {
    const markdown = summaryMarkdown({ ...result, replicas });
    expect(markdown).toContain(
      `| sa-vinhedo-1 | \`vcp.ocir.io/grxmw2a9myyj/project-x/api@${DIGEST}\` | 2 blob(s) uploaded (2.4 MiB), 1 already there |`,
    );
    expect(markdown).toContain(
      '| us-ashburn-1 | **failed**: The registry refused the push \\| denied. Cause: HTTP 403 | — |',
    );
  });
});
