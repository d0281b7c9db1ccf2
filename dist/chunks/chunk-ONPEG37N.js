import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  statusOf
} from "./chunk-2GS5O6KY.js";
import {
  messageOf
} from "./chunk-6YBALY5C.js";

// src/oci/cause.ts
function causeOf(error) {
  const status = statusOf(error);
  const record = typeof error === "object" && error !== null ? error : {};
  const code = typeof record.serviceCode === "string" ? ` ${record.serviceCode}` : "";
  return `Cause: ${status === void 0 ? "" : `${status}${code}: `}${messageOf(error)}`;
}

export {
  causeOf
};
