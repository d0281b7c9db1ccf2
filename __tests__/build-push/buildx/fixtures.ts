import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A recorded buildx output from __tests__/fixtures/buildx (see its README for provenance). */
export function fixture(name: string): string {
  return readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'buildx', name), 'utf8');
}
