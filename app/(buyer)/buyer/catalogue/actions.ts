"use server";

import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { requestItem } from "@/lib/services/catalogue/request-item";

/** "Ask for this item": records the office's demand and comes back to the same search. */
export async function requestItemAction(formData: FormData): Promise<void> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  const back = String(formData.get("back") ?? "/buyer/catalogue");
  const returnTo = back.startsWith("/buyer/catalogue") ? back : "/buyer/catalogue";
  const join = returnTo.includes("?") ? "&" : "?";
  try {
    await requestItem(actor, { itemId: formData.get("itemId"), quantity: String(formData.get("quantity") ?? "").trim() });
  } catch (error) {
    if (error instanceof AppError && (error.code === "VALIDATION" || error.code === "NOT_FOUND")) redirect(`${returnTo}${join}notice=badQuantity`);
    throw error;
  }
  redirect(`${returnTo}${join}notice=requested`);
}
