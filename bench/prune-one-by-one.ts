/**
 * The baseline of the prune benchmark: what a user scripts by hand today with the OCI CLI,
 *
 *   oci artifacts container image list --compartment-id "$C" --repository-name "$R" --all \
 *     --sort-by TIMECREATED --sort-order DESC --query "data.items[?starts_with(version,'sha-')].id" |
 *     jq -r '.[]' | tail -n +101 |
 *     while read -r id; do oci artifacts container image delete --image-id "$id" --force; done
 *
 * with the CLI's requests made through the same OCI SDK package the action uses (oci-artifacts), one
 * after another: every list page, then one DELETE per image, no concurrency, the SDK's own defaults.
 * The CLI itself is not used (it is a Python package; each `oci` call also pays about a second of
 * Python start-up, which this baseline does not), so the real CLI loop is far slower than this.
 *
 * Run by bench/prune-scenarios.ts as its own Node process, with no loader (Node strips the types):
 *   env OCI_CLI_TENANCY, OCI_CLI_USER, OCI_CLI_FINGERPRINT, OCI_CLI_KEY_CONTENT (never on the
 *   command line), OCI_API_BASE_URL, REGION, REPOSITORY, TAG_PREFIX, KEEP_LAST.
 * Prints `deleted <n>` last.
 */
import { ArtifactsClient, requests } from 'oci-artifacts';
import { Region, SimpleAuthenticationDetailsProvider } from 'oci-common';

const PAGE_LIMIT = 100;

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`prune-one-by-one: env ${name} is required`);
  return value;
}

async function main(): Promise<void> {
  // The SDK's dependencies use deprecated Node APIs; their warnings are noise here.
  process.noDeprecation = true;
  const tenancy = required('OCI_CLI_TENANCY');
  const region = Region.fromRegionId(required('REGION'));
  const provider = new SimpleAuthenticationDetailsProvider(
    tenancy,
    required('OCI_CLI_USER'),
    required('OCI_CLI_FINGERPRINT'),
    required('OCI_CLI_KEY_CONTENT'),
    null,
    region,
  );
  const client = new ArtifactsClient({ authenticationDetailsProvider: provider });
  client.region = region;
  client.endpoint = required('OCI_API_BASE_URL'); // after the region, whose setter sets it too
  const repositoryName = required('REPOSITORY');
  const prefix = required('TAG_PREFIX');
  const keepLast = Number(required('KEEP_LAST'));

  // `image list --all`: every page, newest first.
  const ids: string[] = [];
  let page: string | undefined;
  do {
    const response = await client.listContainerImages({
      compartmentId: tenancy,
      repositoryName,
      sortBy: requests.ListContainerImagesRequest.SortBy.Timecreated,
      sortOrder: requests.ListContainerImagesRequest.SortOrder.Desc,
      limit: PAGE_LIMIT,
      ...(page ? { page } : {}),
    });
    for (const item of response.containerImageCollection.items) {
      if (item.version?.startsWith(prefix)) ids.push(item.id);
    }
    page = response.opcNextPage;
  } while (page);

  // `tail -n +101 | while read …; do oci artifacts container image delete …; done`
  const doomed = ids.slice(keepLast);
  for (const [index, imageId] of doomed.entries()) {
    await client.deleteContainerImage({ imageId });
    if ((index + 1) % 500 === 0) console.log(`deleted ${index + 1} of ${doomed.length}`);
  }
  console.log(`deleted ${doomed.length}`);
}

await main();
