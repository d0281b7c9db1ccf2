/**
 * OCI control-plane emulator for tests and the demo: one HTTP server on 127.0.0.1 (random port) that the
 * real OCI TypeScript SDK clients talk to once their `endpoint` is `emulator.url` (set it after `region`).
 *
 *   const key = createTestKey();
 *   const emulator = await startEmulator({
 *     tenancy, namespace: 'grxmw2a9myyj',
 *     users: [{ id: userId, name: 'joao.silva', fingerprint: key.fingerprint, publicKeyPem: key.publicKeyPem,
 *               authToken: 'tok' }],
 *   });
 *   client.region = common.Region.SA_SAOPAULO_1; client.endpoint = emulator.url;
 *   …
 *   await emulator.close();
 *
 * Served (paths as the clients build them):
 *   GET    /n                                                   ObjectStorage getNamespace → "<namespace>"
 *   GET    /20160918/users/{userId}                             Identity getUser (404 when unknown)
 *   GET    /20160918/compartments?compartmentId=…               Identity listCompartments: children, or with
 *                                                               compartmentIdInSubtree (tenancy only, else 400)
 *                                                               the whole tree; accessLevel, name, lifecycleState,
 *                                                               sortBy, sortOrder, limit, page → bare array +
 *                                                               opc-next-page (tree: addCompartment())
 *   GET    /20160918/container/configuration?compartmentId=     {isRepositoryCreatedOnFirstPush, namespace}
 *   GET    /20160918/container/repositories?compartmentId=…     list: compartmentIdInSubtree (tenancy only,
 *                                                               else 400), displayName, repositoryId, isPublic,
 *                                                               sortBy, sortOrder, limit, page → opc-next-page
 *   POST   /20160918/container/repositories                     create; 409 when the name exists anywhere
 *   GET    /20160918/container/repositories/{id}                get (with isImmutable; summaries lack it)
 *   DELETE /20160918/container/repositories/{id}                delete, with its images
 *   GET    /20160918/container/images?compartmentId=…           list: compartmentIdInSubtree, repositoryName,
 *                                                               repositoryId, version, isVersioned, imageDigest,
 *                                                               sortBy, sortOrder, limit, page
 *   GET    /20160918/container/images/{id}                      get, with versions[], and an `etag` header that
 *                                                               changes with the image's versions
 *   DELETE /20160918/container/images/{id}                      delete; `if-match` not the current etag: 412
 *   POST   /20160918/container/images/{id}/actions/removeVersion {version}: untag; `if-match` likewise; answers
 *                                                               the new etag
 *   GET    /20180419/docker/token                               {token, access_token, scope, expires_in: 3600}
 *   GET    /20180608/vaults/{vaultId}                           KmsVault getVault → cryptoEndpoint (keys: kms.createKey())
 *   POST   /20180608/sign, /20180608/verify                     KmsCrypto: RSA-PSS/PKCS1 over a RAW message
 *   POST   /20160918/container/imageSignatures                  create: the OCI CLI's message format, the image's
 *                                                               digest and repository, verified with the key
 *   GET    /20160918/container/imageSignatures[/{id}]           list (imageId, repositoryName, imageDigest, …) / get
 *   GET    /20210215/containerScanTargets?compartmentId=        targets added with scanning.addTarget(), kept in
 *                                                               any compartment; one with no repository list
 *                                                               covers its registry compartment and those below
 *   GET    /20210215/containerScanResults?compartmentId=…       results of covered repositories' images, each made
 *                                                               `delayMs` after the image (scanning.setOutcome())
 *   GET    /20210215/containerScanResults/{id}                  with problems and vulnerable packages
 *
 * Every request must carry a valid OCI signature (see emulator/signature.ts), else 401 NotAuthenticated: an API
 * key's (`<tenancy>/<user>/<fingerprint>`), or a session token's (`ST$<token>`, signed with the key the token
 * binds, until its exp). Session tokens are minted by `sessionTokens.issue()` (the identity domain stand-in's
 * UPSTs, emulator/session-tokens.ts). Given an `instance`, the emulator is also that instance's metadata
 * service (`/opc/v2/…`) and the auth service's federation endpoint (`POST /v1/x509`): see
 * emulator/instance-principal.ts.
 * Errors are `{code, message}` with an `opc-request-id` header; unknown paths 404, wrong methods 405.
 * Tests seed with addRepository/addImage (and addCompartment for a tree deeper than the tenancy's
 * children; ageImages moves a repository's images back in time), inspect with requests/repositories()/images()/compartments()/issuedTokens(),
 * break things with injectFault (pendingFaults() tells what is left; a fault may also match query
 * parameters, e.g. a policy missing in one compartment), and a registry auth front asks
 * acceptsRegistryLogin(username, password). Options beyond tenancy/namespace/users (region, defaultPageSize,
 * isRepositoryCreatedOnFirstPush, now) are described in emulator/types.ts.
 *
 * Throttling, as OCI limits request rates: `throttle: [{method?, path?, perSecond, burst?}]` in the options,
 * or `emulator.throttle(rule)` at run time (`throttle(undefined)` lifts every limit), puts a token bucket on
 * the matching requests; one that finds it empty is answered 429 TooManyRequests ("User-rate limit
 * exceeded.") with `Retry-After: <whole seconds>` (`retryAfter: false` omits it, as real OCI is reported to).
 * Throttled requests are recorded with status 429, like any other answer.
 *
 * Latency, as a client far from the region sees it: `latencyMs` in the options, or `emulator.setLatency(ms)`
 * at run time, delays every answer by that much (concurrent requests wait side by side, as on a network).
 * Default 0. The benchmark (bench/prune-scenarios.ts) uses it to model a hosted runner's round trip to OCI.
 *
 * Regions: `replicaRegions: ['sa-vinhedo-1']` in the options subscribes the tenancy to more regions than its
 * home region (`region`). A path that starts with `/<region id>` reaches that region, every path above
 * included (`/sa-vinhedo-1/20160918/container/repositories`); without a prefix, the home region. Each region
 * has its own repositories, images, registry tokens (a token is good only in its region; an auth token in
 * all), vault keys and scanning; users, API keys, compartments, the namespace and session tokens are the
 * tenancy's. The signature covers the path as sent, prefix included. Runs set
 * `OCI_API_BASE_URL=emulator.regionUrlTemplate` (`http://127.0.0.1:<port>/{region}`); tests use
 * `emulator.inRegion(id)`, a region's view with the seeding and inspection methods above (the emulator's
 * own are the home region's). Recorded requests carry the path without the prefix and `region`; a fault
 * may name its `region`. An unknown region answers 404.
 *
 * Linked to a registry (test-support/linked-world.ts) it is one OCIR: `recordPush` records what the registry
 * accepted, and the API's deletes call the options `onImageDeleted(image, region)` and
 * `onVersionRemoved(image, version, region)` after the state changed, awaiting them before answering (a
 * rejection answers 500).
 */
export { startEmulator } from './emulator/server.js';
export type {
  EmulatedUser,
  Emulator,
  EmulatorRegion,
  EmulatorOptions,
  Fault,
  ImageRecord,
  ImageVersionRecord,
  NewImage,
  NewRepository,
  PushedImage,
  RecordedRequest,
  RepositoryRecord,
  Throttle,
} from './emulator/types.js';
export type { CompartmentRecord, NewCompartment } from './emulator/compartments.js';
export type { ImageSignatureRecord } from './emulator/image-signatures.js';
export type { NewVaultKey, VaultKeyRecord } from './emulator/kms.js';
export type {
  NewScanTarget,
  ScanOutcome,
  ScanProblemSeed,
  ScanResultRecord,
  ScanSeverity,
  ScanTargetRecord,
} from './emulator/scanning.js';
