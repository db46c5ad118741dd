"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { formValues, toFormState, type FormState } from "@/lib/forms";
import { createSynonymGroup, deleteSynonymGroup, updateSynonymGroup } from "@/lib/services/synonym/save-synonym-group";

export async function createSynonymGroupAction(_prev: FormState, formData: FormData): Promise<FormState> {
  try {
    await createSynonymGroup(await getActor(), Object.fromEntries(formData));
  } catch (error) {
    return toFormState(error, formValues(formData));
  }
  revalidatePath("/admin/catalogue/synonyms");
  redirect("/admin/catalogue/synonyms?saved=1");
}

export async function updateSynonymGroupAction(_prev: FormState, formData: FormData): Promise<FormState> {
  try {
    await updateSynonymGroup(await getActor(), Object.fromEntries(formData));
  } catch (error) {
    return toFormState(error, formValues(formData));
  }
  revalidatePath("/admin/catalogue/synonyms");
  redirect("/admin/catalogue/synonyms?saved=1");
}

export async function deleteSynonymGroupAction(_prev: FormState, formData: FormData): Promise<FormState> {
  try {
    await deleteSynonymGroup(await getActor(), { groupId: formData.get("groupId") });
  } catch (error) {
    return toFormState(error);
  }
  revalidatePath("/admin/catalogue/synonyms");
  redirect("/admin/catalogue/synonyms?saved=deleted");
}
