import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  MANIFEST_MEDIA_TYPES,
  RegistryApiError,
  isTransientStatus,
  manifestReference,
  parseChallenge,
  parseDigest,
  pushScope,
  registryBaseUrl,
  registryClient,
  repositoryScope,
  sha256Digest,
  tokenUrl
} from "./chunk-FDEZK4JF.js";
import "./chunk-OQV333LO.js";
export {
  MANIFEST_MEDIA_TYPES,
  RegistryApiError,
  isTransientStatus,
  manifestReference,
  parseChallenge,
  parseDigest,
  pushScope,
  registryBaseUrl,
  registryClient,
  repositoryScope,
  sha256Digest,
  tokenUrl
};
