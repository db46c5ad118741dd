// A vendor appeals a graded penalty as an incident (issue 18, docs/adr/0017-graded-penalties.md):
// the appeal upheld revokes the penalty in the same transaction, so the vendor is allocated again;
// not upheld, the penalty stays. One open appeal per penalty; another firm's penalty is not found;
// the public counts never count an appeal; the database refuses an appeal without its penalty.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { appealPenalty } from "@/lib/services/incident/appeal-penalty";
import { postIncidentMessage } from "@/lib/services/incident/post-message";
import { resolveIncident } from "@/lib/services/incident/resolve-incident";
import { withdrawIncident } from "@/lib/services/incident/withdraw-incident";
import { imposeVendorPenalty } from "@/lib/services/penalty/impose-vendor-penalty";
import { revokeVendorPenalty } from "@/lib/services/penalty/revoke-vendor-penalty";
import { getIncidentForActor, publicIncidentCounts } from "@/lib/queries/incidents";
import { ownPenalties } from "@/lib/queries/penalties";
import { getVendorScorecard } from "@/lib/queries/scorecard";
import { actorOf, makeDistrict, makeUser } from "@/tests/factories";
import { ensurePolicy, makeVendor } from "@/tests/factories/orders";
import { race } from "@/tests/factories/fulfilment";
import { auditActionsOf, makeOrderingWorld, placeOrder, supplyOrdersOf } from "@/tests/factories/workflow";

const DAY_MS = 86_400_000;
const REASON = "Dispatched almirahs with 0.6 mm sheet against the 0.8 mm specification on three supply orders.";
const APPEAL = { subject: "Suspension was unfair", body: "The inspection certificate shows 0.8 mm sheet on every supply order." };
let admin: Actor;

beforeAll(async () => {
  await ensurePolicy(db);
  admin = actorOf(await makeUser(db, "ADMIN"));
});

async function firmWithUser() {
  const district = await makeDistrict(db);
  const vendor = await makeVendor(db, { districtId: district.id, legalName: "Maa Bamleshwari Steel Fabricators" });
  const user = await makeUser(db, "VENDOR", { vendorId: vendor.id });
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

describe("an appeal upheld", () => {
  it("revokes the suspension in the same step: the vendor is allocated again and the scorecard no longer shows it", async () => {
    const world = await makeOrderingWorld(db, { vendors: [{ price: 250_000n }, { price: 260_000n }] });
    const [l1, l2] = world.vendors;
    const vendorActor = actorOf(await makeUser(db, "VENDOR", { vendorId: l1.id }));
    const firstVendor = async (quantity: number) => (await supplyOrdersOf(db, (await placeOrder(world, { quantity })).purchaseOrderId))[0].vendorId;

    const { penaltyId } = await imposeVendorPenalty(admin, { vendorId: l1.id, kind: "SUSPENSION", months: "3", reason: REASON });
    expect(await firstVendor(3)).toBe(l2.id);

    const { incidentId, number } = await appealPenalty(vendorActor, { penaltyId, ...APPEAL });
    expect(number).toMatch(/^INC\//);
    const appeal = await db.incident.findUniqueOrThrow({ where: { id: incidentId } });
    expect(appeal).toMatchObject({
      category: "PENALTY_APPEAL", raisedByKind: "VENDOR", raisedById: vendorActor.userId, respondentKind: "DEPARTMENT",
      vendorId: l1.id, penaltyId, officeId: null, purchaseOrderId: null, status: "OPEN",
    });
    expect(appeal.resolveBy.getTime()).toBeGreaterThan(appeal.createdAt.getTime());
    expect(await auditActionsOf(db, incidentId)).toEqual(["incident.raise"]);
    expect(await db.notification.count({ where: { userId: admin.userId, event: "incident.raised", link: `/admin/incidents/${incidentId}` } })).toBeGreaterThan(0);
    // The vendor sees its appeal and the penalty it appeals; the page offers no second one.
    const seen = await getIncidentForActor(vendorActor, incidentId);
    expect(seen?.incident.penalty).toMatchObject({ id: penaltyId, kind: "SUSPENSION", reason: REASON });
    expect((await ownPenalties(vendorActor)).openAppeals[penaltyId]).toEqual({ id: incidentId, number });

    const resolution = "The inspection certificates show the specified sheet: the suspension rested on a wrong measurement.";
    await resolveIncident(admin, { incidentId, outcome: "UPHELD", resolution });
    const penalty = await db.vendorPenalty.findUniqueOrThrow({ where: { id: penaltyId } });
    expect(penalty.revokedAt).not.toBeNull();
    expect(penalty).toMatchObject({ revokedById: admin.userId, revokeReason: `${number}: ${resolution}` });
    expect(await auditActionsOf(db, penaltyId)).toEqual(["penalty.impose", "penalty.revoke"]);
    const decided = await db.auditEvent.findFirstOrThrow({ where: { entityId: incidentId, action: "incident.resolve" } });
    expect(decided.data).toMatchObject({ outcome: "UPHELD", penaltyId, penaltyRevoked: true });

    expect(await firstVendor(2)).toBe(l1.id);
    expect(await getVendorScorecard(l1.id)).toMatchObject({ barredBy: null });
    expect((await ownPenalties(vendorActor)).openAppeals).toEqual({});
  });

  it("clips the revocation reason to the penalty's limit", async () => {
    const { vendor, actor } = await firmWithUser();
    const { penaltyId } = await imposeVendorPenalty(admin, { vendorId: vendor.id, kind: "WARNING", reason: REASON });
    const { incidentId } = await appealPenalty(actor, { penaltyId, ...APPEAL });
    await resolveIncident(admin, { incidentId, outcome: "UPHELD", resolution: "Long reasons. ".repeat(200) });
    const penalty = await db.vendorPenalty.findUniqueOrThrow({ where: { id: penaltyId } });
    expect(penalty.revokeReason).toHaveLength(1000);
    expect(penalty.revokeReason!.endsWith("…")).toBe(true);
  });

  it("still resolves when the penalty was revoked meanwhile, and says so in the audit", async () => {
    const { vendor, actor } = await firmWithUser();
    const { penaltyId } = await imposeVendorPenalty(admin, { vendorId: vendor.id, kind: "SUSPENSION", months: "2", reason: REASON });
    const { incidentId } = await appealPenalty(actor, { penaltyId, ...APPEAL });
    await revokeVendorPenalty(admin, { penaltyId, reason: "Corrected by the department" });
    await resolveIncident(admin, { incidentId, outcome: "UPHELD", resolution: "Upheld; the department had already revoked it." });
    expect(await db.incident.findUniqueOrThrow({ where: { id: incidentId } })).toMatchObject({ status: "RESOLVED", outcome: "UPHELD" });
    expect((await db.vendorPenalty.findUniqueOrThrow({ where: { id: penaltyId } })).revokeReason).toBe("Corrected by the department");
    const decided = await db.auditEvent.findFirstOrThrow({ where: { entityId: incidentId, action: "incident.resolve" } });
    expect(decided.data).toMatchObject({ penaltyId, penaltyStatus: "REVOKED", penaltyRevoked: false });
  });

  it("refuses a penalty with an appeal's decision (the department is no vendor)", async () => {
    const { vendor, actor } = await firmWithUser();
    const { penaltyId } = await imposeVendorPenalty(admin, { vendorId: vendor.id, kind: "WARNING", reason: REASON });
    const { incidentId } = await appealPenalty(actor, { penaltyId, ...APPEAL });
    expect(await failure(resolveIncident(admin, { incidentId, outcome: "UPHELD", resolution: "Upheld but another one.", penalty: "WARNING", reason: "x" })))
      .toBe("VALIDATION:errors.VALIDATION");
  });
});

describe("an appeal not upheld or settled", () => {
  it("leaves the penalty in force, and a new appeal may then be made", async () => {
    const { vendor, actor } = await firmWithUser();
    const { penaltyId } = await imposeVendorPenalty(admin, { vendorId: vendor.id, kind: "SUSPENSION", months: "2", reason: REASON });
    const first = await appealPenalty(actor, { penaltyId, ...APPEAL });
    // The department answers its own incident: its first message is the response.
    expect(await postIncidentMessage(admin, { incidentId: first.incidentId, body: "We are checking the inspection records." })).toMatchObject({ responded: true });
    expect((await db.incident.findUniqueOrThrow({ where: { id: first.incidentId } })).status).toBe("RESPONDED");
    await resolveIncident(admin, { incidentId: first.incidentId, outcome: "NOT_UPHELD", resolution: "The measurements were taken correctly." });
    const second = await appealPenalty(actor, { penaltyId, ...APPEAL });
    await resolveIncident(admin, { incidentId: second.incidentId, outcome: "SETTLED", resolution: "Settled: the vendor replaces the almirahs." });
    expect((await db.vendorPenalty.findUniqueOrThrow({ where: { id: penaltyId } })).revokedAt).toBeNull();
    expect(await getVendorScorecard(vendor.id)).toMatchObject({ barredBy: { kind: "SUSPENSION" } });
    expect(await auditActionsOf(db, penaltyId)).toEqual(["penalty.impose"]);
  });
});

describe("refusals", () => {
  it("gives a second open appeal of the same penalty a clear conflict, also when two are sent at once", async () => {
    const { vendor, actor } = await firmWithUser();
    const { penaltyId } = await imposeVendorPenalty(admin, { vendorId: vendor.id, kind: "POINTS", points: "5", reason: REASON });
    const { successes, failures } = await race(2, () => appealPenalty(actor, { penaltyId, ...APPEAL }));
    expect(successes).toHaveLength(1);
    expect(failures).toEqual(["CONFLICT"]);
    expect(await failure(appealPenalty(actor, { penaltyId, ...APPEAL }))).toBe("CONFLICT:errors.penalty.appealOpen");
    // Withdrawn, the penalty may be appealed again.
    await withdrawIncident(actor, { incidentId: successes[0].incidentId, reason: "Sent too early" });
    expect(await failure(appealPenalty(actor, { penaltyId, ...APPEAL }))).toBe("OK");
  });

  it("does not find another vendor's penalty, and refuses the wrong role, an expired and a revoked penalty", async () => {
    const mine = await firmWithUser();
    const other = await firmWithUser();
    const { penaltyId } = await imposeVendorPenalty(admin, { vendorId: other.vendor.id, kind: "SUSPENSION", months: "2", reason: REASON });
    expect(await failure(appealPenalty(mine.actor, { penaltyId, ...APPEAL }))).toBe("NOT_FOUND:errors.NOT_FOUND");
    expect(await failure(appealPenalty(admin, { penaltyId, ...APPEAL }))).toBe("FORBIDDEN:errors.FORBIDDEN");
    expect(await failure(appealPenalty(mine.actor, { penaltyId, subject: "x", body: "y" }))).toBe("VALIDATION:errors.VALIDATION");

    const old = await imposeVendorPenalty(admin, { vendorId: mine.vendor.id, kind: "WARNING", reason: "Old" }, new Date(Date.now() - 400 * DAY_MS));
    expect(await failure(appealPenalty(mine.actor, { penaltyId: old.penaltyId, ...APPEAL }))).toBe("CONFLICT:errors.penalty.appealExpired");
    const revoked = await imposeVendorPenalty(admin, { vendorId: mine.vendor.id, kind: "WARNING", reason: REASON });
    await revokeVendorPenalty(admin, { penaltyId: revoked.penaltyId, reason: "Corrected" });
    expect(await failure(appealPenalty(mine.actor, { penaltyId: revoked.penaltyId, ...APPEAL }))).toBe("CONFLICT:errors.penalty.appealRevoked");
    expect(await db.incident.count({ where: { vendorId: mine.vendor.id } })).toBe(0);
  });
});

describe("what the public sees", () => {
  it("never counts an appeal against the vendor", async () => {
    const { vendor, actor } = await firmWithUser();
    const { penaltyId } = await imposeVendorPenalty(admin, { vendorId: vendor.id, kind: "SUSPENSION", months: "2", reason: REASON });
    const open = await appealPenalty(actor, { penaltyId, ...APPEAL });
    const none = { raised: 0, open: 0, outcomes: { UPHELD: 0, NOT_UPHELD: 0, SETTLED: 0, WITHDRAWN: 0 } };
    expect(await publicIncidentCounts({ vendorId: vendor.id })).toEqual(none);
    await resolveIncident(admin, { incidentId: open.incidentId, outcome: "NOT_UPHELD", resolution: "The measurements were taken correctly." });
    expect(await publicIncidentCounts({ vendorId: vendor.id })).toEqual(none);
  });
});

describe("the database", () => {
  it("refuses an appeal without its penalty, one answered by anyone but the department, and an order's incident with a penalty", async () => {
    const { vendor, actor } = await firmWithUser();
    const { penaltyId } = await imposeVendorPenalty(admin, { vendorId: vendor.id, kind: "WARNING", reason: REASON });
    const base = {
      category: "PENALTY_APPEAL" as const, raisedByKind: "VENDOR" as const, raisedById: actor.userId, vendorId: vendor.id, subject: APPEAL.subject,
      respondBy: new Date(Date.now() + DAY_MS), resolveBy: new Date(Date.now() + 2 * DAY_MS),
    };
    const refused = (data: Parameters<typeof db.incident.create>[0]["data"]) => db.incident.create({ data }).then(() => "created", (e: Error) => e.message);
    expect(await refused({ ...base, number: `INC/T/${Date.now()}-1`, respondentKind: "DEPARTMENT" })).toMatch(/Incident_penalty_appeal_check/);
    expect(await refused({ ...base, number: `INC/T/${Date.now()}-2`, respondentKind: "VENDOR", penaltyId })).toMatch(/Incident_penalty_appeal_check/);
    expect(await refused({ ...base, number: `INC/T/${Date.now()}-3`, category: "OTHER", respondentKind: "DEPARTMENT" })).toMatch(/Incident_penalty_appeal_check/);
  });
});
