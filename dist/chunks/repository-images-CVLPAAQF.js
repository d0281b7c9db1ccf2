import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  connectRepositoryImages,
  tagDigests
} from "./chunk-7D6P3QRZ.js";
import "./chunk-YTMEDQG5.js";
import "./chunk-SGPUTXAQ.js";
import "./chunk-G7PLKEJV.js";
import "./chunk-JCNSVIZG.js";
import "./chunk-R4NKTY3J.js";
import "./chunk-EWAGJ7JK.js";
import {
  isNotFound
} from "./chunk-FDVIOSU4.js";
import "./chunk-OQV333LO.js";
export {
  connectRepositoryImages,
  isNotFound,
  tagDigests
};
