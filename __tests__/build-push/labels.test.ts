import { readGitContext } from '../../src/github/context.js';
import { InputError } from '../../src/common/errors.js';
import { ociLabels, parseLabels } from '../../src/build-push/labels.js';
import { computeTags, parseFlavor, parseTagRules } from '../../src/build-push/tags/index.js';
import { eventEnv, eventPayload, type EventName } from '../fixtures/events.js';

const CREATED = new Date('2025-10-09T08:53:20.000Z');

/** Labels as the action builds them: from the context and the primary tag of the default rules. */
function labelsFor(event: EventName): Record<string, string> {
  const ctx = readGitContext(eventEnv(event), eventPayload(event));
  const { version } = computeTags(parseTagRules(''), parseFlavor(''), ctx);
  return ociLabels(ctx, { version, created: CREATED });
}

const REPO_LABELS = {
  'org.opencontainers.image.source': 'https://github.com/acme/project-x-api',
  'org.opencontainers.image.created': '2025-10-09T08:53:20.000Z',
  'org.opencontainers.image.title': 'project-x-api',
  'org.opencontainers.image.url': 'https://github.com/acme/project-x-api',
};

describe('ociLabels from recorded runs', () => {
  it.each<[string, EventName, string, string]>([
    ['1: release', 'tag_v1.2.3', '3d5e7f9a1b3c5d7e9f1a3b5c7d9e1f3a5b7c9d1e', '1.2.3'],
    ['2: pre-release', 'tag_v2.0.0-rc.1', '4e6f8a0b2c4d6e8f0a2b4c6d8e0f2a4b6c8d0e2f', '2.0.0-rc.1'],
    ['3: push to main', 'push_main', '8a3f0c9e1b2d4f6a7c8e9d0b1a2c3e4f5a6b7c8d', 'main'],
    [
      '4: pull request: revision is the PR head',
      'pull_request_opened',
      'b16b00b5c0de4a11ce5eed5a1b2c3d4e5f607182',
      'pr-42',
    ],
    ['5: fork pull request', 'pull_request_fork', 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678', 'pr-57'],
    [
      '6: schedule (payload without repository)',
      'schedule',
      '8a3f0c9e1b2d4f6a7c8e9d0b1a2c3e4f5a6b7c8d',
      'main',
    ],
  ])('%s', (_title, event, revision, version) => {
    expect(labelsFor(event)).toEqual({
      ...REPO_LABELS,
      'org.opencontainers.image.revision': revision,
      'org.opencontainers.image.version': version,
    });
  });

  it('leaves out what a local run cannot know', () => {
    expect(ociLabels(readGitContext({}, {}), { version: 'dev', created: CREATED })).toEqual({
      'org.opencontainers.image.created': '2025-10-09T08:53:20.000Z',
      'org.opencontainers.image.version': 'dev',
    });
  });

  it('user labels override the generated ones when merged over them (as main.ts does)', () => {
    const merged = {
      ...labelsFor('push_main'),
      ...parseLabels('org.opencontainers.image.title=API\nteam=platform'),
    };
    expect(merged['org.opencontainers.image.title']).toBe('API');
    expect(merged.team).toBe('platform');
  });
});

describe('parseLabels', () => {
  it.each<[string, string, Record<string, string>]>([
    ['1: empty', '', {}],
    ['2: key=value lines', 'a=1\nb = two words ', { a: '1', b: 'two words' }],
    ['3: values keep = and commas', 'desc=a=b, c\nempty=', { desc: 'a=b, c', empty: '' }],
    ['4: blank lines and comments skipped, later wins', '\n# note\na=1\n\na=2\r\n', { a: '2' }],
  ])('%s', (_title, input, expected) => {
    expect(parseLabels(input)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['no =', 'a=1\njustakey'],
    ['empty key', '=value'],
    ['space in key', 'my key=value'],
  ])('rejects %s, naming the line', (_title, input) => {
    expect(() => parseLabels(input)).toThrow(InputError);
    try {
      parseLabels(input);
    } catch (error) {
      expect((error as InputError).input).toBe('labels');
      expect((error as InputError).message).toMatch(/line \d+ '.*' is not key=value/);
    }
  });
});
