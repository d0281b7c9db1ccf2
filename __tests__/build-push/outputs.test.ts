import { outputValues, summaryMarkdown, type RunResult } from '../../src/build-push/outputs.js';

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
