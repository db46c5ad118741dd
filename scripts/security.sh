#!/usr/bin/env bash
# The security suite (docs/security-testing.md): raw requests against the production build on a
# throw-away database. `--reuse-build` skips `next build` (npm test runs it right after e2e, which
# has just built); other arguments go to Playwright.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
if [ "${1:-}" = "--reuse-build" ]; then
  shift
  [ -f .next/server/server-reference-manifest.json ] || { echo "no production build in .next: run without --reuse-build" >&2; exit 1; }
else
  npx next build
fi
rm -rf test-results/security
npx playwright test -c playwright.security.config.ts "$@"
