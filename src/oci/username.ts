/** Registry login names: what `docker login` to OCIR expects for each kind of credential. */

/** The user name for a login with a short-lived registry token from the OCIR token endpoint. */
export const BEARER_USERNAME = 'BEARER_TOKEN';

/**
 * `<namespace>/<username>` for an auth-token login: IAM users (`joao.silva`, `joao@example.com`)
 * and federated users (`oracleidentitycloudservice/joao.silva`) alike. A username that already
 * starts with the namespace is kept, not prefixed twice. Namespaces are lower case, but users may
 * type one in capitals: that prefix is recognised case-insensitively and written as the namespace.
 * The first segment is compared exactly, so a federation prefix is never mistaken for a namespace.
 */
export function registryUsername(namespace: string, username: string): string {
  const ns = namespace.trim();
  const user = username.trim();
  if (ns === '' || user === '') throw new Error('registryUsername: namespace and username must not be empty');
  const slash = user.indexOf('/');
  const firstSegment = slash === -1 ? '' : user.slice(0, slash);
  const rest = user.slice(slash + 1);
  if (firstSegment.toLowerCase() === ns.toLowerCase() && rest !== '') return `${ns}/${rest}`;
  return `${ns}/${user}`;
}
