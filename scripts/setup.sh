#!/usr/bin/env bash
# Makes this machine ready for the demo and the tests, and does nothing that is already done:
# Debian's docker.io and docker-registry, the npm packages (Node 24 among them), a docker engine.
# Prints the pid of a dockerd it started to the file named by $DOCKERD_PID_FILE, if set.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)

if ! command -v dockerd >/dev/null || ! command -v docker >/dev/null || [ ! -x /usr/bin/docker-registry ]; then
  echo "setup: installing docker.io and docker-registry"
  # Installed services must not start: the registry's packaged config listens on every address.
  policy=/usr/sbin/policy-rc.d
  added_policy=""
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | "${as_root[@]}" tee "$policy" >/dev/null
    "${as_root[@]}" chmod +x "$policy"
    added_policy=1
  fi
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    docker.io docker-registry
  [ -z "$added_policy" ] || "${as_root[@]}" rm -f "$policy"
fi

# `npm install`, not `npm ci`: the lockfile pins every version, but this machine's registry lacks
# the other platforms' optional binaries that `npm ci` insists on finding in it.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: npm install"
  npm install --no-audit --no-fund
fi

node24=node_modules/.bin/node
"$node24" -e 'if (!process.version.startsWith("v24.")) { console.error(`setup: Node 24 expected, got ${process.version}`); process.exit(1); }'

engine=$("$node24" --import ./test-support/register.mjs test-support/dockerd.ts)
case "$engine" in
  started\ *)
    echo "setup: started dockerd (pid ${engine#started }) with --bridge=none --iptables=false"
    [ -z "${DOCKERD_PID_FILE:-}" ] || echo "${engine#started }" >"$DOCKERD_PID_FILE"
    ;;
esac
