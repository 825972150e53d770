#!/usr/bin/env bash
# Adds one migration to both stores' migration sets, so the two never drift apart.
# Usage: scripts/add-migration.sh NameOfChange
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh NameOfChange}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
dotnet tool restore >/dev/null
for store in Sqlite Postgres; do
  dotnet ef migrations add "$name" \
    --project src/PartnershipPortal.Core --startup-project src/PartnershipPortal.Core \
    --context "${store}PortalDbContext" --output-dir "Data/Migrations/$store"
done
