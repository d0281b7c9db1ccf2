/**
 * The copy engine alone (src/registry/copy.ts), as the action's replication runs it: one source
 * client, one target client per region, every region at once. bench/replicate-scenarios.ts bundles
 * this file and runs it as its own node process, so it is measured as a step would be.
 *
 *   SOURCE=<host> TARGETS="<host> <host>" REPOSITORY=<ns>/<repo> DIGEST=sha256:… TAGS="v1" \
 *   USERNAME=<ns>/<user> PASSWORD=… node replicate-engine.js
 */
import { registryClient } from '../src/registry/api.js';
import { copyImage } from '../src/registry/copy.js';

const need = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

const credentials = () => ({ username: need('USERNAME'), password: need('PASSWORD') });
const repository = need('REPOSITORY');
const digest = need('DIGEST');
const tags = need('TAGS').split(/\s+/).filter(Boolean);
const source = registryClient({ registry: need('SOURCE'), repository, credentials, access: 'pull' });
try {
  const reports = await Promise.all(
    need('TARGETS')
      .split(/\s+/)
      .filter(Boolean)
      .map(async (host) => {
        const target = registryClient({ registry: host, repository, credentials });
        try {
          return await copyImage(source, target, digest, tags, {
            log: (line) => console.log(`${host}: ${line}`),
          });
        } finally {
          target.close();
        }
      }),
  );
  console.log(JSON.stringify(reports));
} finally {
  source.close();
}
