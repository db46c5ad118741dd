import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { conflict, validationError } from "@/lib/errors";
import { bankRateSchema } from "@/lib/domain/policy/bank-rate";
import { istIsoDay, systemClock, type Clock } from "@/lib/domain/time/india";
import { notifyRole } from "@/lib/notify/outbox";
import { uniqueViolation } from "@/lib/services/unique-violation";

/**
 * The admin records a bank rate notified by the Reserve Bank, in force from a day (DOMAIN.md
 * "Policy": a dated table the admin maintains). Rows are never edited or deleted — a correction is
 * a new row from the same day, refused (one rate per day), so a wrong entry is fixed by a row for
 * the next day, and the trail stays. Interest on any bill paid later uses the rate in force for
 * each monthly rest (lib/domain/bill/rules.ts msmedInterest); payments already made keep theirs.
 */
export async function addBankRate(actor: Actor | null, input: unknown, { clock = systemClock }: { clock?: Clock } = {}) {
  assertCan(actor, "policy.manage");
  const parsed = bankRateSchema(clock.now()).safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const { rate, effectiveFrom, reason } = parsed.data;
  try {
    return await db.$transaction(async (tx) => {
      const created = await tx.bankRate.create({ data: { rateBp: rate, effectiveFrom, reason, createdById: actor.userId } });
      const day = istIsoDay(effectiveFrom);
      await notifyRole(tx, "ADMIN", {
        event: "bankRate.added", entityId: created.id, params: { rateBp: rate, effectiveFrom }, link: "/admin/bank-rates",
      });
      await recordAudit(tx, {
        actor, entityType: "BankRate", entityId: created.id, action: "bankRate.add", data: { rateBp: rate, effectiveFrom: day, reason },
      });
      return created;
    }, { timeout: 30_000, maxWait: 15_000 });
  } catch (error) {
    if (uniqueViolation(error)?.fields.includes("effectiveFrom")) throw conflict("errors.bankRate.duplicate");
    throw error;
  }
}
