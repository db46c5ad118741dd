import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { AppError, notFound, validationError } from "@/lib/errors";
import { deadlines, raiseIncidentSchema, RAISER_CATEGORIES, respondentFor } from "@/lib/domain/incident/rules";
import { policyVersionInForce } from "@/lib/queries/policy-in-force";
import { nextDocumentNumbers } from "@/lib/services/numbering/next-numbers";
import { discardUploads, storeUploads, type UploadInput } from "@/lib/storage/upload";
import { notifyParties } from "./parties";

/**
 * A buyer raises an incident about one of its office's supply orders (quality, short or late
 * delivery, conduct: the vendor answers); a vendor about one of its own (delayed payment,
 * wrongful rejection: the office answers; inspection not done: the inspection agency). The
 * deadlines come from the policy in force; the respondent and the department are told.
 */
export async function raiseIncident(actor: Actor | null, input: unknown, files: readonly UploadInput[] = [], now = new Date()): Promise<{ incidentId: string; number: string }> {
  assertCan(actor, "incident.raise");
  const parsed = raiseIncidentSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const { supplyOrderId, category, subject, body } = parsed.data;
  const raiser = actor.role === "VENDOR" ? "VENDOR" : "BUYER";
  const so = await db.supplyOrder.findFirst({
    where: { id: supplyOrderId, ...(raiser === "VENDOR" ? { vendorId: actor.vendorId ?? "-" } : { purchaseOrder: { officeId: actor.officeId ?? "-" } }) },
    select: {
      id: true, vendorId: true, purchaseOrderId: true, purchaseOrder: { select: { officeId: true } },
      inspections: { orderBy: { createdAt: "desc" }, take: 1, select: { inspector: { select: { agencyId: true } } } },
    },
  });
  if (!so || (raiser === "VENDOR" ? !actor.vendorId : !actor.officeId)) throw notFound();
  if (!RAISER_CATEGORIES[raiser].includes(category)) {
    throw new AppError("VALIDATION", "errors.VALIDATION", { category: ["errors.incident.category"] });
  }
  const agencyId = so.inspections[0]?.inspector.agencyId ?? null;
  const respondentKind = respondentFor(raiser, category, agencyId !== null);

  const stored = await storeUploads(files, "attachments");
  try {
    return await db.$transaction(async (tx) => {
      const policy = await policyVersionInForce(tx, now);
      const [number] = await nextDocumentNumbers(tx, "INC", now);
      const incident = await tx.incident.create({
        data: {
          number, category, raisedByKind: raiser, raisedById: actor.userId, respondentKind,
          vendorId: so.vendorId, officeId: so.purchaseOrder.officeId, agencyId: respondentKind === "AGENCY" ? agencyId : null,
          purchaseOrderId: so.purchaseOrderId, supplyOrderId: so.id, subject, ...deadlines(policy, now), createdAt: now,
        },
      });
      const message = await tx.incidentMessage.create({ data: { incidentId: incident.id, authorId: actor.userId, authorRole: actor.role, body, createdAt: now } });
      if (stored.length > 0) {
        await tx.attachment.createMany({ data: stored.map((file) => ({ ...file, uploadedById: actor.userId, incidentMessageId: message.id })) });
      }
      await notifyParties(tx, incident, "incident.raised", { incidentNumber: number, category }, { except: actor.userId, admins: true });
      await recordAudit(tx, {
        actor, entityType: "Incident", entityId: incident.id, action: "incident.raise",
        data: { number, category, raisedByKind: raiser, respondentKind, supplyOrderId: so.id },
      });
      return { incidentId: incident.id, number };
    });
  } catch (error) {
    await discardUploads(stored);
    throw error;
  }
}
