import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/oci/scan-report.ts
var SEVERITIES = ["NONE", "LOW", "MEDIUM", "HIGH", "CRITICAL"];

export {
  SEVERITIES
};
