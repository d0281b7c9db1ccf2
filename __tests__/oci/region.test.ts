import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as common from 'oci-common';
import { InputError } from '../../src/common/errors.js';
import { registryHost, resolveRegion, type Region } from '../../src/oci/region.js';
import { readRegionSources, regionFromEnvironment } from '../../src/oci/region-sources.js';
import { REALM_DOMAINS, REGIONS, REGION_TABLE_SOURCE } from '../../src/oci/region-table.js';

const metadata = (
  fields: Partial<Record<'realmKey' | 'realmDomainComponent' | 'regionKey' | 'regionIdentifier', string>>,
) =>
  JSON.stringify({
    realmKey: 'oc1',
    realmDomainComponent: 'oraclecloud.com',
    regionKey: 'xyz',
    regionIdentifier: 'xx-newcity-1',
    ...fields,
  });

function inputError(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('resolveRegion', () => {
  const cases: [value: string, expected: Region][] = [
    ['sa-saopaulo-1', { id: 'sa-saopaulo-1', key: 'gru', realm: 'oc1', domain: 'oraclecloud.com' }],
    ['gru', { id: 'sa-saopaulo-1', key: 'gru', realm: 'oc1', domain: 'oraclecloud.com' }],
    ['GRU', { id: 'sa-saopaulo-1', key: 'gru', realm: 'oc1', domain: 'oraclecloud.com' }],
    ['  SA-SaoPaulo-1 ', { id: 'sa-saopaulo-1', key: 'gru', realm: 'oc1', domain: 'oraclecloud.com' }],
    ['iad', { id: 'us-ashburn-1', key: 'iad', realm: 'oc1', domain: 'oraclecloud.com' }],
    ['us-langley-1', { id: 'us-langley-1', key: 'lfi', realm: 'oc2', domain: 'oraclegovcloud.com' }],
    ['RIC', { id: 'us-gov-ashburn-1', key: 'ric', realm: 'oc3', domain: 'oraclegovcloud.com' }],
    ['ltn', { id: 'uk-gov-london-1', key: 'ltn', realm: 'oc4', domain: 'oraclegovcloud.uk' }],
    ['eu-frankfurt-2', { id: 'eu-frankfurt-2', key: 'str', realm: 'oc19', domain: 'oraclecloud.eu' }],
    ['VLL', { id: 'eu-madrid-2', key: 'vll', realm: 'oc19', domain: 'oraclecloud.eu' }],
    ['ap-chiyoda-1', { id: 'ap-chiyoda-1', key: 'nja', realm: 'oc8', domain: 'oraclecloud8.com' }],
  ];
  it.each(cases)('%s', (value, expected) => {
    expect(resolveRegion(value)).toEqual(expected);
  });

  it('rejects an unknown region, naming the input and showing an example', () => {
    const error = inputError(() => resolveRegion('mars-olympus-1'));
    expect(error.input).toBe('region');
    expect(error.message).toContain("'mars-olympus-1' is not a region identifier or region key");
    expect(error.message).toContain('sa-saopaulo-1 or gru');
    expect(error.message).toContain('OCI_REGION_METADATA');
  });

  it.each([
    ['sa-saopaolo-1', 'sa-saopaulo-1'],
    ['saopaulo', 'sa-saopaulo-1'],
    ['us-ashburn', 'us-ashburn-1'],
  ])('suggests a near region for %s', (value, suggestion) => {
    expect(inputError(() => resolveRegion(value)).message).toContain(`did you mean ${suggestion}`);
  });

  it('recognises a registry host given as the region', () => {
    expect(inputError(() => resolveRegion('gru.ocir.io')).message).toContain(
      'registry host of sa-saopaulo-1',
    );
  });

  it('rejects an empty value', () => {
    expect(inputError(() => resolveRegion('  ')).input).toBe('region');
  });

  describe('regions newer than the table (OCI_REGION_METADATA)', () => {
    it('registers a region by id and by key', () => {
      const expected = { id: 'xx-newcity-1', key: 'xyz', realm: 'oc1', domain: 'oraclecloud.com' };
      expect(resolveRegion('xx-newcity-1', metadata({}))).toEqual(expected);
      expect(resolveRegion('XYZ', metadata({}))).toEqual(expected);
    });

    it('normalises case and spaces as the SDK does', () => {
      const described = metadata({
        realmKey: ' OC77 ',
        realmDomainComponent: 'OracleCloud77.com',
        regionKey: 'ABC',
      });
      expect(resolveRegion('abc', described)).toEqual({
        id: 'xx-newcity-1',
        key: 'abc',
        realm: 'oc77',
        domain: 'oraclecloud77.com',
      });
    });

    it('registers a region in a new realm', () => {
      const region = resolveRegion(
        'xx-newcity-1',
        metadata({ realmKey: 'oc99', realmDomainComponent: 'oraclecloud99.com' }),
      );
      expect(region).toEqual({ id: 'xx-newcity-1', key: 'xyz', realm: 'oc99', domain: 'oraclecloud99.com' });
      expect(registryHost(region)).toBe('ocir.xx-newcity-1.oci.oraclecloud99.com');
    });

    it('prefers the built-in table', () => {
      expect(resolveRegion('gru', metadata({ regionKey: 'gru' }))).toMatchObject({ id: 'sa-saopaulo-1' });
    });

    it('ignores metadata that is incomplete, not JSON, or moves a known realm, and says so', () => {
      expect(inputError(() => resolveRegion('xyz', '{"regionKey":"xyz"}')).message).toContain(
        'OCI_REGION_METADATA lacks',
      );
      expect(inputError(() => resolveRegion('xyz', '{not json')).message).toContain(
        'OCI_REGION_METADATA is not valid JSON',
      );
      const moved = metadata({ realmDomainComponent: 'example.com' });
      expect(inputError(() => resolveRegion('xyz', moved)).message).toContain('realm oc1 under example.com');
    });

    it('reads ~/.oci/regions-config.json entries before the variable', () => {
      const config = JSON.stringify([
        JSON.parse(metadata({ regionIdentifier: 'xx-first-1', regionKey: 'aaa' })),
        JSON.parse(metadata({ regionIdentifier: 'xx-second-1', regionKey: 'bbb' })),
      ]);
      expect(resolveRegion('bbb', undefined, config)).toMatchObject({ id: 'xx-second-1' });
      expect(
        resolveRegion('aaa', metadata({ regionIdentifier: 'xx-other-1', regionKey: 'aaa' }), config),
      ).toMatchObject({
        id: 'xx-first-1',
      });
      expect(inputError(() => resolveRegion('aaa', undefined, '{}')).message).toContain('not a JSON array');
    });
  });
});

describe('registryHost', () => {
  it.each([
    ['sa-saopaulo-1', 'gru.ocir.io'],
    ['us-ashburn-1', 'iad.ocir.io'],
    ['us-langley-1', 'ocir.us-langley-1.oci.oraclegovcloud.com'],
    ['uk-gov-london-1', 'ocir.uk-gov-london-1.oci.oraclegovcloud.uk'],
    ['eu-frankfurt-2', 'ocir.eu-frankfurt-2.oci.oraclecloud.eu'],
    ['ap-dcc-canberra-1', 'ocir.ap-dcc-canberra-1.oci.oraclecloud10.com'],
  ])('%s → %s', (id, host) => {
    expect(registryHost(resolveRegion(id))).toBe(host);
  });

  it('uses the short form for a new oc1 region', () => {
    expect(registryHost(resolveRegion('xyz', metadata({})))).toBe('xyz.ocir.io');
  });
});

describe('the region table snapshot', () => {
  // The SDK's named constants (Region.SA_SAOPAULO_1, Realm.OC1, …) are its built-in table.
  const sdkRealms = Object.values(common.Realm).filter(
    (value): value is common.Realm => value instanceof common.Realm,
  );
  const sdkRegions = Object.values(common.Region).filter(
    (value): value is common.Region => value instanceof common.Region,
  );

  it('was taken from the installed oci-common', async () => {
    const { version } = (await import('oci-common/package.json', { with: { type: 'json' } })).default;
    expect(REGION_TABLE_SOURCE).toBe(`oci-common ${version}`);
  });

  it('equals the realms of oci-common', () => {
    const sdk = Object.fromEntries(sdkRealms.map((realm) => [realm.realmId, realm.secondLevelDomain]));
    expect(REALM_DOMAINS).toEqual(sdk);
  });

  it('equals the regions of oci-common', () => {
    const sdk = Object.fromEntries(
      sdkRegions.map((region) => [region.regionId, { key: region.regionCode, realm: region.realm.realmId }]),
    );
    expect(REGIONS).toEqual(sdk);
    expect(Object.keys(REGIONS).length).toBeGreaterThan(80);
  });

  it('resolves every region as the SDK does', () => {
    for (const id of Object.keys(REGIONS)) {
      const sdk = common.Region.fromRegionId(id);
      const ours = resolveRegion(id);
      expect([ours.id, ours.key, ours.realm, ours.domain]).toEqual([
        sdk.regionId,
        sdk.regionCode,
        sdk.realm.realmId,
        sdk.realm.secondLevelDomain,
      ]);
      expect(resolveRegion(ours.key.toUpperCase()).id).toBe(
        common.Region.getRegionIdFromShortCode(ours.key.toUpperCase()),
      );
    }
  });
});

describe('regionFromEnvironment', () => {
  let home: string;
  beforeEach(() => {
    home = mkdtempSync(join(tmpdir(), 'oci-home-'));
  });
  afterEach(() => rmSync(home, { recursive: true, force: true }));

  it('reads OCI_REGION_METADATA and ~/.oci/regions-config.json', () => {
    expect(readRegionSources({}, home)).toEqual({});
    mkdirSync(join(home, '.oci'));
    const config = JSON.stringify([
      JSON.parse(metadata({ regionIdentifier: 'xx-file-1', regionKey: 'fff' })),
    ]);
    writeFileSync(join(home, '.oci', 'regions-config.json'), config);
    const env = { OCI_REGION_METADATA: metadata({}) };
    expect(readRegionSources(env, home)).toEqual({
      regionMetadata: env.OCI_REGION_METADATA,
      regionsConfig: config,
    });
    expect(regionFromEnvironment('fff', env, home).id).toBe('xx-file-1');
    expect(regionFromEnvironment('xyz', env, home).id).toBe('xx-newcity-1');
    expect(regionFromEnvironment('gru', {}, home).id).toBe('sa-saopaulo-1');
  });
});

describe('start-up cost', () => {
  it('resolving a region and a login name bundles no OCI SDK code', async () => {
    const { build, stop } = await import('esbuild');
    const result = await build({
      stdin: {
        contents:
          "export * from './src/oci/region.js'; export * from './src/oci/username.js'; export * from './src/oci/repository.js';",
        resolveDir: process.cwd(),
        loader: 'ts',
      },
      bundle: true,
      write: false,
      metafile: true,
      platform: 'node',
      format: 'esm',
      logLevel: 'silent',
    }).finally(() => stop()); // esbuild's service process would outlive the test
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((file) => file.includes('src/oci/region-table.ts'))).toBe(true);
    expect(inputs.filter((file) => file.includes('node_modules'))).toEqual([]);
  });
});
