/**
 * Removal of the docker images tests create, so a test run leaves the engine as it found it.
 * By reference only, never by image id or with --force: the same build can give the same id to
 * an image another test run (or the developer) also tagged, and only our names are ours to drop.
 * Untagging an image's last name deletes it and, with the legacy builder, its intermediate layers.
 */
import { execFile } from 'node:child_process';

function docker(args: string[]): Promise<{ ok: boolean; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('docker', args, { timeout: 60_000 }, (error, stdout, stderr) =>
      resolve({ ok: !error, stdout, stderr }),
    );
  });
}

/** The references named by a build-push run's `tags` output (one a line). */
export function referencesInTagsOutput(outputs: Readonly<Record<string, string>>): string[] {
  return (outputs.tags ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** `repo:tag` references of local images whose repository is on `registryHost` (e.g. 127.0.0.1:41813). */
export function referencesOnHost(listing: readonly string[], registryHost: string): string[] {
  return listing.filter((reference) => reference.startsWith(`${registryHost}/`));
}

/** Every tagged local image as `repository:tag`. */
export async function localImageReferences(): Promise<string[]> {
  const { stdout } = await docker(['images', '--format', '{{.Repository}}:{{.Tag}}']);
  return stdout
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.includes('<none>'));
}

/**
 * Untags each reference (deleting the image with its last name). Missing ones are fine; any other
 * refusal (an image a container still uses) is returned, for the caller to report.
 */
export async function removeImageReferences(references: Iterable<string>): Promise<string[]> {
  const unique = [...new Set(references)];
  if (unique.length === 0) return [];
  const { stderr } = await docker(['rmi', ...unique]);
  return stderr
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/No such image/i.test(line));
}
