import { db } from "@/lib/db";
import { notFound, validationError } from "@/lib/errors";
import { assertCan } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { parseOfferUpdate } from "@/lib/domain/catalogue/offer";
import { activeVendorOf, assertOfferable, lockOffer, offerColumns, recordPriceChange, servedDistrictIds, setServedDistricts } from "./offer-rules";

/**
 * The vendor changes its own offer's terms (a withdrawn offer is listed again). A new price closes
 * the current price row and opens another: history is kept, never overwritten. Someone else's
 * offer is "not found".
 */
export async function updateOffer(actor: Actor | null, input: unknown): Promise<{ offerId: string }> {
  assertCan(actor, "offer.manage");
  const parsed = parseOfferUpdate(input);
  if (!parsed.success) throw validationError(parsed.issues);
  const form = parsed.data;
  if (!actor.vendorId) throw notFound();
  const offer = await db.offer.findFirst({ where: { id: form.offerId, vendorId: actor.vendorId }, select: { id: true, itemId: true } });
  if (!offer) throw notFound();
  const vendor = await activeVendorOf(actor);
  // The item may have become reserved (or inactive) since the offer was listed.
  await assertOfferable(offer.itemId, vendor);
  const districtIds = await servedDistrictIds(form);
  const now = new Date();

  await db.$transaction(async (tx) => {
    const current = await lockOffer(tx, offer.id);
    await tx.offer.update({ where: { id: offer.id }, data: { ...offerColumns(form), status: "ACTIVE" } });
    await recordPriceChange(tx, offer.id, current.unitPricePaise, form.unitPrice, now);
    await setServedDistricts(tx, offer.id, districtIds);
    await recordAudit(tx, {
      actor,
      entityType: "Offer",
      entityId: offer.id,
      action: current.status === "ACTIVE" ? "offer.updated" : "offer.relisted",
      data: { fromPricePaise: current.unitPricePaise, toPricePaise: form.unitPrice, districts: districtIds.length },
    });
  });
  return { offerId: offer.id };
}
