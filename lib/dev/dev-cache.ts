import { createHash } from "node:crypto";
import { existsSync, readFileSync, rmSync, writeFileSync, mkdirSync, statSync } from "node:fs";
import path from "node:path";

/**
 * Turbopack keeps a persistent dev cache in `.next/dev`. After `next build` (which `npm test` and
 * the e2e script run), an upgrade of Next or the lockfile, or a dev server killed mid-write, that
 * cache can go bad and the dev server then sends `reloadPage` ("HMR hash mismatch") several times
 * a second to idle pages. `npm run dev` therefore starts from a clean cache whenever anything the
 * cache depends on changed since the last dev server, or the last one did not stop cleanly.
 */
export type DevCacheStamp = {
  nextVersion: string;
  lockfileSha256: string;
  /** BUILD_ID of the last `next build` in this checkout (null: never built). */
  buildId: string | null;
  /** mtime of .next/BUILD_ID: a rebuild of the same source writes a new one. */
  buildAt: number | null;
};

export type DevCacheDecision = { clear: boolean; reason: string | null };

/** Pure: whether `.next/dev` must be cleared before `next dev` starts. */
export function devCacheDecision(
  previous: DevCacheStamp | null,
  current: DevCacheStamp,
  { cacheExists, lastRunClean }: { cacheExists: boolean; lastRunClean: boolean },
): DevCacheDecision {
  if (!cacheExists) return { clear: false, reason: null };
  if (!previous) return { clear: true, reason: "no record of the dev server that wrote it" };
  if (!lastRunClean) return { clear: true, reason: "the last dev server did not stop cleanly" };
  if (previous.nextVersion !== current.nextVersion) return { clear: true, reason: `Next.js changed (${previous.nextVersion} → ${current.nextVersion})` };
  if (previous.lockfileSha256 !== current.lockfileSha256) return { clear: true, reason: "package-lock.json changed" };
  if (previous.buildId !== current.buildId || previous.buildAt !== current.buildAt) return { clear: true, reason: "`next build` ran since" };
  return { clear: false, reason: null };
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}

export function currentStamp(root: string): DevCacheStamp {
  const buildIdFile = path.join(root, ".next/BUILD_ID");
  const hasBuild = existsSync(buildIdFile);
  const lockfile = path.join(root, "package-lock.json");
  return {
    nextVersion: readJson<{ version: string }>(path.join(root, "node_modules/next/package.json"))?.version ?? "unknown",
    lockfileSha256: existsSync(lockfile) ? createHash("sha256").update(readFileSync(lockfile)).digest("hex") : "none",
    buildId: hasBuild ? readFileSync(buildIdFile, "utf8").trim() : null,
    buildAt: hasBuild ? Math.round(statSync(buildIdFile).mtimeMs) : null,
  };
}

/**
 * Before `next dev`: clear a stale `.next/dev` and record what this dev server starts from.
 * Returns a function to call on a clean shutdown. The stamp lives in `.data` (git-ignored), not in
 * `.next`, so `next build` cannot remove it along with its own output.
 */
export function guardDevCache(root: string, stateDir: string, log: (line: string) => void = console.log): () => void {
  const cacheDir = path.join(root, ".next/dev");
  const stampFile = path.join(stateDir, "dev-cache.json");
  const runningFile = path.join(stateDir, "dev-running");
  const current = currentStamp(root);
  const decision = devCacheDecision(readJson<DevCacheStamp>(stampFile), current, {
    cacheExists: existsSync(cacheDir),
    lastRunClean: !existsSync(runningFile),
  });
  if (decision.clear) {
    log(`[manak] clearing Next's dev cache (.next/dev): ${decision.reason}`);
    rmSync(cacheDir, { recursive: true, force: true });
  }
  mkdirSync(stateDir, { recursive: true });
  writeFileSync(stampFile, JSON.stringify(current, null, 2));
  writeFileSync(runningFile, String(process.pid));
  return () => rmSync(runningFile, { force: true });
}
