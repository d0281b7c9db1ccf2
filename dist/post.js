import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  getState,
  info,
  logout
} from "./chunks/chunk-DSMXQM5U.js";
import {
  State
} from "./chunks/chunk-M6DFNA2D.js";

// src/post.ts
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
