import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { verifyPassword } from "@/lib/auth/password";
import { registerVendor } from "@/lib/services/vendor/register-vendor";
import { makeDistrict, makeUser } from "@/tests/factories";
import { registrationForm } from "@/tests/factories/vendor";

let districtId: number;
let adminIds: string[];
// Registrations are limited per client address: each call here comes from its own.
let ipCounter = 0;
const nextIp = () => `203.0.113.${++ipCounter}`;

beforeAll(async () => {
  districtId = (await makeDistrict(db)).id;
  adminIds = [(await makeUser(db, "ADMIN")).id, (await makeUser(db, "ADMIN")).id];
});

async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected the registration to be refused");
}

describe("vendor self-registration", () => {
  it("creates a PENDING vendor and its VENDOR user, audits it and tells every admin", async () => {
    const form = registrationForm(districtId, { isWomenOwned: "on", email: "Owner.Name@Example.in", mobile: "098765 43210" });
    const { vendorId, userId } = await registerVendor(form, { locale: "hi", ip: nextIp() });

    const vendor = await db.vendor.findUniqueOrThrow({ where: { id: vendorId } });
    expect(vendor).toMatchObject({
      status: "PENDING", legalName: form.legalName, gstin: form.gstin, pan: form.pan, stateCode: "22",
      isWomenOwned: true, isSc: false, email: "owner.name@example.in", mobile: "+919876543210", districtId,
    });
    const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(user).toMatchObject({ role: "VENDOR", vendorId, locale: "hi", name: "Sunita Verma", email: "owner.name@example.in", mobile: "+919876543210" });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.passwordHash, form.password)).toBe(true);

    const audit = await db.auditEvent.findMany({ where: { entityType: "Vendor", entityId: vendorId } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "vendor.registered", actorRole: "PUBLIC", actorId: null });
    expect(JSON.stringify(audit[0].data)).not.toContain(form.bankAccount);

    const notices = await db.notification.findMany({ where: { event: "vendor.registered", dedupeKey: { contains: vendorId } } });
    expect(new Set(notices.map((n) => n.userId))).toEqual(new Set(adminIds));
    expect(notices.filter((n) => n.channel === "EMAIL")).toHaveLength(2);
    expect(notices.filter((n) => n.channel === "IN_APP")).toHaveLength(2);
  });

  it.each([
    ["legalName", "", "errors.required"],
    ["udyamNumber", "UDYAM-22-14-1234567", "errors.udyam.format"],
    ["gstin", "22ABCDE1234F1Z", "errors.gstin.format"],
    ["pan", "ABCDE1234", "errors.pan.format"],
    ["bankAccount", "12-34", "errors.bankAccount.format"],
    ["ifsc", "SBIN001234", "errors.ifsc.format"],
    ["districtId", "", "errors.required"],
    ["address", "Urla", "errors.vendor.address"],
    ["pincode", "4932", "errors.pincode.format"],
    ["email", "not an e-mail", "errors.email.format"],
    ["mobile", "12345", "errors.mobile.format"],
    ["password", "too short", "errors.password.short"],
    ["confirmPassword", "something else entirely", "errors.password.mismatch"],
  ])("refuses an invalid %s (%j) with %s on that field and writes nothing", async (field, value, key) => {
    const form = registrationForm(districtId, { [field]: value });
    const error = await failure(registerVendor(form, { locale: "en", ip: nextIp() }));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors).toEqual({ [field]: [key] });
    expect(await db.vendor.count({ where: { gstin: form.gstin } })).toBe(0);
  });

  it("refuses a GSTIN with a wrong check character and a PAN that is not the GSTIN's", async () => {
    const form = registrationForm(districtId);
    const wrong = form.gstin.slice(0, 14) + (form.gstin[14] === "A" ? "B" : "A");
    expect((await failure(registerVendor({ ...form, gstin: wrong }, { locale: "en", ip: nextIp() }))).fieldErrors).toEqual({ gstin: ["errors.gstin.checksum"] });
    expect((await failure(registerVendor({ ...form, pan: "ZZZZZ9999Z" }, { locale: "en", ip: nextIp() }))).fieldErrors).toEqual({ pan: ["errors.vendor.panMismatch"] });
  });

  it("refuses a district that does not exist", async () => {
    const error = await failure(registerVendor(registrationForm(districtId, { districtId: "99999" }), { locale: "en", ip: nextIp() }));
    expect(error.fieldErrors).toEqual({ districtId: ["errors.vendor.district"] });
  });

  it("refuses each identifier already registered, per field", async () => {
    const first = registrationForm(districtId);
    await registerVendor(first, { locale: "en", ip: nextIp() });
    for (const field of ["gstin", "udyamNumber", "email", "mobile"] as const) {
      const fresh = registrationForm(districtId);
      // A GSTIN carries its PAN, so a repeated GSTIN comes with the same PAN.
      const form = field === "gstin" ? { ...fresh, gstin: first.gstin, pan: first.pan } : { ...fresh, [field]: first[field] };
      const error = await failure(registerVendor(form, { locale: "en", ip: nextIp() }));
      const contact = field === "email" || field === "mobile";
      // A clashing e-mail or mobile is reported on both contact fields, without saying which.
      expect(error.fieldErrors, field).toEqual(
        contact ? { email: ["errors.vendor.duplicate.contact"], mobile: ["errors.vendor.duplicate.contact"] } : { [field]: [`errors.vendor.duplicate.${field}`] },
      );
    }
    // All four at once are reported together.
    const error = await failure(registerVendor({ ...first, legalName: "Another name" }, { locale: "en", ip: nextIp() }));
    expect(Object.keys(error.fieldErrors).sort()).toEqual(["email", "gstin", "mobile", "udyamNumber"]);
  });

  it("refuses an e-mail or mobile that a staff user already has, in words that do not confirm the account", async () => {
    const buyer = await makeUser(db, "BUYER");
    await db.user.update({ where: { id: buyer.id }, data: { mobile: "+919812345678" } });
    const contact = { email: ["errors.vendor.duplicate.contact"], mobile: ["errors.vendor.duplicate.contact"] };
    const both = await failure(registerVendor(registrationForm(districtId, { email: buyer.email.toUpperCase(), mobile: "9812345678" }), { locale: "en", ip: nextIp() }));
    expect(both.fieldErrors).toEqual(contact);
    // The e-mail alone or the mobile alone: the very same answer.
    expect((await failure(registerVendor(registrationForm(districtId, { email: buyer.email }), { locale: "en", ip: nextIp() }))).fieldErrors).toEqual(contact);
    expect((await failure(registerVendor(registrationForm(districtId, { mobile: "9812345678" }), { locale: "en", ip: nextIp() }))).fieldErrors).toEqual(contact);
  });

  it("limits registration attempts per client address, whatever the form says", async () => {
    const ip = "198.51.100.77";
    for (let n = 0; n < 10; n += 1) await failure(registerVendor({ legalName: "x" }, { locale: "en", ip }));
    const refused = await failure(registerVendor(registrationForm(districtId), { locale: "en", ip }));
    expect(refused.code).toBe("RATE_LIMITED");
    // Another address is not affected.
    await registerVendor(registrationForm(districtId), { locale: "en", ip: nextIp() });
  });

  it("lets exactly one of two simultaneous registrations of the same firm win", async () => {
    const form = registrationForm(districtId);
    const results = await Promise.allSettled([registerVendor(form, { locale: "en", ip: nextIp() }), registerVendor({ ...form }, { locale: "en", ip: nextIp() })]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0].reason).toBeInstanceOf(AppError);
    const fields = Object.entries((lost[0].reason as AppError).fieldErrors);
    expect(fields.length).toBeGreaterThan(0);
    for (const [field, keys] of fields) {
      expect(keys).toEqual([field === "email" || field === "mobile" ? "errors.vendor.duplicate.contact" : `errors.vendor.duplicate.${field}`]);
    }
    expect(await db.vendor.count({ where: { gstin: form.gstin } })).toBe(1);
    expect(await db.user.count({ where: { email: form.email } })).toBe(1);
  });

  it("lets exactly one of two firms racing for the same mobile number win", async () => {
    const a = registrationForm(districtId, { mobile: "9898989898" });
    const b = registrationForm(districtId, { mobile: "+91 98989 89898" });
    const results = await Promise.allSettled([registerVendor(a, { locale: "en", ip: nextIp() }), registerVendor(b, { locale: "en", ip: nextIp() })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r): r is PromiseRejectedResult => r.status === "rejected")!;
    expect((lost.reason as AppError).fieldErrors).toEqual({ email: ["errors.vendor.duplicate.contact"], mobile: ["errors.vendor.duplicate.contact"] });
  });
});

describe("unique-constraint violations", () => {
  it("name the model and the columns, so a race reports the right field", async () => {
    const { uniqueViolation } = await import("@/lib/services/unique-violation");
    const { vendorId } = await registerVendor(registrationForm(districtId), { locale: "en", ip: nextIp() });
    const existing = await db.vendor.findUniqueOrThrow({ where: { id: vendorId } });
    const { id: _id, registeredAt: _at, ...copy } = existing;
    void _id;
    void _at;
    const error = await db.vendor.create({ data: { ...copy, gstin: `${existing.gstin.slice(0, 14)}X`, email: "x@test.manak.in", mobile: "+919000000001" } }).catch((e: unknown) => e);
    expect(uniqueViolation(error)).toEqual({ model: "Vendor", fields: ["udyamNumber"] });
    expect(uniqueViolation(new Error("other"))).toBeNull();
  });
});
