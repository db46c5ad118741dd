import { db } from "@/lib/db";
import { conflict, notFound, validationError } from "@/lib/errors";
import { assertCan } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { offerIdSchema } from "@/lib/domain/catalogue/offer";

/**
 * The vendor withdraws its own offer: it leaves the catalogue and allocation at once. Orders
 * already allocated keep their price. Allowed whatever the vendor's status, since it only takes
 * something off the market. Someone else's offer is "not found".
 */
export async function withdrawOffer(actor: Actor | null, input: unknown): Promise<void> {
  assertCan(actor, "offer.manage");
  const parsed = offerIdSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  if (!actor.vendorId) throw notFound();
  const offer = await db.offer.findFirst({ where: { id: parsed.data.offerId, vendorId: actor.vendorId }, select: { id: true } });
  if (!offer) throw notFound();

  await db.$transaction(async (tx) => {
    const { count } = await tx.offer.updateMany({ where: { id: offer.id, vendorId: actor.vendorId!, status: "ACTIVE" }, data: { status: "WITHDRAWN" } });
    if (count === 0) throw conflict("errors.offer.notActive");
    await recordAudit(tx, { actor, entityType: "Offer", entityId: offer.id, action: "offer.withdrawn" });
  });
}
