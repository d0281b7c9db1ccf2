/** Pure builders of docker argv: the exact commands are specified by tests, not assembled ad hoc. */
import type { BuildInputs } from '../inputs.js';

export function buildArgv(
  build: BuildInputs,
  labels: Record<string, string>,
  tags: string[],
  iidfile: string,
): string[] {
  return [
    'build',
    '--file',
    build.file,
    '--iidfile',
    iidfile,
    // The default --rm keeps the container of a failed step; a CI runner must not collect them.
    '--force-rm',
    ...Object.entries(labels).flatMap(([key, value]) => ['--label', `${key}=${value}`]),
    ...build.buildArgs.flatMap((arg) => ['--build-arg', arg]),
    ...(build.target ? ['--target', build.target] : []),
    ...(build.network ? ['--network', build.network] : []),
    ...(build.platform ? ['--platform', build.platform] : []),
    ...(build.pull ? ['--pull'] : []),
    ...(build.noCache ? ['--no-cache'] : []),
    ...build.cacheFrom.flatMap((source) => ['--cache-from', source]),
    ...tags.flatMap((tag) => ['--tag', tag]),
    build.context,
  ];
}

/**
 * The legacy builder turns every `--label` into a build step of its own, each a container created
 * and committed (some 80 ms apiece). One LABEL instruction on the built image labels it in one
 * step, to the same image config. Undefined when there is nothing to label or a label cannot be
 * written on one Dockerfile line (a line break in it): then they stay `--label`s of the build.
 */
export function labelInstruction(labels: Record<string, string>): string | undefined {
  const entries = Object.entries(labels);
  if (entries.length === 0 || entries.some(([key, value]) => LINE_BREAK.test(key + value))) return undefined;
  return `LABEL ${entries.map(([key, value]) => `${quoted(key)}=${quoted(value)}`).join(' ')}`;
}

/**
 * The labelling build: `FROM` the built image, the Dockerfile on standard input, no context. Always
 * the legacy builder, which names a local image by its id (BuildKit would look `sha256:…` up as a
 * repository on Docker Hub): `DOCKER_BUILDKIT=1` in a job must not reach this step.
 */
export function labelBuild(
  imageId: string,
  instruction: string,
  platform: string | undefined,
  tags: string[],
  iidfile: string,
): { argv: string[]; dockerfile: string; env: Record<string, string> } {
  return {
    argv: [
      'build',
      '--iidfile',
      iidfile,
      '--force-rm',
      ...(platform ? ['--platform', platform] : []),
      ...tags.flatMap((tag) => ['--tag', tag]),
      '-',
    ],
    dockerfile: `FROM ${imageId}\n${instruction}\n`,
    env: { ...BUILD_ENVIRONMENT, DOCKER_BUILDKIT: '0' },
  };
}

const LINE_BREAK = /[\r\n]/;

/**
 * A Dockerfile double-quoted word that reads back as exactly `text`: inside double quotes the
 * builder unescapes `\"`, `\$` and `\\`, and expands `$` (a `--label` value is never expanded).
 */
function quoted(text: string): string {
  return `"${text.replace(/["$\\]/g, (char) => `\\${char}`)}"`;
}

/**
 * BuildKit adds a provenance attestation by default, which turns the image into an index; OCIR
 * answers 409 when such an index is pushed again for the same image. Plain images push cleanly.
 */
export const BUILD_ENVIRONMENT = { BUILDX_NO_DEFAULT_ATTESTATIONS: '1' } as const;
