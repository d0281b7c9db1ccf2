import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  statusOf
} from "./chunk-FDVIOSU4.js";

// src/oci/cause.ts
function causeOf(error) {
  const status = statusOf(error);
  const record = typeof error === "object" && error !== null ? error : {};
  const code = typeof record.serviceCode === "string" ? ` ${record.serviceCode}` : "";
  const message = error instanceof Error ? error.message : typeof record.message === "string" ? record.message : String(error);
  return `Cause: ${status === void 0 ? "" : `${status}${code}: `}${message}`;
}

export {
  causeOf
};
