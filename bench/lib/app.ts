/**
 * The built app (`next start`, production mode) on the bench database. The build in .next is
 * reused when it is newer than every source file; otherwise `next build` runs first (waiting for
 * anyone else's build to finish rather than writing into .next at the same time).
 */
import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { run } from "../../lib/dev/run";

const root = path.resolve(import.meta.dirname, "../..");
const SOURCES = ["app", "components", "lib", "i18n", "public", "next.config.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json", "prisma/schema.prisma"];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(entry)) {
    if (name === "node_modules" || name.startsWith(".")) continue;
    newest = Math.max(newest, newestMtime(path.join(entry, name)));
  }
  return newest;
}

function buildIsFresh(): boolean {
  const buildId = path.join(root, ".next/BUILD_ID");
  if (!existsSync(buildId)) return false;
  const built = statSync(buildId).mtimeMs;
  return SOURCES.every((s) => newestMtime(path.join(root, s)) < built);
}

/**
 * Another `next build` writing this checkout's .next, or a production server (an e2e run) reading
 * it. Only processes running in this checkout count: other worktrees on the machine have their
 * own .next (a process whose folder cannot be read counts, to be safe).
 */
function nextInUse(): string | null {
  try {
    const lines = execFileSync("pgrep", ["-af", "next (build|start)"], { encoding: "utf8" }).trim().split("\n").filter(Boolean);
    const here = lines.filter((line) => {
      try {
        return realpathSync(`/proc/${line.split(" ")[0]}/cwd`) === realpathSync(root);
      } catch {
        return existsSync(`/proc/${line.split(" ")[0]}`);
      }
    });
    return here[0] ?? null;
  } catch {
    return null;
  }
}

/**
 * Builds when .next is missing or older than the sources; returns the seconds spent (0: reused).
 * Never writes .next under someone else's build or running `next start`: waits for them (at most
 * ten minutes).
 */
export async function ensureBuild(log: (line: string) => void): Promise<number> {
  const deadline = Date.now() + 10 * 60_000;
  for (let busy = nextInUse(); busy; busy = nextInUse()) {
    if (buildIsFresh() && !/next build/.test(busy)) return 0;
    if (Date.now() > deadline) throw new Error(`.next is stale and still in use after 10 minutes: ${busy.slice(0, 100)}`);
    log(`  waiting: .next is in use (${busy.slice(0, 90)}) …`);
    await new Promise((r) => setTimeout(r, 10_000));
  }
  if (buildIsFresh()) return 0;
  log("  .next is missing or older than the sources: next build …");
  const t0 = performance.now();
  await run(path.join(root, "node_modules/.bin/next"), ["build"], { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" });
  return Math.round((performance.now() - t0) / 100) / 10;
}

export type RunningApp = { baseUrl: string; stop: () => Promise<void> };

export async function startApp(opts: { databaseUrl: string; port: number }): Promise<RunningApp> {
  const baseUrl = `http://localhost:${opts.port}`;
  const child = spawn(path.join(root, "node_modules/.bin/next"), ["start", "--port", String(opts.port)], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: opts.databaseUrl,
      NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
      NEXTAUTH_URL: baseUrl,
      NEXT_TELEMETRY_DISABLED: "1",
      // Nothing is sent from the app during the bench; the local sinks' settings keep it offline.
      DEV_SINKS: "1",
      // The bench signs in as demo accounts; production refuses them unless a test server says so.
      MANAK_ALLOW_DEMO_ACCOUNTS: "1",
      SMTP_PORT: "1",
      SMS_SINK_PORT: "1",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  };
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    if (await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false)) return { baseUrl, stop };
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error("next start did not answer /api/health within 60 s");
}

/** Wall time of one GET until the whole body has arrived, in ms; throws on a non-2xx answer. */
export async function timeGet(url: string, headers: Record<string, string> = {}): Promise<number> {
  const t0 = performance.now();
  const response = await fetch(url, { headers, redirect: "manual" });
  await response.arrayBuffer();
  const ms = performance.now() - t0;
  if (!response.ok) throw new Error(`GET ${url}: HTTP ${response.status}`);
  return ms;
}
