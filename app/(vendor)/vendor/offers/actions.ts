"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { formValues, toFormState, type FormState } from "@/lib/forms";
import { createOffer } from "@/lib/services/offer/create-offer";
import { updateOffer } from "@/lib/services/offer/update-offer";
import { withdrawOffer } from "@/lib/services/offer/withdraw-offer";

// A multi-select (district checkboxes) posts one value per choice; Object.fromEntries keeps one.
function offerInput(formData: FormData) {
  return { ...Object.fromEntries(formData), districtIds: formData.getAll("districtIds").map(String) };
}

// The chosen districts travel back to the form as one comma-separated value.
function offerValues(formData: FormData) {
  return { ...formValues(formData), districtIds: formData.getAll("districtIds").join(",") };
}

export async function createOfferAction(_prev: FormState, formData: FormData): Promise<FormState> {
  try {
    await createOffer(await getActor(), offerInput(formData));
  } catch (error) {
    return toFormState(error, offerValues(formData));
  }
  revalidatePath("/vendor");
  redirect("/vendor?offerSaved=1");
}

export async function updateOfferAction(_prev: FormState, formData: FormData): Promise<FormState> {
  try {
    await updateOffer(await getActor(), offerInput(formData));
  } catch (error) {
    return toFormState(error, offerValues(formData));
  }
  revalidatePath("/vendor");
  redirect("/vendor?offerSaved=1");
}

export async function withdrawOfferAction(_prev: FormState, formData: FormData): Promise<FormState> {
  try {
    await withdrawOffer(await getActor(), { offerId: String(formData.get("offerId") ?? "") });
  } catch (error) {
    return toFormState(error);
  }
  revalidatePath("/vendor");
  redirect("/vendor?offerWithdrawn=1");
}
