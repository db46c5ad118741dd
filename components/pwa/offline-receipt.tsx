import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { OfflineReceiptForm } from "./offline-receipt-form";
import { pwaSessionKey } from "./session-key";

/**
 * Put next to a receipt form (`<form id={formId}>` with the receipt's fields, an optional photo
 * input and a hidden `idempotencyKey`): without a connection the receipt is queued on the phone
 * instead of being lost, and photos are shrunk before they are stored or sent.
 * `label` names the supply order in messages ("SO/2026-27/000012").
 */
export async function OfflineReceipt({ formId, label }: { formId: string; label: string }) {
  const [actor, t] = await Promise.all([getActor(), getTranslations("pwa")]);
  const userKey = pwaSessionKey(actor?.userId ?? null);
  if (!userKey) return null;
  return <OfflineReceiptForm formId={formId} label={label} userKey={userKey} queuedMessage={t("receiptQueued")} />;
}
