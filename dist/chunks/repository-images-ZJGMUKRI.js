import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  connectRepositoryImages,
  isNotFound,
  tagDigests
} from "./chunk-45XPSBWC.js";
import "./chunk-ZRR2EDCD.js";
import "./chunk-JCNSVIZG.js";
import "./chunk-OQV333LO.js";
export {
  connectRepositoryImages,
  isNotFound,
  tagDigests
};
