// `npm run check:dev-reload`: starts `npm run dev` and fails when an idle page reloads by itself.
// Run it in a checkout that has already built (`npm run build`, `npm test`) and had dev servers
// stopped hard: that is where a stale Turbopack cache or a per-request manifest made every page
// reload several times a second ("HMR hash mismatch"). Uses its own ports (PORT, default 3045;
// PG_PORT, default 54445) so it does not disturb a dev server already running.
import { spawn } from "node:child_process";
import { chromium } from "@playwright/test";

const port = process.env.PORT ?? "3045";
const idleSeconds = Number(process.env.IDLE_SECONDS ?? 20);
const pages = (process.env.PAGES ?? "/register,/verify,/catalogue").split(",");
const base = `http://localhost:${port}`;

const dev = spawn("npm", ["run", "dev"], {
  env: { ...process.env, PORT: port, PG_PORT: process.env.PG_PORT ?? "54445" },
  stdio: ["ignore", "pipe", "pipe"],
  detached: true,
});
let devLog = "";
dev.stdout.on("data", (d) => (devLog += d));
dev.stderr.on("data", (d) => (devLog += d));

async function stopDev() {
  if (dev.exitCode !== null) return;
  const exited = new Promise((resolve) => dev.on("exit", resolve));
  process.kill(-dev.pid!, "SIGINT");
  await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
}

async function waitUntilUp() {
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
try {
  await waitUntilUp();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium" });
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
  await stopDev();
}
console.log(failed ? "[check-dev-reload] FAIL: an idle page reloaded under npm run dev" : "[check-dev-reload] ok: no idle page reloaded");
process.exit(failed ? 1 : 0);
