/**
 * The multi-region test world under real runs of the bundle: with OCI_API_BASE_URL the `/{region}`
 * template, a run's API calls reach its own region of the emulator, its push lands in that region's
 * registry (its own storage), and the other region is left as it was.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runAction } from '../../test-support/runner.js';
import { freshHome, startWorld, type World, type WorldRegion } from './world.js';

const APP = join(import.meta.dirname, '..', '..', 'demo', 'app');
let world: World;

beforeAll(async () => {
  if (!existsSync('dist/main.js')) throw new Error("dist/ is missing: run 'npm run build' first");
  world = await startWorld({ replicaRegions: ['sa-vinhedo-1'] });
});

afterAll(async () => {
  await world?.close();
});

/** One build-push run (API key, so a registry token from the region's API) with `region` as its region. */
async function pushIn(region: WorldRegion, repository: string) {
  const env = { HOME: freshHome(), ...world.apiKeyEnv };
  const inputs = {
    region: region.id,
    registry: region.host,
    compartment: world.compartment,
    repository,
    context: APP,
    tags: 'v1',
  };
  const main = await runAction({ entry: 'main', inputs, env });
  await runAction({ entry: 'post', inputs, env, stateFrom: main });
  return main;
}

it('hands runs the region template and the replicate-to input of its replica regions', () => {
  const [saoPaulo, vinhedo] = world.regions;
  expect(world.region).toBe('sa-saopaulo-1');
  expect(saoPaulo).toMatchObject({ id: 'sa-saopaulo-1', host: world.registry.host });
  expect(world.replicas).toEqual([vinhedo]);
  expect(world.inRegion('sa-vinhedo-1')).toBe(vinhedo);
  expect(() => world.inRegion('us-ashburn-1')).toThrow(/no region us-ashburn-1/);
  expect(world.apiKeyEnv.OCI_API_BASE_URL).toBe(`${world.emulator.url}/{region}`);
  expect(world.apiBaseUrl).toBe(world.apiKeyEnv.OCI_API_BASE_URL);
  expect(world.replicateTo).toBe(`sa-vinhedo-1=${vinhedo!.host}`);
});

it.each([
  ['the primary region', 0],
  ['a replica region', 1],
])("a run in %s reaches only that region's API and registry", async (_label, index) => {
  const region = world.regions[index]!;
  const other = world.regions[1 - index]!;
  const repository = `project-x/regional-${index}`;
  const repo = `${world.namespace}/${repository}`;
  for (const each of world.regions) each.registry.resetTraffic();
  const from = world.emulator.requests.length;

  const main = await pushIn(region, repository);
  expect({ exitCode: main.exitCode, log: main.exitCode === 0 ? '' : main.log }).toEqual({
    exitCode: 0,
    log: '',
  });
  const digest = main.outputs.digest!;
  expect(await region.registry.manifestDigest(repo, 'v1')).toBe(digest);
  expect(region.emulator.images()).toMatchObject([{ repositoryName: repository, digest }]);
  expect(region.emulator.repositories()).toMatchObject([
    { displayName: repository, compartmentId: world.compartment },
  ]);
  expect(region.emulator.issuedTokens().length).toBeGreaterThan(0);
  const traffic = region.registry.traffic();
  expect(traffic.manifestPuts).toContainEqual({ repository: repo, reference: 'v1', digest });
  expect(traffic.blobUploads.length).toBeGreaterThan(0);

  // Every API call of the run went to its region, through the template.
  const calls = world.emulator.requests.slice(from);
  expect(calls.length).toBeGreaterThan(0);
  expect(calls.filter((call) => call.region !== region.id)).toEqual([]);
  expect(other.emulator.repositories().filter((found) => found.displayName === repository)).toEqual([]);
  expect(await other.registry.tags(repo)).toEqual([]);
  expect(other.registry.traffic()).toEqual({ blobUploads: [], manifestPuts: [], mountAttempts: [] });
});
