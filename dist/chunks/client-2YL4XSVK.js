import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  connectOci
} from "./chunk-UR5IQMHD.js";
import "./chunk-HQHPRU6P.js";
import "./chunk-O3YZBLSD.js";
import "./chunk-ZRR2EDCD.js";
import "./chunk-OQV333LO.js";
export {
  connectOci
};
