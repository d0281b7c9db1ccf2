import { readGitContext } from '../../src/github/context.js';
import { InputError } from '../../src/common/errors.js';
import {
  imageCreatedTime,
  ociLabels,
  parseLabels,
  parseSourceDateEpoch,
  type CreatedTimeSources,
} from '../../src/build-push/labels.js';
import { ActionError } from '../../src/common/errors.js';
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

describe('imageCreatedTime: the commit time, so one commit builds one image', () => {
  const CLOCK = new Date('2030-01-01T00:00:00.000Z');
  /** The sources, with a checkout that counts how often it is asked. */
  function sources(over: Partial<Omit<CreatedTimeSources, 'checkoutCommitTime'>> & { checkout?: string }) {
    const asked = { checkout: 0 };
    const all: CreatedTimeSources = {
      sourceDateEpoch: over.sourceDateEpoch,
      eventCommitTime: over.eventCommitTime,
      checkoutCommitTime: async () => {
        asked.checkout++;
        return over.checkout;
      },
      now: over.now ?? (() => CLOCK),
    };
    return { all, asked };
  }

  it.each<[string, Parameters<typeof sources>[0], string, string, number]>([
    [
      '1: SOURCE_DATE_EPOCH first',
      {
        sourceDateEpoch: '1760000000',
        eventCommitTime: '2025-10-09T10:53:20+02:00',
        checkout: '2020-01-01T00:00:00Z',
      },
      '2025-10-09T08:53:20.000Z',
      'SOURCE_DATE_EPOCH',
      0,
    ],
    [
      '2: then the event, in UTC whatever the offset',
      { eventCommitTime: '2025-10-09T10:53:20+02:00', checkout: '2020-01-01T00:00:00Z' },
      '2025-10-09T08:53:20.000Z',
      'the commit time in the event',
      0,
    ],
    [
      '3: an empty SOURCE_DATE_EPOCH counts as unset',
      { sourceDateEpoch: ' ', eventCommitTime: '2025-10-09T08:53:20Z' },
      '2025-10-09T08:53:20.000Z',
      'the commit time in the event',
      0,
    ],
    [
      '4: then the checkout (a pull request)',
      { checkout: '2025-10-08T09:00:00+00:00' },
      '2025-10-08T09:00:00.000Z',
      'the commit time in the checkout',
      1,
    ],
    [
      '5: an event time that does not parse is passed over',
      { eventCommitTime: 'soon', checkout: '2025-10-08T09:00:00Z' },
      '2025-10-08T09:00:00.000Z',
      'the commit time in the checkout',
      1,
    ],
    [
      '6: the clock when no commit time is known',
      {},
      '2030-01-01T00:00:00.000Z',
      'the clock (no commit time known)',
      1,
    ],
  ])('%s', async (_title, given, iso, source, checkoutAsked) => {
    const { all, asked } = sources(given);
    const result = await imageCreatedTime(all);
    expect({ created: result.created.toISOString(), source: result.source }).toEqual({
      created: iso,
      source,
    });
    expect(asked.checkout).toBe(checkoutAsked);
  });

  it('two builds of one commit at different times get identical labels', async () => {
    const ctx = readGitContext(eventEnv('push_main'), eventPayload('push_main'));
    const labelsAt = async (clock: string) => {
      const { created } = await imageCreatedTime({
        sourceDateEpoch: undefined,
        eventCommitTime: ctx.commitTime,
        checkoutCommitTime: async () => undefined,
        now: () => new Date(clock),
      });
      return ociLabels(ctx, { version: 'main', created });
    };
    const first = await labelsAt('2025-10-09T09:00:00Z');
    expect(await labelsAt('2025-10-10T17:30:00Z')).toEqual(first);
    expect(first['org.opencontainers.image.created']).toBe('2025-10-09T08:53:20.000Z');
  });

  it.each(['0', '1760000000', '253402300799'])('parseSourceDateEpoch accepts %s', (value) => {
    expect(parseSourceDateEpoch(value).getTime()).toBe(Number(value) * 1000);
  });

  it.each(['-1', '1.5', '1e9', 'abc', '0x10', '99999999999999999999'])(
    'a malformed SOURCE_DATE_EPOCH %s fails the run, naming the variable',
    async (value) => {
      const { all, asked } = sources({ sourceDateEpoch: value, eventCommitTime: '2025-10-09T08:53:20Z' });
      await expect(imageCreatedTime(all)).rejects.toThrow(ActionError);
      await expect(imageCreatedTime(all)).rejects.toThrow(
        `SOURCE_DATE_EPOCH '${value}' is not a whole number`,
      );
      expect(asked.checkout).toBe(0);
    },
  );
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
