import { markdownAsText, runnerView, stepDebugRequested } from '../../demo/render.js';

describe('stepDebugRequested', () => {
  it.each([
    [['--debug'], {}, true],
    [[], { RUNNER_DEBUG: '1' }, true],
    [[], { ACTIONS_STEP_DEBUG: 'true' }, true],
    [[], { ACTIONS_STEP_DEBUG: 'TRUE' }, true],
    [[], {}, false],
    [[], { RUNNER_DEBUG: '0' }, false],
    [[], { ACTIONS_STEP_DEBUG: 'false' }, false],
  ])('%j %j -> %s', (argv, env, expected) => {
    expect(stepDebugRequested(argv, env)).toBe(expected);
  });
});

describe('runnerView', () => {
  const log = [
    '::group::Build',
    'Step 1/3 : FROM scratch',
    '::debug::GET /n 200%0Asecond line',
    '::endgroup::',
    '::warning title=Repository::public%25 repo',
    '::error::push failed',
    '::notice::fork',
    'plain',
  ].join('\n');

  it('hides debug lines without step debug, and shows annotations as the runner does', () => {
    expect(runnerView(log, { debug: false })).toBe(
      [
        '▸ Build',
        'Step 1/3 : FROM scratch',
        'Warning: public% repo',
        'Error: push failed',
        'Notice: fork',
        'plain',
      ].join('\n'),
    );
  });

  it('shows each debug line as ##[debug] with step debug', () => {
    expect(runnerView(log, { debug: true }).split('\n').slice(2, 4)).toEqual([
      '##[debug]GET /n 200',
      '##[debug]second line',
    ]);
  });
});

describe('markdownAsText', () => {
  it('aligns a key-value table without its empty header, and strips code marks', () => {
    const markdown = [
      '### Container image pushed to gru.ocir.io',
      '',
      '| | |',
      '|---|---|',
      '| Image | `gru.ocir.io/ns/app` |',
      '| Tags | `1.2.3` `latest` |',
      '',
      'Pull it:',
      '',
      '```sh',
      'docker pull gru.ocir.io/ns/app@sha256:ab',
      '```',
    ].join('\n');
    expect(markdownAsText(markdown)).toBe(
      [
        'Container image pushed to gru.ocir.io',
        '',
        'Image  gru.ocir.io/ns/app',
        'Tags   1.2.3 latest',
        '',
        'Pull it:',
        '',
        '    docker pull gru.ocir.io/ns/app@sha256:ab',
      ].join('\n'),
    );
  });

  it('keeps a real header row and aligns every column', () => {
    const markdown = [
      '| tag | digest | action |',
      '| --- | --- | --- |',
      '| `pr-42` | `sha256:1` | **untagged** |',
    ].join('\n');
    expect(markdownAsText(markdown)).toBe(
      ['tag    digest    action', 'pr-42  sha256:1  untagged'].join('\n'),
    );
  });

  it('writes a link as its text and address', () => {
    expect(markdownAsText('see [the run](https://example.com/r/1)')).toBe(
      'see the run (https://example.com/r/1)',
    );
  });
});
