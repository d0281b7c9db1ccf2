import { jest } from '@jest/globals';
import {
  credentialsError,
  InputError,
  InputErrors,
  InputProblems,
  StepFailure,
} from '../../src/common/errors.js';
import { failWithAdvice } from '../../src/common/fail.js';
import { parseWorkflowCommands } from '../../test-support/workflow-commands.js';

describe('InputProblems', () => {
  it('keeps going after a failed check, and throws all problems together', () => {
    const problems = new InputProblems();
    expect(problems.check(() => 1)).toBe(1);
    expect(
      problems.check(() => {
        throw new InputError('region', 'is bad');
      }),
    ).toBeUndefined();
    problems.check(() => {
      throw new InputErrors([new InputError('user', 'a'), new InputError('tenancy', 'b')]);
    });
    problems.add(credentialsError('none'));
    expect(problems.failed('tenancy')).toBe(true);
    expect(problems.failed('retries')).toBe(false);
    expect(() => problems.throwIfAny()).toThrow(
      /^4 input problems \(region, user, tenancy, credentials\): fix them all before re-running\nInput 'region': is bad\n/,
    );
  });

  it('throws a single problem as itself, and nothing when there is none', () => {
    const problems = new InputProblems();
    expect(() => problems.throwIfAny()).not.toThrow();
    problems.add(new InputError('push', 'bad', 'true'));
    expect(() => problems.throwIfAny()).toThrow(new InputError('push', 'bad', 'true'));
  });

  it('lets other errors through: a bug is not an input problem', () => {
    expect(() =>
      new InputProblems().check(() => {
        throw new TypeError('bug');
      }),
    ).toThrow(TypeError);
  });
});

describe('failWithAdvice', () => {
  let written: string[];
  beforeEach(() => {
    written = [];
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
  });
  afterEach(() => {
    jest.restoreAllMocks();
    process.exitCode = undefined;
  });
  const commands = () => parseWorkflowCommands(written.join(''));

  it('one annotation per input problem, titled with the input, then a one-line summary', () => {
    failWithAdvice(
      new InputErrors([
        new InputError('region', "'mars' is not a region", 'sa-saopaulo-1'),
        new InputError('repository', 'is required'),
        credentialsError('no registry credentials'),
      ]),
    );
    expect(commands().annotations).toEqual([
      {
        level: 'error',
        title: "Input 'region'",
        message: "Input 'region': 'mars' is not a region (for example: sa-saopaulo-1)",
      },
      { level: 'error', title: "Input 'repository'", message: "Input 'repository': is required" },
      { level: 'error', title: 'Credentials', message: 'Credentials: no registry credentials' },
      {
        level: 'error',
        message: '3 input problems (region, repository, credentials): fix them all before re-running',
      },
    ]);
    expect(process.exitCode).toBe(1);
  });

  it('a single input problem is one titled annotation, and fails the step', () => {
    failWithAdvice(new StepFailure('inputs', new InputError('retries', 'bad')));
    expect(commands().annotations).toEqual([
      { level: 'error', title: "Input 'retries'", message: "Input 'retries': bad" },
    ]);
    expect(process.exitCode).toBe(1);
  });

  it('other failures: the advice as the failure, the raw error in the log', () => {
    failWithAdvice(new StepFailure('push', new Error('denied: requested access to the resource is denied')));
    const { annotations, log } = commands();
    expect(annotations).toEqual([{ level: 'error', message: expect.stringMatching(/refused the push/) }]);
    expect(log).toContain('Raw error (push)');
  });
});
