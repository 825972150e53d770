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

# --- 1. Packages and a throwaway PostgreSQL server -----------------------------------------------
# shellcheck source=scripts/postgres.sh
. "$root/scripts/postgres.sh"
export PORTAL_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=portal_test;Database=postgres"
export PORTAL_TEST_CHROMIUM=/usr/bin/chromium

# --- 2. Build once, then run every test project ------------------------------------------------
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
log "building"
dotnet build PartnershipPortal.sln -c Release -nologo -v quiet -clp:ErrorsOnly
log "testing"
status=0
# -m:1 runs the test projects one after another: the browser tests and the database tests each keep both
# cores busy, and run side by side they starved each other into timeouts on a 2-core machine.
dotnet test PartnershipPortal.sln -c Release --no-build -nologo -m:1 \
  --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results" || status=$?

# --- 3. One closing line for people and for CI -------------------------------------------------
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
