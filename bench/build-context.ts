/**
 * A build context per run: demo/app with every layer made new (a random payload in public/, a
 * nonce in hello.txt). Every push then uploads every layer, for the action and the shell alike,
 * instead of one side finding blobs the other (or an earlier run) already uploaded.
 */
import { randomBytes } from 'node:crypto';
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../test-support/runner.js';

/** Random, so incompressible: the registry receives this many bytes more per run. */
export const PAYLOAD_BYTES = 256 * 1024;
const DEMO_APP = join(PROJECT_ROOT, 'demo', 'app');

export interface BuildContext {
  dir: string;
  remove(): void;
}

export function uniqueBuildContext(): BuildContext {
  const dir = mkdtempSync(join(tmpdir(), 'bench-context-'));
  cpSync(DEMO_APP, dir, { recursive: true });
  writeFileSync(join(dir, 'public', 'payload.bin'), randomBytes(PAYLOAD_BYTES));
  appendFileSync(join(dir, 'hello.txt'), `\nbench nonce ${randomBytes(8).toString('hex')}\n`);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
