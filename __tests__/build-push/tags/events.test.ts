/**
 * The default conventions (SPEC §4) against recorded runs: one case per event, exact tag lists.
 */
import { readGitContext } from '../../../src/github/context.js';
import { computeTags, parseFlavor, parseTagRules } from '../../../src/build-push/tags/index.js';
import { eventEnv, eventPayload, type EventName } from '../../fixtures/events.js';

function defaultTags(event: EventName, tags = '', flavor = '') {
  const ctx = readGitContext(eventEnv(event), eventPayload(event));
  return computeTags(parseTagRules(tags), parseFlavor(flavor), ctx, {
    now: new Date('2025-10-09T03:00:00Z'),
  });
}

describe('default tags per recorded event', () => {
  it.each<[string, EventName, string[]]>([
    ['1: push to the default branch: the branch and the sha', 'push_main', ['main', 'sha-8a3f0c9']],
    [
      '2: push to another branch: the sanitised branch name',
      'push_feature',
      ['feature-Login', 'sha-c0ffee5'],
    ],
    [
      '3: release tag: version, major.minor, sha, latest',
      'tag_v1.2.3',
      ['1.2.3', '1.2', 'sha-3d5e7f9', 'latest'],
    ],
    [
      '4: pre-release tag: only the full version and the sha, never latest',
      'tag_v2.0.0-rc.1',
      ['2.0.0-rc.1', 'sha-4e6f8a0'],
    ],
    [
      '5: 0.x release: 0.3.1 and 0.3, no major-only 0',
      'tag_v0.3.1',
      ['0.3.1', '0.3', 'sha-5f7a9b1', 'latest'],
    ],
    [
      '6: pull request opened: pr-N and the head sha (not the merge commit e3b0c44)',
      'pull_request_opened',
      ['pr-42', 'sha-b16b00b'],
    ],
    ['7: pull request synchronize: the new head sha', 'pull_request_synchronize', ['pr-42', 'sha-d4c3b2a']],
    ['8: pull request from a fork: same conventions', 'pull_request_fork', ['pr-57', 'sha-a1b2c3d']],
    [
      '9: pull_request_target: the PR, not the base branch it runs on',
      'pull_request_target_fork',
      ['pr-57', 'sha-a1b2c3d'],
    ],
    ['10: schedule: runs on the default branch', 'schedule', ['main', 'sha-8a3f0c9']],
    ['11: workflow_dispatch on main', 'workflow_dispatch', ['main', 'sha-7b8c9d0']],
  ])('%s', (_title, event, expected) => {
    const { names, version } = defaultTags(event);
    expect(names).toEqual(expected);
    expect(version).toBe(expected[0]);
  });
});

describe('custom rules against recorded events', () => {
  const rules = [
    "type=schedule,pattern=nightly-{{date 'YYYYMMDD'}}",
    'type=semver,pattern={{version}}',
    'type=semver,pattern={{major}}.{{minor}}',
    'type=semver,pattern={{major}}',
    'type=edge',
    'type=ref,event=branch',
    'type=ref,event=tag',
    'type=ref,event=pr',
    'type=raw,value=staging,enable={{is_default_branch}}',
    'type=sha,format=long',
  ].join('\n');

  it.each<[string, EventName, string, string[]]>([
    [
      '1: push to main: edge first (700), branch, staging, long sha',
      'push_main',
      '',
      ['edge', 'main', 'staging', 'sha-8a3f0c9e1b2d4f6a7c8e9d0b1a2c3e4f5a6b7c8d'],
    ],
    [
      '2: push to a feature branch: no edge, no staging',
      'push_feature',
      '',
      ['feature-Login', 'sha-c0ffee5a1b2c3d4e5f60718293a4b5c6d7e8f901'],
    ],
    [
      '3: release: semver first, then the git tag name, latest last',
      'tag_v1.2.3',
      '',
      ['1.2.3', '1.2', '1', 'v1.2.3', 'sha-3d5e7f9a1b3c5d7e9f1a3b5c7d9e1f3a5b7c9d1e', 'latest'],
    ],
    [
      '4: pre-release: every semver rule collapses to the full version',
      'tag_v2.0.0-rc.1',
      '',
      ['2.0.0-rc.1', 'v2.0.0-rc.1', 'sha-4e6f8a0b2c4d6e8f0a2b4c6d8e0f2a4b6c8d0e2f'],
    ],
    [
      '5: 0.x: {{major}} alone yields nothing',
      'tag_v0.3.1',
      '',
      ['0.3.1', '0.3', 'v0.3.1', 'sha-5f7a9b1c3d5e7f9a1b3c5d7e9f1a3b5c7d9e1f3a', 'latest'],
    ],
    [
      '6: schedule: the dated nightly first (1000)',
      'schedule',
      '',
      ['nightly-20251009', 'edge', 'main', 'staging', 'sha-8a3f0c9e1b2d4f6a7c8e9d0b1a2c3e4f5a6b7c8d'],
    ],
    [
      '7: pull request: no staging (not the default branch)',
      'pull_request_opened',
      '',
      ['pr-42', 'sha-b16b00b5c0de4a11ce5eed5a1b2c3d4e5f607182'],
    ],
    [
      '8: flavor suffix on every tag, and on latest with onlatest=true',
      'tag_v1.2.3',
      'suffix=-alpine,onlatest=true',
      [
        '1.2.3-alpine',
        '1.2-alpine',
        '1-alpine',
        'v1.2.3-alpine',
        'sha-3d5e7f9a1b3c5d7e9f1a3b5c7d9e1f3a5b7c9d1e-alpine',
        'latest-alpine',
      ],
    ],
    [
      '9: flavor latest=false',
      'tag_v1.2.3',
      'latest=false',
      ['1.2.3', '1.2', '1', 'v1.2.3', 'sha-3d5e7f9a1b3c5d7e9f1a3b5c7d9e1f3a5b7c9d1e'],
    ],
  ])('%s', (_title, event, flavor, expected) => {
    expect(defaultTags(event, rules, flavor).names).toEqual(expected);
  });
});

describe('README tagging recipes', () => {
  it('releases plus a traceable sha', () => {
    const rules = [
      'type=semver,pattern={{version}}',
      'type=semver,pattern={{major}}.{{minor}}',
      'type=semver,pattern={{major}}',
      'type=sha',
    ].join('\n');
    expect(defaultTags('tag_v1.2.3', rules).names).toEqual(['1.2.3', '1.2', '1', 'sha-3d5e7f9', 'latest']);
    expect(defaultTags('push_main', rules).names).toEqual(['sha-8a3f0c9']);
  });

  it('pull request previews', () => {
    expect(defaultTags('pull_request_synchronize', 'type=ref,event=pr\ntype=sha').names).toEqual([
      'pr-42',
      'sha-d4c3b2a',
    ]);
  });

  it('environment tags (the ${{ }} expression arrives evaluated)', () => {
    const rules = (isRelease: boolean) =>
      [
        'type=raw,value=staging,enable={{is_default_branch}}',
        `type=raw,value=prod,enable=${isRelease}`,
        'type=semver,pattern={{version}}',
        'type=sha',
      ].join('\n');
    expect(defaultTags('push_main', rules(false), 'latest=false').names).toEqual(['staging', 'sha-8a3f0c9']);
    expect(defaultTags('tag_v1.2.3', rules(true), 'latest=false').names).toEqual([
      '1.2.3',
      'prod',
      'sha-3d5e7f9',
    ]);
  });

  it('a flavor prefix keeps the built-in sha- and pr-', () => {
    expect(defaultTags('tag_v1.2.3', '', 'prefix=arm64-').names).toEqual([
      'arm64-1.2.3',
      'arm64-1.2',
      'arm64-sha-3d5e7f9',
      'latest',
    ]);
    expect(defaultTags('pull_request_opened', '', 'prefix=arm64-').names).toEqual([
      'arm64-pr-42',
      'arm64-sha-b16b00b',
    ]);
  });
});
