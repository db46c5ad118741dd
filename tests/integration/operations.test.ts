// Issue 16: readiness, the request id on audit events, the metrics read from the database, and the
// public read side's choice between replica and primary.
import { mkdtempSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { measureReplicaLagMs, publicReadClient } from "@/lib/db-read";
import { parseCatalogueSearch } from "@/lib/domain/catalogue/search";
import { getCatalogueItemByCode, listCategories, listDistricts } from "@/lib/queries/catalogue";
import { searchCatalogue } from "@/lib/queries/catalogue-search";
import { listRegister, parseRegisterFilters } from "@/lib/queries/register";
import { clusterMetricsText, metrics, routeGroup } from "@/lib/metrics";
import { checkReadiness } from "@/lib/queries/health";
import { withRequestContext } from "@/lib/request-context";

describe("checkReadiness", () => {
  it("is ready when every migration shipped with this build is applied", async () => {
    const readiness = await checkReadiness(path.join(import.meta.dirname, "../../prisma/migrations"));
    expect(readiness).toEqual({ ready: true, database: "up", migrations: { pending: [], failed: [] }, draining: false });
  });

  it("is not ready when the build ships a migration the database lacks (a release started before db:migrate)", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "manak-migrations-"));
    mkdirSync(path.join(dir, "20991231000000_from_the_future"));
    const readiness = await checkReadiness(dir);
    expect(readiness.ready).toBe(false);
    expect(readiness.migrations?.pending).toEqual(["20991231000000_from_the_future"]);
  });

  it("is not ready while the node drains for shutdown", async () => {
    const flags = globalThis as unknown as Record<symbol, boolean>;
    flags[Symbol.for("manak.draining")] = true;
    try {
      expect(await checkReadiness(path.join(import.meta.dirname, "../../prisma/migrations"))).toMatchObject({ ready: false, draining: true });
    } finally {
      delete flags[Symbol.for("manak.draining")];
    }
  });
});

describe("request id", () => {
  it("an audit event written while serving a request carries its id; outside a request, none", async () => {
    await withRequestContext({ requestId: "req-0123456789" }, () =>
      db.$transaction((tx) => recordAudit(tx, { actor: "SYSTEM", entityType: "Test", entityId: "rid-1", action: "test.inRequest" })),
    );
    await db.$transaction((tx) => recordAudit(tx, { actor: "SYSTEM", entityType: "Test", entityId: "rid-2", action: "test.outside" }));
    const events = await db.auditEvent.findMany({ where: { entityType: "Test" }, orderBy: { seq: "asc" }, select: { entityId: true, requestId: true } });
    expect(events).toEqual([{ entityId: "rid-1", requestId: "req-0123456789" }, { entityId: "rid-2", requestId: null }]);
  });
});

describe("metrics", () => {
  it("the outbox backlog, the oldest unsent age and the scheduler's lag come from the database", async () => {
    const old = new Date(Date.now() - 90_000);
    await db.notification.createMany({
      data: [
        { dedupeKey: "m-1", channel: "EMAIL", event: "t", locale: "en", toAddress: "a@example.com", subject: "s", body: "b", status: "QUEUED", createdAt: old },
        { dedupeKey: "m-2", channel: "SMS", event: "t", locale: "en", toAddress: "+919999999999", subject: "", body: "b", status: "FAILED" },
        { dedupeKey: "m-3", channel: "SMS", event: "t", locale: "en", toAddress: "+919999999999", subject: "", body: "b", status: "SENT" },
      ],
    });
    const minute = 60_000;
    const lastTick = new Date(Math.floor((Date.now() - 5 * minute) / minute) * minute);
    await db.scheduledJobRun.create({ data: { job: "m-sweep", tick: lastTick, intervalMs: minute, status: "DONE", worker: "w" } });
    const text = await clusterMetricsText(db);
    expect(text).toContain('manak_outbox_backlog{status="queued"} 1');
    expect(text).toContain('manak_outbox_backlog{status="failed"} 1');
    const oldest = Number(/^manak_outbox_oldest_unsent_seconds (\S+)$/m.exec(text)![1]);
    expect(oldest).toBeGreaterThan(85);
    expect(oldest).toBeLessThan(200);
    const lag = Number(/^manak_scheduler_lag_seconds\{job="m-sweep"\} (\S+)$/m.exec(text)![1]);
    expect(lag).toBeGreaterThan(3 * 60 - 5);
    expect(lag).toBeLessThan(5 * 60);
  });

  it("request latency is labelled by route group, never by id", async () => {
    expect(routeGroup("/orders/PO/2026-27/000123")).toBe("/orders");
    expect(routeGroup("/api/attachments/0193abcd")).toBe("/api/attachments");
    expect(routeGroup("/_next/static/chunks/x.js")).toBe("/_next");
    expect(routeGroup("/")).toBe("/");
    metrics().requestSeconds.observe({ method: "GET", route: "/orders", status: "200" }, 0.05);
    expect(await metrics().registry.metrics()).toMatch(/manak_http_request_duration_seconds_count\{method="GET",route="\/orders",status="200"\} 1/);
  });
});

describe("public read side", () => {
  it("without DATABASE_REPLICA_URL, public reads go to the primary", () => {
    expect(publicReadClient() === db).toBe(true);
  });

  it("a database that is not replaying WAL (not a replica) never passes the lag guard", async () => {
    expect(await measureReplicaLagMs(db, db)).toBe(Number.POSITIVE_INFINITY);
  });

  /**
   * A replica that is up to date, standing in for DATABASE_REPLICA_URL: the primary's client
   * behind a proxy that records what is asked of it, installed where lib/db-read.ts keeps its
   * replica (lag 0, not re-measured during the test).
   */
  function withSpyReplica() {
    const asked: string[] = [];
    const client = new Proxy(db, {
      get(target, prop) {
        asked.push(String(prop));
        const value = Reflect.get(target, prop);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    const holder = globalThis as unknown as Record<symbol, unknown>;
    holder[Symbol.for("manak.replica")] = { client, lagMs: 0, checkedAt: Number.POSITIVE_INFINITY, checking: null };
    return { asked, restore: () => void delete holder[Symbol.for("manak.replica")] };
  }

  it("with an up-to-date replica, the public catalogue search, its form's lists and an item page read the replica; a signed-in request reads the primary", async () => {
    const replica = withSpyReplica();
    try {
      const { search } = parseCatalogueSearch({ q: "chair" });
      await searchCatalogue(search);
      expect(replica.asked).toContain("$queryRaw");
      replica.asked.length = 0;
      await Promise.all([listCategories(), listDistricts(), getCatalogueItemByCode("NO-SUCH-ITEM")]);
      expect(replica.asked).toEqual(expect.arrayContaining(["category", "district", "item"]));
      replica.asked.length = 0;
      await listRegister(parseRegisterFilters({}));
      expect(replica.asked.length).toBeGreaterThan(0);

      replica.asked.length = 0;
      await withRequestContext({ requestId: "req-signed-in", signedIn: true }, async () => {
        await searchCatalogue(search);
        await listCategories();
      });
      expect(replica.asked).toEqual([]);
    } finally {
      replica.restore();
    }
  });
});
