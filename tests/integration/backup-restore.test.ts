// Issue 16: `npm run db:backup` / `db:restore`. A backup of a database with real workflow data is
// restored into a fresh database; every table's rows, the sequences and the audit chain come back.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it, inject } from "vitest";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { backupDatabase, restoreDatabase } from "@/lib/ops/backup";
import { createPrisma } from "@/lib/prisma-client";
import { recordInspection } from "@/lib/services/inspection/record-inspection";
import { migrate } from "../../scripts/lib/boot";
import { makeFulfilmentWorld, makeSupplyOrderIn, preInspectionForm, SAMPLE_FILES } from "../factories/fulfilment";

const adminUrl = inject("adminUrl");
const target = `restore_${process.pid}_${Date.now() % 100000}`;
const targetUrl = adminUrl.replace(/\/[^/?]+(\?|$)/, `/${target}$1`);

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
afterAll(() => admin(`DROP DATABASE IF EXISTS ${target} WITH (FORCE)`));

async function counts(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`);
    const out: Record<string, number> = {};
    for (const { name } of rows) out[name] = Number((await client.query(`SELECT count(*) AS n FROM "${name}"`)).rows[0].n);
    return out;
  } finally {
    await client.end();
  }
}

describe("backup and restore (manak-copy format)", () => {
  it("restores every row and the audit chain into a fresh database, which then carries on", async () => {
    const world = await makeFulfilmentWorld(db);
    for (let i = 0; i < 3; i++) {
      const { line, inspection } = await makeSupplyOrderIn(db, world, "AWAITING_PRE_INSPECTION");
      await recordInspection(world.inspectorActor, { inspectionId: inspection!.id, ...preInspectionForm(line.id, "PASS"), photos: [SAMPLE_FILES.jpeg] });
    }
    const source = process.env.DATABASE_URL!;
    const before = await counts(source);
    expect(before.AuditEvent).toBeGreaterThan(3);

    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), "manak-backup-")), "b");
    const backup = await backupDatabase(source, dir, { forceCopyFormat: true });
    expect(backup).toMatchObject({ format: "manak-copy/1", rows: Object.values(before).reduce((a, b) => a + b, 0) });

    await admin(`CREATE DATABASE ${target}`);
    const restored = await restoreDatabase(targetUrl, dir, migrate);
    expect(restored.auditEvents).toBe(before.AuditEvent);
    expect(await counts(targetUrl)).toEqual(before);

    // Sequences carry on where the source's stood: the next audit event links onto the restored head.
    const copy = createPrisma(targetUrl, { name: "restored", max: 1 });
    try {
      await copy.$transaction((tx) => recordAudit(tx, { actor: "SYSTEM", entityType: "Test", entityId: "after-restore", action: "test.afterRestore" }));
      const [last, previous] = await copy.auditEvent.findMany({ orderBy: { seq: "desc" }, take: 2 });
      expect(last.seq).toBe(previous.seq + 1n);
      expect(last.prevHash).toBe(previous.hash);
    } finally {
      await copy.$disconnect();
    }

    // A database that already has data is refused.
    await expect(restoreDatabase(targetUrl, dir, migrate)).rejects.toThrow(/fresh database/);
  });
});
