// Graded penalties (issue 18): impose and revoke through the real services against Postgres, the
// conflicts two admins get, the allocation that skips a barred vendor, and the public scorecard.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { imposePenalty } from "@/lib/services/penalty/impose-penalty";
import { imposeVendorPenalty } from "@/lib/services/penalty/impose-vendor-penalty";
import { revokeVendorPenalty } from "@/lib/services/penalty/revoke-vendor-penalty";
import { loadCandidates } from "@/lib/services/allocation/load-candidates";
import { ownPenalties, vendorPenaltiesForAdmin } from "@/lib/queries/penalties";
import { getVendorScorecard } from "@/lib/queries/scorecard";
import { actorOf, makeDistrict, makeUser } from "@/tests/factories";
import { ensurePolicy, makeVendor } from "@/tests/factories/orders";
import { race } from "@/tests/factories/fulfilment";
import { makeOrderingWorld, placeOrder, supplyOrdersOf } from "@/tests/factories/workflow";

const DAY_MS = 86_400_000;
let admin: Actor;
let otherAdmin: Actor;

beforeAll(async () => {
  await ensurePolicy(db);
  admin = actorOf(await makeUser(db, "ADMIN"));
  otherAdmin = actorOf(await makeUser(db, "ADMIN"));
});

async function firmWithUser() {
  const district = await makeDistrict(db);
  const vendor = await makeVendor(db, { districtId: district.id, legalName: "Maa Bamleshwari Steel Fabricators" });
  const user = await makeUser(db, "VENDOR", { vendorId: vendor.id });
  await db.user.update({ where: { id: user.id }, data: { mobile: `+9198${String(Date.now()).slice(-8)}` } });
  return { vendor, user, actor: actorOf(user) };
}

async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    if (error instanceof AppError) return `${error.code}:${error.messageKey}`;
    throw error;
  }
}

const REASON = "Dispatched almirahs with 0.6 mm sheet against the 0.8 mm specification on three supply orders.";

describe("imposing a penalty", () => {
  it("records a suspension for the policy's default months, audited, and tells the vendor by e-mail, SMS and in-app", async () => {
    const { vendor, user } = await firmWithUser();
    const now = new Date("2027-01-31T06:30:00Z");
    const result = await imposeVendorPenalty(admin, { vendorId: vendor.id, kind: "SUSPENSION", months: "", reason: REASON, seenPenalties: "0" }, now);
    expect(result.endsAt.toISOString()).toBe("2027-07-31T06:30:00.000Z");

    const row = await db.vendorPenalty.findUniqueOrThrow({ where: { id: result.penaltyId } });
    expect(row).toMatchObject({ vendorId: vendor.id, kind: "SUSPENSION", points: 0, reason: REASON, decidedById: admin.userId, incidentId: null, revokedAt: null });
    expect(row.startsAt).toEqual(now);

    const audit = await db.auditEvent.findMany({ where: { entityId: result.penaltyId } });
    expect(audit.map((a) => a.action)).toEqual(["penalty.impose"]);
    expect(audit[0]).toMatchObject({ actorId: admin.userId, actorRole: "ADMIN", entityType: "VendorPenalty" });
    expect(audit[0].data).toMatchObject({ vendorId: vendor.id, kind: "SUSPENSION", reason: REASON, endsAt: "2027-07-31T06:30:00.000Z" });

    const notices = await db.notification.findMany({ where: { userId: user.id, event: "penalty.imposed" }, orderBy: { channel: "asc" } });
    expect(notices.map((n) => n.channel).sort()).toEqual(["EMAIL", "IN_APP", "SMS"]);
    expect(notices.find((n) => n.channel === "EMAIL")!.body).toContain(REASON);
  });

  it("keeps the incident it came from and can run inside another use case's transaction", async () => {
    const { vendor } = await firmWithUser();
    const { penaltyId } = await db.$transaction((tx) => imposePenalty(tx, { vendorId: vendor.id, kind: "WARNING", reason: "Late twice", incidentId: "incident-42" }, admin));
    expect((await db.vendorPenalty.findUniqueOrThrow({ where: { id: penaltyId } })).incidentId).toBe("incident-42");
  });

  it("refuses the wrong role, an unknown vendor, an unapproved one, a bad form and a second suspension", async () => {
    const { vendor, actor } = await firmWithUser();
    const buyer = actorOf(await makeUser(db, "BUYER"));
    const input = { vendorId: vendor.id, kind: "SUSPENSION", reason: REASON };
    expect(await failure(imposeVendorPenalty(buyer, input))).toBe("FORBIDDEN:errors.FORBIDDEN");
    expect(await failure(imposeVendorPenalty(actor, input))).toBe("FORBIDDEN:errors.FORBIDDEN");
    expect(await failure(imposeVendorPenalty(admin, { ...input, vendorId: "0190a3c2-0000-7000-8000-000000000099" }))).toBe("NOT_FOUND:errors.NOT_FOUND");
    const pending = await db.vendor.update({ where: { id: (await firmWithUser()).vendor.id }, data: { status: "PENDING" } });
    expect(await failure(imposeVendorPenalty(admin, { ...input, vendorId: pending.id }))).toBe("CONFLICT:errors.penalty.vendorNotApproved");
    expect(await failure(imposeVendorPenalty(admin, { ...input, kind: "POINTS", points: "" }))).toBe("VALIDATION:errors.VALIDATION");
    expect(await failure(imposeVendorPenalty(admin, { ...input, reason: "  " }))).toBe("VALIDATION:errors.VALIDATION");

    await imposeVendorPenalty(admin, input);
    expect(await failure(imposeVendorPenalty(admin, input))).toBe("CONFLICT:errors.penalty.alreadySuspended");
    expect(await db.vendorPenalty.count({ where: { vendorId: vendor.id } })).toBe(1);
  });

  it("gives one of two admins deciding at once the penalty, the other a clear conflict", async () => {
    const { vendor } = await firmWithUser();
    let turn = 0;
    const { successes, failures } = await race(2, () =>
      imposeVendorPenalty(turn++ === 0 ? admin : otherAdmin, { vendorId: vendor.id, kind: "POINTS", points: "3", reason: REASON, seenPenalties: "0" }),
    );
    expect(successes).toHaveLength(1);
    expect(failures).toEqual(["CONFLICT"]);
    expect(await db.vendorPenalty.count({ where: { vendorId: vendor.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "penalty.impose", data: { path: ["vendorId"], equals: vendor.id } } })).toBe(1);
  });

  it("counts points in force and only proposes a suspension at the threshold (a person decides)", async () => {
    const { vendor, actor } = await firmWithUser();
    const first = await imposeVendorPenalty(admin, { vendorId: vendor.id, kind: "POINTS", points: "6", reason: REASON });
    expect(first).toMatchObject({ activePoints: 6, suspensionProposed: false });
    // Points decided 13 months ago have expired (policy: 12 months).
    await imposeVendorPenalty(admin, { vendorId: vendor.id, kind: "POINTS", points: "9", reason: "Old" }, new Date(Date.now() - 400 * DAY_MS));
    const second = await imposeVendorPenalty(admin, { vendorId: vendor.id, kind: "POINTS", points: "4", reason: REASON });
    expect(second).toMatchObject({ activePoints: 10, suspensionProposed: true });

    const view = await vendorPenaltiesForAdmin(admin, vendor.id);
    expect(view).toMatchObject({ activePoints: 10, suspensionProposed: true, barring: null, seenPenalties: 3 });
    expect(view.penalties.map((p) => p.status)).toEqual(["ACTIVE", "ACTIVE", "EXPIRED"]);
    // Proposed, not imposed: the vendor is not barred.
    expect((await ownPenalties(actor)).barring).toBeNull();
  });
});

describe("revoking a penalty", () => {
  it("revokes with a reason, audited, the vendor told; a second admin revoking at once gets a conflict", async () => {
    const { vendor, user, actor } = await firmWithUser();
    const { penaltyId } = await imposeVendorPenalty(admin, { vendorId: vendor.id, kind: "SUSPENSION", months: "3", reason: REASON });
    expect((await ownPenalties(actor)).barring?.id).toBe(penaltyId);

    let turn = 0;
    const { successes, failures } = await race(2, () => revokeVendorPenalty(turn++ === 0 ? admin : otherAdmin, { penaltyId, reason: "Appeal upheld: the inspector measured the wrong batch." }));
    expect(successes).toHaveLength(1);
    expect(failures).toEqual(["CONFLICT"]);

    const row = await db.vendorPenalty.findUniqueOrThrow({ where: { id: penaltyId } });
    expect(row.revokeReason).toBe("Appeal upheld: the inspector measured the wrong batch.");
    expect(row.revokedAt).not.toBeNull();
    expect(await db.auditEvent.count({ where: { entityId: penaltyId, action: "penalty.revoke" } })).toBe(1);
    expect(await db.notification.count({ where: { userId: user.id, event: "penalty.revoked" } })).toBe(3);
    const own = await ownPenalties(actor);
    expect(own.barring).toBeNull();
    expect(own.penalties[0]).toMatchObject({ status: "REVOKED", revokeReason: "Appeal upheld: the inspector measured the wrong batch." });

    expect(await failure(revokeVendorPenalty(admin, { penaltyId, reason: "again" }))).toBe("CONFLICT:errors.penalty.alreadyRevoked");
    expect(await failure(revokeVendorPenalty(admin, { penaltyId, reason: "" }))).toBe("VALIDATION:errors.VALIDATION");
    expect(await failure(revokeVendorPenalty(actor, { penaltyId, reason: "mine" }))).toBe("FORBIDDEN:errors.FORBIDDEN");
  });

  it("refuses to revoke an expired penalty", async () => {
    const { vendor } = await firmWithUser();
    const { penaltyId } = await imposeVendorPenalty(admin, { vendorId: vendor.id, kind: "WARNING", reason: REASON }, new Date(Date.now() - 400 * DAY_MS));
    expect(await failure(revokeVendorPenalty(admin, { penaltyId, reason: "late" }))).toBe("CONFLICT:errors.penalty.expired");
  });
});

describe("allocation skips a suspended or debarred vendor", () => {
  it("sends an order placed during a suspension to the next vendor, keeps the supply orders it holds, and returns to normal after the end", async () => {
    const world = await makeOrderingWorld(db, { vendors: [{ price: 250_000n }, { price: 260_000n }] });
    const [l1, l2] = world.vendors;
    const firstVendor = async (quantity: number) => (await supplyOrdersOf(db, (await placeOrder(world, { quantity })).purchaseOrderId))[0].vendorId;

    // A suspension decided seven months ago for six months ended a month ago: L1 is L1 again.
    const monthsAgo = (m: number) => new Date(Date.now() - m * 30.5 * DAY_MS);
    await imposeVendorPenalty(admin, { vendorId: l1.id, kind: "SUSPENSION", months: "6", reason: REASON }, monthsAgo(7));
    const before = await placeOrder(world, { quantity: 5 });
    const held = (await supplyOrdersOf(db, before.purchaseOrderId))[0];
    expect(held.vendorId).toBe(l1.id);
    // Inside that old period the vendor was not a candidate (the SQL reads the moment asked about).
    const candidatesAt = (at: Date) => db.$transaction((tx) => loadCandidates(tx, { itemId: world.item.id, districtId: world.district.id, gstRateBp: 1800, at }));
    expect((await candidatesAt(monthsAgo(4))).map((c) => c.vendorId)).toEqual([l2.id]);

    // Suspended now: the next order goes to L2; L1's supply order continues untouched.
    const { penaltyId } = await imposeVendorPenalty(admin, { vendorId: l1.id, kind: "SUSPENSION", months: "2", reason: REASON });
    expect(await firstVendor(3)).toBe(l2.id);
    expect((await db.supplyOrder.findUniqueOrThrow({ where: { id: held.id } })).status).toBe(held.status);
    // Its end: two months from now the vendor is a candidate again.
    expect((await candidatesAt(new Date(Date.now() + 70 * DAY_MS))).map((c) => c.vendorId).sort()).toEqual([l1.id, l2.id].sort());

    // Revoked (an appeal upheld): back at once.
    await revokeVendorPenalty(admin, { penaltyId, reason: "Appeal upheld" });
    expect(await firstVendor(2)).toBe(l1.id);

    // Debarred: out for the policy's years; points and warnings do not bar.
    await imposeVendorPenalty(admin, { vendorId: l1.id, kind: "POINTS", points: "50", reason: REASON });
    await imposeVendorPenalty(admin, { vendorId: l1.id, kind: "WARNING", reason: REASON });
    expect(await firstVendor(1)).toBe(l1.id);
    await imposeVendorPenalty(admin, { vendorId: l1.id, kind: "DEBARMENT", reason: REASON });
    expect(await firstVendor(1)).toBe(l2.id);
    expect((await candidatesAt(new Date(Date.now() + 2 * 365 * DAY_MS))).map((c) => c.vendorId)).toEqual([l2.id]);
  });
});

describe("the public scorecard", () => {
  it("shows a current suspension with its reason and dates and the number of penalties in force", async () => {
    const { vendor } = await firmWithUser();
    expect(await getVendorScorecard(vendor.id)).toMatchObject({ penaltiesInForce: 0, barredBy: null });

    await imposeVendorPenalty(admin, { vendorId: vendor.id, kind: "POINTS", points: "2", reason: "Late delivery" });
    const { penaltyId, endsAt } = await imposeVendorPenalty(admin, { vendorId: vendor.id, kind: "SUSPENSION", months: "4", reason: REASON });
    await imposeVendorPenalty(admin, { vendorId: vendor.id, kind: "WARNING", reason: "Old" }, new Date(Date.now() - 400 * DAY_MS));
    const card = await getVendorScorecard(vendor.id);
    expect(card).toMatchObject({ penaltiesInForce: 2, barredBy: { kind: "SUSPENSION", reason: REASON, endsAt } });

    await revokeVendorPenalty(admin, { penaltyId, reason: "Appeal upheld" });
    expect(await getVendorScorecard(vendor.id)).toMatchObject({ penaltiesInForce: 1, barredBy: null });
  });
});
