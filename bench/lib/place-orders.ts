/**
 * Issue 9 §3: purchase orders placed through the real service (placePurchaseOrder: validation,
 * allocation, budget block, numbering, supply orders, notifications, audit — one transaction),
 * `concurrency` buyers at a time, against the floor: the very statements those transactions sent
 * (recorded below Prisma, sql-capture.ts), replayed with plain pg at the same concurrency on the
 * same data. Between the two runs the service's rows are removed again and the counters and
 * budgets put back, so the replay finds the database as the service did.
 */
import pg from "pg";
import type { Actor } from "../../lib/auth/actor";
import { recordUnits, replayUnit, type Unit } from "./sql-capture";
import { runConcurrently, summarise } from "./stats";

export type OrderRequest = { actor: Actor; input: { budgetHeadId: string; consigneeOfficeId: string; deliverBy: string; lines: { itemId: string; quantity: number }[] } };

export type PlaceOrdersResult = {
  orders: number;
  concurrency: number;
  /** serializedP50Ms: median time an order holds the purchase-order counter (see SERIALIZED_FROM). */
  service: { seconds: number; perSecond: number; failed: number; statementsPerOrder: number; p50Ms: number; p95Ms: number; serializedP50Ms: number };
  raw: { seconds: number; perSecond: number; p50Ms: number; p95Ms: number; serializedP50Ms: number };
  ratio: number;
};

// Tables the service writes and this bench knows how to put back; anything else stops the run.
const UNDOABLE = new Set(["PurchaseOrder", "PurchaseOrderLine", "SupplyOrder", "SupplyOrderLine", "Document", "Notification", "AuditEvent", "DocumentCounter", "BudgetHead"]);

/**
 * Orders from bench offices (bench/generate.ts) for items that some active offer of an active
 * vendor — a local one for a reserved item — delivers to the office's district: 1 or 2 lines.
 */
export async function orderRequests(pool: pg.Pool, count: number, financialYear: string, deliverBy: string): Promise<OrderRequest[]> {
  const { rows } = await pool.query<{ userId: string; officeId: string; districtId: number; budgetHeadId: string; locale: "en" | "hi"; items: string[] }>(
    `WITH o AS (
       SELECT u.id AS "userId", u.locale, o.id AS "officeId", o."districtId", b.id AS "budgetHeadId", g
         FROM generate_series(1, $1) AS g
         CROSS JOIN LATERAL (SELECT * FROM "Office" x WHERE x.code = 'BENCH-' || lpad(((g * 7919) % (SELECT count(*) FROM "Office" WHERE code LIKE 'BENCH-%'))::text, 5, '0')) o
         JOIN "User" u ON u."officeId" = o.id AND u.role = 'BUYER'
         JOIN "BudgetHead" b ON b."officeId" = o.id AND b."financialYear" = $2)
     SELECT o.*, ARRAY(
         SELECT DISTINCT f."itemId"::text FROM (
           SELECT off."itemId" FROM "OfferDistrict" od
             JOIN "Offer" off ON off.id = od."offerId" AND off.status = 'ACTIVE'
             JOIN "Vendor" v ON v.id = off."vendorId" AND v.status = 'ACTIVE'
             JOIN "Item" i ON i.id = off."itemId" AND i.active
            WHERE od."districtId" = o."districtId" AND (NOT i.reserved OR v."stateCode" = '22')
            OFFSET (o.g * 104729) % 2000 LIMIT CASE WHEN o.g % 3 = 0 THEN 2 ELSE 1 END) f) AS items
       FROM o`,
    [count, financialYear],
  );
  return rows
    .filter((r) => r.items.length > 0)
    .map((r, i) => ({
      actor: { userId: r.userId, role: "BUYER", locale: r.locale, officeId: r.officeId, vendorId: null, agencyId: null, inspectorId: null },
      input: { budgetHeadId: r.budgetHeadId, consigneeOfficeId: r.officeId, deliverBy, lines: r.items.map((itemId, j) => ({ itemId, quantity: 5 + ((i + j) % 16) })) },
    }));
}

export async function benchPlaceOrders(opts: {
  pool: pg.Pool;
  requests: OrderRequest[];
  concurrency: number;
  place: (actor: Actor, input: OrderRequest["input"]) => Promise<{ purchaseOrderId: string }>;
}): Promise<PlaceOrdersResult> {
  const { pool, requests, concurrency } = opts;
  const before = await snapshot(pool);

  try {
    const recording = recordUnits();
    const placed: string[] = [];
    let failed = 0;
    const service = await runConcurrently(requests.length, concurrency, async (i) => {
      try {
        placed.push((await opts.place(requests[i].actor, requests[i].input)).purchaseOrderId);
      } catch (error) {
        failed++;
        if (failed <= 3) console.error("  [place orders] service call failed:", error instanceof Error ? error.message : error);
      }
    });
    recording.stop();
    const units = recording.units;
    const unknown = [...writtenTables(units)].filter((t) => !UNDOABLE.has(t));
    if (unknown.length > 0) throw new Error(`the service now writes ${unknown.join(", ")}: teach bench/lib/place-orders.ts to put it back`);

    await restore(pool, before, placed);
    const rawSerialized: number[] = [];
    const raw = await runConcurrently(units.length, concurrency, async (i) => {
      const client = await pool.connect();
      try {
        const ms = await replayUnit(client, units[i], SERIALIZED_FROM);
        if (ms !== null) rawSerialized.push(ms);
      } finally {
        client.release();
      }
    });
    return summary(units, placed.length, failed, concurrency, service, raw, rawSerialized);
  } finally {
    await pool.query(`DROP TABLE IF EXISTS bench_snapshot_budget, bench_snapshot_counter`);
  }
}

/**
 * Where an order's transaction starts holding a lock every order needs (the financial year's
 * purchase-order counter row): from its answer to COMMIT, orders run one at a time, so this
 * stretch bounds orders/s whatever the concurrency (≤ 1000 ÷ its length in ms).
 */
const SERIALIZED_FROM = /INSERT INTO "DocumentCounter"/;

function serializedMs(unit: Unit): number | null {
  const first = unit.statements.find((s) => SERIALIZED_FROM.test(s.text));
  return first?.doneAt !== undefined && unit.committedAt !== undefined ? unit.committedAt - first.doneAt : null;
}

function summary(
  units: Unit[], orders: number, failed: number, concurrency: number,
  service: { latencies: number[]; seconds: number }, raw: { latencies: number[]; seconds: number }, rawSerialized: number[],
): PlaceOrdersResult {
  const serviceSerialized = units.map(serializedMs).filter((x): x is number => x !== null);
  const statements = units.reduce((s, u) => s + u.statements.length, 0);
  const s = summarise(service.latencies);
  const r = summarise(raw.latencies);
  const servicePerSecond = orders / service.seconds;
  const rawPerSecond = orders / raw.seconds;
  return {
    orders,
    concurrency,
    service: {
      seconds: round2(service.seconds), perSecond: Math.round(servicePerSecond), failed,
      statementsPerOrder: Math.round(statements / Math.max(1, orders)), p50Ms: s.p50, p95Ms: s.p95,
      serializedP50Ms: summarise(serviceSerialized).p50,
    },
    // Latency per replayed unit: an order's transaction, or a lone statement sent before it.
    raw: { seconds: round2(raw.seconds), perSecond: Math.round(rawPerSecond), p50Ms: r.p50, p95Ms: r.p95, serializedP50Ms: summarise(rawSerialized).p50 },
    ratio: Math.round((servicePerSecond / rawPerSecond) * 100) / 100,
  };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

function writtenTables(units: Unit[]): Set<string> {
  const tables = new Set<string>();
  for (const u of units) {
    for (const s of u.statements) {
      const m = /^\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+(?:"?public"?\.)?"?(\w+)"?/i.exec(s.text);
      if (m) tables.add(m[1]);
    }
  }
  return tables;
}

type Snapshot = { auditSeq: string; notificationId: string };

async function snapshot(pool: pg.Pool): Promise<Snapshot> {
  await pool.query(`DROP TABLE IF EXISTS bench_snapshot_budget, bench_snapshot_counter`);
  await pool.query(`CREATE UNLOGGED TABLE bench_snapshot_budget AS SELECT id, "blockedPaise", "spentPaise", "updatedAt" FROM "BudgetHead"`);
  await pool.query(`CREATE UNLOGGED TABLE bench_snapshot_counter AS SELECT * FROM "DocumentCounter"`);
  const { rows } = await pool.query<{ seq: string; id: string }>(
    `SELECT (SELECT coalesce(max(seq), 0) FROM "AuditEvent")::text AS seq, (SELECT coalesce(max(id), 0) FROM "Notification")::text AS id`,
  );
  return { auditSeq: rows[0].seq, notificationId: rows[0].id };
}

/** Removes what the service wrote and puts counters and budgets back as they were. */
async function restore(pool: pg.Pool, before: Snapshot, purchaseOrderIds: string[]): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    // The audit log refuses deletes by trigger; the replay writes the very same events again.
    await client.query("SET LOCAL session_replication_role = replica");
    await client.query(`DELETE FROM "AuditEvent" WHERE seq > $1`, [before.auditSeq]);
    await client.query(`DELETE FROM "Notification" WHERE id > $1`, [before.notificationId]);
    await client.query(
      `DELETE FROM "Document" WHERE "entityId" = ANY($1::uuid[]) OR "entityId" IN (SELECT id FROM "SupplyOrder" WHERE "purchaseOrderId" = ANY($1::uuid[]))`,
      [purchaseOrderIds],
    );
    await client.query(`DELETE FROM "SupplyOrderLine" WHERE "supplyOrderId" IN (SELECT id FROM "SupplyOrder" WHERE "purchaseOrderId" = ANY($1::uuid[]))`, [purchaseOrderIds]);
    await client.query(`DELETE FROM "SupplyOrder" WHERE "purchaseOrderId" = ANY($1::uuid[])`, [purchaseOrderIds]);
    await client.query(`DELETE FROM "PurchaseOrderLine" WHERE "purchaseOrderId" = ANY($1::uuid[])`, [purchaseOrderIds]);
    await client.query(`DELETE FROM "PurchaseOrder" WHERE id = ANY($1::uuid[])`, [purchaseOrderIds]);
    await client.query(`UPDATE "BudgetHead" h SET "blockedPaise" = s."blockedPaise", "spentPaise" = s."spentPaise", "updatedAt" = s."updatedAt"
                          FROM bench_snapshot_budget s WHERE s.id = h.id AND (h."blockedPaise", h."spentPaise") IS DISTINCT FROM (s."blockedPaise", s."spentPaise")`);
    await client.query(`DELETE FROM "DocumentCounter"`);
    await client.query(`INSERT INTO "DocumentCounter" SELECT * FROM bench_snapshot_counter`);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
