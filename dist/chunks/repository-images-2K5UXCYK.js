import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  connectRepositoryImages,
  tagDigests
} from "./chunk-Y6EPEAJS.js";
import "./chunk-ODWGAMAK.js";
import "./chunk-JQFTA3QT.js";
import "./chunk-TA26EA5O.js";
import "./chunk-R4NKTY3J.js";
import "./chunk-HQHPRU6P.js";
import {
  isNotFound,
  isPreconditionFailed
} from "./chunk-2GS5O6KY.js";
import "./chunk-ZRR2EDCD.js";
import "./chunk-JCNSVIZG.js";
import "./chunk-OQV333LO.js";
export {
  connectRepositoryImages,
  isNotFound,
  isPreconditionFailed,
  tagDigests
};
