/**
 * One region's OCI API for the run: the control plane signed in through that region's endpoint,
 * and that region's registry tokens (a registry token is good only where it was issued), each
 * masked the moment it exists. The primary region and every `replicate-to` region connect alike.
 */
import * as core from '@actions/core';
import { inStep } from '../common/errors.js';
import type { OciAuth } from '../common/oci-auth.js';
import { ociConnection } from '../common/oci-connection.js';
import type { ControlPlane } from '../oci/control-plane.js';
import { issueRegistryToken, type IssuedToken } from './registry-login.js';

export interface RegionApi {
  api: ControlPlane;
  /** A fresh registry token from this region, timed from the request's start. */
  issueToken: () => Promise<IssuedToken>;
}

/** Loads the OCI SDK (dynamic import: only runs that call the API pay for it). */
export async function connectRegion(auth: OciAuth, regionId: string): Promise<RegionApi> {
  const connection = await inStep('sign-in', () => ociConnection(auth, regionId));
  const { connectControlPlane } = await import('../oci/control-plane.js');
  const api = connectControlPlane(connection);
  const issueToken = async (): Promise<IssuedToken> => {
    const issued = await inStep('registry-token', () =>
      issueRegistryToken(() => api.registryTokenGrant(), Date.now),
    );
    core.setSecret(issued.token);
    return issued;
  };
  return { api, issueToken };
}
