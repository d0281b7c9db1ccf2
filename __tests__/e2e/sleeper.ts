/**
 * A build that takes as long as a test needs: a base image holding only /bin/sh and sleep with the
 * libraries they load, imported from the host (nothing to pull), and a context whose RUN sleeps.
 * Unique per test run, so removing it can only touch what the test made.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { removeImageReferences } from '../../test-support/docker-images.js';

export interface Sleeper {
  /** A build context whose Dockerfile sleeps this long in a RUN (legacy builder). */
  context(seconds: number): string;
  /** Removes the base image, the containers a failed RUN left, and the files. */
  remove(): Promise<void>;
}

export function importSleeper(): Sleeper {
  const workDir = mkdtempSync(join(tmpdir(), 'sleeper-'));
  const image = `ocir-e2e-sleeper-${randomBytes(4).toString('hex')}:1`;
  const root = join(workDir, 'rootfs');
  for (const file of ['/bin/sh', '/bin/sleep', ...sharedLibraries(['/bin/sh', '/bin/sleep'])]) {
    const target = join(root, file);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(file, target);
  }
  const tarball = join(workDir, 'rootfs.tar');
  execFileSync('tar', ['-C', root, '-chf', tarball, '.']);
  docker(['import', tarball, image]);
  return {
    context(seconds) {
      const context = join(workDir, `context-${seconds}`);
      mkdirSync(context, { recursive: true });
      writeFileSync(join(context, 'Dockerfile'), `FROM ${image}\nRUN sleep ${seconds}\n`);
      return context;
    },
    async remove() {
      try {
        // A failed RUN leaves its container behind (the legacy builder removes them only on success).
        const containers = docker(['ps', '-aq', '--filter', `ancestor=${image}`])
          .split('\n')
          .filter(Boolean);
        if (containers.length > 0) docker(['rm', '-f', ...containers]);
        const refused = await removeImageReferences([image]);
        if (refused.length > 0) throw new Error(`images left behind:\n${refused.join('\n')}`);
      } finally {
        rmSync(workDir, { recursive: true, force: true });
      }
    },
  };
}

function docker(args: string[]): string {
  return execFileSync('docker', args, { encoding: 'utf8' }).trim();
}

function sharedLibraries(binaries: string[]): string[] {
  const output = execFileSync('ldd', binaries, { encoding: 'utf8' });
  const paths = [...output.matchAll(/(\/\S+\.so[\w.]*)/g)].map((match) => match[1]!);
  return [...new Set(paths)];
}
