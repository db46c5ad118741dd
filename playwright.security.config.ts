import { defineConfig } from "@playwright/test";

// The security suite (tests/security, docs/security-testing.md): raw HTTP against the production
// build served by scripts/e2e-server.ts, without the notification worker (the suite compares
// database checksums around each request). One worker, files in order: the later files lock the
// client out of sign-in (rate limit) and try to pollute the server process.
const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "tests/security",
  testMatch: /\.spec\.ts$/,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 180_000,
  reporter: [["list"]],
  use: { baseURL: `http://localhost:${port}` },
  webServer: {
    command: "npx tsx scripts/e2e-server.ts",
    // Without the worker; with a Twilio auth token, so that the SMS webhook checks signatures as
    // in production (no account SID: SMS still go to the local sink).
    env: { E2E_WORKER: "0", TWILIO_AUTH_TOKEN: "security-suite-token" },
    url: `http://localhost:${port}/api/health`,
    timeout: 180_000,
    reuseExistingServer: process.env.SECURITY_REUSE_SERVER === "1",
    stdout: "pipe",
    stderr: "pipe",
  },
});
