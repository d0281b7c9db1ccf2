import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  credentialHelperOf,
  dockerConfigPath,
  hasAuth,
  readConfig,
  withAuth,
  withoutAuth,
  writeConfig,
} from '../../../src/build-push/docker/config-file.js';

describe('docker config file', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'config-file-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is where docker reads it: DOCKER_CONFIG, else ~/.docker', () => {
    expect(dockerConfigPath({ DOCKER_CONFIG: '/cfg' })).toBe('/cfg/config.json');
    expect(dockerConfigPath({})).toMatch(/\/\.docker\/config\.json$/);
  });

  it('stores an entry as docker login does, keeping every other key', () => {
    const config = { auths: { 'iad.ocir.io': { auth: 'x' } }, psFormat: 'table {{.ID}}' };
    const logged = withAuth(config, 'gru.ocir.io', 'ns/joao', 'tok:en');
    expect(logged).toEqual({
      psFormat: 'table {{.ID}}',
      auths: {
        'iad.ocir.io': { auth: 'x' },
        'gru.ocir.io': { auth: Buffer.from('ns/joao:tok:en').toString('base64') },
      },
    });
    expect(hasAuth(logged, 'gru.ocir.io')).toBe(true);
    expect(withoutAuth(logged, 'gru.ocir.io')).toEqual(config);
    expect(hasAuth(config, 'gru.ocir.io')).toBe(false);
  });

  it('leaves a credential helper to the docker CLI', () => {
    expect(credentialHelperOf({}, 'gru.ocir.io')).toBeUndefined();
    expect(credentialHelperOf({ credsStore: 'desktop' }, 'gru.ocir.io')).toMatch(/docker-credential-desktop/);
    expect(credentialHelperOf({ credHelpers: { 'gru.ocir.io': 'oci' } }, 'gru.ocir.io')).toMatch(
      /docker-credential-oci/,
    );
    expect(credentialHelperOf({ credHelpers: { 'iad.ocir.io': 'oci' } }, 'gru.ocir.io')).toBeUndefined();
  });

  it('reads an absent or empty file as an empty config, and refuses one that is no JSON object', async () => {
    const path = join(dir, 'config.json');
    await expect(readConfig(path)).resolves.toEqual({});
    writeFileSync(path, '\n');
    await expect(readConfig(path)).resolves.toEqual({});
    writeFileSync(path, '[1]');
    await expect(readConfig(path)).rejects.toThrow(/not a JSON object/);
    writeFileSync(path, '{"auths":{"gru.ocir.io":{"auth":"c2VjcmV0LXRva2Vu"}},');
    const refusal = await readConfig(path).catch((error: unknown) => error);
    expect(String(refusal)).toMatch(/config\.json is not valid JSON$/);
    expect(String(refusal)).not.toContain('c2VjcmV0');
  });

  it('writes the file for its owner only, creating the directory, and leaves no temporary file', async () => {
    const path = join(dir, 'nested', 'config.json');
    await writeConfig(path, withAuth({}, 'gru.ocir.io', 'u', 'p'));
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'nested')).mode & 0o777).toBe(0o700);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(withAuth({}, 'gru.ocir.io', 'u', 'p'));
    await writeConfig(path, {});
    expect(await readConfig(path)).toEqual({});
    expect(readFileSync(path, 'utf8')).toBe('{}\n');
    expect(readdirSync(join(dir, 'nested'))).toEqual(['config.json']);
  });
});
