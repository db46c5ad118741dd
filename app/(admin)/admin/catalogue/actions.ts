"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/actions/define-action";
import { anyFields, text, type FormInput } from "@/lib/actions/form-input";
import { createCategory } from "@/lib/services/catalogue/create-category";
import { createItem } from "@/lib/services/catalogue/create-item";
import { setItemGstRate } from "@/lib/services/catalogue/set-item-gst-rate";
import { updateCategory } from "@/lib/services/catalogue/update-category";
import { updateItem } from "@/lib/services/catalogue/update-item";

const SPEC_PARTS = ["key", "labelEn", "labelHi", "requirement"] as const;

// Specification rows arrive as flat fields ("specs.2.labelHi"); the service wants an array.
function itemInput(fields: Record<string, string>, form: FormInput) {
  const rows = form.group("specs.", /^\d{1,2}$/, SPEC_PARTS);
  const specs = Array.from({ length: Math.max(0, ...Object.keys(rows).map((n) => Number(n) + 1)) }, (_, n) => ({ ...rows[String(n)] }));
  return { ...fields, specs };
}

export const createCategoryAction = formAction({
  access: "catalogue.manage",
  input: anyFields,
  async run({ actor, input }) {
    await createCategory(actor, input);
    revalidatePath("/admin/catalogue");
    redirect("/admin/catalogue?saved=category");
  },
});

export const updateCategoryAction = formAction({
  access: "catalogue.manage",
  input: anyFields,
  async run({ actor, input }) {
    await updateCategory(actor, input);
    revalidatePath("/admin/catalogue");
    redirect("/admin/catalogue?saved=category");
  },
});

export const createItemAction = formAction({
  access: "catalogue.manage",
  input: anyFields,
  async run({ actor, input, form }) {
    const { itemId } = await createItem(actor, itemInput(input, form));
    revalidatePath("/admin/catalogue");
    redirect(`/admin/catalogue/items/${itemId}?saved=item`);
  },
});

export const updateItemAction = formAction({
  access: "catalogue.manage",
  input: anyFields.and(z.object({ itemId: text(100) })),
  async run({ actor, input, form }) {
    await updateItem(actor, itemInput(input, form));
    revalidatePath("/admin/catalogue");
    redirect(`/admin/catalogue/items/${encodeURIComponent(input.itemId)}?saved=item`);
  },
});

export const setGstRateAction = formAction({
  access: "catalogue.manage",
  input: anyFields.and(z.object({ itemId: text(100) })),
  async run({ actor, input }) {
    await setItemGstRate(actor, input);
    revalidatePath(`/admin/catalogue/items/${input.itemId}`);
    redirect(`/admin/catalogue/items/${encodeURIComponent(input.itemId)}?saved=gst`);
  },
});
