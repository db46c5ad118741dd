import pg from "pg";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { GENESIS_HASH } from "@/lib/audit/canonical";
import { verifyAuditChain, type ChainVerification } from "@/lib/audit/verify";
import { verifyAuditChainParallel } from "@/lib/audit/verify-parallel";
import { generateAuditEvents } from "../../bench/audit-verify";
import { bypassingTrigger } from "../support/bypass-trigger";

const url = process.env.DATABASE_URL!;
const pool = new pg.Pool({ connectionString: url, max: 2 });

afterAll(() => pool.end());


async function freshChain(events: number) {
  await bypassingTrigger(pool, `DELETE FROM "AuditEvent"`);
  if (events > 0) await generateAuditEvents(pool, events);
}

const hashAt = async (seq: number) => (await pool.query<{ hash: string }>(`SELECT hash FROM "AuditEvent" WHERE seq = $1`, [seq])).rows[0].hash;
const withoutTime = ({ ms: _ms, ...rest }: ChainVerification) => rest;

// 40 events in ranges of 10: (0,10] verified in this thread, (10,20] (20,30] (30,∞) by two worker threads.
const parallel = { threads: 2, rangeEvents: 10 };

const tampering = {
  content: { sql: [`UPDATE "AuditEvent" SET data = jsonb_set(data, '{to}', '"CANCELLED"') WHERE seq = $1`], reason: "hash", at: 0 },
  "prev-hash": { sql: [`UPDATE "AuditEvent" SET "prevHash" = repeat('f', 64) WHERE seq = $1`], reason: "prev-hash", at: 0 },
  "deleted row": { sql: [`DELETE FROM "AuditEvent" WHERE seq = $1`], reason: "seq-gap", at: 1 },
  // A hole opened by moving the row and all after it one seq up (via a detour: seq is the primary key).
  "seq gap": { sql: [`UPDATE "AuditEvent" SET seq = seq + 1000 WHERE seq >= $1`, `UPDATE "AuditEvent" SET seq = seq - 999 WHERE seq >= 1000`], reason: "seq-gap", at: 1 },
} as const;

describe("parallel audit chain verification", () => {
  beforeEach(() => freshChain(40));

  it("verifies an intact chain with the same count and head as the sequential walk", async () => {
    const result = await verifyAuditChainParallel(url, parallel);
    expect(result).toMatchObject({ ok: true, count: 40, headSeq: 40n, headHash: await hashAt(40) });
    expect(withoutTime(result)).toEqual(withoutTime(await verifyAuditChain(pool)));
    expect(await verifyAuditChainParallel(url, { threads: 3, rangeEvents: 7 })).toMatchObject({ ok: true, count: 40, headSeq: 40n });
  });

  // Where: seq 3 in the first range, 15 in a middle one, 37 in the last; 10 ends a range, 11 and 31 begin one.
  describe.each(Object.entries(tampering))("%s", (_kind, { sql, reason, at }) => {
    it.each([3, 15, 37, 10, 11, 31])("is found at the right seq when made at seq %i", async (seq) => {
      const before = seq > 1 ? await hashAt(seq - 1) : GENESIS_HASH;
      for (const statement of sql) await bypassingTrigger(pool, statement, statement.includes("$1") ? [seq] : []);
      const result = await verifyAuditChainParallel(url, parallel);
      expect(result).toMatchObject({ ok: false, count: seq - 1, broken: { seq: BigInt(seq + at), reason } });
      if (reason === "prev-hash") expect(result).toMatchObject({ broken: { expected: before, found: "f".repeat(64) } });
      if (reason === "seq-gap") expect(result).toMatchObject({ broken: { expected: String(seq), found: String(seq + 1) } });
      expect(withoutTime(result)).toEqual(withoutTime(await verifyAuditChain(pool)));
    });
  });

  it("reports the first break in seq order when a later range breaks too", async () => {
    await bypassingTrigger(pool, tampering.content.sql[0], [35]);
    await bypassingTrigger(pool, tampering["deleted row"].sql[0], [5]);
    expect(await verifyAuditChainParallel(url, parallel)).toMatchObject({ ok: false, count: 4, broken: { seq: 6n, reason: "seq-gap" } });
  });

  it("reports a row forged far beyond the head as a gap", async () => {
    await bypassingTrigger(pool, `
      INSERT INTO "AuditEvent" (seq, "occurredAt", "actorRole", "entityType", "entityId", action, data, "prevHash", hash)
      SELECT 1000000000000000000, "occurredAt", "actorRole", "entityType", "entityId", action, data, hash, repeat('e', 64) FROM "AuditEvent" WHERE seq = 40`);
    const result = await verifyAuditChainParallel(url, parallel);
    expect(result).toMatchObject({ ok: false, count: 40, broken: { seq: 10n ** 18n, reason: "seq-gap", expected: "41", found: "1000000000000000000" } });
    expect(withoutTime(result)).toEqual(withoutTime(await verifyAuditChain(pool)));
  });

  it("verifies a chain shorter than the thread count, and an empty chain", async () => {
    await freshChain(3);
    expect(await verifyAuditChainParallel(url, { threads: 8, rangeEvents: 1 })).toMatchObject({ ok: true, count: 3, headSeq: 3n, headHash: await hashAt(3) });
    expect(await verifyAuditChainParallel(url)).toMatchObject({ ok: true, count: 3, headSeq: 3n });

    await freshChain(0);
    const empty = { ok: true, count: 0, headSeq: 0n, headHash: GENESIS_HASH };
    expect(await verifyAuditChainParallel(url, { threads: 4, rangeEvents: 1 })).toMatchObject(empty);
    expect(await verifyAuditChainParallel(url)).toMatchObject(empty);
    expect(await verifyAuditChain(pool)).toMatchObject(empty);
  });
});
