/**
 * What BuildKit's plain progress says about a failed `docker buildx build`: which step failed (its
 * vertex: `#9 exporting content cache`, `#6 exporting to image`, `#5 [2/3] RUN …`) and what had
 * reached the registry before it did. Pure: the text comes from the failed command, and the formats
 * are those of buildx's `--progress plain` (recorded from buildx 0.28 on BuildKit 0.8 and 0.11).
 */
import { buildErrorLine } from '../docker/build-failure.js';

/** The step a buildx build failed in, as the user should read it. */
export type BuildxFailureKind = 'build' | 'push' | 'cache-export' | 'attestation';

export interface BuildxFailure {
  kind: BuildxFailureKind;
  /** BuildKit's own error line, without its `ERROR:` prefix. */
  line: string;
  /** The vertex that failed (`exporting content cache`), when the progress names it. */
  vertex?: string;
  /** `<name>@<digest>` of every manifest pushed before the failure (`pushing manifest for …`). */
  pushed: string[];
  /** Foreign binaries ran without emulation: a RUN step for another platform needs QEMU. */
  needsEmulation: boolean;
}

const VERTEX = /^#(\d+) (.*)$/;

/** The name each vertex was opened with: the first `#N <text>` line of N. */
function vertexNames(lines: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const line of lines) {
    const match = VERTEX.exec(line);
    if (match && !names.has(match[1]!)) names.set(match[1]!, match[2]!);
  }
  return names;
}

/** `pushing manifest for 127.0.0.1:5000/ns/app:1@sha256:… 0.1s done`: the reference, once done. */
export function pushedManifests(output: string): string[] {
  const pushed = new Set<string>();
  for (const match of output.matchAll(/pushing manifest for (\S+@sha256:[0-9a-f]{64})(?: [\d.]+s)? done/g)) {
    pushed.add(match[1]!);
  }
  return [...pushed];
}

export function classifyBuildxFailure(output: string): BuildxFailure {
  const lines = output.split(/\r?\n/).map((line) => line.trim());
  const names = vertexNames(lines);
  const failed = lines.map((line) => /^#(\d+) ERROR: (.*)$/.exec(line)).findLast(Boolean);
  const vertex = failed ? names.get(failed[1]!) : undefined;
  const line = buildErrorLine(output) ?? failed?.[2] ?? 'docker buildx build failed';
  const pushed = pushedManifests(output);
  const needsEmulation = /exec format error/i.test(output);
  return { kind: failureKind(vertex, line), line, ...(vertex ? { vertex } : {}), pushed, needsEmulation };
}

function failureKind(vertex: string | undefined, line: string): BuildxFailureKind {
  if (vertex !== undefined) {
    if (/^exporting (content )?cache\b|^exporting cache\b/i.test(vertex)) return 'cache-export';
    if (/^exporting to (image|oci image format|docker image format)|^pushing .* with docker/i.test(vertex)) {
      return /attestation|provenance|sbom/i.test(line) ? 'attestation' : 'push';
    }
    if (/^resolving provenance|^\[.*\] (generating sbom|scanning)/i.test(vertex)) return 'attestation';
    return 'build';
  }
  // No vertex named (a failure before the progress, or in buildx itself): read the line alone.
  if (/did not complete successfully/i.test(line)) return 'build';
  if (/error writing manifest blob|exporting cache|cache export/i.test(line)) return 'cache-export';
  if (
    /failed to push|unexpected status from (PUT|POST|PATCH|HEAD)|failed commit on ref|failed to copy/i.test(
      line,
    )
  ) {
    return 'push';
  }
  return 'build';
}
