// Issue 15, the dev loop: `npm run dev` reloaded every page about five times a second (HMR hash
// mismatch) in a checkout that had been used before. This runs scripts/check-dev-reload.ts in the
// state that broke it — a checkout that has built (the e2e suite needs a build) and run the tests,
// with a dev server killed hard first — and fails when an idle page reloads by itself. Its ports
// are beside the e2e ports (web and Postgres + 1, mail and SMS sinks + 2), so it runs next to the
// suite's own server (`next start` uses `.next`,
// `next dev` uses `.next/dev`).
import { spawn } from "node:child_process";
import path from "node:path";
import { expect, test } from "./fixtures";

const root = path.resolve(import.meta.dirname, "../..");
const plus = (value: string | undefined, fallback: number, n: number) => String(Number(value ?? fallback) + n);

test("an idle page under npm run dev does not reload, after a build and a dev server killed hard", async () => {
  // Two dev server starts (embedded Postgres, migrations, demo data, first compile); the idle watch itself is 15 s.
  test.setTimeout(480_000);
  const child = spawn(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "scripts/check-dev-reload.ts")], {
    cwd: root,
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      HARD_STOP_FIRST: "1",
      PAGES: "/verify",
      IDLE_SECONDS: "15",
      PORT: plus(process.env.E2E_PORT, 3100, 1),
      PG_PORT: plus(process.env.E2E_PG_PORT, 54331, 1),
      SMTP_PORT: plus(process.env.E2E_SMTP_PORT, 2625, 2),
      SMS_SINK_PORT: plus(process.env.E2E_SMS_PORT, 2626, 2),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  const summary = output.split("\n").filter((l) => l.startsWith("[check-dev-reload]")).join("\n");
  expect(code, output.slice(-4000)).toBe(0);
  expect(summary).toMatch(/\/verify: 0 reload\(s\) in 15 s idle/);
});
