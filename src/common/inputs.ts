/**
 * Input reading that every action of this repository shares: list and boolean syntax, OCIDs, the
 * API signing key (all-or-nothing, from inputs or the OCI CLI variables), repository names, and
 * masking of raw secrets before anything can print them. Pure apart from the readers it is given.
 */
import { createHash, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import * as core from '@actions/core';
import { Env, SharedInput as Input } from './constants.js';
import { InputError, InputProblems } from './errors.js';

export interface ApiKey {
  tenancy: string;
  user: string;
  fingerprint: string;
  privateKey: string;
  passphrase?: string;
}

/** The inputs of the API signing key: a problem with any of them means a key was given but is unusable. */
export const API_KEY_INPUTS: readonly string[] = [
  Input.Tenancy,
  Input.User,
  Input.Fingerprint,
  Input.PrivateKey,
  Input.PrivateKeyPassphrase,
];

/** The secrets of each credential mode, named as a workflow sets them, for messages about missing ones. */
export const API_KEY_SECRETS = `${Env.User}, ${Env.Tenancy}, ${Env.Fingerprint}, ${Env.KeyContent} (and ${Env.Passphrase} for an encrypted key)`;

/** Reads one input's raw value ('' when absent). */
export type InputReader = (name: string) => string;

/** What the environment supplies: the OCI CLI variables that stand in for absent inputs. */
export type Environment = Record<string, string | undefined>;

const EXAMPLES = {
  tenancy: 'ocid1.tenancy.oc1..aaaaaaaaexample',
  user: 'ocid1.user.oc1..aaaaaaaaexample',
  compartment: 'ocid1.compartment.oc1..aaaaaaaaexample',
  fingerprint: '12:34:56:78:9a:bc:de:f0:12:34:56:78:9a:bc:de:f0',
};

// ocid1.<resource type>.<realm>.[region][.future use].<unique id>
const OCID = /^ocid1\.([a-z0-9_]+)\.([a-z0-9]+)\.([a-z0-9-]*)(?:\.[a-z0-9-]+)?\.[a-z0-9]+$/;
const FINGERPRINT = /^[0-9a-f]{2}(?::[0-9a-f]{2}){15}$/i;
const REPOSITORY_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;

/** Splits a list input: newline- or comma-separated, trimmed, empty items dropped. */
export function parseList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Splits a newline-only list (values may contain commas). */
export function parseLines(value: string): string[] {
  return value
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export function parseBoolean(name: string, value: string, fallback: boolean): boolean {
  const normalised = value.trim().toLowerCase();
  if (normalised === '') return fallback;
  if (normalised === 'true') return true;
  if (normalised === 'false') return false;
  throw new InputError(name, `expected true or false, got '${value}'`, 'true');
}

/** `types` lists the OCID resource types accepted, the expected one first (its example is shown). */
export function validateOcid(
  name: string,
  value: string,
  types: Array<'tenancy' | 'user' | 'compartment'>,
): string {
  const match = OCID.exec(value);
  if (!match || !(types as string[]).includes(match[1] ?? '')) {
    throw new InputError(name, `'${value}' is not a ${types.join(' or ')} OCID`, EXAMPLES[types[0]!]);
  }
  return value;
}

/**
 * Line breaks a pasted PEM may carry: real ones (LF, CRLF from a Windows editor) or `\n` / `\r\n`
 * escapes (a key stored as one line). Base64 and PEM headers never hold a backslash.
 */
const PEM_LINE_BREAK = /\\r\\n|\\n|\r\n|\r|\n/;

/**
 * Accepts PEM with real newlines, CRLF, `\n` escapes, indentation and surrounding blank lines (as
 * secrets are often stored); returns it with plain newlines. The blank line after the headers of
 * an encrypted PKCS#1 key is kept: OpenSSL needs it.
 */
export function normalisePrivateKey(value: string, passphrase: string | undefined): string {
  const trimmed =
    value
      .split(PEM_LINE_BREAK)
      .map((line) => line.trim())
      .join('\n')
      .trim() + '\n';
  if (
    !/^-----BEGIN (?:RSA |ENCRYPTED )?PRIVATE KEY-----\n[\s\S]+\n-----END (?:RSA |ENCRYPTED )?PRIVATE KEY-----\n$/.test(
      trimmed,
    )
  ) {
    throw new InputError(
      Input.PrivateKey,
      'is not a PEM private key; paste the whole key file, BEGIN and END lines included',
      '-----BEGIN PRIVATE KEY-----\\nMIIEv...\\n-----END PRIVATE KEY-----',
    );
  }
  try {
    readPrivateKey(trimmed, passphrase);
  } catch {
    throw new InputError(
      passphrase || trimmed.includes('ENCRYPTED') ? Input.PrivateKeyPassphrase : Input.PrivateKey,
      passphrase
        ? 'the private key could not be decrypted with this passphrase'
        : trimmed.includes('ENCRYPTED')
          ? 'the private key is encrypted: set private-key-passphrase (env OCI_CLI_PASSPHRASE)'
          : 'the private key could not be read; check that the secret holds the whole PEM file',
    );
  }
  return trimmed;
}

function readPrivateKey(pem: string, passphrase: string | undefined): KeyObject {
  return createPrivateKey({ key: pem, ...(passphrase ? { passphrase } : {}) });
}

/** OCI's fingerprint of an API key: MD5 of the DER public key, colon-separated lower-case hex. */
function fingerprintOf(privateKey: KeyObject): string {
  const der = createPublicKey(privateKey).export({ type: 'spki', format: 'der' });
  return createHash('md5').update(der).digest('hex').match(/../g)?.join(':') ?? '';
}

/** A fingerprint of another key is a 401 from every OCI call later: catch it here, offline. */
function checkFingerprintMatches(pem: string, passphrase: string | undefined, fingerprint: string): void {
  const actual = fingerprintOf(readPrivateKey(pem, passphrase));
  if (actual !== fingerprint) {
    throw new InputError(
      Input.Fingerprint,
      `'${fingerprint}' is not the fingerprint of this private key, which is ${actual}: check that ` +
        `${Env.Fingerprint} and ${Env.KeyContent} belong to the same API key (User settings > API keys)`,
    );
  }
}

function validateFingerprint(value: string): string {
  const fingerprint = value.trim();
  if (!FINGERPRINT.test(fingerprint)) {
    throw new InputError(
      Input.Fingerprint,
      `'${fingerprint}' is not an API key fingerprint`,
      EXAMPLES.fingerprint,
    );
  }
  return fingerprint.toLowerCase();
}

/** A first component like `gru.ocir.io` or `ocir.<region>.oci.<domain>`: a registry host, not a path. */
const REGISTRY_HOST_COMPONENT = /(^|\.)ocir\.io$|^ocir\.[a-z0-9-]+\.oci\./;

export function validateRepository(value: string): string {
  if (value === '') {
    throw new InputError(
      Input.Repository,
      'is required: the name of the repository inside the tenancy namespace',
      'project-x/api',
    );
  }
  const components = value.split('/');
  const hasHost = REGISTRY_HOST_COMPONENT.test(components[0] ?? '');
  if (value === '' || hasHost || !components.every((c) => REPOSITORY_COMPONENT.test(c))) {
    const hint =
      value !== value.toLowerCase()
        ? 'repository names must be lower case'
        : hasHost || value.includes(':')
          ? 'give the name inside the namespace, without registry host, namespace or tag'
          : 'use lower-case letters, digits and separators (. _ - /) between them';
    throw new InputError(
      Input.Repository,
      `'${value}' is not a valid repository name: ${hint}`,
      'project-x/api',
    );
  }
  return value;
}

/**
 * The API key is all-or-nothing: a partial set is a configuration mistake worth naming, not a
 * reason to fall back silently to another credential. Every problem of a complete set is reported
 * (InputErrors when there are several).
 */
export function readApiKey(read: InputReader, env: Environment): ApiKey | undefined {
  const parts = {
    tenancy: read(Input.Tenancy) || env[Env.Tenancy] || '',
    user: read(Input.User) || env[Env.User] || '',
    fingerprint: read(Input.Fingerprint) || env[Env.Fingerprint] || '',
    privateKey: read(Input.PrivateKey) || env[Env.KeyContent] || '',
  };
  const passphrase = read(Input.PrivateKeyPassphrase) || env[Env.Passphrase] || undefined;
  const given = Object.entries(parts).filter(([, value]) => value.trim() !== '');
  if (given.length === 0) return undefined;
  if (given.length < 4) {
    const names: Record<string, string> = {
      tenancy: `${Input.Tenancy} (${Env.Tenancy})`,
      user: `${Input.User} (${Env.User})`,
      fingerprint: `${Input.Fingerprint} (${Env.Fingerprint})`,
      privateKey: `${Input.PrivateKey} (${Env.KeyContent})`,
    };
    const missing = Object.keys(parts).filter((key) => !given.some(([name]) => name === key));
    const first = missing[0] === 'privateKey' ? Input.PrivateKey : (missing[0] ?? Input.Tenancy);
    throw new InputError(
      first,
      `the API signing key is incomplete: also set ${missing.map((key) => names[key]).join(', ')}`,
    );
  }
  const problems = new InputProblems();
  const tenancy = problems.check(() => validateOcid(Input.Tenancy, parts.tenancy.trim(), ['tenancy']));
  const user = problems.check(() => validateOcid(Input.User, parts.user.trim(), ['user']));
  const fingerprint = problems.check(() => validateFingerprint(parts.fingerprint));
  const privateKey = problems.check(() => normalisePrivateKey(parts.privateKey, passphrase));
  if (fingerprint && privateKey) {
    problems.check(() => checkFingerprintMatches(privateKey, passphrase, fingerprint));
  }
  problems.throwIfAny();
  return {
    tenancy: tenancy!,
    user: user!,
    fingerprint: fingerprint!,
    privateKey: privateKey!,
    ...(passphrase ? { passphrase } : {}),
  };
}

export function optional(read: InputReader, name: string): string | undefined {
  const value = read(name).trim();
  return value === '' ? undefined : value;
}

/**
 * Masks the secret inputs and variables as they are, before validation: a message about a bad
 * value must never be the first place it shows. Each line of a multi-line value is masked too,
 * since the runner masks log lines one at a time.
 */
export function maskRawSecrets(read: InputReader, names: string[], env: Environment = process.env): void {
  const raw = [...names.map(read), ...[Env.KeyContent, Env.Passphrase].map((name) => env[name] ?? '')];
  for (const secret of rawSecretMasks(raw)) core.setSecret(secret);
}

/**
 * What to mask for raw secret values: each value whole, and each line of it, however the lines are
 * broken (LF, CRLF, `\n` escapes), trimmed as the log would show it. PEM BEGIN/END lines are not
 * secret and masking them would hide every message that quotes one; lines of 8 characters or
 * fewer (a PEM's last line may be `Ag==`) would mask innocent text all over the log.
 */
export function rawSecretMasks(values: readonly string[]): string[] {
  const masks = new Set<string>();
  for (const value of values.filter((text) => text.trim() !== '')) {
    masks.add(value);
    for (const line of value.split(PEM_LINE_BREAK).map((text) => text.trim())) {
      if (line.length > 8 && !line.startsWith('-----')) masks.add(line);
    }
  }
  return [...masks];
}

/** The secrets of an API key, each line of the PEM included, for masking. */
export function apiKeySecrets(key: ApiKey | undefined): string[] {
  if (!key) return [];
  const lines = key.privateKey.split('\n').filter((line) => line.length > 8 && !line.startsWith('-----'));
  return [key.passphrase, key.privateKey.trim(), ...lines].filter((value): value is string => Boolean(value));
}
