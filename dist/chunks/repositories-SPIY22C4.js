import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  ensureRepository,
  findRepository
} from "./chunk-JQFTA3QT.js";
import "./chunk-TA26EA5O.js";
import "./chunk-R4NKTY3J.js";
import "./chunk-HQHPRU6P.js";
import "./chunk-2GS5O6KY.js";
import "./chunk-ZRR2EDCD.js";
import "./chunk-OQV333LO.js";
export {
  ensureRepository,
  findRepository
};
