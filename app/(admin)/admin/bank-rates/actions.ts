"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/define-action";
import { anyFields } from "@/lib/actions/form-input";
import { addBankRate } from "@/lib/services/bank-rate/add-bank-rate";

export const addBankRateAction = formAction({
  access: "policy.manage",
  input: anyFields,
  async run({ actor, input }) {
    await addBankRate(actor, input);
    revalidatePath("/admin/bank-rates");
    redirect("/admin/bank-rates?added=1");
  },
});
