import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  connectOci
} from "./chunk-SGPUTXAQ.js";
import "./chunk-EWAGJ7JK.js";
import "./chunk-FDVIOSU4.js";
import "./chunk-OQV333LO.js";
export {
  connectOci
};
