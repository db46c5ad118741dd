import { describe, expect, it } from "vitest";
import { createPrisma } from "@/lib/prisma-client";
import { recordAudit } from "@/lib/audit/record";
import { auditHash, GENESIS_HASH } from "@/lib/audit/canonical";

const db = createPrisma();

describe("audit chain", () => {
  it("keeps one linear chain under concurrent writers", async () => {
    await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        db.$transaction((tx) => recordAudit(tx, { actor: "SYSTEM", entityType: "Test", entityId: String(i), action: "poke", data: { i, big: BigInt(i) * 10n ** 15n } }), {
          // 25 transactions share a pool of 10 and queue on the chain's lock: on a busy machine the
          // last may wait longer for a connection than the 2 s default.
          maxWait: 30_000,
        }),
      ),
    );
    const events = await db.auditEvent.findMany({ orderBy: { seq: "asc" } });
    expect(events).toHaveLength(25);
    let prev = GENESIS_HASH;
    for (const [i, e] of events.entries()) {
      expect(e.seq).toBe(BigInt(i + 1));
      expect(e.prevHash).toBe(prev);
      expect(e.hash).toBe(auditHash(prev, e));
      prev = e.hash;
    }
  });
});
