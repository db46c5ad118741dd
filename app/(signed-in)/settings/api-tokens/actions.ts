"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction, plainAction } from "@/lib/actions/define-action";
import { many, text } from "@/lib/actions/form-input";
import { AppError } from "@/lib/errors";
import { createApiToken } from "@/lib/services/api-token/create-api-token";
import { revokeApiToken } from "@/lib/services/api-token/revoke-api-token";

/** Makes the token and hands the secret back to the form, which shows it this once. */
export const createApiTokenAction = formAction({
  access: "apiToken.manage",
  input: z.object({ name: text(200), scopes: many(10, 50), expiresOn: text(20) }),
  async run({ actor, input }) {
    const { token, prefix } = await createApiToken(actor, input);
    revalidatePath("/settings/api-tokens");
    return { ok: true, token, prefix };
  },
});

/** Revoked already (a second click, a colleague): the page simply shows it revoked. */
export const revokeApiTokenAction = plainAction({
  access: "apiToken.manage",
  input: z.object({ tokenId: text(100) }),
  async run({ actor, input }) {
    try {
      await revokeApiToken(actor, input);
    } catch (error) {
      if (!(error instanceof AppError && error.code === "CONFLICT")) throw error;
    }
    revalidatePath("/settings/api-tokens");
    redirect("/settings/api-tokens?revoked=1");
  },
});
