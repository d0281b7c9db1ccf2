/**
 * How OCI API failures look to the actions, without the SDK: callers (the prune's executor, error
 * messages) import this statically, while the SDK stays behind a dynamic import.
 */

/** A request that got no HTTP answer (DNS, refused, reset, TLS, timeout), after any retries. */
export class OciNetworkError extends Error {
  readonly code: string | undefined;
  readonly endpoint: string | undefined;

  constructor(message: string, code?: string, endpoint?: string) {
    super(message);
    this.name = 'OciNetworkError';
    this.code = code;
    this.endpoint = endpoint;
  }
}

const TRANSIENT_STATUS = new Set([429, 500, 502, 503, 504]);

/** Codes of failures that another attempt will not cure: a host that does not exist, a certificate. */
const PERMANENT_NETWORK_CODES =
  /^(ENOTFOUND|CERT_|ERR_TLS_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT|UNABLE_TO_)/;

/** The HTTP status of an OCI error (`OciError.statusCode`); undefined for anything else. */
export function statusOf(error: unknown): number | undefined {
  const status =
    typeof error === 'object' && error !== null ? (error as { statusCode?: unknown }).statusCode : undefined;
  return typeof status === 'number' ? status : undefined;
}

/**
 * Whether a failed HTTP answer is worth another attempt: throttling and server errors only, never
 * 400/401/404/409 (a request, key, permission or name problem that a retry cannot cure).
 */
export function isTransient(error: { statusCode: number }): boolean {
  return TRANSIENT_STATUS.has(error.statusCode);
}

/** A transient answer, or no answer at all unless its cause is permanent (unknown host, bad certificate). */
export function isRetryable(error: unknown): boolean {
  const status = statusOf(error);
  if (status !== undefined) return isTransient({ statusCode: status });
  if (error instanceof OciNetworkError) return !(error.code && PERMANENT_NETWORK_CODES.test(error.code));
  return false;
}

export function isPermanentNetworkCode(code: string | undefined): boolean {
  return code !== undefined && PERMANENT_NETWORK_CODES.test(code);
}

/**
 * The resource is not there (or not visible to this key: OCI answers both with 404
 * NotAuthorizedOrNotFound). For a delete or untag, someone else got there first.
 */
export function isNotFound(error: unknown): boolean {
  return statusOf(error) === 404;
}

/**
 * The write was conditioned on an etag (`if-match`) and the resource has changed since it was read
 * (412 PreconditionFailed): read it again before deciding anything about it.
 */
export function isPreconditionFailed(error: unknown): boolean {
  return statusOf(error) === 412;
}
