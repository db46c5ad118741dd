import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { newApiToken } from "@/lib/domain/api-token/token";
import { keepDaysFromEnv, pruneTokenUses } from "@/lib/services/api-token/prune-token-uses";
import { makeUser } from "../factories";

const DAY = 86_400_000;

describe("pruning the API token use log", () => {
  it("deletes what is older than the kept days, in bounded batches, and keeps the rest", async () => {
    const admin = await makeUser(db, "ADMIN");
    const fresh = newApiToken();
    const token = await db.apiToken.create({
      data: { prefix: fresh.prefix, secretHash: fresh.secretHash, name: "Prune", scopes: ["read:orders"], createdById: admin.id, expiresAt: new Date(Date.now() + 30 * DAY) },
    });
    const now = new Date("2027-06-30T00:00:00Z");
    // 25 uses 91 days old, 3 uses 89 days old, 1 from today.
    const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY);
    await db.apiTokenUse.createMany({
      data: [
        ...Array.from({ length: 25 }, () => ({ tokenId: token.id, method: "GET", path: "/api/v1/orders", status: 200, ip: "10.0.0.1", createdAt: at(91) })),
        ...Array.from({ length: 3 }, () => ({ tokenId: token.id, method: "GET", path: "/api/v1/orders", status: 200, ip: "10.0.0.1", createdAt: at(89) })),
        { tokenId: token.id, method: "GET", path: "/api/v1/dashboard", status: 200, ip: "10.0.0.1", createdAt: now },
      ],
    });

    // Two batches of 10 allowed: 20 of the 25 old rows go, the next run takes the other 5.
    expect(await pruneTokenUses(db, { keepDays: 90, now, batchSize: 10, maxBatches: 2 })).toBe(20);
    expect(await db.apiTokenUse.count({ where: { tokenId: token.id } })).toBe(9);
    expect(await pruneTokenUses(db, { keepDays: 90, now, batchSize: 10, maxBatches: 2 })).toBe(5);
    const left = await db.apiTokenUse.findMany({ where: { tokenId: token.id }, select: { createdAt: true } });
    expect(left.map((u) => Math.round((now.getTime() - u.createdAt.getTime()) / DAY)).sort()).toEqual([0, 89, 89, 89]);
    expect(await pruneTokenUses(db, { keepDays: 90, now })).toBe(0);
  });

  it("reads the kept days from the environment, 90 when unset or nonsense", () => {
    expect(keepDaysFromEnv({})).toBe(90);
    expect(keepDaysFromEnv({ API_TOKEN_USE_KEEP_DAYS: "30" })).toBe(30);
    expect(keepDaysFromEnv({ API_TOKEN_USE_KEEP_DAYS: "-5" })).toBe(90);
    expect(keepDaysFromEnv({ API_TOKEN_USE_KEEP_DAYS: "a year" })).toBe(90);
  });
});
