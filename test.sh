#!/usr/bin/env bash
# Runs every test suite (unit, component, end-to-end) on a fresh Debian machine:
# installs what the suites need, then runs `dotnet test Studio.sln`. Fails when any test fails.
set -euo pipefail
cd "$(dirname "$0")"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# The browser tests drive Debian's Chromium; Playwright never downloads a browser here.
if [ ! -x /usr/bin/chromium ]; then
  echo "test.sh: installing chromium for the browser tests"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

dotnet test Studio.sln "$@"
