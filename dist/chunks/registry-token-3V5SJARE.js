import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  registryToken,
  registryTokenGrant
} from "./chunk-S5TFWQL2.js";
import "./chunk-HQHPRU6P.js";
import "./chunk-ZRR2EDCD.js";
import "./chunk-OQV333LO.js";
export {
  registryToken,
  registryTokenGrant
};
