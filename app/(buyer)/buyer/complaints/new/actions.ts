"use server";

import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { formValues, toFormState, type FormState } from "@/lib/forms";
import { raiseComplaint } from "@/lib/services/complaint/raise-complaint";

export async function raiseComplaintAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  const input = Object.fromEntries([...formData].filter(([, v]) => typeof v === "string"));
  try {
    await raiseComplaint(actor, input);
  } catch (error) {
    return toFormState(error, formValues(formData));
  }
  redirect(`/buyer/orders/${String(formData.get("purchaseOrderId"))}?notice=complaint`);
}
