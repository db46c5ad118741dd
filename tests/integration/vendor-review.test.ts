import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { approveVendor } from "@/lib/services/vendor/approve-vendor";
import { rejectVendor } from "@/lib/services/vendor/reject-vendor";
import { reinstateVendor } from "@/lib/services/vendor/reinstate-vendor";
import { suspendVendor } from "@/lib/services/vendor/suspend-vendor";
import { listVendorsForReview, vendorStatusCounts } from "@/lib/queries/vendors";
import { actorOf, makeDistrict, makeUser } from "@/tests/factories";
import { makeVendorFirm, uniquePan } from "@/tests/factories/vendor";

let admin: Actor;
let districtId: number;

beforeAll(async () => {
  admin = actorOf(await makeUser(db, "ADMIN"));
  districtId = (await makeDistrict(db)).id;
});

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    if (error instanceof AppError) return `${error.code}:${error.messageKey}`;
    throw error;
  }
}

const auditOf = (vendorId: string) => db.auditEvent.findMany({ where: { entityType: "Vendor", entityId: vendorId }, orderBy: { seq: "asc" } });
const noticesOf = (userId: string, event: string) => db.notification.findMany({ where: { userId, event }, orderBy: { id: "asc" } });

describe("admin review of vendors", () => {
  it("approves a pending vendor: status, decision time, audit row, and the vendor is told", async () => {
    const { vendor, user } = await makeVendorFirm(db, { status: "PENDING", districtId });
    expect(await approveVendor(admin, { vendorId: vendor.id })).toEqual({ status: "ACTIVE" });
    const after = await db.vendor.findUniqueOrThrow({ where: { id: vendor.id } });
    expect(after.status).toBe("ACTIVE");
    expect(after.decidedAt).not.toBeNull();
    const [event] = await auditOf(vendor.id);
    expect(event).toMatchObject({ action: "vendor.approve", actorId: admin.userId, actorRole: "ADMIN", data: { from: "PENDING", to: "ACTIVE" } });
    expect((await noticesOf(user.id, "vendor.approved")).map((n) => n.channel).sort()).toEqual(["EMAIL", "IN_APP"]);
  });

  it("rejects only with a reason, which is stored, audited and sent to the vendor", async () => {
    const { vendor, user } = await makeVendorFirm(db, { status: "PENDING", districtId });
    const refused = await rejectVendor(admin, { vendorId: vendor.id, reason: "   " }).catch((e: AppError) => e);
    expect(refused).toMatchObject({ code: "VALIDATION", fieldErrors: { reason: ["errors.vendor.reasonRequired"] } });
    expect(await auditOf(vendor.id)).toHaveLength(0);

    await rejectVendor(admin, { vendorId: vendor.id, reason: "Udyam certificate is for a different firm" });
    expect(await db.vendor.findUniqueOrThrow({ where: { id: vendor.id } })).toMatchObject({ status: "REJECTED", statusReason: "Udyam certificate is for a different firm" });
    const [event] = await auditOf(vendor.id);
    expect(event).toMatchObject({ action: "vendor.reject", data: { from: "PENDING", to: "REJECTED", reason: "Udyam certificate is for a different firm" } });
    const [email] = (await noticesOf(user.id, "vendor.rejected")).filter((n) => n.channel === "EMAIL");
    expect(email.body).toContain("Udyam certificate is for a different firm");
  });

  it("suspends with a reason and reinstates; each decision is told separately", async () => {
    const { vendor, user } = await makeVendorFirm(db, { status: "ACTIVE", districtId });
    expect(await codeOf(suspendVendor(admin, { vendorId: vendor.id }))).toBe("VALIDATION:errors.VALIDATION");
    await suspendVendor(admin, { vendorId: vendor.id, reason: "Supplied sub-standard almirahs" });
    await reinstateVendor(admin, { vendorId: vendor.id });
    await suspendVendor(admin, { vendorId: vendor.id, reason: "Second complaint" });
    expect(await db.vendor.findUniqueOrThrow({ where: { id: vendor.id } })).toMatchObject({ status: "SUSPENDED", statusReason: "Second complaint" });
    expect((await auditOf(vendor.id)).map((e) => e.action)).toEqual(["vendor.suspend", "vendor.reinstate", "vendor.suspend"]);
    expect((await noticesOf(user.id, "vendor.suspended")).filter((n) => n.channel === "EMAIL")).toHaveLength(2);
    expect((await noticesOf(user.id, "vendor.approved")).filter((n) => n.channel === "EMAIL")).toHaveLength(1);
  });

  it("refuses a decision the vendor's status does not allow (CONFLICT) and changes nothing", async () => {
    const { vendor } = await makeVendorFirm(db, { status: "ACTIVE", districtId });
    expect(await codeOf(approveVendor(admin, { vendorId: vendor.id }))).toBe("CONFLICT:errors.vendor.invalidTransition");
    expect(await codeOf(reinstateVendor(admin, { vendorId: vendor.id }))).toBe("CONFLICT:errors.vendor.invalidTransition");
    const rejected = await makeVendorFirm(db, { status: "REJECTED", districtId });
    expect(await codeOf(approveVendor(admin, { vendorId: rejected.vendor.id }))).toBe("CONFLICT:errors.vendor.invalidTransition");
    expect(await auditOf(vendor.id)).toHaveLength(0);
  });

  it("lets exactly one of two simultaneous decisions on the same vendor win", async () => {
    const { vendor } = await makeVendorFirm(db, { status: "PENDING", districtId });
    const results = await Promise.all([
      codeOf(approveVendor(admin, { vendorId: vendor.id })),
      codeOf(rejectVendor(admin, { vendorId: vendor.id, reason: "Duplicate registration" })),
    ]);
    expect(results.filter((r) => r === "OK")).toHaveLength(1);
    expect(results.filter((r) => r.startsWith("CONFLICT:"))).toHaveLength(1);
    expect(await auditOf(vendor.id)).toHaveLength(1);
  });

  it("refuses every other role (FORBIDDEN) and an unknown vendor (NOT_FOUND)", async () => {
    const { vendor, user } = await makeVendorFirm(db, { status: "PENDING", districtId });
    const buyer = actorOf(await makeUser(db, "BUYER"));
    for (const actor of [actorOf(user), buyer]) {
      expect(await codeOf(approveVendor(actor, { vendorId: vendor.id }))).toBe("FORBIDDEN:errors.FORBIDDEN");
      expect(await codeOf(suspendVendor(actor, { vendorId: vendor.id, reason: "x" }))).toBe("FORBIDDEN:errors.FORBIDDEN");
    }
    expect(await codeOf(approveVendor(null, { vendorId: vendor.id }))).toBe("UNAUTHENTICATED:errors.UNAUTHENTICATED");
    expect(await codeOf(approveVendor(admin, { vendorId: crypto.randomUUID() }))).toBe("NOT_FOUND:errors.NOT_FOUND");
    expect((await db.vendor.findUniqueOrThrow({ where: { id: vendor.id } })).status).toBe("PENDING");
  });
});

describe("the approval queue", () => {
  it("lists one status oldest first, keyset-paginated, with each firm's checks", async () => {
    const district = (await makeDistrict(db)).id;
    const sharedPan = uniquePan();
    const created = [];
    for (let i = 0; i < 23; i++) {
      const { vendor } = await makeVendorFirm(db, { status: "PENDING", districtId: district, ...(i < 2 ? { pan: i === 0 ? sharedPan : uniquePan() } : {}) });
      await db.vendor.update({ where: { id: vendor.id }, data: { registeredAt: new Date(Date.UTC(2020, 0, 1, 0, i)) } });
      created.push(vendor);
    }
    // Another state's registration of the first firm's PAN.
    const twin = await makeVendorFirm(db, { status: "ACTIVE", stateCode: "27", pan: sharedPan, districtId: district });

    const first = await listVendorsForReview(admin, { status: "PENDING" });
    expect(first.vendors.slice(0, 2).map((v) => v.id)).toEqual([created[0].id, created[1].id]);
    expect(first.vendors).toHaveLength(20);
    expect(first.nextCursor).not.toBeNull();
    const second = await listVendorsForReview(admin, { status: "PENDING", cursor: first.nextCursor });
    const seen = [...first.vendors, ...second.vendors].map((v) => v.id);
    expect(new Set(seen).size).toBe(seen.length);
    for (const vendor of created) expect(seen).toContain(vendor.id);

    expect(first.vendors[0].checks).toMatchObject({ gstinValid: true, panMatches: true, local: true, stateCode: "22", samePan: [twin.vendor.legalName], sameBankAccount: [] });
    expect(first.vendors[1].checks.samePan).toEqual([]);

    const active = await listVendorsForReview(admin, { status: "ACTIVE" });
    const listedTwin = active.vendors.find((v) => v.id === twin.vendor.id);
    expect(listedTwin?.checks).toMatchObject({ local: false, stateCode: "27" });

    const counts = await vendorStatusCounts(admin);
    expect(counts.PENDING).toBeGreaterThanOrEqual(23);
  });

  it("is not found for anyone but the admin", async () => {
    const buyer = actorOf(await makeUser(db, "BUYER"));
    await expect(listVendorsForReview(buyer, { status: "PENDING" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
