import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  connectRepositoryImages,
  tagDigests
} from "./chunk-XCKFRA7S.js";
import "./chunk-UR5IQMHD.js";
import "./chunk-YLXI4DNC.js";
import "./chunk-TA26EA5O.js";
import "./chunk-R4NKTY3J.js";
import "./chunk-HQHPRU6P.js";
import {
  isNotFound
} from "./chunk-O3YZBLSD.js";
import "./chunk-ZRR2EDCD.js";
import "./chunk-JCNSVIZG.js";
import "./chunk-OQV333LO.js";
export {
  connectRepositoryImages,
  isNotFound,
  tagDigests
};
