import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { AppError, validationError } from "@/lib/errors";
import { resolveSchema } from "@/lib/domain/incident/rules";
import { assertTransition } from "@/lib/domain/incident/status";
import { loadIncidentForActor } from "./load";
import { notifyParties } from "./parties";

/**
 * The industries department decides an incident with an outcome (upheld, not upheld, settled)
 * and its reasons, which every party reads. The outcome (never the text) is public.
 */
export async function resolveIncident(actor: Actor | null, input: unknown, now = new Date()): Promise<void> {
  assertCan(actor, "incident.resolve");
  const parsed = resolveSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const { incidentId, outcome, resolution } = parsed.data;
  const incident = await loadIncidentForActor(db, actor, incidentId);
  const to = assertTransition(incident.status, "resolve", actor.role);
  await db.$transaction(async (tx) => {
    const { count } = await tx.incident.updateMany({
      where: { id: incident.id, status: incident.status },
      data: { status: to, outcome, resolution, resolvedAt: now },
    });
    if (count === 0) throw new AppError("CONFLICT", "errors.incident.invalidTransition");
    await notifyParties(tx, incident, "incident.resolved", { incidentNumber: incident.number, category: incident.category, outcome }, { except: actor.userId });
    await recordAudit(tx, {
      actor, entityType: "Incident", entityId: incident.id, action: "incident.resolve",
      data: { number: incident.number, from: incident.status, to, outcome },
    });
  });
}
