"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/actions/define-action";
import { text } from "@/lib/actions/form-input";
import { resetPassword } from "@/lib/services/auth/password-reset";

/** Sets the new password from a reset link, then sends the person to sign in with it. */
export const resetPasswordAction = formAction({
  access: "public",
  input: z.object({ token: text(200), password: text(200), confirmPassword: text(200) }),
  async run({ input }) {
    await resetPassword(input);
    redirect("/sign-in?reset=1");
  },
  keep: (form) => form.values(["password", "confirmPassword", "token"]),
});
