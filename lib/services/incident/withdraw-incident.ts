import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { AppError, validationError } from "@/lib/errors";
import { withdrawSchema } from "@/lib/domain/incident/rules";
import { assertTransition } from "@/lib/domain/incident/status";
import { loadIncidentForActor } from "./load";
import { notifyParties } from "./parties";
import { isRaiser } from "@/lib/domain/incident/scope";

/** The raiser withdraws its own incident, with a reason; the outcome is WITHDRAWN. */
export async function withdrawIncident(actor: Actor | null, input: unknown, now = new Date()): Promise<void> {
  assertCan(actor, "incident.withdraw");
  const parsed = withdrawSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const { incidentId, reason } = parsed.data;
  const incident = await loadIncidentForActor(db, actor, incidentId);
  // The respondent sees it too, but only the side that raised it may take it back.
  if (!isRaiser(actor, incident)) throw new AppError("FORBIDDEN");
  const to = assertTransition(incident.status, "withdraw", actor.role);
  await db.$transaction(async (tx) => {
    const { count } = await tx.incident.updateMany({
      where: { id: incident.id, status: incident.status },
      data: { status: to, outcome: "WITHDRAWN", resolution: reason, resolvedAt: now },
    });
    if (count === 0) throw new AppError("CONFLICT", "errors.incident.invalidTransition");
    await notifyParties(tx, incident, "incident.resolved", { incidentNumber: incident.number, category: incident.category, outcome: "WITHDRAWN" }, { except: actor.userId, admins: true });
    await recordAudit(tx, {
      actor, entityType: "Incident", entityId: incident.id, action: "incident.withdraw",
      data: { number: incident.number, from: incident.status, to },
    });
  });
}
