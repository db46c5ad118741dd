// Test data for tests/e2e/penalty-appeal.spec.ts, written straight into the e2e server's database
// (DATABASE_URL): an approved firm of its own with one vendor user who reads the portal in Hindi,
// suspended for three months by the department (no incident, no order: the admin's own decision).
// Prints {"vendorId", "legalName", "email", "penaltyId", "reason"} as JSON.
import { createPrisma } from "@/lib/prisma-client";
import { addMonthsIst } from "@/lib/domain/penalty/rules";
import { makeUser } from "../../factories";
import { makeVendor } from "../../factories/orders";

const REASON = "Supplied steel almirahs of 0.6 mm sheet against the 0.8 mm specification.";
const db = createPrisma();
const district = await db.district.findFirstOrThrow({ orderBy: { id: "asc" }, select: { id: true } });
const admin = await db.user.findFirstOrThrow({ where: { role: "ADMIN", active: true }, orderBy: { createdAt: "asc" }, select: { id: true } });
const vendor = await makeVendor(db, { districtId: district.id, legalName: `Raipur Almirah Works ${Date.now()}` });
const user = await makeUser(db, "VENDOR", { vendorId: vendor.id });
await db.user.update({ where: { id: user.id }, data: { locale: "hi" } });
const startsAt = new Date(Date.now() - 60_000);
const penalty = await db.vendorPenalty.create({
  data: { vendorId: vendor.id, kind: "SUSPENSION", startsAt, endsAt: addMonthsIst(startsAt, 3), reason: REASON, decidedById: admin.id },
});
console.log(JSON.stringify({ vendorId: vendor.id, legalName: vendor.legalName, email: user.email, penaltyId: penalty.id, reason: REASON }));
await db.$disconnect();
