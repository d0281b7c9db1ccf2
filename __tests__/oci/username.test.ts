import { BEARER_USERNAME, registryUsername } from '../../src/oci/username.js';

describe('registryUsername', () => {
  it.each([
    // IAM users
    ['grxmw2a9myyj', 'joao.silva', 'grxmw2a9myyj/joao.silva'],
    ['grxmw2a9myyj', 'joao@example.com', 'grxmw2a9myyj/joao@example.com'],
    // federated (IDCS) users keep their provider prefix after the namespace
    [
      'grxmw2a9myyj',
      'oracleidentitycloudservice/joao.silva',
      'grxmw2a9myyj/oracleidentitycloudservice/joao.silva',
    ],
    [
      'grxmw2a9myyj',
      'oracleidentitycloudservice/joao@example.com',
      'grxmw2a9myyj/oracleidentitycloudservice/joao@example.com',
    ],
    // already prefixed: not prefixed twice
    ['grxmw2a9myyj', 'grxmw2a9myyj/joao.silva', 'grxmw2a9myyj/joao.silva'],
    [
      'grxmw2a9myyj',
      'grxmw2a9myyj/oracleidentitycloudservice/joao.silva',
      'grxmw2a9myyj/oracleidentitycloudservice/joao.silva',
    ],
    // a namespace typed in capitals is recognised and written as the namespace
    ['grxmw2a9myyj', 'GRXMW2A9MYYJ/joao.silva', 'grxmw2a9myyj/joao.silva'],
    // surrounding spaces (pasted secrets) are dropped
    [' grxmw2a9myyj ', ' joao.silva\n', 'grxmw2a9myyj/joao.silva'],
    // a namespace that only starts the first segment is not the namespace
    ['grx', 'grxmw2a9myyj/joao.silva', 'grx/grxmw2a9myyj/joao.silva'],
    // a user whose name equals the namespace
    ['grxmw2a9myyj', 'grxmw2a9myyj', 'grxmw2a9myyj/grxmw2a9myyj'],
  ])('%s + %s → %s', (namespace, username, expected) => {
    expect(registryUsername(namespace, username)).toBe(expected);
  });

  it('refuses empty parts', () => {
    expect(() => registryUsername('', 'joao.silva')).toThrow(/must not be empty/);
    expect(() => registryUsername('grxmw2a9myyj', ' ')).toThrow(/must not be empty/);
  });

  it('logs in with a registry token as BEARER_TOKEN', () => {
    expect(BEARER_USERNAME).toBe('BEARER_TOKEN');
  });
});
