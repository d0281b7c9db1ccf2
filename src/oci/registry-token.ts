/** The OCIR token endpoint: a registry token that logs in as BEARER_TOKEN for about an hour. */
import { ContainerRegistryClient } from 'oci-containerregistry';
import type { OciClient } from './client.js';

/** A registry token and the lifetime the endpoint announced (`expires_in`), when it did. */
export interface RegistryTokenGrant {
  token: string;
  expiresInSeconds?: number;
}

export async function registryTokenGrant(oci: OciClient): Promise<RegistryTokenGrant> {
  const containerRegistry = oci.service(ContainerRegistryClient);
  const { accessToken } = await oci.call(() => containerRegistry.getAccessToken({}));
  const token = accessToken.token || accessToken.accessToken;
  if (!token) throw new Error('The OCIR token endpoint answered without a token');
  const expiresIn: unknown = accessToken.expiresIn;
  return typeof expiresIn === 'number' && Number.isFinite(expiresIn) && expiresIn > 0
    ? { token, expiresInSeconds: expiresIn }
    : { token };
}

export async function registryToken(oci: OciClient): Promise<string> {
  return (await registryTokenGrant(oci)).token;
}
