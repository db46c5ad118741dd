import type { Tx } from "@/lib/prisma-client";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors";
import { incidentScope } from "@/lib/domain/incident/scope";

/** The incident, if the actor's scope holds it; someone else's is "not found". */
export async function loadIncidentForActor(tx: Tx, actor: Actor, incidentId: string) {
  const scope = incidentScope(actor);
  if (!scope) throw notFound();
  const incident = await tx.incident.findFirst({
    where: { id: incidentId, ...scope },
    select: {
      id: true, number: true, status: true, category: true, raisedByKind: true, respondentKind: true,
      officeId: true, vendorId: true, agencyId: true, escalationLevel: true, penaltyId: true,
    },
  });
  if (!incident) throw notFound();
  return incident;
}
