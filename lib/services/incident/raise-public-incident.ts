import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import { AppError, notFound, validationError } from "@/lib/errors";
import { deadlines, publicIncidentSchema, RAISER_CATEGORIES } from "@/lib/domain/incident/rules";
import { policyVersionInForce } from "@/lib/queries/policy-in-force";
import { nextDocumentNumbers } from "@/lib/services/numbering/next-numbers";
import { notifyParties } from "./parties";

/** Public incidents allowed per client address per hour: enough for a citizen, too few to flood an office. */
export const PUBLIC_INCIDENT_LIMIT = { perIpPerHour: 5 } as const;

async function assertPublicIncidentAllowed(ip: string, now: Date): Promise<void> {
  const hourAgo = new Date(now.getTime() - 60 * 60_000);
  await db.abuseEvent.create({ data: { kind: "incident", ip } });
  const attempts = await db.abuseEvent.count({ where: { kind: "incident", ip, createdAt: { gt: hourAgo } } });
  if (attempts > PUBLIC_INCIDENT_LIMIT.perIpPerHour) throw new AppError("RATE_LIMITED", "errors.incident.rateLimited");
}

/**
 * Anyone, signed in or not, raises an incident about a published purchase order; the office that
 * placed it answers. Anonymous is allowed; a contact, if given, is kept for the department only.
 * Attempts are limited per client address. Nothing the raiser wrote is ever published: the
 * audit event (public) carries the number and category only.
 */
export async function raisePublicIncident(input: unknown, opts: { ip: string; now?: Date }): Promise<{ incidentId: string; number: string }> {
  const now = opts.now ?? new Date();
  await assertPublicIncidentAllowed(opts.ip, now);
  const parsed = publicIncidentSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const { purchaseOrderNumber, category, subject, body, contact } = parsed.data;
  if (!RAISER_CATEGORIES.PUBLIC.includes(category)) {
    throw new AppError("VALIDATION", "errors.VALIDATION", { category: ["errors.incident.category"] });
  }
  const po = await db.purchaseOrder.findUnique({ where: { number: purchaseOrderNumber }, select: { id: true, officeId: true } });
  if (!po) throw notFound();

  return db.$transaction(async (tx) => {
    const policy = await policyVersionInForce(tx, now);
    const [number] = await nextDocumentNumbers(tx, "INC", now);
    const incident = await tx.incident.create({
      data: {
        number, category, raisedByKind: "PUBLIC", raisedById: null, publicContact: contact || null, respondentKind: "OFFICE",
        officeId: po.officeId, purchaseOrderId: po.id, subject, ...deadlines(policy, now), createdAt: now,
      },
    });
    await tx.incidentMessage.create({ data: { incidentId: incident.id, authorId: null, authorRole: "PUBLIC", body, createdAt: now } });
    await notifyParties(tx, incident, "incident.raised", { incidentNumber: number, category }, { admins: true });
    await recordAudit(tx, {
      actor: "PUBLIC", entityType: "Incident", entityId: incident.id, action: "incident.raise",
      data: { number, category, raisedByKind: "PUBLIC", respondentKind: "OFFICE" },
    });
    return { incidentId: incident.id, number };
  });
}
