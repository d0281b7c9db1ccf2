import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  connectOci
} from "./chunk-ODWGAMAK.js";
import "./chunk-HQHPRU6P.js";
import "./chunk-2GS5O6KY.js";
import "./chunk-ZRR2EDCD.js";
import "./chunk-OQV333LO.js";
export {
  connectOci
};
