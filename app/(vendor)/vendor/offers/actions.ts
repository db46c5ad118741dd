"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/actions/define-action";
import { anyFields, text, type FormInput } from "@/lib/actions/form-input";
import { createOffer } from "@/lib/services/offer/create-offer";
import { updateOffer } from "@/lib/services/offer/update-offer";
import { withdrawOffer } from "@/lib/services/offer/withdraw-offer";

// A multi-select (district checkboxes) posts one value per choice.
const offerInput = (fields: Record<string, string>, form: FormInput) => ({ ...fields, districtIds: form.all("districtIds") });

// The chosen districts travel back to the form as one comma-separated value.
const offerValues = (form: FormInput) => ({ ...form.values(), districtIds: form.all("districtIds").join(",") });

export const createOfferAction = formAction({
  access: "offer.manage",
  input: anyFields,
  async run({ actor, input, form }) {
    await createOffer(actor, offerInput(input, form));
    revalidatePath("/vendor");
    redirect("/vendor?offerSaved=1");
  },
  keep: offerValues,
});

export const updateOfferAction = formAction({
  access: "offer.manage",
  input: anyFields,
  async run({ actor, input, form }) {
    await updateOffer(actor, offerInput(input, form));
    revalidatePath("/vendor");
    redirect("/vendor?offerSaved=1");
  },
  keep: offerValues,
});

export const withdrawOfferAction = formAction({
  access: "offer.manage",
  input: z.object({ offerId: text(100) }),
  async run({ actor, input }) {
    await withdrawOffer(actor, { offerId: input.offerId });
    revalidatePath("/vendor");
    redirect("/vendor?offerWithdrawn=1");
  },
  keep: () => ({}),
});
