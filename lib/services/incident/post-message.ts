import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { AppError, validationError } from "@/lib/errors";
import { messageSchema } from "@/lib/domain/incident/rules";
import { assertTransition, isOpen } from "@/lib/domain/incident/status";
import { discardUploads, storeUploads, type UploadInput } from "@/lib/storage/upload";
import { loadIncidentForActor } from "./load";
import { notifyParties } from "./parties";
import { isRespondent } from "@/lib/domain/incident/scope";

/**
 * A message in an incident's conversation, with attachments, from any party that sees it. The
 * respondent's first message is its response (OPEN → RESPONDED, through the transition table);
 * every other message changes no status. A closed incident takes no more messages.
 */
export async function postIncidentMessage(actor: Actor | null, input: unknown, files: readonly UploadInput[] = [], now = new Date()): Promise<{ messageId: string; responded: boolean }> {
  assertCan(actor, "incident.respond");
  const parsed = messageSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const { incidentId, body } = parsed.data;
  const incident = await loadIncidentForActor(db, actor, incidentId);
  if (!isOpen(incident.status)) throw new AppError("CONFLICT", "errors.incident.closed");
  const responds = incident.status === "OPEN" && isRespondent(actor, incident);
  const to = responds ? assertTransition(incident.status, "respond", actor.role) : null;

  const stored = await storeUploads(files, "attachments");
  try {
    return await db.$transaction(async (tx) => {
      if (to) {
        const { count } = await tx.incident.updateMany({ where: { id: incident.id, status: incident.status }, data: { status: to, respondedAt: now } });
        if (count === 0) throw new AppError("CONFLICT", "errors.incident.invalidTransition");
      } else {
        // Closed between the check and now: the message would land on a decided incident.
        const still = await tx.incident.count({ where: { id: incident.id, status: { in: ["OPEN", "RESPONDED", "ESCALATED"] } } });
        if (still === 0) throw new AppError("CONFLICT", "errors.incident.closed");
      }
      const message = await tx.incidentMessage.create({ data: { incidentId: incident.id, authorId: actor.userId, authorRole: actor.role, body, createdAt: now } });
      if (stored.length > 0) {
        await tx.attachment.createMany({ data: stored.map((file) => ({ ...file, uploadedById: actor.userId, incidentMessageId: message.id })) });
      }
      const params = { incidentNumber: incident.number, category: incident.category };
      if (to) await notifyParties(tx, incident, "incident.responded", params, { except: actor.userId, admins: true });
      else await notifyParties(tx, incident, "incident.message", params, { except: actor.userId, admins: actor.role !== "ADMIN", dedupe: message.id });
      await recordAudit(tx, {
        actor, entityType: "Incident", entityId: incident.id, action: to ? "incident.respond" : "incident.message",
        data: { number: incident.number, messageId: message.id, attachments: stored.length, ...(to ? { from: incident.status, to } : {}) },
      });
      return { messageId: message.id, responded: to !== null };
    });
  } catch (error) {
    await discardUploads(stored);
    throw error;
  }
}
