/** Who the API key is: the tenancy's Object Storage namespace (also the registry's) and the user's name. */
import { IdentityClient } from 'oci-identity';
import { ObjectStorageClient } from 'oci-objectstorage';
import type { OciClient } from './client.js';

export async function tenancyNamespace(oci: OciClient): Promise<string> {
  const objectStorage = oci.service(ObjectStorageClient);
  return (await oci.call(() => objectStorage.getNamespace({}))).value;
}

/** `joao.silva`, or `oracleidentitycloudservice/joao.silva` for a federated user. */
export async function userName(oci: OciClient): Promise<string> {
  const identity = oci.service(IdentityClient);
  return (await oci.call(() => identity.getUser({ userId: oci.userId }))).user.name;
}
