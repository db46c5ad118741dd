"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { formValues, toFormState, type FormState } from "@/lib/forms";
import { cancelSupplyOrder } from "@/lib/services/supply-order/cancel";
import { decideShortfall } from "@/lib/services/supply-order/decide-shortfall";
import { recordReceipt } from "@/lib/services/supply-order/record-receipt";
import { uploadsFromForm } from "@/lib/storage/upload";

async function actor() {
  const found = await getActor();
  if (!found) redirect("/sign-in");
  return found;
}

const id = (formData: FormData) => String(formData.get("supplyOrderId") ?? "");

/** A step that cannot be undone asks for the "I am sure" tick; without it nothing is sent on. */
function unconfirmed(formData: FormData): AppError | null {
  return formData.get("confirm") === "on" ? null : new AppError("VALIDATION", "errors.VALIDATION", { confirm: ["errors.supplyOrder.confirmRequired"] });
}

function done(supplyOrderId: string, notice: string): never {
  revalidatePath("/buyer", "layout");
  redirect(`/buyer/supply-orders/${supplyOrderId}?notice=${notice}`);
}

/** Per-line quantities arrive as fields named "quantities.<supplyOrderLineId>" (as the offline queue sends them). */
function receiptForm(formData: FormData) {
  const quantities: Record<string, string> = {};
  for (const [name, value] of formData) {
    if (name.startsWith("quantities.") && typeof value === "string") quantities[name.slice("quantities.".length)] = value;
  }
  return {
    supplyOrderId: id(formData),
    receivedOn: String(formData.get("receivedOn") ?? ""),
    remarks: String(formData.get("remarks") ?? ""),
    idempotencyKey: String(formData.get("idempotencyKey") ?? "") || undefined,
    quantities,
  };
}

export async function recordReceiptAction(_prev: FormState, formData: FormData): Promise<FormState> {
  try {
    // A file input left empty arrives as a 0-byte file (React names it "undefined"): not a photo.
    const photos = (await uploadsFromForm(formData, "photos")).filter((file) => file.bytes.length > 0);
    await recordReceipt(await actor(), receiptForm(formData), photos);
  } catch (error) {
    return toFormState(error, formValues(formData));
  }
  done(id(formData), "received");
}

export async function cancelSupplyOrderAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const refused = unconfirmed(formData);
  if (refused) return toFormState(refused, formValues(formData));
  try {
    await cancelSupplyOrder(await actor(), { supplyOrderId: id(formData), reason: String(formData.get("reason") ?? "") });
  } catch (error) {
    return toFormState(error, formValues(formData));
  }
  done(id(formData), "cancelled");
}

/** Close the missing quantity short (with a reason) or have it delivered by another vendor. */
export async function decideShortfallAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const refused = unconfirmed(formData);
  if (refused) return toFormState(refused, formValues(formData));
  const decision = String(formData.get("decision") ?? "");
  try {
    await decideShortfall(await actor(), {
      supplyOrderId: id(formData), decision, reason: String(formData.get("reason") ?? ""), deliverBy: String(formData.get("deliverBy") ?? ""),
    });
  } catch (error) {
    return toFormState(error, formValues(formData));
  }
  done(id(formData), decision === "REALLOCATE" ? "reallocated" : "deducted");
}
