// Test data for tests/e2e/penalties.spec.ts, written straight into the e2e server's database
// (DATABASE_URL): an approved local firm of its own (so no other spec's vendor is suspended) with
// one vendor user who reads the portal in Hindi. Prints {"vendorId", "legalName", "email"}.
import { createPrisma } from "@/lib/prisma-client";
import { makeUser } from "../../factories";
import { makeVendor } from "../../factories/orders";

const db = createPrisma();
const district = await db.district.findFirstOrThrow({ orderBy: { id: "asc" }, select: { id: true } });
const vendor = await makeVendor(db, { districtId: district.id, legalName: `Chhattisgarh Steel Works ${Date.now()}` });
const user = await makeUser(db, "VENDOR", { vendorId: vendor.id });
await db.user.update({ where: { id: user.id }, data: { locale: "hi" } });
console.log(JSON.stringify({ vendorId: vendor.id, legalName: vendor.legalName, email: user.email }));
await db.$disconnect();
