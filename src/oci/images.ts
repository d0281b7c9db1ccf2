/** Container images of one repository, as the prune action sees them. */

/** One tag of an image (OCIR calls a tag a "version"), with when it was pushed. */
export interface ImageVersion {
  version: string;
  timeCreated: Date;
}

export interface RegistryImage {
  /** `ocid1.containerimage.…` */
  id: string;
  /** `sha256:…` manifest digest. */
  digest: string;
  timeCreated: Date;
  /** Every tag the image carries; empty for an untagged image. */
  versions: ImageVersion[];
  /** The etag of the read these fields come from: a write conditioned on it fails once the image changed. */
  etag?: string;
}
