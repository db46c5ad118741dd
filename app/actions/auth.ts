"use server";

import { redirect } from "next/navigation";
import { clientIp, endSession, startSession } from "@/lib/auth/session";
import { ROLE_HOME } from "@/lib/auth/permissions";
import { toFormState, type FormState } from "@/lib/forms";
import { signInWithPassword } from "@/lib/services/auth/sign-in";

export async function signInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = { email: String(formData.get("email") ?? ""), password: String(formData.get("password") ?? "") };
  let home: string;
  try {
    const { userId, role } = await signInWithPassword(values, await clientIp());
    await startSession(userId);
    home = ROLE_HOME[role];
  } catch (e) {
    return toFormState(e, { email: values.email });
  }
  const next = String(formData.get("next") ?? "");
  redirect(next.startsWith("/") && !next.startsWith("//") ? next : home);
}

export async function signOutAction(): Promise<void> {
  await endSession();
  redirect("/");
}
