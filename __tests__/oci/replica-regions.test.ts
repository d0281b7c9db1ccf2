import { describe, expect, it } from '@jest/globals';
import { resolveRegion } from '../../src/oci/region.js';
import { parseReplicaRegions } from '../../src/oci/replica-regions.js';

const saoPaulo = resolveRegion('sa-saopaulo-1');

describe('parseReplicaRegions', () => {
  it('takes identifiers and keys, in order, and derives each registry host', () => {
    const targets = parseReplicaRegions('sa-vinhedo-1\nIAD, us-phoenix-1', saoPaulo);
    expect(targets.map(({ region, registry }) => [region.id, registry])).toEqual([
      ['sa-vinhedo-1', 'vcp.ocir.io'],
      ['us-ashburn-1', 'iad.ocir.io'],
      ['us-phoenix-1', 'phx.ocir.io'],
    ]);
  });

  it('keeps a registry host given with the region', () => {
    expect(parseReplicaRegions('vcp=127.0.0.1:5001', saoPaulo)[0]).toMatchObject({
      region: { id: 'sa-vinhedo-1' },
      registry: '127.0.0.1:5001',
    });
  });

  it('is empty when no region is listed', () => {
    expect(parseReplicaRegions(' \n', saoPaulo)).toEqual([]);
  });

  it.each([
    ['gru', /sa-saopaulo-1 is the primary region/],
    ['vcp, sa-vinhedo-1', /sa-vinhedo-1 is listed twice/],
    ['sa-vinhedoo-1', /Input 'replicate-to': 'sa-vinhedoo-1' is not a region .*did you mean sa-vinhedo-1/],
    ['vcp=https://vcp.ocir.io', /not a registry host name/],
    ['vcp=', /is not <region> or <region>=<registry host>/],
    ['vcp=a=b', /is not <region> or <region>=<registry host>/],
  ])('refuses %j', (value, message) => {
    expect(() => parseReplicaRegions(value, saoPaulo)).toThrow(message);
  });

  it('finds a region newer than the table through OCI_REGION_METADATA', () => {
    const regionMetadata = JSON.stringify({
      realmKey: 'oc1',
      realmDomainComponent: 'oraclecloud.com',
      regionKey: 'zzz',
      regionIdentifier: 'xx-newcity-1',
    });
    expect(parseReplicaRegions('xx-newcity-1', saoPaulo, { regionMetadata })[0]?.registry).toBe(
      'zzz.ocir.io',
    );
  });
});
