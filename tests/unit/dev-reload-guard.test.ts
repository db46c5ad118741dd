import { existsSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { devCacheDecision, guardDevCache, type DevCacheStamp } from "@/lib/dev/dev-cache";
import { MANIFEST_PATHS, webManifest } from "@/lib/pwa/manifest";

const root = path.resolve(import.meta.dirname, "../..");

describe("the web app manifest (issue 15: a per-request manifest kept `npm run dev` reloading)", () => {
  it("is no metadata route computed per request: no app/manifest.ts, and the served manifests read no cookies or headers", () => {
    expect(existsSync(path.join(root, "app/manifest.ts"))).toBe(false);
    for (const route of ["app/manifest.webmanifest/route.ts", "app/manifest.hi.webmanifest/route.ts"]) {
      const source = readFileSync(path.join(root, route), "utf8");
      expect(source).toMatch(/export const dynamic = "force-static"/);
      expect(source).not.toMatch(/next\/headers|cookies\(|headers\(/);
    }
    expect(readFileSync(path.join(root, "lib/pwa/manifest.ts"), "utf8")).not.toMatch(/next\/headers/);
  });

  it("exists in both languages, linked by the page's language", () => {
    expect(webManifest("hi")).toMatchObject({ short_name: "मानक", lang: "hi-IN", start_url: "/sign-in", display: "standalone" });
    expect(webManifest("en")).toMatchObject({ short_name: "Manak", lang: "en-IN" });
    expect(MANIFEST_PATHS).toEqual({ en: "/manifest.webmanifest", hi: "/manifest.hi.webmanifest" });
    expect(readFileSync(path.join(root, "app/layout.tsx"), "utf8")).toMatch(/manifest: MANIFEST_PATHS\[locale\]/);
  });

  it("a favicon exists, so /favicon.ico is not a 404 on every page", () => {
    const ico = readFileSync(path.join(root, "app/favicon.ico"));
    expect(ico.readUInt16LE(2)).toBe(1); // ICO type
    expect(ico.readUInt16LE(4)).toBeGreaterThan(0);
  });
});

const stamp: DevCacheStamp = { nextVersion: "16.4.6", lockfileSha256: "abc", buildId: "b1", buildAt: 1000 };

describe("devCacheDecision: when `npm run dev` clears Turbopack's .next/dev first", () => {
  it.each([
    ["no cache yet", null, stamp, false, true, false],
    ["cache written by an unknown dev server", null, stamp, true, true, true],
    ["same everything, clean stop", stamp, stamp, true, true, false],
    ["the last dev server was killed", stamp, stamp, true, false, true],
    ["Next upgraded", { ...stamp, nextVersion: "16.4.5" }, stamp, true, true, true],
    ["lockfile changed", { ...stamp, lockfileSha256: "def" }, stamp, true, true, true],
    ["`next build` ran since (new id)", { ...stamp, buildId: null, buildAt: null }, stamp, true, true, true],
    ["`next build` ran again (same id, new time)", { ...stamp, buildAt: 900 }, stamp, true, true, true],
  ] as const)("%s", (_name, previous, current, cacheExists, lastRunClean, clear) => {
    expect(devCacheDecision(previous, current, { cacheExists, lastRunClean }).clear).toBe(clear);
  });
});

describe("guardDevCache in a checkout that has built and had a dev server killed", () => {
  it("clears .next/dev, and keeps it after a clean stop with nothing changed", () => {
    const checkout = mkdtempSync(path.join(tmpdir(), "manak-dev-cache-"));
    const state = path.join(checkout, ".data");
    mkdirSync(path.join(checkout, ".next/dev"), { recursive: true });
    writeFileSync(path.join(checkout, ".next/dev/cache"), "stale");
    writeFileSync(path.join(checkout, ".next/BUILD_ID"), "build-1");
    writeFileSync(path.join(checkout, "package-lock.json"), "{}");
    const log: string[] = [];

    const stoppedCleanly = guardDevCache(checkout, state, (l) => log.push(l));
    expect(existsSync(path.join(checkout, ".next/dev"))).toBe(false);

    // The dev server writes its cache and is killed (no clean stop): the next start clears it.
    mkdirSync(path.join(checkout, ".next/dev"), { recursive: true });
    guardDevCache(checkout, state, (l) => log.push(l));
    expect(existsSync(path.join(checkout, ".next/dev"))).toBe(false);
    expect(log.at(-1)).toMatch(/did not stop cleanly/);

    // Stopped cleanly, nothing changed: the cache is kept (fast restarts).
    mkdirSync(path.join(checkout, ".next/dev"), { recursive: true });
    stoppedCleanly();
    guardDevCache(checkout, state, (l) => log.push(l))();
    expect(existsSync(path.join(checkout, ".next/dev"))).toBe(true);
  });
});
