/**
 * The scheduled escalation of overdue incidents (issue 18; docs/adr/0016-incidents.md): an
 * incident not answered by its respond-by, or not decided by its resolve-by, goes one level up —
 * to the head of the office, the industries department, or (payment disputes) the MSE
 * Facilitation Council's contact — and gets the policy's days more to be decided. Each incident
 * in its own transaction with a conditional update (status and level as read), its audit event
 * and its notices, so any number of workers may run it and none escalates twice.
 *
 * Takes the database client as an argument (the worker process has no Next.js server context).
 */
import type { Db } from "@/lib/prisma-client";
import { recordAudit } from "@/lib/audit/record";
import type { IncidentCategory, IncidentRaiserKind, IncidentRespondentKind, IncidentStatus } from "@/lib/generated/prisma/enums";
import { escalatedResolveBy, escalationDue, escalationTarget, MAX_ESCALATION_LEVEL } from "@/lib/domain/incident/rules";
import { assertTransition } from "@/lib/domain/incident/status";
import { dedupeKey, notify } from "@/lib/notify/outbox";
import { renderNotification } from "@/lib/notify/templates";
import { policyVersionInForce } from "@/lib/queries/policy-in-force";
import { officeUserIds } from "@/lib/services/recipients";
import { incidentLink, notifyParties } from "./parties";

/** Incidents handled per run; the next run takes the rest. */
export const ESCALATION_BATCH = 200;

export type EscalationRun = { escalated: number; failed: number };

export async function escalateOverdueIncidents(
  db: Db,
  options: { now?: Date; onError?: (error: unknown) => void } = {},
): Promise<EscalationRun> {
  const now = options.now ?? new Date();
  const onError = options.onError ?? ((error) => console.error("[manak] incident escalation", error));
  const due = await db.incident.findMany({
    where: {
      escalationLevel: { lt: MAX_ESCALATION_LEVEL },
      OR: [
        { status: "OPEN", respondBy: { lte: now } },
        { status: { in: ["OPEN", "RESPONDED", "ESCALATED"] }, resolveBy: { lte: now } },
      ],
    },
    orderBy: [{ resolveBy: "asc" }, { id: "asc" }],
    take: ESCALATION_BATCH,
    select: {
      id: true, number: true, status: true, category: true, raisedByKind: true, respondentKind: true,
      officeId: true, vendorId: true, agencyId: true, escalationLevel: true, respondBy: true, resolveBy: true,
    },
  });
  const run = { escalated: 0, failed: 0 };
  for (const incident of due) {
    if (!escalationDue(incident, now)) continue;
    try {
      if (await escalateOne(db, incident, now)) run.escalated += 1;
    } catch (error) {
      run.failed += 1;
      onError(error);
    }
  }
  return run;
}

type Due = {
  id: string; number: string; status: IncidentStatus; category: IncidentCategory; raisedByKind: IncidentRaiserKind;
  respondentKind: IncidentRespondentKind; officeId: string | null; vendorId: string | null; agencyId: string | null;
  escalationLevel: number; respondBy: Date; resolveBy: Date;
};

async function escalateOne(db: Db, incident: Due, now: Date): Promise<boolean> {
  const to = assertTransition(incident.status, "escalate", "SYSTEM");
  return db.$transaction(async (tx) => {
    const policy = await policyVersionInForce(tx, now);
    const target = escalationTarget(incident, policy);
    const level = incident.escalationLevel + 1;
    const { count } = await tx.incident.updateMany({
      where: { id: incident.id, status: incident.status, escalationLevel: incident.escalationLevel },
      data: { status: to, escalationLevel: level, escalatedTo: target, escalatedAt: now, resolveBy: escalatedResolveBy(incident.resolveBy, now, policy) },
    });
    // Answered, decided or escalated by another worker since it was read.
    if (count === 0) return false;
    const params = { incidentNumber: incident.number, category: incident.category, level, escalatedTo: target };
    const dedupe = `L${level}`;
    await notifyParties(tx, incident, "incident.escalated", params, { admins: true, dedupe });
    if (target === "OFFICE_HEAD" && incident.officeId) {
      // The head of office is its drawing and disbursing officer (the FINANCE role).
      await notify(tx, { event: "incident.escalated", entityId: `${incident.id}:${dedupe}`, userIds: await officeUserIds(tx, [incident.officeId], "FINANCE"), params, link: incidentLink("FINANCE", incident.id) });
    }
    if (target === "MSE_FACILITATION_COUNCIL" && policy.mseFacilitationCouncilEmail) {
      // The council is outside the portal: an e-mail to its configured address, in English.
      const rendered = renderNotification("incident.escalated", "en", params);
      await tx.notification.createMany({
        data: [{
          dedupeKey: dedupeKey("incident.escalated", `${incident.id}:${dedupe}`, policy.mseFacilitationCouncilEmail, "EMAIL"),
          channel: "EMAIL", event: "incident.escalated", locale: "en", toAddress: policy.mseFacilitationCouncilEmail,
          subject: rendered.subject, body: rendered.text, html: rendered.html, nextAttemptAt: now,
        }],
        skipDuplicates: true,
      });
    }
    await recordAudit(tx, {
      actor: "SYSTEM", entityType: "Incident", entityId: incident.id, action: "incident.escalate",
      data: { number: incident.number, from: incident.status, to, level, escalatedTo: target },
    });
    return true;
  });
}
