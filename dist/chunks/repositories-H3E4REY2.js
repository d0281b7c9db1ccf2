import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  ensureRepository,
  findRepository
} from "./chunk-YTMEDQG5.js";
import "./chunk-G7PLKEJV.js";
import "./chunk-R4NKTY3J.js";
import "./chunk-EWAGJ7JK.js";
import "./chunk-FDVIOSU4.js";
import "./chunk-OQV333LO.js";
export {
  ensureRepository,
  findRepository
};
