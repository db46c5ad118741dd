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

/** What an Actor is built from: the user row (the session reads it on every request; jobs acting for a user read it too). */
export const actorUserSelect = {
  id: true, role: true, locale: true, officeId: true, vendorId: true, agencyId: true, inspector: { select: { id: true } },
} as const;

export function actorOfUser(user: { id: string; role: Role; locale: Locale; officeId: string | null; vendorId: string | null; agencyId: string | null; inspector: { id: string } | null }): Actor {
  return {
    userId: user.id, role: user.role, locale: user.locale, officeId: user.officeId, vendorId: user.vendorId, agencyId: user.agencyId,
    inspectorId: user.inspector?.id ?? null,
  };
}
