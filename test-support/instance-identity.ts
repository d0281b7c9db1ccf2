/**
 * The identity an OCI instance gets from its metadata service: a leaf certificate whose subject names
 * the instance and its tenancy (`OU=opc-instance:<id>`, `OU=opc-tenant:<tenancy>`), its private key,
 * and the intermediate that signed it. Made in memory for the emulator's instance-principal path.
 */
import { ocid } from './keys.js';
import { createCertificateAuthority, createLeafCertificate, OID } from './x509.js';

export interface InstanceIdentity {
  /** The instance OCID: the principal of its session tokens. */
  id: string;
  tenancy: string;
  compartment: string;
  /** What `/opc/v2/instance/region` answers. */
  region: string;
  certificatePem: string;
  privateKeyPem: string;
  intermediatePem: string;
}

export function createInstanceIdentity(tenancy: string, region = 'sa-saopaulo-1'): InstanceIdentity {
  const id = ocid.of('instance', region);
  const compartment = ocid.compartment();
  const intermediateSubject = [[OID.commonName, 'PKISVC Identity Intermediate r2']] as const;
  const intermediate = {
    ...createCertificateAuthority('PKISVC Identity Intermediate r2'),
    subject: intermediateSubject,
  };
  const leaf = createLeafCertificate(
    [
      [OID.commonName, id],
      [OID.organizationalUnit, 'opc-certtype:instance'],
      [OID.organizationalUnit, `opc-compartment:${compartment}`],
      [OID.organizationalUnit, `opc-instance:${id}`],
      [OID.organizationalUnit, `opc-tenant:${tenancy}`],
    ],
    intermediate,
  );
  return {
    id,
    tenancy,
    compartment,
    region,
    certificatePem: leaf.certificatePem,
    privateKeyPem: leaf.privateKeyPem,
    intermediatePem: intermediate.certificatePem,
  };
}
