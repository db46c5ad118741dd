"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { formValues, toFormState, type FormState } from "@/lib/forms";
import { acceptSupplyOrder } from "@/lib/services/supply-order/accept";
import { rejectSupplyOrder } from "@/lib/services/supply-order/reject";

async function actor() {
  const found = await getActor();
  if (!found) redirect("/sign-in");
  return found;
}

const id = (formData: FormData) => String(formData.get("supplyOrderId") ?? "");

export async function acceptSupplyOrderAction(_prev: FormState, formData: FormData): Promise<FormState> {
  try {
    await acceptSupplyOrder(await actor(), { supplyOrderId: id(formData) });
  } catch (error) {
    return toFormState(error);
  }
  revalidatePath("/vendor", "layout");
  redirect(`/vendor/orders/${id(formData)}?notice=accepted`);
}

export async function rejectSupplyOrderAction(_prev: FormState, formData: FormData): Promise<FormState> {
  try {
    await rejectSupplyOrder(await actor(), { supplyOrderId: id(formData), reason: String(formData.get("reason") ?? "") });
  } catch (error) {
    return toFormState(error, formValues(formData));
  }
  revalidatePath("/vendor", "layout");
  redirect(`/vendor/orders/${id(formData)}?notice=rejected`);
}
