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
    ...(build.platform ? ['--platform', build.platform] : []),
    ...(build.pull ? ['--pull'] : []),
    ...(build.noCache ? ['--no-cache'] : []),
    ...build.cacheFrom.flatMap((source) => ['--cache-from', source]),
    ...tags.flatMap((tag) => ['--tag', tag]),
    build.context,
  ];
}

/**
 * BuildKit adds a provenance attestation by default, which turns the image into an index; OCIR
 * answers 409 when such an index is pushed again for the same image. Plain images push cleanly.
 */
export const BUILD_ENVIRONMENT = { BUILDX_NO_DEFAULT_ATTESTATIONS: '1' } as const;
