/**
 * Starts the OCI API emulator and the registry with its auth front, and keeps them running, for
 * a workflow that runs the action with `uses: ./` (see .github/workflows/e2e.yml), linked into one
 * OCIR (see linked-world.ts: pushes show in the API, API deletes reach the registry). Writes the
 * API key variables to GITHUB_ENV and the addresses to GITHUB_OUTPUT; the key is a throwaway
 * test key made for this run. Touches `<ready file>` when serving.
 *
 *   serve-world.ts <ready file> [<replica region>,…]
 *
 * With replica regions, each gets a registry of its own (linked-world.ts), OCI_API_BASE_URL is the
 * emulator's `/{region}` template, and the output `replicate-to` names each region with its registry.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { createTestKey, ocid } from './keys.js';
import { startLinkedWorld } from './linked-world.js';

const [readyFile = 'world.ready', replicaList = ''] = process.argv.slice(2);
const replicaRegions = replicaList
  .split(',')
  .map((region) => region.trim())
  .filter(Boolean);
const key = createTestKey();
const tenancy = ocid.tenancy();
const user = {
  id: ocid.user(),
  name: 'ci-user',
  fingerprint: key.fingerprint,
  publicKeyPem: key.publicKeyPem,
};
const namespace = 'e2enamespace';
const { emulator, registry, regions, close } = await startLinkedWorld({
  tenancy,
  namespace,
  users: [user],
  replicaRegions,
});
const replicas = regions.slice(1);

const fileCommand = (name: string, value: string) => `${name}<<WORLD_EOF\n${value.trim()}\nWORLD_EOF\n`;
const env = {
  OCI_API_BASE_URL: replicas.length > 0 ? emulator.regionUrlTemplate : emulator.url,
  OCI_CLI_TENANCY: tenancy,
  OCI_CLI_USER: user.id,
  OCI_CLI_FINGERPRINT: key.fingerprint,
  OCI_CLI_KEY_CONTENT: key.privateKeyPem,
};
const outputs = {
  registry: registry.host,
  backend: registry.backendUrl,
  namespace,
  compartment: ocid.compartment(),
  ...(replicas.length > 0
    ? { 'replicate-to': replicas.map((replica) => `${replica.id}=${replica.registry.host}`).join(',') }
    : {}),
};
if (process.env.GITHUB_ENV)
  appendFileSync(
    process.env.GITHUB_ENV,
    Object.entries(env)
      .map(([k, v]) => fileCommand(k, v))
      .join(''),
  );
if (process.env.GITHUB_OUTPUT)
  appendFileSync(
    process.env.GITHUB_OUTPUT,
    Object.entries(outputs)
      .map(([k, v]) => fileCommand(k, v))
      .join(''),
  );
writeFileSync(readyFile, JSON.stringify(outputs));
console.log(`Serving the OCI API emulator at ${emulator.url} and the registry at ${registry.host}`);
for (const replica of replicas) console.log(`Region ${replica.id}: the registry at ${replica.registry.host}`);

const stop = async () => {
  await close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
