"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/actions/define-action";
import { anyFields, text } from "@/lib/actions/form-input";
import { createSynonymGroup, deleteSynonymGroup, updateSynonymGroup } from "@/lib/services/synonym/save-synonym-group";

function saved(notice: string): never {
  revalidatePath("/admin/catalogue/synonyms");
  redirect(`/admin/catalogue/synonyms?saved=${notice}`);
}

export const createSynonymGroupAction = formAction({
  access: "catalogue.manage",
  input: anyFields,
  async run({ actor, input }) {
    await createSynonymGroup(actor, input);
    saved("1");
  },
});

export const updateSynonymGroupAction = formAction({
  access: "catalogue.manage",
  input: anyFields,
  async run({ actor, input }) {
    await updateSynonymGroup(actor, input);
    saved("1");
  },
});

export const deleteSynonymGroupAction = formAction({
  access: "catalogue.manage",
  input: z.object({ groupId: text(100) }),
  async run({ actor, input }) {
    await deleteSynonymGroup(actor, input);
    saved("deleted");
  },
  keep: () => ({}),
});
