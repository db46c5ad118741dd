#!/usr/bin/env bash
# Builds the app and runs Playwright in Debian's Chromium (Playwright's own browser download
# cannot work offline). The web server is scripts/e2e-server.ts on a throw-away database.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's Chromium for the end-to-end tests…"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
NEXT_TELEMETRY_DISABLED=1 npx next build
npx playwright test "$@"
