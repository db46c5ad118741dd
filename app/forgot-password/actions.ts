"use server";

import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { formAction } from "@/lib/actions/define-action";
import { text } from "@/lib/actions/form-input";
import { clientIp } from "@/lib/auth/session";
import { getUiLocale } from "@/lib/i18n/server";
import { requestPasswordReset } from "@/lib/services/auth/password-reset";

/** Asks for a reset link; the answer never says whether the account exists. */
export const requestPasswordResetAction = formAction({
  access: "public",
  input: z.object({ account: text(200) }),
  async run({ input }) {
    await requestPasswordReset({ account: input.account, ip: await clientIp(), locale: await getUiLocale() });
    return { ok: true, message: (await getTranslations("auth.reset"))("sent") };
  },
});
