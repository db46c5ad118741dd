/** Who sees and who speaks for an incident (issue 18): pure, so services and queries share it. */
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";

/**
 * The incidents an actor may see: the department sees all; an office its own orders' incidents
 * (raised by it, or against it); a vendor those about its supply orders and its own penalty appeals; an inspection agency
 * those it must answer. Anything else is "not found". Null: the actor sees none.
 */
export function incidentScope(actor: Actor): Prisma.IncidentWhereInput | null {
  switch (actor.role) {
    case "ADMIN":
      return {};
    case "BUYER":
    case "FINANCE":
      return actor.officeId ? { officeId: actor.officeId } : null;
    case "VENDOR":
      return actor.vendorId ? { vendorId: actor.vendorId } : null;
    case "INSPECTOR":
      return actor.agencyId ? { agencyId: actor.agencyId } : null;
    default:
      return null;
  }
}

/** Whether the actor speaks for the incident's respondent (and so may answer it). */
export function isRespondent(
  actor: Actor,
  incident: { respondentKind: string; vendorId: string | null; officeId: string | null; agencyId: string | null },
): boolean {
  switch (incident.respondentKind) {
    case "VENDOR":
      return actor.role === "VENDOR" && actor.vendorId !== null && actor.vendorId === incident.vendorId;
    case "OFFICE":
      return actor.role === "BUYER" && incident.officeId !== null && actor.officeId === incident.officeId;
    case "AGENCY":
      return actor.role === "INSPECTOR" && actor.agencyId !== null && actor.agencyId === incident.agencyId;
    case "DEPARTMENT":
      return actor.role === "ADMIN";
    default:
      return false;
  }
}

/** Whether the actor speaks for whoever raised it (a buyer of the office, a user of the vendor firm). */
export function isRaiser(actor: Actor, incident: { raisedByKind: string; vendorId: string | null; officeId: string | null }): boolean {
  if (incident.raisedByKind === "BUYER") return actor.role === "BUYER" && incident.officeId !== null && actor.officeId === incident.officeId;
  if (incident.raisedByKind === "VENDOR") return actor.role === "VENDOR" && actor.vendorId !== null && actor.vendorId === incident.vendorId;
  return false;
}
