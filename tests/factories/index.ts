import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/prisma-client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";

const uid = () => randomBytes(4).toString("hex");

// A cheap, valid argon2id hash of "Manak@2026" would still cost ~50 ms per user; factories share one.
let sharedHash: Promise<string> | undefined;
export async function passwordHash(): Promise<string> {
  const { hashPassword } = await import("@/lib/auth/password");
  sharedHash ??= hashPassword("Manak@2026");
  return sharedHash;
}

export async function makeDistrict(db: Db, slug = `d-${uid()}`) {
  return db.district.create({ data: { slug, nameEn: `District ${slug}`, nameHi: `ज़िला ${slug}` } });
}

export async function makeOffice(db: Db, opts: { districtId?: number; kind?: "OFFICE" | "GRAM_PANCHAYAT" } = {}) {
  const districtId = opts.districtId ?? (await makeDistrict(db)).id;
  const department = await db.department.create({ data: { code: `DEP-${uid()}`, nameEn: "Department", nameHi: "विभाग" } });
  return db.office.create({
    data: {
      code: `OFF-${uid()}`, nameEn: "Test Office", nameHi: "परीक्षण कार्यालय", kind: opts.kind ?? "OFFICE",
      departmentId: department.id, districtId, address: "Civil Lines", pincode: "492001",
    },
  });
}

export async function makeUser(db: Db, role: Role, scope: { officeId?: string; vendorId?: string; agencyId?: string } = {}) {
  const u = uid();
  return db.user.create({
    data: {
      email: `${role.toLowerCase()}-${u}@test.manak.in`, name: `${role} ${u}`, role,
      passwordHash: await passwordHash(), ...scope,
    },
  });
}

export function actorOf(user: { id: string; role: Role; officeId?: string | null; vendorId?: string | null; agencyId?: string | null }, inspectorId: string | null = null): Actor {
  return {
    userId: user.id, role: user.role, locale: "en",
    officeId: user.officeId ?? null, vendorId: user.vendorId ?? null, agencyId: user.agencyId ?? null, inspectorId,
  };
}
