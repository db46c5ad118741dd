"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { formValues, toFormState, type FormState } from "@/lib/forms";
import { createCategory } from "@/lib/services/catalogue/create-category";
import { createItem } from "@/lib/services/catalogue/create-item";
import { setItemGstRate } from "@/lib/services/catalogue/set-item-gst-rate";
import { updateCategory } from "@/lib/services/catalogue/update-category";
import { updateItem } from "@/lib/services/catalogue/update-item";

const SPEC_FIELD = /^specs\.(\d{1,2})\.(key|labelEn|labelHi|requirement)$/;

// Specification rows arrive as flat fields ("specs.2.labelHi"); the service wants an array.
function itemInput(formData: FormData) {
  const input: Record<string, unknown> = Object.fromEntries(formData);
  const specs: Record<string, string>[] = [];
  for (const [name, value] of formData.entries()) {
    const match = SPEC_FIELD.exec(name);
    if (match && typeof value === "string") (specs[Number(match[1])] ??= {})[match[2]] = value;
  }
  input.specs = Array.from(specs, (row) => row ?? {});
  return input;
}

export async function createCategoryAction(_prev: FormState, formData: FormData): Promise<FormState> {
  try {
    await createCategory(await getActor(), Object.fromEntries(formData));
  } catch (error) {
    return toFormState(error, formValues(formData));
  }
  revalidatePath("/admin/catalogue");
  redirect("/admin/catalogue?saved=category");
}

export async function updateCategoryAction(_prev: FormState, formData: FormData): Promise<FormState> {
  try {
    await updateCategory(await getActor(), Object.fromEntries(formData));
  } catch (error) {
    return toFormState(error, formValues(formData));
  }
  revalidatePath("/admin/catalogue");
  redirect("/admin/catalogue?saved=category");
}

export async function createItemAction(_prev: FormState, formData: FormData): Promise<FormState> {
  let itemId: string;
  try {
    ({ itemId } = await createItem(await getActor(), itemInput(formData)));
  } catch (error) {
    return toFormState(error, formValues(formData));
  }
  revalidatePath("/admin/catalogue");
  redirect(`/admin/catalogue/items/${itemId}?saved=item`);
}

export async function updateItemAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const itemId = String(formData.get("itemId") ?? "");
  try {
    await updateItem(await getActor(), itemInput(formData));
  } catch (error) {
    return toFormState(error, formValues(formData));
  }
  revalidatePath("/admin/catalogue");
  redirect(`/admin/catalogue/items/${encodeURIComponent(itemId)}?saved=item`);
}

export async function setGstRateAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const itemId = String(formData.get("itemId") ?? "");
  try {
    await setItemGstRate(await getActor(), Object.fromEntries(formData));
  } catch (error) {
    return toFormState(error, formValues(formData));
  }
  revalidatePath(`/admin/catalogue/items/${itemId}`);
  redirect(`/admin/catalogue/items/${encodeURIComponent(itemId)}?saved=gst`);
}
