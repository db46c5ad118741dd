// `npm run check:dev-reload`: starts `npm run dev` and fails when an idle page reloads by itself.
// Run it in a checkout that has already built (`npm run build`, `npm test`) and had dev servers
// stopped hard: that is where a stale Turbopack cache or a per-request manifest made every page
// reload several times a second ("HMR hash mismatch"). With HARD_STOP_FIRST=1 it makes that state
// itself: a first dev server is killed (SIGKILL, the whole process group) once it answers, then a
// second one is watched. Uses its own ports (PORT, default 3045; PG_PORT, default 54445; SMTP_PORT
// and SMS_SINK_PORT, defaults 2545 and 2546) so it does not disturb a dev server already running.
// tests/e2e/dev-reload.spec.ts runs it in the e2e suite, after the build the suite needs.
import { spawn, type ChildProcess } from "node:child_process";
import { chromium } from "@playwright/test";

const port = process.env.PORT ?? "3045";
const idleSeconds = Number(process.env.IDLE_SECONDS ?? 20);
const pages = (process.env.PAGES ?? "/register,/verify,/catalogue").split(",");
const base = `http://localhost:${port}`;
const devEnv = {
  ...process.env,
  PORT: port,
  PG_PORT: process.env.PG_PORT ?? "54445",
  SMTP_PORT: process.env.SMTP_PORT ?? "2545",
  SMS_SINK_PORT: process.env.SMS_SINK_PORT ?? "2546",
};

let devLog = "";
function startDev(): ChildProcess {
  const dev = spawn("npm", ["run", "dev"], { env: devEnv, stdio: ["ignore", "pipe", "pipe"], detached: true });
  dev.stdout!.on("data", (d) => (devLog += d));
  dev.stderr!.on("data", (d) => (devLog += d));
  return dev;
}

async function stopDev(dev: ChildProcess, signal: NodeJS.Signals) {
  if (dev.exitCode !== null || dev.signalCode !== null) return;
  const exited = new Promise((resolve) => dev.on("exit", resolve));
  try {
    process.kill(-dev.pid!, signal);
  } catch {
    return; // already gone
  }
  await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
}

async function waitUntilUp(dev: ChildProcess) {
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (dev.exitCode !== null) throw new Error(`npm run dev exited with ${dev.exitCode}\n${devLog}`);
    try {
      const res = await fetch(`${base}${pages[0]}`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`npm run dev did not answer within 4 minutes\n${devLog}`);
}

let failed = false;
let dev: ChildProcess | null = null;
try {
  if (process.env.HARD_STOP_FIRST === "1") {
    const first = startDev();
    await waitUntilUp(first);
    await stopDev(first, "SIGKILL");
    console.log("[check-dev-reload] first dev server killed hard (SIGKILL)");
    // Let the killed Postgres release its port before the next one starts.
    await new Promise((r) => setTimeout(r, 2000));
  }
  dev = startDev();
  await waitUntilUp(dev);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
  for (const path of pages) {
    const page = await browser.newPage();
    await page.goto(`${base}${path}`, { waitUntil: "load" });
    // Let the first compile of the page and its HMR connection settle, then count from there.
    await page.waitForTimeout(3000);
    let reloads = 0;
    page.on("framenavigated", (frame) => {
      if (frame === page.mainFrame()) reloads += 1;
    });
    await page.waitForTimeout(idleSeconds * 1000);
    console.log(`[check-dev-reload] ${path}: ${reloads} reload(s) in ${idleSeconds} s idle`);
    if (reloads > 0) failed = true;
    await page.close();
  }
  await browser.close();
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  if (dev) await stopDev(dev, "SIGINT");
}
console.log(failed ? "[check-dev-reload] FAIL: an idle page reloaded under npm run dev" : "[check-dev-reload] ok: no idle page reloaded");
process.exit(failed ? 1 : 0);
