import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  State,
  logout
} from "./chunks/chunk-BVA6GUQO.js";
import "./chunks/chunk-KYB52YRC.js";
import {
  getState,
  info
} from "./chunks/chunk-J3AKMAWX.js";
import "./chunks/chunk-OQV333LO.js";

// src/build-push/post.ts
async function post() {
  const registry = getState(State.Registry);
  if (!registry) {
    info("No registry login to undo");
    return;
  }
  if (getState(State.Logout) === "false") {
    info(`Staying logged in to ${registry} (logout: false)`);
    return;
  }
  await logout(registry);
}

// src/entry/post.ts
await post();
