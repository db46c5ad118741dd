// Incidents (issue 18): raising by buyer, vendor and public; the transition table through the
// services; the escalation job; scoping; the public rate limit; nothing personal in public.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { escalateOverdueIncidents } from "@/lib/services/incident/escalate-overdue";
import { postIncidentMessage } from "@/lib/services/incident/post-message";
import { raiseIncident } from "@/lib/services/incident/raise-incident";
import { PUBLIC_INCIDENT_LIMIT, raisePublicIncident } from "@/lib/services/incident/raise-public-incident";
import { resolveIncident } from "@/lib/services/incident/resolve-incident";
import { withdrawIncident } from "@/lib/services/incident/withdraw-incident";
import { getIncidentForActor, listIncidents, publicIncidentCounts } from "@/lib/queries/incidents";
import { actorOf, makeOffice, makeUser } from "../factories";
import { codeOf, race } from "../factories/fulfilment";
import { auditActionsOf, makeOrderingWorld, outboxCount, placeOrder, supplyOrdersOf, vendorOf, type OrderingWorld } from "../factories/workflow";

const DAY = 86_400_000;

async function ordered(world: OrderingWorld) {
  const placed = await placeOrder(world);
  const [so] = await supplyOrdersOf(db, placed.purchaseOrderId);
  return { placed, so, vendor: vendorOf(world, so) };
}

const buyerIncident = (supplyOrderId: string, changes: Record<string, string> = {}) => ({
  supplyOrderId, category: "SHORT_DELIVERY", subject: "Forty chairs short", body: "Only 60 of the 100 chairs arrived on 3 December.", ...changes,
});

const strangerBuyer = async (world: OrderingWorld) => actorOf(await makeUser(db, "BUYER", { officeId: (await makeOffice(db, { districtId: world.district.id })).id }));

describe("raising an incident", () => {
  it("a buyer's incident about a supply order: numbered, answered by the vendor, deadlines from the policy, told and audited", async () => {
    const world = await makeOrderingWorld(db);
    const admin = await makeUser(db, "ADMIN");
    const { so, vendor } = await ordered(world);
    const now = new Date("2026-12-01T06:00:00Z");
    const { incidentId, number } = await raiseIncident(world.buyerActor, buyerIncident(so.id), [], now);
    expect(number).toMatch(/^INC\/2026-27\/\d{6}$/);
    const incident = await db.incident.findUniqueOrThrow({ where: { id: incidentId }, include: { messages: true } });
    expect(incident).toMatchObject({
      status: "OPEN", raisedByKind: "BUYER", respondentKind: "VENDOR", vendorId: vendor.id, officeId: world.office.id, supplyOrderId: so.id,
      respondBy: new Date(now.getTime() + 7 * DAY), resolveBy: new Date(now.getTime() + 30 * DAY), escalationLevel: 0,
    });
    expect(incident.messages.map((m) => m.body)).toEqual(["Only 60 of the 100 chairs arrived on 3 December."]);
    expect(await outboxCount(db, vendor.user.id, "incident.raised")).toBeGreaterThan(0);
    expect(await outboxCount(db, admin.id, "incident.raised")).toBeGreaterThan(0);
    expect(await outboxCount(db, world.buyer.id, "incident.raised")).toBe(0);
    expect(await auditActionsOf(db, incidentId)).toEqual(["incident.raise"]);
  });

  it("refuses another office's supply order, the wrong role, a vendor's category and a short subject", async () => {
    const world = await makeOrderingWorld(db);
    const { so } = await ordered(world);
    expect(codeOf(await raiseIncident(await strangerBuyer(world), buyerIncident(so.id)).catch((e) => e))).toBe("NOT_FOUND");
    expect(codeOf(await raiseIncident(world.financeActor, buyerIncident(so.id)).catch((e) => e))).toBe("FORBIDDEN");
    expect(await raiseIncident(world.buyerActor, buyerIncident(so.id, { category: "DELAYED_PAYMENT" })).catch((e) => e)).toMatchObject({ code: "VALIDATION", fieldErrors: { category: ["errors.incident.category"] } });
    expect(await raiseIncident(world.buyerActor, buyerIncident(so.id, { subject: "x" })).catch((e) => e)).toMatchObject({ code: "VALIDATION", fieldErrors: { subject: ["errors.incident.subject"] } });
    expect(await db.incident.count({ where: { supplyOrderId: so.id } })).toBe(0);
  });

  it("a vendor's payment dispute is the buying office's to answer; an inspection not done, the agency's", async () => {
    const world = await makeOrderingWorld(db);
    const { so, vendor } = await ordered(world);
    const payment = await raiseIncident(vendor.actor, buyerIncident(so.id, { category: "DELAYED_PAYMENT", subject: "Bill unpaid for 60 days" }));
    expect(await db.incident.findUniqueOrThrow({ where: { id: payment.incidentId } })).toMatchObject({ raisedByKind: "VENDOR", respondentKind: "OFFICE", officeId: world.office.id });
    expect(await outboxCount(db, world.buyer.id, "incident.raised")).toBeGreaterThan(0);
    // No inspection assigned yet: the office answers for it.
    const inspection = await raiseIncident(vendor.actor, buyerIncident(so.id, { category: "INSPECTION_NOT_DONE" }));
    expect(await db.incident.findUniqueOrThrow({ where: { id: inspection.incidentId } })).toMatchObject({ respondentKind: "OFFICE", agencyId: null });
    const other = world.vendors.find((v) => v.id !== vendor.id);
    if (other) expect(codeOf(await raiseIncident(other.actor, buyerIncident(so.id, { category: "DELAYED_PAYMENT" })).catch((e) => e))).toBe("NOT_FOUND");
  });
});

describe("the incident's transitions", () => {
  it("respond, message, withdraw; nothing after a final status; someone else's is not found", async () => {
    const world = await makeOrderingWorld(db);
    const { so, vendor } = await ordered(world);
    const { incidentId } = await raiseIncident(world.buyerActor, buyerIncident(so.id));
    expect(codeOf(await postIncidentMessage(await strangerBuyer(world), { incidentId, body: "Let me in" }).catch((e) => e))).toBe("NOT_FOUND");
    expect(await getIncidentForActor(await strangerBuyer(world), incidentId)).toBeNull();

    expect((await getIncidentForActor(vendor.actor, incidentId))!.may).toEqual({ message: true, respond: true, withdraw: false, resolve: false });
    const first = await postIncidentMessage(vendor.actor, { incidentId, body: "The rest leaves our works on Monday." });
    expect(first.responded).toBe(true);
    expect(await db.incident.findUniqueOrThrow({ where: { id: incidentId } })).toMatchObject({ status: "RESPONDED" });
    expect((await postIncidentMessage(world.buyerActor, { incidentId, body: "Noted, thank you." })).responded).toBe(false);
    expect(await outboxCount(db, world.buyer.id, "incident.responded")).toBeGreaterThan(0);

    expect(codeOf(await withdrawIncident(vendor.actor, { incidentId, reason: "Not mine to withdraw" }).catch((e) => e))).toBe("FORBIDDEN");
    await withdrawIncident(world.buyerActor, { incidentId, reason: "The chairs arrived." });
    expect(await db.incident.findUniqueOrThrow({ where: { id: incidentId } })).toMatchObject({ status: "WITHDRAWN", outcome: "WITHDRAWN" });
    expect(codeOf(await postIncidentMessage(vendor.actor, { incidentId, body: "Too late" }).catch((e) => e))).toBe("CONFLICT");
    const admin = actorOf(await makeUser(db, "ADMIN"));
    expect(codeOf(await resolveIncident(admin, { incidentId, outcome: "UPHELD", resolution: "Vendor was short." }).catch((e) => e))).toBe("CONFLICT");
    expect(await auditActionsOf(db, incidentId)).toEqual(["incident.raise", "incident.respond", "incident.message", "incident.withdraw"]);
  });

  it("only the department resolves, with an outcome; two at once: exactly one wins", async () => {
    const world = await makeOrderingWorld(db);
    const { so, vendor } = await ordered(world);
    const { incidentId } = await raiseIncident(world.buyerActor, buyerIncident(so.id));
    const admin = actorOf(await makeUser(db, "ADMIN"));
    const input = { incidentId, outcome: "UPHELD", resolution: "Forty chairs were short; the vendor must supply them." };
    expect(codeOf(await resolveIncident(world.buyerActor, input).catch((e) => e))).toBe("FORBIDDEN");
    expect(await resolveIncident(admin, { ...input, outcome: "WITHDRAWN" }).catch((e) => e)).toMatchObject({ code: "VALIDATION" });
    const { successes, failures } = await race(5, () => resolveIncident(admin, input));
    expect(successes).toHaveLength(1);
    expect(failures).toEqual(Array(4).fill("CONFLICT"));
    expect(await db.incident.findUniqueOrThrow({ where: { id: incidentId } })).toMatchObject({ status: "RESOLVED", outcome: "UPHELD" });
    expect(await outboxCount(db, vendor.user.id, "incident.resolved")).toBeGreaterThan(0);
    expect(await auditActionsOf(db, incidentId)).toEqual(["incident.raise", "incident.resolve"]);
  });
});

describe("escalation job", () => {
  it("escalates an unanswered incident once per level, never twice, never past level 2", async () => {
    const world = await makeOrderingWorld(db);
    const admin = await makeUser(db, "ADMIN");
    const { so, vendor } = await ordered(world);
    const raisedAt = new Date();
    const { incidentId } = await raiseIncident(world.buyerActor, buyerIncident(so.id), [], raisedAt);
    // Each file has its own database, shared by its tests: look at this incident, not the totals.
    const status = async () => db.incident.findUniqueOrThrow({ where: { id: incidentId }, select: { status: true, escalationLevel: true } });
    await escalateOverdueIncidents(db, { now: new Date(raisedAt.getTime() + 6 * DAY) });
    expect(await status()).toEqual({ status: "OPEN", escalationLevel: 0 });

    const day8 = new Date(raisedAt.getTime() + 8 * DAY);
    const runs = await Promise.all([escalateOverdueIncidents(db, { now: day8 }), escalateOverdueIncidents(db, { now: day8 })]);
    expect(runs.every((r) => r.failed === 0)).toBe(true);
    expect(await auditActionsOf(db, incidentId)).toEqual(["incident.raise", "incident.escalate"]);
    expect(await db.incident.findUniqueOrThrow({ where: { id: incidentId } })).toMatchObject({ status: "ESCALATED", escalationLevel: 1, escalatedTo: "DEPARTMENT_ADMIN" });
    expect(await outboxCount(db, admin.id, "incident.escalated")).toBeGreaterThan(0);
    expect(await outboxCount(db, vendor.user.id, "incident.escalated")).toBeGreaterThan(0);

    await escalateOverdueIncidents(db, { now: new Date(raisedAt.getTime() + 29 * DAY) });
    expect(await status()).toEqual({ status: "ESCALATED", escalationLevel: 1 });
    await escalateOverdueIncidents(db, { now: new Date(raisedAt.getTime() + 31 * DAY) });
    expect(await status()).toEqual({ status: "ESCALATED", escalationLevel: 2 });
    await escalateOverdueIncidents(db, { now: new Date(raisedAt.getTime() + 400 * DAY) });
    expect(await auditActionsOf(db, incidentId)).toEqual(["incident.raise", "incident.escalate", "incident.escalate"]);
    // Still open with the department: it can be decided.
    await resolveIncident(actorOf(admin), { incidentId, outcome: "SETTLED", resolution: "Settled after the escalation." });
  });

  it("a payment dispute goes to the MSE Facilitation Council's contact; a wrongful rejection to the head of office", async () => {
    const world = await makeOrderingWorld(db);
    await db.policyVersion.update({ where: { id: world.policy.id }, data: { mseFacilitationCouncilEmail: "msefc@example.gov.in" } });
    const { so, vendor } = await ordered(world);
    const raisedAt = new Date();
    const payment = await raiseIncident(vendor.actor, buyerIncident(so.id, { category: "DELAYED_PAYMENT" }), [], raisedAt);
    const rejection = await raiseIncident(vendor.actor, buyerIncident(so.id, { category: "WRONGFUL_REJECTION" }), [], raisedAt);
    await escalateOverdueIncidents(db, { now: new Date(raisedAt.getTime() + 8 * DAY) });
    expect(await db.incident.findUniqueOrThrow({ where: { id: payment.incidentId } })).toMatchObject({ escalatedTo: "MSE_FACILITATION_COUNCIL" });
    expect(await db.notification.count({ where: { toAddress: "msefc@example.gov.in", event: "incident.escalated", userId: null } })).toBe(1);
    expect(await db.incident.findUniqueOrThrow({ where: { id: rejection.incidentId } })).toMatchObject({ escalatedTo: "OFFICE_HEAD" });
    expect(await outboxCount(db, world.finance.id, "incident.escalated")).toBeGreaterThan(0);
  });
});

describe("windows", () => {
  it("lists what waits on the actor first and scopes every list", async () => {
    const world = await makeOrderingWorld(db);
    const { so, vendor } = await ordered(world);
    await raiseIncident(world.buyerActor, buyerIncident(so.id));
    await raiseIncident(vendor.actor, buyerIncident(so.id, { category: "DELAYED_PAYMENT" }));
    const forVendor = await listIncidents(vendor.actor);
    expect(forVendor.rows).toHaveLength(2);
    expect(forVendor.needsAction.map((r) => r.respondentKind)).toEqual(["VENDOR"]);
    const forBuyer = await listIncidents(world.buyerActor);
    expect(forBuyer.needsAction.map((r) => r.respondentKind)).toEqual(["OFFICE"]);
    expect((await listIncidents(await strangerBuyer(world))).rows).toEqual([]);
  });
});

describe("public incidents", () => {
  it("anyone may raise one about a published order, anonymously; the contact stays private; limited per address", async () => {
    const world = await makeOrderingWorld(db);
    const { placed } = await ordered(world);
    const po = await db.purchaseOrder.findUniqueOrThrow({ where: { id: placed.purchaseOrderId } });
    const input = { purchaseOrderNumber: po.number, category: "QUALITY", subject: "Broken benches at the school", body: "Three benches broke in a week.", contact: "9876543210" };
    const { incidentId } = await raisePublicIncident(input, { ip: "203.0.113.7" });
    expect(await db.incident.findUniqueOrThrow({ where: { id: incidentId } })).toMatchObject({
      raisedByKind: "PUBLIC", raisedById: null, publicContact: "9876543210", respondentKind: "OFFICE", officeId: world.office.id, vendorId: null,
    });
    expect(await outboxCount(db, world.buyer.id, "incident.raised")).toBeGreaterThan(0);
    // The audit log is public: it carries the number and the category, nothing the raiser wrote.
    const audit = JSON.stringify((await db.auditEvent.findMany({ where: { entityId: incidentId } })).map((e) => e.data));
    expect(audit).not.toContain("9876543210");
    expect(audit).not.toContain("benches");
    // Admins see the contact; the office answering does not.
    expect((await getIncidentForActor(world.buyerActor, incidentId))!.incident.publicContact).toBeNull();
    expect((await getIncidentForActor(actorOf(await makeUser(db, "ADMIN")), incidentId))!.incident.publicContact).toBe("9876543210");

    for (let i = 1; i < PUBLIC_INCIDENT_LIMIT.perIpPerHour; i += 1) await raisePublicIncident({ ...input, contact: "" }, { ip: "203.0.113.7" });
    expect(codeOf(await raisePublicIncident(input, { ip: "203.0.113.7" }).catch((e) => e))).toBe("RATE_LIMITED");
    expect(codeOf(await raisePublicIncident(input, { ip: "198.51.100.1" }).catch((e) => e))).not.toBe("RATE_LIMITED");
    expect(codeOf(await raisePublicIncident({ ...input, purchaseOrderNumber: "PO/2026-27/999999" }, { ip: "198.51.100.2" }).catch((e) => e))).toBe("NOT_FOUND");
    expect(await raisePublicIncident({ ...input, category: "DELAYED_PAYMENT" }, { ip: "198.51.100.3" }).catch((e) => e)).toMatchObject({ code: "VALIDATION" });
  });

  it("the public counts are numbers and outcomes per vendor and office, nothing else", async () => {
    const world = await makeOrderingWorld(db);
    const { so, vendor } = await ordered(world);
    const admin = actorOf(await makeUser(db, "ADMIN"));
    const a = await raiseIncident(world.buyerActor, buyerIncident(so.id));
    await raiseIncident(world.buyerActor, buyerIncident(so.id, { category: "LATE_DELIVERY" }));
    await raiseIncident(vendor.actor, buyerIncident(so.id, { category: "DELAYED_PAYMENT" }));
    await resolveIncident(admin, { incidentId: a.incidentId, outcome: "UPHELD", resolution: "Forty chairs were short." });
    expect(await publicIncidentCounts({ vendorId: vendor.id })).toEqual({ raised: 2, open: 1, outcomes: { UPHELD: 1, NOT_UPHELD: 0, SETTLED: 0, WITHDRAWN: 0 } });
    expect(await publicIncidentCounts({ officeId: world.office.id })).toEqual({ raised: 1, open: 1, outcomes: { UPHELD: 0, NOT_UPHELD: 0, SETTLED: 0, WITHDRAWN: 0 } });
  });
});
