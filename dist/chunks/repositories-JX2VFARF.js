import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  ensureRepository,
  findRepository
} from "./chunk-YLXI4DNC.js";
import "./chunk-TA26EA5O.js";
import "./chunk-R4NKTY3J.js";
import "./chunk-HQHPRU6P.js";
import "./chunk-O3YZBLSD.js";
import "./chunk-ZRR2EDCD.js";
import "./chunk-OQV333LO.js";
export {
  ensureRepository,
  findRepository
};
