"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/define-action";
import { anyFields } from "@/lib/actions/form-input";
import { createPolicyVersion } from "@/lib/services/policy/create-policy-version";

export const createPolicyVersionAction = formAction({
  access: "policy.manage",
  input: anyFields,
  async run({ actor, input }) {
    const { version } = await createPolicyVersion(actor, input);
    revalidatePath("/admin/policy");
    redirect(`/admin/policy?published=${version}`);
  },
});
