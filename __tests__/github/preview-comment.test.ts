import {
  hasMarker,
  previewMarker,
  renderPreviewComment,
  renderRemovedComment,
} from '../../src/github/preview-comment.js';

const REPOSITORY = 'gru.ocir.io/grxmw2a9myyj/project-x/api';
const DIGEST = 'sha256:3f1e7c9a2b4d6e8f0a1c3e5b7d9f1a3c5e7b9d1f3a5c7e9b1d3f5a7c9e1b3d5f';

describe('previewMarker', () => {
  it('is a hidden HTML comment keyed by the full repository', () => {
    expect(previewMarker(REPOSITORY)).toBe('<!-- ocir-preview:grxmw2a9myyj/project-x/api -->');
  });

  it('tells two images of one pull request apart', () => {
    const api = previewMarker(REPOSITORY);
    const web = previewMarker('gru.ocir.io/grxmw2a9myyj/project-x/web');
    expect(hasMarker(`${api}\nbody`, api)).toBe(true);
    expect(hasMarker(`${web}\nbody`, api)).toBe(false);
    expect(hasMarker(null, api)).toBe(false);
  });
});

describe('renderPreviewComment', () => {
  it('1. shows image, tags, digest, deploy reference, pull command, commit and run', () => {
    expect(
      renderPreviewComment({
        repository: REPOSITORY,
        digest: DIGEST,
        tagNames: ['pr-42', 'sha-b16b00b'],
        commit: 'b16b00b5c0de4a11ce5eed5a1b2c3d4e5f607182',
        repositoryUrl: 'https://github.com/acme/project-x-api',
        runUrl: 'https://github.com/acme/project-x-api/actions/runs/1658821493',
      }),
    ).toBe(
      [
        '<!-- ocir-preview:grxmw2a9myyj/project-x/api -->',
        '### Preview image pushed',
        '',
        '| | |',
        '|---|---|',
        '| Image | `gru.ocir.io/grxmw2a9myyj/project-x/api` |',
        '| Tags | `pr-42` `sha-b16b00b` |',
        `| Digest | \`${DIGEST}\` |`,
        `| Deploy | \`${REPOSITORY}@${DIGEST}\` |`,
        '| Commit | [`b16b00b`](https://github.com/acme/project-x-api/commit/b16b00b5c0de4a11ce5eed5a1b2c3d4e5f607182) |',
        '',
        'Pull it:',
        '',
        '```sh',
        `docker pull ${REPOSITORY}@${DIGEST}`,
        '```',
        '',
        '<sub>Pushed by [this workflow run](https://github.com/acme/project-x-api/actions/runs/1658821493).</sub>',
        '',
      ].join('\n'),
    );
  });

  it('2. without repository URL and run: the short commit, no link, no footer', () => {
    const body = renderPreviewComment({
      repository: REPOSITORY,
      digest: DIGEST,
      tagNames: ['pr-7'],
      commit: '0123456789abcdef0123456789abcdef01234567',
    });
    expect(body).toContain('| Commit | `0123456` |');
    expect(body).not.toContain('<sub>');
    expect(body.endsWith('```\n')).toBe(true);
  });
});

describe('renderRemovedComment', () => {
  it('1. says which tags were removed, when and by which run, and keeps the marker', () => {
    expect(
      renderRemovedComment({
        repository: REPOSITORY,
        removedTags: ['pr-42', 'sha-b16b00b'],
        removedAt: new Date('2025-10-10T12:34:56.789Z'),
        runUrl: 'https://github.com/acme/project-x-api/actions/runs/1658821999',
      }),
    ).toBe(
      [
        '<!-- ocir-preview:grxmw2a9myyj/project-x/api -->',
        '### Preview image removed',
        '',
        '| | |',
        '|---|---|',
        '| Image | `gru.ocir.io/grxmw2a9myyj/project-x/api` |',
        '| Removed tags | `pr-42` `sha-b16b00b` |',
        '| When | 2025-10-10 12:34 UTC |',
        '| By | [this workflow run](https://github.com/acme/project-x-api/actions/runs/1658821999) |',
        '',
        'The preview can no longer be pulled by these tags.',
        '',
      ].join('\n'),
    );
  });

  it('2. without a run URL: no "By" row', () => {
    const body = renderRemovedComment({
      repository: REPOSITORY,
      removedTags: ['pr-7'],
      removedAt: new Date('2025-01-02T03:04:05Z'),
    });
    expect(body).toContain('| When | 2025-01-02 03:04 UTC |');
    expect(body).not.toContain('| By |');
    expect(hasMarker(body, previewMarker(REPOSITORY))).toBe(true);
  });
});
