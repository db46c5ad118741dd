import { db } from "@/lib/db";
import { AppError, validationError } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/record";
import { notify, notifyRole } from "@/lib/notify/outbox";
import { registrationDecisionBy, registrationReference } from "@/lib/domain/vendor/acknowledgement";
import type { Locale } from "@/lib/generated/prisma/enums";
import { parseVendorRegistration, type VendorRegistration } from "@/lib/domain/vendor/registration";
import { uniqueViolation } from "@/lib/services/unique-violation";

// Values that may belong to one firm or account only, and the message for each.
const UNIQUE_FIELDS = ["gstin", "udyamNumber", "email", "mobile"] as const;
type UniqueField = (typeof UNIQUE_FIELDS)[number];
const CONTACT_FIELDS: readonly UniqueField[] = ["email", "mobile"];

/**
 * GSTIN and Udyam number are a firm's public identifiers (the order register shows them), so a
 * duplicate is named. An e-mail or mobile may belong to anyone — staff included — so a clash is
 * reported on both contact fields with one message that does not say which, or whose (issue 13).
 */
function duplicateErrors(taken: readonly UniqueField[]): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const field of taken) if (!CONTACT_FIELDS.includes(field)) errors[field] = [`errors.vendor.duplicate.${field}`];
  if (taken.some((field) => CONTACT_FIELDS.includes(field))) {
    for (const field of CONTACT_FIELDS) errors[field] = ["errors.vendor.duplicate.contact"];
  }
  return errors;
}

/** Registration attempts allowed per client address per hour (each costs a password hash and reveals a little). */
export const REGISTRATION_LIMIT = { perIpPerHour: 10 } as const;

async function assertRegistrationAllowed(ip: string): Promise<void> {
  const hourAgo = new Date(Date.now() - 60 * 60_000);
  await db.abuseEvent.create({ data: { kind: "register", ip } });
  const attempts = await db.abuseEvent.count({ where: { kind: "register", ip, createdAt: { gt: hourAgo } } });
  if (attempts > REGISTRATION_LIMIT.perIpPerHour) throw new AppError("RATE_LIMITED", "errors.register.rateLimited");
}

/**
 * A firm registers itself (public; no actor). Creates the vendor (PENDING) and its first user in
 * one transaction with the audit event, a notification to every admin, and the firm's own
 * acknowledgement (reference number, decision date) by e-mail and SMS. Every invalid field is
 * reported at once; values already registered (GSTIN, Udyam number, e-mail, mobile — by a vendor
 * or any user) are refused (contact details without saying which or whose), attempts are limited
 * per client address, and two registrations racing for the same value are
 * settled by the unique constraints: exactly one wins, the other gets the same field error.
 */
export async function registerVendor(
  input: unknown,
  opts: { locale: Locale; ip: string },
): Promise<{ vendorId: string; userId: string; reference: string; decisionBy: Date }> {
  await assertRegistrationAllowed(opts.ip);
  const parsed = parseVendorRegistration(input);
  if (!parsed.success) throw validationError(parsed.issues);
  const form = parsed.data;

  const district = await db.district.findUnique({ where: { id: form.districtId }, select: { nameEn: true, nameHi: true } });
  const taken = await alreadyRegistered(form);
  if (!district || taken.length > 0) {
    const fieldErrors = duplicateErrors(taken);
    if (!district) fieldErrors.districtId = ["errors.vendor.district"];
    throw new AppError("VALIDATION", "errors.VALIDATION", fieldErrors);
  }

  // Hashing is deliberately slow; do it before the transaction opens.
  const passwordHash = await hashPassword(form.password);
  try {
    return await db.$transaction(async (tx) => {
      const vendor = await tx.vendor.create({
        data: {
          legalName: form.legalName,
          udyamNumber: form.udyamNumber,
          enterpriseClass: form.enterpriseClass,
          gstin: form.gstin,
          pan: form.pan,
          stateCode: form.gstin.slice(0, 2),
          bankAccount: form.bankAccount,
          ifsc: form.ifsc,
          address: form.address,
          pincode: form.pincode,
          districtId: form.districtId,
          isSc: form.isSc,
          isSt: form.isSt,
          isWomenOwned: form.isWomenOwned,
          email: form.email,
          mobile: form.mobile,
        },
        select: { id: true, registeredAt: true },
      });
      const user = await tx.user.create({
        data: {
          email: form.email,
          mobile: form.mobile,
          name: form.contactName,
          passwordHash,
          role: "VENDOR",
          locale: opts.locale,
          vendorId: vendor.id,
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actor: "PUBLIC",
        entityType: "Vendor",
        entityId: vendor.id,
        action: "vendor.registered",
        // Public identifiers only: the audit log is open to anyone; bank and contact details are not.
        data: { legalName: form.legalName, gstin: form.gstin, udyamNumber: form.udyamNumber, districtId: form.districtId },
      });
      await notifyRole(tx, "ADMIN", {
        event: "vendor.registered",
        entityId: vendor.id,
        params: { vendorName: form.legalName, districtName: { en: district.nameEn, hi: district.nameHi } },
        link: `/admin/vendors?status=PENDING`,
      });
      // The firm itself hears at once, by e-mail and SMS, with a reference and the decision date.
      const reference = registrationReference(vendor.id, vendor.registeredAt);
      const decisionBy = registrationDecisionBy(vendor.registeredAt);
      await notify(tx, {
        event: "vendor.registrationReceived",
        entityId: vendor.id,
        userIds: [user.id],
        params: { vendorName: form.legalName, reference, decisionBy },
        link: "/vendor",
      });
      return { vendorId: vendor.id, userId: user.id, reference, decisionBy };
    });
  } catch (error) {
    const violation = uniqueViolation(error);
    const field = violation?.fields.find((f): f is UniqueField => (UNIQUE_FIELDS as readonly string[]).includes(f));
    if (field) throw new AppError("VALIDATION", "errors.VALIDATION", duplicateErrors([field]));
    throw error;
  }
}

async function alreadyRegistered(form: VendorRegistration): Promise<UniqueField[]> {
  const [vendors, users] = await Promise.all([
    db.vendor.findMany({
      where: { OR: [{ gstin: form.gstin }, { udyamNumber: form.udyamNumber }, { email: form.email }, { mobile: form.mobile }] },
      select: { gstin: true, udyamNumber: true, email: true, mobile: true },
    }),
    db.user.findMany({
      where: { OR: [{ email: { equals: form.email, mode: "insensitive" } }, { mobile: form.mobile }] },
      select: { email: true, mobile: true },
    }),
  ]);
  const rows = [...vendors, ...users];
  return UNIQUE_FIELDS.filter((field) =>
    rows.some((row) => field in row && String(row[field as keyof typeof row]).toLowerCase() === String(form[field]).toLowerCase()),
  );
}
