/** Container repositories as the actions see them. */

export interface RepositoryInfo {
  /** `ocid1.containerrepo.…` */
  id: string;
  /** Name inside the namespace, e.g. `project-x/api`. */
  name: string;
  /** The tenancy namespace in the repository's path. */
  namespace: string;
  compartmentId: string;
  isPublic: boolean;
  isImmutable: boolean;
}

/** What the inputs ask of a repository; applied only when the action creates it. */
export interface RepositorySettings {
  isPublic: boolean;
  isImmutable: boolean;
}

export interface RepositorySpec extends RepositorySettings {
  name: string;
  /** Where to create it when missing. Default: the tenancy (root compartment). */
  compartmentId?: string;
}
