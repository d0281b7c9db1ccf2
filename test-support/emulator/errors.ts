/** OCI-shaped failures: handlers throw them, the server turns them into `{code, message}` answers. */

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
  }
}

export function invalidParameter(message: string): ApiError {
  return new ApiError(400, 'InvalidParameter', message);
}

/** OCI answers "not found" and "not allowed" alike, so that a caller cannot probe for resources. */
export function notFound(what: string): ApiError {
  return new ApiError(404, 'NotAuthorizedOrNotFound', `${what} not found or not authorized`);
}

/** The code OCI uses for a status when a fault gives none. */
export function defaultCodeFor(status: number): string {
  const codes: Record<number, string> = {
    400: 'InvalidParameter',
    401: 'NotAuthenticated',
    404: 'NotAuthorizedOrNotFound',
    409: 'Conflict',
    429: 'TooManyRequests',
    500: 'InternalServerError',
    502: 'BadGateway',
    503: 'ServiceUnavailable',
    504: 'GatewayTimeout',
  };
  return codes[status] ?? 'Fault';
}
