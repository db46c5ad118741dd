import { db } from "@/lib/db";
import { AppError, validationError } from "@/lib/errors";
import { assertCan } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { parseNewOffer } from "@/lib/domain/catalogue/offer";
import { uniqueViolation } from "@/lib/services/unique-violation";
import {
  activeVendorOf, assertOfferable, lockOffer, offerColumns, recordPriceChange, servedDistrictIds, setServedDistricts,
} from "./offer-rules";

const ALREADY_OFFERED = new AppError("VALIDATION", "errors.offer.exists", { itemId: ["errors.offer.exists"] });

/**
 * An ACTIVE vendor lists an offer against a catalogue item. One offer per vendor and item: an
 * item already on offer must be edited instead; an offer withdrawn earlier is listed again with
 * the new terms (same row, so its price history continues).
 */
export async function createOffer(actor: Actor | null, input: unknown): Promise<{ offerId: string }> {
  assertCan(actor, "offer.manage");
  const parsed = parseNewOffer(input);
  if (!parsed.success) throw validationError(parsed.issues);
  const form = parsed.data;
  const vendor = await activeVendorOf(actor);
  await assertOfferable(form.itemId, vendor);
  const districtIds = await servedDistrictIds(form);
  const now = new Date();

  try {
    return await db.$transaction(async (tx) => {
      const existing = await tx.offer.findUnique({ where: { vendorId_itemId: { vendorId: vendor.id, itemId: form.itemId } }, select: { id: true } });
      let offerId: string;
      if (existing) {
        const current = await lockOffer(tx, existing.id);
        if (current.status === "ACTIVE") throw ALREADY_OFFERED;
        await tx.offer.update({ where: { id: existing.id }, data: { ...offerColumns(form), status: "ACTIVE" } });
        await recordPriceChange(tx, existing.id, current.unitPricePaise, form.unitPrice, now);
        offerId = existing.id;
      } else {
        const offer = await tx.offer.create({
          data: { ...offerColumns(form), vendorId: vendor.id, itemId: form.itemId, prices: { create: { unitPricePaise: form.unitPrice, effectiveFrom: now } } },
          select: { id: true },
        });
        offerId = offer.id;
      }
      await setServedDistricts(tx, offerId, districtIds);
      await recordAudit(tx, {
        actor,
        entityType: "Offer",
        entityId: offerId,
        action: existing ? "offer.relisted" : "offer.created",
        data: { itemId: form.itemId, unitPricePaise: form.unitPrice, districts: districtIds.length },
      });
      return { offerId };
    });
  } catch (error) {
    // Two tabs listing the same item at once: the unique (vendor, item) constraint settles it.
    if (uniqueViolation(error)?.fields.includes("itemId")) throw ALREADY_OFFERED;
    throw error;
  }
}
