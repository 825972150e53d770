#!/usr/bin/env bash
# Runs every test suite of PartnershipPortal. Provisions what the tests need on a bare Debian machine
# with the .NET SDK: PostgreSQL and Chromium from Debian's packages, and a throwaway PostgreSQL server
# on 127.0.0.1 that is stopped however the tests end. Prints "N passed, N failed" last.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
results="$root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

log() { printf '[test.sh] %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# --- 1. Debian packages -------------------------------------------------------------------------
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
dpkg -s postgresql-contrib >/dev/null 2>&1 || missing+=(postgresql-contrib)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
dpkg -s fonts-dejavu-core >/dev/null 2>&1 || missing+=(fonts-dejavu-core)
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- 2. A throwaway PostgreSQL server ----------------------------------------------------------
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pgdata=$(mktemp -d /tmp/portal-pg.XXXXXX)
port=55432
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done

pg_user=postgres
run_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u "$pg_user" -- "$@"; else "$@"; fi
}
if [ "$(id -u)" -eq 0 ]; then chown "$pg_user" "$pgdata"; else pg_user=$(id -un); fi


stop_pg() {
  run_pg "$pgbin/pg_ctl" -D "$pgdata/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pgdata"
}
trap stop_pg EXIT

log "starting PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
run_pg "$pgbin/initdb" -D "$pgdata/data" -E UTF8 --locale=C.UTF-8 -A trust -U portal_test >/dev/null
run_pg "$pgbin/pg_ctl" -D "$pgdata/data" -l "$pgdata/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $pgdata -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
  start >/dev/null
export PORTAL_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=portal_test;Database=postgres"
export PORTAL_TEST_CHROMIUM=/usr/bin/chromium

# --- 3. Build once, then run every test project ------------------------------------------------
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
log "building"
dotnet build PartnershipPortal.sln -c Release -nologo -v quiet -clp:ErrorsOnly
log "testing"
status=0
dotnet test PartnershipPortal.sln -c Release --no-build -nologo \
  --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results" || status=$?

# --- 4. One closing line for people and for CI -------------------------------------------------
passed=0 failed=0 skipped=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  n=$(sed -n 's/.* notExecuted="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${n:-0}))
done

postgres_runs=$(cat "$results"/*.trx 2>/dev/null | grep -o 'testName="[^"]*Postgres[^"]*"[^>]*outcome="Passed"' | wc -l || true)
if [ "$postgres_runs" -eq 0 ]; then
  log "no PostgreSQL test passed: the suite must run against the real server"
  status=1
fi
if [ $((passed + failed)) -eq 0 ]; then
  log "no test ran"
  status=1
fi

line="$passed passed, $failed failed"
[ "$skipped" -eq 0 ] || line="$line, $skipped skipped"
[ "$failed" -eq 0 ] || status=1
echo "$line"
exit "$status"
