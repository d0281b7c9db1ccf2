/**
 * Failures and what the user must do about them. `explain` is the single pure translation from
 * (step, raw error) to advice; new cases are added to its table, not as new code paths.
 */

/** A bad input: names the input and shows a valid example, so the user can fix it at once. */
export class InputError extends Error {
  readonly input: string;
  /** The annotation's title: `Input 'region'`, or the subject of a problem that is no single input. */
  readonly title: string;

  constructor(input: string, problem: string, example?: string, title = `Input '${input}'`) {
    super(`${title}: ${problem}${example ? ` (for example: ${example})` : ''}`);
    this.name = 'InputError';
    this.input = input;
    this.title = title;
  }
}

/**
 * Missing credentials are no single input's fault: they are reported under this name, with a
 * message that lists each credential mode and its secrets.
 */
export const CREDENTIALS = 'credentials';

export function credentialsError(problem: string): InputError {
  return new InputError(CREDENTIALS, problem, undefined, 'Credentials');
}

/** Every input problem of a run, so the user fixes them all in one round. */
export class InputErrors extends Error {
  readonly errors: readonly InputError[];

  constructor(errors: readonly InputError[]) {
    super([inputProblemsSummary(errors), ...errors.map((error) => error.message)].join('\n'));
    this.name = 'InputErrors';
    this.errors = errors;
  }
}

/** The one line a run with several input problems fails with; each problem is its own annotation. */
export function inputProblemsSummary(errors: readonly InputError[]): string {
  const names = [...new Set(errors.map((error) => error.input))].join(', ');
  return `${errors.length} input problems (${names}): fix them all before re-running`;
}

/**
 * Collects input problems so that each validator can stay a plain function that throws: `check`
 * runs one, keeps its InputError(s) and carries on. `failed` lets a check that depends on another
 * input stay quiet when that input is already reported (no noise about consequences).
 */
export class InputProblems {
  private readonly errors: InputError[] = [];

  check<T>(validate: () => T): T | undefined {
    try {
      return validate();
    } catch (error) {
      if (error instanceof InputError) this.errors.push(error);
      else if (error instanceof InputErrors) this.errors.push(...error.errors);
      else throw error;
      return undefined;
    }
  }

  add(error: InputError): void {
    this.errors.push(error);
  }

  failed(...inputs: string[]): boolean {
    return this.errors.some((error) => inputs.includes(error.input));
  }

  get count(): number {
    return this.errors.length;
  }

  /** Throws what was collected: the InputError itself when there is one, else all of them. */
  throwIfAny(): void {
    if (this.errors.length === 1) throw this.errors[0]!;
    if (this.errors.length > 1) throw new InputErrors([...this.errors]);
  }
}

/** A known failure the action detected itself, with the advice already written. */
export class ActionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ActionError';
  }
}

/** The phases of a run, in order; each failure is explained in the light of the phase it hit. */
export type Step =
  | 'inputs'
  // keyless sign-in or an instance principal's federation
  | 'sign-in'
  | 'namespace'
  | 'username'
  | 'repository'
  | 'registry-token'
  | 'login'
  | 'build'
  | 'push'
  // BuildKit's exports after the image: the cache, the attestations
  | 'cache-export'
  | 'attestation'
  // the prune action's: listing the repository's images, removing them
  | 'images'
  | 'prune';

const CONTROL_PLANE_STEPS: readonly Step[] = [
  'namespace',
  'username',
  'repository',
  'registry-token',
  'images',
  'prune',
];

/** The facts of a raw error that decide the advice: an HTTP status, an OCI service code, a text. */
interface Facts {
  status?: number;
  code: string;
  text: string;
  /** The request was signed with a session token: from keyless sign-in, or an instance principal. */
  signedWith?: 'oidc' | 'instance-principal';
}

function factsOf(error: unknown): Facts {
  const record = typeof error === 'object' && error !== null ? (error as Record<string, unknown>) : {};
  const status = typeof record.statusCode === 'number' ? record.statusCode : undefined;
  const code = typeof record.serviceCode === 'string' ? record.serviceCode : '';
  const output = typeof record.output === 'string' ? record.output : '';
  const signedWith =
    record.signedWith === 'oidc' || record.signedWith === 'instance-principal'
      ? record.signedWith
      : undefined;
  return {
    ...(status !== undefined ? { status } : {}),
    ...(signedWith ? { signedWith } : {}),
    code,
    text: `${messageOf(error)}\n${output}`.toLowerCase(),
  };
}

/** The message of anything thrown: an Error's, a plain object's `message` (the SDK throws those), else its text. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  const message =
    typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined;
  return typeof message === 'string' ? message : String(error);
}

/** An API failure in one line: `429 TooManyRequests: <first line of the message>`. */
export function oneLineFailure(error: unknown): string {
  const record = typeof error === 'object' && error !== null ? (error as Record<string, unknown>) : {};
  const status = typeof record.statusCode === 'number' ? `${record.statusCode} ` : '';
  const code = typeof record.serviceCode === 'string' ? `${record.serviceCode}: ` : '';
  return `${status}${code}${messageOf(error).split('\n')[0] ?? ''}`.trim();
}

const USERNAME_ADVICE =
  'Check the username format: <namespace>/<username> for IAM users, <namespace>/oracleidentitycloudservice/<username> ' +
  'for federated (IDCS) users, where <namespace> is the tenancy Object Storage namespace, not the tenancy name. ' +
  'Check the auth token: it is shown only once when generated, may have been deleted, and a user has at most two; ' +
  'generate a new one under User settings > Auth tokens if in doubt.';

const POLICY_ADVICE =
  "Check the IAM policy of the user's group, e.g. 'Allow group <group> to manage repos in compartment <compartment>' " +
  "(pushing, creating repositories, deleting images) and 'Allow group <group> to read repos in tenancy' (looking them up).";

/** The statements a session's principal needs, for the group (`group <domain>/<group>`) or dynamic group that holds it. */
function sessionPolicies(holder: string): string {
  return (
    `'Allow ${holder} to manage repos in compartment <compartment>', 'Allow ${holder} to read repos in tenancy' and ` +
    `'Allow ${holder} to read objectstorage-namespaces in tenancy'`
  );
}

const SESSION_ADVICE = {
  oidc:
    'The OCI API refused the session token of keyless sign-in (401 NotAuthenticated). The identity domain issued it, so ' +
    'the likely gap is the service user the trust impersonates: it must be active, and in a group that a policy names, e.g. ' +
    `${sessionPolicies('group <domain>/<group>')} (README, Keyless, steps 4 and 5). Check the runner's clock too.`,
  'instance-principal':
    "The OCI API refused the instance principal's session token (401 NotAuthenticated). The likely gap: the instance must " +
    "match a dynamic group's rule (e.g. instance.compartment.id = '<compartment OCID>') and a policy must name that dynamic group, e.g. " +
    `${sessionPolicies('dynamic-group <dynamic group>')} (README, Instance principal).`,
} as const;

const NETWORK_ADVICE =
  'Check the region and registry host (e.g. gru.ocir.io for sa-saopaulo-1), DNS, and that the runner can reach it on port 443 ' +
  '(firewall or proxy rules).';

interface Case {
  when: (facts: Facts, step: Step) => boolean;
  advice: (facts: Facts, step: Step) => string;
}

const has = (facts: Facts, pattern: RegExp) => pattern.test(facts.text);
const isNetwork = (facts: Facts) =>
  has(
    facts,
    /no such host|enotfound|eai_again|getaddrinfo|econnrefused|connection refused|i\/o timeout|etimedout|network is unreachable|dial tcp/,
  );

/** First match wins: specific cases before general ones. */
const CASES: Case[] = [
  {
    when: (facts) => isNetwork(facts),
    advice: () => `The registry or OCI API could not be reached. ${NETWORK_ADVICE}`,
  },
  {
    when: (facts) => facts.status === 429 || has(facts, /too many requests|toomanyrequests|\b429\b/),
    advice: () =>
      'OCI is throttling requests (429 Too Many Requests). Wait and re-run, and avoid many parallel jobs pushing to the same tenancy.',
  },
  {
    when: (facts, step) =>
      step === 'repository' &&
      (facts.code === 'LimitExceeded' || has(facts, /limit ?exceeded|limit.*reached/)),
    advice: () =>
      'The tenancy has reached its limit of container repositories in this region. Delete unused repositories or ask for a ' +
      'service limit increase, or push to an existing repository.',
  },
  {
    when: (facts) => facts.status === 401 && facts.signedWith !== undefined,
    advice: (facts) => SESSION_ADVICE[facts.signedWith!],
  },
  {
    when: (facts, step) => CONTROL_PLANE_STEPS.includes(step) && facts.status === 401,
    advice: () =>
      'The OCI API rejected the API signing key (401 NotAuthenticated). Check OCI_CLI_USER and OCI_CLI_TENANCY OCIDs, that ' +
      'OCI_CLI_FINGERPRINT is the fingerprint of OCI_CLI_KEY_CONTENT, that the public key is uploaded to that user, and the ' +
      "runner's clock.",
  },
  {
    when: (facts, step) =>
      CONTROL_PLANE_STEPS.includes(step) && (facts.status === 404 || facts.status === 403),
    advice: (facts, step) => {
      const policy =
        facts.signedWith === 'oidc'
          ? `The service user the trust impersonates needs a group with the policies ${sessionPolicies('group <domain>/<group>')}.`
          : facts.signedWith === 'instance-principal'
            ? `The instance's dynamic group needs the policies ${sessionPolicies('dynamic-group <dynamic group>')}.`
            : POLICY_ADVICE;
      return step === 'repository'
        ? `The repository could not be looked up or created (NotAuthorizedOrNotFound). ${policy} Check the compartment OCID too.`
        : `The OCI API answered NotAuthorizedOrNotFound. Check the OCIDs and region. ${policy}`;
    },
  },
  {
    when: (facts, step) =>
      step === 'login' && has(facts, /unauthori[sz]ed|denied|incorrect username or password|\b401\b|\b403\b/),
    advice: () => `The registry rejected the login. ${USERNAME_ADVICE}`,
  },
  {
    when: (facts, step) => step === 'push' && has(facts, /immutable|tag.*already exists|overwrit/),
    advice: () =>
      'The repository is immutable and a tag already holds another image. Push a new tag (e.g. the commit sha or a new ' +
      'version); immutable tags cannot be moved.',
  },
  {
    when: (facts, step) => step === 'push' && (facts.status === 409 || has(facts, /\b409\b|conflict/)),
    advice: () =>
      'OCIR answered 409 Conflict: the same manifest was pushed again, which happens when BuildKit adds provenance ' +
      'attestations (an image index) to an image that is already there. Build without attestations ' +
      '(BUILDX_NO_DEFAULT_ATTESTATIONS=1 or --provenance=false), as this action does for its own builds.',
  },
  {
    when: (facts, step) =>
      step === 'push' && has(facts, /name unknown|name_unknown|repository.*(not found|does not exist)/),
    advice: () =>
      'The repository does not exist and was not created. Set create-repository to auto or true with an API key, or create ' +
      'it in the console (Developer Services > Container Registry) in the right compartment.',
  },
  {
    when: (facts, step) => step === 'push' && has(facts, /denied|unauthori[sz]ed|forbidden|\b401\b|\b403\b/),
    advice: () =>
      `The registry refused the push. If the repository does not exist, create it (create-repository: auto with an API ` +
      `key) — otherwise OCIR would create it in the root compartment. ${POLICY_ADVICE}`,
  },
  {
    when: (_facts, step) => step === 'build',
    advice: () => 'The image build failed: see the build log above for the failing instruction.',
  },
];

/** What the user must do about a failure at `step`; the raw error is logged separately. */
export function explain(step: Step, error: unknown): string {
  if (error instanceof InputError || error instanceof ActionError || error instanceof InputErrors) {
    return error.message;
  }
  const facts = factsOf(error);
  const match = CASES.find((c) => c.when(facts, step));
  const summary = firstLine(error);
  return match ? `${match.advice(facts, step)}\nCause: ${summary}` : `The ${step} step failed: ${summary}`;
}

function firstLine(error: unknown): string {
  return (
    messageOf(error)
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim() ?? 'unknown error'
  );
}

/** A failure tagged with the step it happened in, so `explain` can read it in context. */
export class StepFailure extends Error {
  readonly step: Step;

  constructor(step: Step, cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'StepFailure';
    this.step = step;
  }
}

/** Runs `operation` as `step`: a failure inside is tagged with it (the innermost step wins). */
export async function inStep<T>(step: Step, operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw error instanceof StepFailure ? error : new StepFailure(step, error);
  }
}
