import { createTestKey } from '../../test-support/keys.js';
import { InputError, InputErrors } from '../../src/common/errors.js';
import { normalisePrivateKey, rawSecretMasks, readApiKey } from '../../src/common/inputs.js';

const key = createTestKey();
const PEM = key.privateKeyPem;
/** The base64 lines of a PEM: what the runner must hide, line by line. */
const bodyLines = (pem: string) =>
  pem.split('\n').filter((line) => line !== '' && !line.startsWith('-----') && !line.includes(':'));

describe('normalisePrivateKey: the ways a valid key arrives', () => {
  it.each<[string, string]>([
    ['real newlines', PEM],
    ['literal \\n escapes, one line', PEM.trim().replace(/\n/g, '\\n')],
    ['literal \\r\\n escapes', PEM.trim().replace(/\n/g, '\\r\\n')],
    ['Windows line endings', PEM.replace(/\n/g, '\r\n')],
    ['surrounding blank lines and spaces', `\n\n  ${PEM}\n\n  `],
    ['indented lines (a YAML block pasted as is)', PEM.replace(/^/gm, '    ')],
  ])('%s', (_name, value) => {
    expect(normalisePrivateKey(value, undefined)).toBe(PEM);
  });

  it('an encrypted PKCS#1 key keeps the blank line after its headers, CRLF or not', () => {
    const pem = key.encryptedPkcs1PrivateKeyPem;
    expect(normalisePrivateKey(pem.replace(/\n/g, '\r\n'), key.passphrase)).toBe(pem);
  });

  it.each<[string, string, string | undefined, RegExp]>([
    ['not PEM', 'ssh-rsa AAAAB3NzaC1yc2E', undefined, /^Input 'private-key': is not a PEM private key/],
    ['a public key', key.publicKeyPem, undefined, /^Input 'private-key': is not a PEM private key/],
    [
      'a truncated body',
      PEM.replace(/\n[A-Za-z0-9+/]{64}\n/, '\n'),
      undefined,
      /^Input 'private-key': the private key could not be read/,
    ],
    [
      'encrypted without passphrase',
      key.encryptedPrivateKeyPem,
      undefined,
      /^Input 'private-key-passphrase': the private key is encrypted/,
    ],
    [
      'a wrong passphrase',
      key.encryptedPrivateKeyPem,
      'wrong',
      /^Input 'private-key-passphrase': .*could not be decrypted/,
    ],
  ])('refuses %s', (_name, value, passphrase, message) => {
    expect(() => normalisePrivateKey(value, passphrase)).toThrow(message);
  });
});

describe('rawSecretMasks', () => {
  it.each<[string, string]>([
    ['a PEM', PEM],
    ['a PEM with literal \\n', PEM.trim().replace(/\n/g, '\\n')],
    ['a PEM with CRLF', PEM.replace(/\n/g, '\r\n')],
    ['an encrypted PKCS#1 PEM', key.encryptedPkcs1PrivateKeyPem],
  ])('masks %s whole and each of its lines', (_name, value) => {
    const masks = rawSecretMasks([value]);
    expect(masks).toContain(value);
    const pem = value.includes('\\n') ? value.replace(/\\n/g, '\n') : value.replace(/\r/g, '');
    for (const line of bodyLines(pem).filter((text) => text.length > 8)) expect(masks).toContain(line);
  });

  it('leaves out BEGIN/END lines and short lines, which would mask innocent text', () => {
    const masks = rawSecretMasks([
      `-----BEGIN PRIVATE KEY-----\nAAAAAAAAAAAAAAAAAAAA\nAg==\n-----END PRIVATE KEY-----`,
    ]);
    expect(masks.slice(1)).toEqual(['AAAAAAAAAAAAAAAAAAAA']);
  });

  it('masks a one-line secret as it is, and nothing for empty values', () => {
    expect(rawSecretMasks(['tok-123', '', '  '])).toEqual(['tok-123']);
  });
});

describe('readApiKey', () => {
  const env = {
    OCI_CLI_TENANCY: 'ocid1.tenancy.oc1..aaaaaaaatenancy',
    OCI_CLI_USER: 'ocid1.user.oc1..aaaaaaaauser',
    OCI_CLI_FINGERPRINT: key.fingerprint,
    OCI_CLI_KEY_CONTENT: PEM,
  };
  const none = () => '';

  it('reads a complete key; none given is no key', () => {
    expect(readApiKey(none, env)).toMatchObject({ fingerprint: key.fingerprint, privateKey: PEM });
    expect(readApiKey(none, {})).toBeUndefined();
  });

  it('reports every problem of a complete set, not only the first', () => {
    let caught: unknown;
    try {
      readApiKey(none, { ...env, OCI_CLI_USER: 'ocid1.tenancy.oc1..x', OCI_CLI_KEY_CONTENT: 'nope' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InputErrors);
    expect((caught as InputErrors).errors.map((error) => error.input)).toEqual(['user', 'private-key']);
  });

  it('checks the fingerprint against the key, offline', () => {
    const other = createTestKey();
    expect(() => readApiKey(none, { ...env, OCI_CLI_FINGERPRINT: other.fingerprint })).toThrow(
      new RegExp(`^Input 'fingerprint': .* which is ${key.fingerprint}`),
    );
    // Upper case is the same fingerprint.
    expect(
      readApiKey(none, { ...env, OCI_CLI_FINGERPRINT: key.fingerprint.toUpperCase() })?.fingerprint,
    ).toBe(key.fingerprint);
  });

  it('an encrypted key with its passphrase from OCI_CLI_PASSPHRASE', () => {
    const apiKey = readApiKey(none, {
      ...env,
      OCI_CLI_KEY_CONTENT: key.encryptedPkcs1PrivateKeyPem,
      OCI_CLI_PASSPHRASE: key.passphrase,
    });
    expect(apiKey?.passphrase).toBe(key.passphrase);
    expect(() => readApiKey(none, { ...env, OCI_CLI_KEY_CONTENT: key.encryptedPrivateKeyPem })).toThrow(
      InputError,
    );
  });
});
