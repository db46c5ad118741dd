#!/usr/bin/env bash
# `npm test`: everything CI checks, in order of speed. Needs only `npm install` beforehand:
# PostgreSQL is embedded; Chromium and nginx are installed with apt when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
step() { printf '\n== %s\n' "$1"; }

step "typecheck"; npx tsc --noEmit
step "lint"; npx eslint --max-warnings=0 .
step "migration drift"; npx tsx scripts/db-check.ts
step "unit tests"; npx vitest run --project unit
step "integration tests (PostgreSQL)"; npx vitest run --project integration
step "end-to-end tests (Chromium)"; bash scripts/e2e.sh
step "security suite (attacks on the same production build)"; bash scripts/security.sh --reuse-build
step "cluster test (nginx, two web nodes, replica, S3, two workers; kills)"; bash scripts/cluster.sh
