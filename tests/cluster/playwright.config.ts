import { defineConfig, devices } from "@playwright/test";

// The cluster test's browser half (scripts/cluster-test.ts starts the cluster and runs this).
export default defineConfig({
  testDir: ".",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Generous: the flow takes about 1.5 min on an idle 2-core machine, much longer on a busy one.
  timeout: 900_000,
  reporter: [["list"]],
  use: {
    baseURL: process.env.CLUSTER_BASE_URL ?? "http://localhost:3860",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
});
