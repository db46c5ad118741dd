import type { Locale, Role } from "@/lib/generated/prisma/enums";

/** Who is acting: the signed-in user with their one organisation scope. */
export type Actor = {
  userId: string;
  role: Role;
  locale: Locale;
  officeId: string | null; // BUYER, FINANCE
  vendorId: string | null; // VENDOR
  agencyId: string | null; // INSPECTOR
  inspectorId: string | null; // INSPECTOR
};

/** The system itself (sweeps, automatic allocation) — recorded in the audit log as SYSTEM. */
export const SYSTEM = "SYSTEM" as const;
