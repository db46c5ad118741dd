"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { formValues, toFormState, type FormState } from "@/lib/forms";
import { recordDispatch } from "@/lib/services/dispatch/record-dispatch";
import { recordReplacementDispatch } from "@/lib/services/dispatch/record-replacement-dispatch";
import { requestReinspection } from "@/lib/services/inspection/request-reinspection";

// Per-line quantities arrive as quantities.<supplyOrderLineId>.
function dispatchInput(formData: FormData): Record<string, unknown> {
  const quantities: Record<string, string> = {};
  for (const [name, value] of formData.entries()) {
    const match = /^quantities\.([0-9a-f-]{36})$/i.exec(name);
    if (match && typeof value === "string") quantities[match[1]] = value;
  }
  return { ...Object.fromEntries(formData), quantities };
}

export async function dispatchAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const input = dispatchInput(formData);
  const supplyOrderId = String(formData.get("supplyOrderId") ?? "");
  try {
    const actor = await getActor();
    await (formData.get("kind") === "REPLACEMENT" ? recordReplacementDispatch(actor, input) : recordDispatch(actor, input));
  } catch (error) {
    return toFormState(error, formValues(formData));
  }
  revalidatePath("/vendor/dispatch");
  redirect(`/vendor/dispatch/${supplyOrderId}?done=dispatched`);
}

export async function requestReinspectionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const supplyOrderId = String(formData.get("supplyOrderId") ?? "");
  try {
    await requestReinspection(await getActor(), { supplyOrderId });
  } catch (error) {
    return toFormState(error);
  }
  revalidatePath("/vendor/dispatch");
  redirect(`/vendor/dispatch/${supplyOrderId}?done=reinspection`);
}
