import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrisma } from "@/lib/prisma-client";
import { recordAudit } from "@/lib/audit/record";
import { auditHash } from "@/lib/audit/canonical";
import { verifyAuditChain } from "@/lib/audit/verify";
import { verifyChainForPublic } from "@/lib/queries/verification";
import { bypassingTrigger } from "../support/bypass-trigger";

const db = createPrisma();
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
const root = path.resolve(import.meta.dirname, "../..");


async function runCli() {
  try {
    const { stdout } = await promisify(execFile)(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "scripts/audit-verify.ts")], {
      env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
    });
    return { code: 0, out: stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

// 45 transactions on a pool of 10 queue for connections and for the audit lock; on a busy machine
// that takes longer than Prisma's default 2 s wait.
const waitLong = { maxWait: 60_000, timeout: 60_000 };

beforeAll(async () => {
  // 40 writers at once, and 5 whose transaction rolls back after appending: one gap-free chain.
  await Promise.all([
    ...Array.from({ length: 40 }, (_, i) =>
      db.$transaction((tx) => recordAudit(tx, { actor: "SYSTEM", entityType: "Test", entityId: String(i), action: "test.poke", data: { i, note: "अनुमोदित", big: 10n ** 18n } }), waitLong),
    ),
    ...Array.from({ length: 5 }, (_, i) =>
      db
        .$transaction(async (tx) => {
          await recordAudit(tx, { actor: "PUBLIC", entityType: "Test", entityId: `r${i}`, action: "test.rolledBack" });
          throw new Error("roll back");
        }, waitLong)
        .catch(() => undefined),
    ),
  ]);
});

afterAll(async () => {
  await pool.end();
  await db.$disconnect();
});

describe("audit chain", () => {
  it("stays one verified linear chain after concurrent writers", async () => {
    const result = await verifyAuditChain(pool, { batchSize: 7 }); // small batches cross several keyset pages
    expect(result).toMatchObject({ ok: true, count: 40, headSeq: 40n });
    expect((await runCli())).toMatchObject({ code: 0, out: expect.stringMatching(/^OK: 40 audit events verified in \d+ ms/) });
  });

  it("refuses UPDATE, DELETE and TRUNCATE through the trigger", async () => {
    await expect(pool.query(`UPDATE "AuditEvent" SET action = 'x' WHERE seq = 5`)).rejects.toThrow(/append-only: UPDATE refused/);
    await expect(pool.query(`DELETE FROM "AuditEvent" WHERE seq = 5`)).rejects.toThrow(/append-only: DELETE refused/);
    await expect(pool.query(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only: TRUNCATE refused/);
    await expect(db.auditEvent.deleteMany({})).rejects.toThrow();
    expect(await db.auditEvent.count()).toBe(40);
  });

  it("points at the altered row when history is edited behind the trigger's back", async () => {
    const original = await pool.query(`SELECT data FROM "AuditEvent" WHERE seq = 17`);
    await bypassingTrigger(pool, `UPDATE "AuditEvent" SET data = jsonb_set(data, '{i}', '999') WHERE seq = 17`);

    const result = await verifyAuditChain(pool);
    expect(result).toMatchObject({ ok: false, count: 16, broken: { seq: 17n, reason: "hash" } });
    expect(await verifyChainForPublic()).toMatchObject({ ok: false, broken: { seq: 17n, reason: "hash" } });
    expect(await runCli()).toMatchObject({ code: 1, out: expect.stringContaining("BROKEN at seq 17 (hash)") });

    await bypassingTrigger(pool, `UPDATE "AuditEvent" SET data = $1 WHERE seq = 17`, [original.rows[0].data]);
    expect(await verifyAuditChain(pool)).toMatchObject({ ok: true, count: 40 });
  });

  it("catches a re-hashed row at the next link, and a deleted row as a gap", async () => {
    // Rewrite seq 10 and recompute its own hash: the row looks consistent, but seq 11 still points at the old hash.
    const row = await db.auditEvent.findUniqueOrThrow({ where: { seq: 10n } });
    const forged = { ...row, action: "test.forged" };
    await bypassingTrigger(pool, `UPDATE "AuditEvent" SET action = $1, hash = $2 WHERE seq = 10`, [forged.action, auditHash(row.prevHash, forged)]);
    expect(await verifyAuditChain(pool)).toMatchObject({ ok: false, broken: { seq: 11n, reason: "prev-hash", expected: auditHash(row.prevHash, forged), found: row.hash } });
    await bypassingTrigger(pool, `UPDATE "AuditEvent" SET action = $1, hash = $2 WHERE seq = 10`, [row.action, row.hash]);

    await bypassingTrigger(pool, `DELETE FROM "AuditEvent" WHERE seq = 30`);
    expect(await verifyAuditChain(pool)).toMatchObject({ ok: false, count: 29, broken: { seq: 31n, reason: "seq-gap", expected: "30", found: "31" } });
  });
});
