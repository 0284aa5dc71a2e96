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

# The runtime and migration suites also run against PostgreSQL 15 (installed, cluster stopped on a new machine).
# Tests reach it over TCP with a password because peer authentication refuses the root user on the socket.
if ! command -v pg_ctlcluster >/dev/null; then
  echo "test.sh: installing postgresql for the database suites"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
if ! pg_lsclusters -h | awk '$1=="15" && $2=="main" {print $4}' | grep -q online; then
  as_root pg_ctlcluster 15 main start
fi
as_root runuser -u postgres -- psql -q -c "ALTER USER postgres PASSWORD 'postgres'"
export APISTUDIO_TEST_POSTGRES="Host=127.0.0.1;Username=postgres;Password=postgres"

dotnet test Studio.sln "$@"
