#!/usr/bin/env bash
# Runs the benchmarks against a throwaway PostgreSQL server and prints a table of ratios (portal query
# time over raw Npgsql time for the same rows). Record the table in docs/performance.md.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
log() { printf '[bench.sh] %s\n' "$*"; }
# shellcheck source=scripts/postgres.sh
. "$root/scripts/postgres.sh"
export PORTAL_BENCH_POSTGRES="Host=127.0.0.1;Port=$port;Username=portal_test;Database=postgres"
# A 4 MB first generation: the export benchmark reads peak heap growth, which garbage would otherwise inflate.
DOTNET_GCgen0size=0x400000 dotnet run -c Release --project bench/PartnershipPortal.Benchmarks "$@"
