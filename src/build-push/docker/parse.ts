/** Pure readings of what the docker CLI prints. */

/** The digest `docker push` reports for a tag: `<tag>: digest: sha256:… size: N`. */
export function pushedDigest(output: string, tag: string): string | undefined {
  for (const line of output.split('\n')) {
    const match = /^(\S+): digest: (sha256:[0-9a-f]{64}) size: \d+/.exec(line.trim());
    if (match && match[1] === tag) return match[2];
  }
  return undefined;
}

export type FailureKind = 'transient' | 'auth' | 'permanent';

/**
 * Whether a failed registry command is worth another attempt. Authentication and permission
 * failures never are: repeating them only risks locking the user out.
 */
export function classifyFailure(stderr: string): FailureKind {
  const text = stderr.toLowerCase();
  if (
    /unauthori[sz]ed|authentication required|denied|forbidden|\b401\b|\b403\b|incorrect username or password/.test(
      text,
    )
  ) {
    return 'auth';
  }
  if (
    /\b5\d\d\b|internal server error|bad gateway|service unavailable|gateway time-?out|too many requests|\b429\b|toomanyrequests/.test(
      text,
    ) ||
    /connection reset|broken pipe|\beof\b|i\/o timeout|timed? ?out|tls handshake timeout|connection refused/.test(
      text,
    )
  ) {
    return 'transient';
  }
  return 'permanent';
}
