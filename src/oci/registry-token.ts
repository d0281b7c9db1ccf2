/** The OCIR token endpoint: a registry token that logs in as BEARER_TOKEN for about an hour. */
import { ContainerRegistryClient } from 'oci-containerregistry';
import type { OciClient } from './client.js';

export async function registryToken(oci: OciClient): Promise<string> {
  const containerRegistry = oci.service(ContainerRegistryClient);
  const { accessToken } = await oci.call(() => containerRegistry.getAccessToken({}));
  const token = accessToken.token || accessToken.accessToken;
  if (!token) throw new Error('The OCIR token endpoint answered without a token');
  return token;
}
