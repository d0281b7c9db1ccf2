/**
 * What a failed `docker build` printed, reduced to docker's own error line and one line of advice.
 * Pure: the text comes from the DockerError, so both builders' formats are specified by tests.
 */
import { ActionError } from '../../common/errors.js';
import { DockerError } from './cli.js';

// The legacy builder opens stderr with a deprecation notice whose continuation lines are indented.
const DEPRECATION = /^DEPRECATED\b/;

/** Lines that never carry the cause: warnings, progress, build log framing. */
const NOISE: readonly RegExp[] = [
  /^\[?WARNING\]?\b/i,
  /^\d+ warnings? found\b/i,
  /^Step \d+\/\d+ :/, // legacy: Step 3/5 : RUN …
  /^-+>/, // legacy: ---> Running in …, ---> 1a2b3c
  /^Sending build context\b/,
  /^Removing intermediate container\b/,
  /^Successfully (built|tagged)\b/,
  /^#\d+ (?!ERROR:)/, // BuildKit plain progress: #5 [2/3] RUN …, #5 0.312 output
  /^\[\+\] Building\b/, // BuildKit tty progress
  /^=>/,
  /^-{3,}$/, // BuildKit framing of the failing step and the Dockerfile excerpt
  /^> /,
  /^\d+ \|/,
  /^Dockerfile(:\d+)?$/,
  /^View build details:/,
];

/** Lines docker prints as the error, best first; within a rank, the last printed wins. */
const ERROR_RANKS: readonly RegExp[] = [
  /^(ERROR|error):\s*failed to (build|solve)\b/, // BuildKit's summary (buildx, newer clients)
  new RegExp(
    [
      /^(ERROR|error):/,
      /^#\d+ ERROR:/,
      /^unable to prepare context:/,
      /^(COPY|ADD) failed:/,
      /^The command '.*' returned a non-zero code:/,
      /^failed to /,
      /^Error response from daemon:/,
      /^Error:/,
    ]
      .map((pattern) => pattern.source)
      .join('|'),
  ),
];

/** Docker's own error line in a failed build's output, or undefined when it printed only noise. */
export function buildErrorLine(output: string): string | undefined {
  const lines = meaningfulLines(output);
  for (const rank of ERROR_RANKS) {
    const line = lines.findLast((candidate) => rank.test(candidate));
    if (line !== undefined) return withoutErrorPrefix(line);
  }
  const last = lines.at(-1);
  return last === undefined ? undefined : withoutErrorPrefix(last);
}

function meaningfulLines(output: string): string[] {
  const lines: string[] = [];
  let inDeprecation = false;
  // eslint-disable-next-line no-control-regex -- colours of a tty progress display
  for (const raw of output.replace(/\u001b\[[0-9;]*m/g, '').split(/\r?\n/)) {
    const line = raw.trim();
    if (DEPRECATION.test(line)) {
      inDeprecation = true;
      continue;
    }
    if (inDeprecation && line !== '' && /^\s/.test(raw)) continue;
    inDeprecation = false;
    if (line !== '' && !NOISE.some((pattern) => pattern.test(line))) lines.push(line);
  }
  return lines;
}

function withoutErrorPrefix(line: string): string {
  return line.replace(/^(#\d+ )?(ERROR|error):\s*/, '');
}

/** One line of advice per recognisable cause, first match wins. */
const ADVICE: readonly [RegExp, string][] = [
  [
    /dockerfile\S*: no such file or directory|cannot locate specified dockerfile|failed to read dockerfile|unable to prepare context: path .* not found/i,
    'No Dockerfile or build context at that path: check out the repository first (actions/checkout) or set `file`/`context`.',
  ],
  [
    /(COPY|ADD) failed|failed to compute cache key|failed to calculate checksum/i,
    'A file the Dockerfile copies is not in the build context: check `context`, the COPY/ADD source path and .dockerignore.',
  ],
  [
    /returned a non-zero code|did not complete successfully/i,
    'A RUN instruction failed: its output is in the build log above.',
  ],
  [
    /dockerfile parse error|unknown instruction|failed to parse|syntax error/i,
    'The Dockerfile has a syntax error at the line named.',
  ],
  [
    /pull access denied|manifest unknown|not found: manifest|failed to resolve source metadata|repository does not exist|invalid reference format|^Get "|no such host|connection refused/i,
    "The base image could not be pulled: check the FROM image name and tag, the registry's login and the runner's network.",
  ],
];

const GENERAL_ADVICE = 'See the build log above for the failing instruction.';

/** The failure message of a build: docker's error line, then what to do about it. */
export function describeBuildFailure(output: string): string {
  const cause = buildErrorLine(output);
  if (cause === undefined) return `The image build failed. ${GENERAL_ADVICE}`;
  const advice = ADVICE.find(([pattern]) => pattern.test(cause))?.[1] ?? GENERAL_ADVICE;
  return `The image build failed: ${cause}\n${advice}`;
}

/**
 * A failed `docker build` as the failure the user reads: docker's own error line and advice, never
 * the deprecation notice or progress docker printed first. Other errors pass through unchanged.
 */
export function asBuildFailure(error: unknown): unknown {
  return error instanceof DockerError ? new ActionError(describeBuildFailure(error.output)) : error;
}

/** `docker image inspect` of an image that is not in the local store (every client's wording). */
export function isMissingLocalImage(output: string): boolean {
  return /no such image/i.test(output);
}

/** The failure message for `image:` naming an image that no earlier step built or pulled. */
export function missingLocalImage(image: string): string {
  return `no local image '${image}': build it in an earlier step or drop \`image:\``;
}
