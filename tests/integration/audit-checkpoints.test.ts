import { execFile } from "node:child_process";
import crypto from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrisma } from "@/lib/prisma-client";
import { recordAudit } from "@/lib/audit/record";
import { auditHash } from "@/lib/audit/canonical";
import { verifyAuditChain } from "@/lib/audit/verify";
import { checkCheckpointList, loadStoredCheckpoints, mergeCheckpoints, publicKeyPem, verifyAgainstCheckpoints, type Checkpoint } from "@/lib/audit/checkpoint";
import { runAuditCheckpoints, signAuditCheckpoint } from "@/lib/services/audit/sign-checkpoint";
import { verifyChainForPublic } from "@/lib/queries/verification";
import { checkChainAgainstCheckpoints } from "@/lib/queries/audit-checkpoints";
import { bypassingTrigger } from "../support/bypass-trigger";

const db = createPrisma();
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
const root = path.resolve(import.meta.dirname, "../..");
const { privateKey } = crypto.generateKeyPairSync("ed25519");
const publicKey = crypto.createPublicKey(privateKey);
const dir = mkdtempSync(path.join(os.tmpdir(), "manak-checkpoints-"));
const keyFile = path.join(dir, "key.pem");
writeFileSync(keyFile, privateKey.export({ type: "pkcs8", format: "pem" }));
// What the web app verifies with: the public half, configured outside the database.
process.env.AUDIT_PUBLIC_KEY = publicKeyPem(privateKey);

const poke = (i: number) =>
  db.$transaction((tx) => recordAudit(tx, { actor: "SYSTEM", entityType: "Test", entityId: String(i), action: "poke", data: { i } }));

async function run(script: string, args: string[]) {
  try {
    const { stdout } = await promisify(execFile)(path.join(root, "node_modules/.bin/tsx"), [path.join(root, script), ...args], {
      env: { ...process.env, AUDIT_SIGNING_KEY_FILE: keyFile, AUDIT_SIGNING_KEY: "", AUDIT_PUBLIC_KEY: "" },
    });
    return { code: 0, out: stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

/** What an attacker with the database does: edit an old event and recompute every later hash, so the chain verifies again. */
async function rewriteFrom(seq: number) {
  const rows = await db.auditEvent.findMany({ where: { seq: { gte: BigInt(seq - 1) } }, orderBy: { seq: "asc" } });
  let prevHash = rows[0].prevHash;
  for (const [i, row] of rows.entries()) {
    const forged = i === 1 ? { ...row, data: { i: 999 } } : row;
    const hash = auditHash(i === 0 ? row.prevHash : prevHash, forged);
    if (i > 0) {
      await bypassingTrigger(pool, `UPDATE "AuditEvent" SET data = $1, "prevHash" = $2, hash = $3 WHERE seq = $4`, [JSON.stringify(forged.data), prevHash, hash, row.seq]);
    }
    prevHash = hash;
  }
}

let kept: Checkpoint[] = [];

beforeAll(async () => {
  for (let i = 1; i <= 5; i++) await poke(i);
});

afterAll(async () => {
  await pool.end();
  await db.$disconnect();
});

describe("audit checkpoints", () => {
  it("signs the head, links each checkpoint to the previous one, and records itself in the chain", async () => {
    const first = await signAuditCheckpoint(db, privateKey, { now: new Date("2026-12-01T00:00:00Z") });
    expect(first).toMatchObject({ number: 1, seq: "5", previousId: null });
    for (let i = 6; i <= 9; i++) await poke(i);
    const second = await signAuditCheckpoint(db, privateKey, { now: new Date("2026-12-02T00:00:00Z") });
    // seq 6 is the first checkpoint's own audit event.
    expect(second).toMatchObject({ number: 2, seq: "10", previousId: first!.id });
    const head = await db.auditEvent.findFirstOrThrow({ orderBy: { seq: "desc" } });
    expect(head).toMatchObject({ seq: 11n, action: "audit.checkpoint", entityId: "2" });

    kept = await loadStoredCheckpoints(pool);
    expect(kept).toHaveLength(2);
    expect(checkCheckpointList(kept, publicKey)).toBeNull();
    const chain = await verifyAuditChain(pool);
    expect(await verifyAgainstCheckpoints(pool, chain, kept, publicKey)).toMatchObject({ ok: true, checked: 2, latest: { number: 2, seq: "10" } });
  });

  it("signs daily from the worker: not again within the day, again after it", async () => {
    const day = Number(process.env.AUDIT_CHECKPOINT_EVERY_MS ?? 86_400_000);
    expect(await runAuditCheckpoints(db, privateKey, new Date(Date.parse("2026-12-02T00:00:00Z") + day - 1))).toBeNull();
    expect(await runAuditCheckpoints(db, null, new Date("2026-12-09T00:00:00Z"))).toBeNull();
    expect(await runAuditCheckpoints(db, privateKey, new Date(Date.parse("2026-12-02T00:00:00Z") + day))).toMatchObject({ number: 3, seq: "11" });
    kept = await loadStoredCheckpoints(pool);
  });

  it("publishes an append-only list at a stable URL, each checkpoint linking the previous one", async () => {
    const { GET } = await import("@/app/api/audit/checkpoints/route");
    const body = await (await GET(new Request("http://localhost/api/audit/checkpoints"))).json();
    expect(body).toMatchObject({ algorithm: "Ed25519", publicKey: publicKeyPem(privateKey), next: null });
    expect(body.checkpoints).toHaveLength(3);
    expect(body.checkpoints[2]).toMatchObject({ number: 3, previousId: kept[1].id, previous: expect.stringMatching(/\/api\/audit\/checkpoints\/2$/) });
    expect(checkCheckpointList(body.checkpoints, publicKey)).toBeNull();
    const one = await import("@/app/api/audit/checkpoints/[number]/route");
    expect(await (await one.GET(new Request("http://localhost/x"), { params: Promise.resolve({ number: "1" }) })).json()).toMatchObject({ number: 1, previous: null, id: kept[0].id });
    expect((await one.GET(new Request("http://localhost/x"), { params: Promise.resolve({ number: "9" }) })).status).toBe(404);
  });

  it("refuses to change or remove a checkpoint through the trigger", async () => {
    await expect(pool.query(`UPDATE "AuditCheckpoint" SET hash = 'x' WHERE number = 1`)).rejects.toThrow(/append-only: UPDATE refused/);
    await expect(pool.query(`DELETE FROM "AuditCheckpoint" WHERE number = 3`)).rejects.toThrow(/append-only: DELETE refused/);
    await expect(pool.query(`TRUNCATE "AuditCheckpoint"`)).rejects.toThrow(/append-only: TRUNCATE refused/);
  });

  it("publishes the list with the public key, and the standalone command keeps a copy", async () => {
    const listFile = path.join(dir, "list.json");
    writeFileSync(listFile, JSON.stringify({ publicKey: publicKeyPem(privateKey), checkpoints: kept, next: null }));
    const store = path.join(dir, "kept.json");
    expect(await run("scripts/audit-checkpoints.ts", ["keep", listFile, `--store=${store}`])).toMatchObject({ code: 0, out: expect.stringContaining("OK: 3 checkpoints kept (3 new)") });
    expect(await run("scripts/audit-checkpoints.ts", ["check", `--store=${store}`])).toMatchObject({ code: 0, out: expect.stringContaining("against 3 checkpoints") });

    // A republished list that drops or alters a checkpoint kept earlier is refused.
    writeFileSync(listFile, JSON.stringify({ publicKey: publicKeyPem(privateKey), checkpoints: kept.slice(0, 2), next: null }));
    expect(await run("scripts/audit-checkpoints.ts", ["keep", listFile, `--store=${store}`])).toMatchObject({ code: 1, out: expect.stringContaining("#3 kept earlier has been withdrawn") });
    // Signed with another key: the key pinned in the kept copy refuses it.
    const forgedKey = crypto.generateKeyPairSync("ed25519").privateKey;
    const { signCheckpoint } = await import("@/lib/audit/checkpoint");
    const forgedList = [kept[0], kept[1], signCheckpoint(forgedKey, { seq: kept[2].seq, hash: "f".repeat(64) }, kept[1], new Date())];
    writeFileSync(listFile, JSON.stringify({ publicKey: publicKeyPem(forgedKey), checkpoints: forgedList, next: null }));
    expect(await run("scripts/audit-checkpoints.ts", ["keep", listFile, `--store=${store}`])).toMatchObject({ code: 1, out: expect.stringContaining("BAD checkpoint #3 (signature)") });
    expect(mergeCheckpoints(kept, [kept[0], kept[1], { ...kept[2], signature: forgedList[2].signature }])).toEqual({ ok: false, number: 3, reason: "changed" });
  });

  it("detects a chain rewritten from an old row on with recomputed hashes, against a checkpoint taken before", async () => {
    await rewriteFrom(3);
    // The chain alone verifies: every hash was recomputed.
    const chain = await verifyAuditChain(pool);
    expect(chain).toMatchObject({ ok: true, count: 12 });
    expect(await verifyAgainstCheckpoints(pool, chain, kept, publicKey)).toMatchObject({ ok: false, number: 1, reason: "rewritten", seq: "5", matchedUpTo: "0", expected: kept[0].hash });

    // /verify: the chain verifies, the checkpoints expose the rewrite.
    const publicChain = await verifyChainForPublic();
    expect(publicChain).toMatchObject({ ok: true });
    expect(await checkChainAgainstCheckpoints(publicChain)).toMatchObject({ ok: false, number: 1, reason: "rewritten", matchedUpTo: "0" });

    const verify = await run("scripts/audit-verify.ts", ["--threads=1"]);
    expect(verify.code).toBe(1);
    expect(verify.out).toContain("OK: 12 audit events verified");
    expect(verify.out).toContain("CHECKPOINT #1 (rewritten)");
    expect(verify.out).toContain("rewritten after seq 0");
    const store = path.join(dir, "kept.json");
    expect(await run("scripts/audit-checkpoints.ts", ["check", `--store=${store}`])).toMatchObject({ code: 1, out: expect.stringContaining("CHECKPOINT #1 (rewritten)") });
  });

  it("detects a checkpoint altered behind the trigger (its signature), and a log cut short (missing)", async () => {
    await bypassingTrigger(pool, `UPDATE "AuditCheckpoint" SET hash = $1 WHERE number = 2`, ["0".repeat(64)]);
    const tampered = await loadStoredCheckpoints(pool);
    expect(checkCheckpointList(tampered, publicKey)).toEqual({ number: 2, reason: "signature" });

    const chain = { ok: true as const, headSeq: 4n };
    expect(await verifyAgainstCheckpoints(pool, chain, kept.slice(0, 1).map((cp) => ({ ...cp })), publicKey)).toMatchObject({ ok: false, reason: "missing", number: 1 });
  });
});
