import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  State,
  logout
} from "./chunks/chunk-GF6XVWTF.js";
import {
  getState,
  info
} from "./chunks/chunk-NJYCC6W7.js";
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
