import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/oci/errors.ts
var OciNetworkError = class extends Error {
  code;
  endpoint;
  constructor(message, code, endpoint) {
    super(message);
    this.name = "OciNetworkError";
    this.code = code;
    this.endpoint = endpoint;
  }
};
var TRANSIENT_STATUS = /* @__PURE__ */ new Set([429, 500, 502, 503, 504]);
var PERMANENT_NETWORK_CODES = /^(ENOTFOUND|CERT_|ERR_TLS_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT|UNABLE_TO_)/;
function statusOf(error) {
  const status = typeof error === "object" && error !== null ? error.statusCode : void 0;
  return typeof status === "number" ? status : void 0;
}
function isTransient(error) {
  return TRANSIENT_STATUS.has(error.statusCode);
}
function isRetryable(error) {
  const status = statusOf(error);
  if (status !== void 0) return isTransient({ statusCode: status });
  if (error instanceof OciNetworkError) return !(error.code && PERMANENT_NETWORK_CODES.test(error.code));
  return false;
}
function isPermanentNetworkCode(code) {
  return code !== void 0 && PERMANENT_NETWORK_CODES.test(code);
}
function isNotFound(error) {
  return statusOf(error) === 404;
}

export {
  OciNetworkError,
  statusOf,
  isTransient,
  isRetryable,
  isPermanentNetworkCode,
  isNotFound
};
