import { pullRequestOf, readGitContext, workflowRunUrl } from '../../src/github/context.js';
import { eventEnv, eventPayload, type EventName } from '../fixtures/events.js';

describe('workflowRunUrl', () => {
  it.each([
    [
      { GITHUB_REPOSITORY: 'acme/api', GITHUB_RUN_ID: '18374650123' },
      'https://github.com/acme/api/actions/runs/18374650123',
    ],
    [
      {
        GITHUB_REPOSITORY: 'acme/api',
        GITHUB_RUN_ID: '5',
        GITHUB_RUN_ATTEMPT: '2',
        GITHUB_SERVER_URL: 'https://ghe.example.com/',
      },
      'https://ghe.example.com/acme/api/actions/runs/5/attempts/2',
    ],
    [
      { GITHUB_REPOSITORY: 'acme/api', GITHUB_RUN_ID: '5', GITHUB_RUN_ATTEMPT: '1' },
      'https://github.com/acme/api/actions/runs/5',
    ],
    [{ GITHUB_REPOSITORY: 'acme/api' }, undefined],
  ])('%j → %s', (env, expected) => {
    expect(workflowRunUrl(env)).toBe(expected);
  });
});

describe('pullRequestOf', () => {
  it.each<[EventName, number | undefined]>([
    ['pull_request_opened', 42],
    ['pull_request_synchronize', 42],
    ['pull_request_target_fork', 57],
    ['push_main', undefined],
    ['schedule', undefined],
  ])('%s', (name, expected) => {
    expect(pullRequestOf(readGitContext(eventEnv(name), eventPayload(name)))).toBe(expected);
  });
});
