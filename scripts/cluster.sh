#!/usr/bin/env bash
# `npm run test:cluster`: installs Debian's nginx (and Chromium) when missing, as scripts/e2e.sh does
# for Chromium, builds the app unless a build newer than the sources exists, and runs
# scripts/cluster-test.ts. Everything listens on localhost only.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
missing=()
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian's ${missing[*]} for the cluster test…"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
export PATH="$PATH:/usr/sbin"
# The e2e step of `npm test` has just built; a standalone run builds when sources are newer.
if [ ! -f .next/BUILD_ID ] || [ -n "$(find app lib components i18n next.config.ts -newer .next/BUILD_ID -type f -print -quit 2>/dev/null)" ]; then
  NEXT_TELEMETRY_DISABLED=1 npx next build
fi
exec npx tsx scripts/cluster-test.ts
