import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  State,
  dockerConfigPath,
  hasAuth,
  logout,
  readConfig,
  withoutAuth,
  writeConfig
} from "./chunks/chunk-CCOPXKZF.js";
import "./chunks/chunk-KYB52YRC.js";
import {
  getState,
  info,
  warning
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
  if (getState(State.LoginStore) === "config-file") await removeFromConfigFile(registry);
  else await logout(registry);
}
async function removeFromConfigFile(registry) {
  const path = dockerConfigPath();
  try {
    const config = await readConfig(path);
    if (hasAuth(config, registry)) await writeConfig(path, withoutAuth(config, registry));
    info(`Logged out of ${registry}`);
  } catch (error) {
    warning(`Could not log out of ${registry}: ${path}: ${String(error)}`);
  }
}

// src/entry/post.ts
await post();
