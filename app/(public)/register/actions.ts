"use server";

import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/define-action";
import { anyFields } from "@/lib/actions/form-input";
import { clientIp, startSession } from "@/lib/auth/session";
import { getUiLocale } from "@/lib/i18n/server";
import { registerVendor } from "@/lib/services/vendor/register-vendor";

/** Registers the firm, signs its new user in, and opens the vendor window (status: pending). */
export const registerVendorAction = formAction({
  access: "public",
  input: anyFields,
  async run({ input }) {
    const { userId } = await registerVendor(input, { locale: await getUiLocale(), ip: await clientIp() });
    await startSession(userId);
    redirect("/vendor?registered=1");
  },
});
