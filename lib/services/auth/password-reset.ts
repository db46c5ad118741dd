import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword } from "@/lib/auth/password";
import { normaliseMobile } from "@/lib/domain/identifiers";
import { PASSWORD_MIN_LENGTH } from "@/lib/domain/vendor/registration";
import { AppError, validationError } from "@/lib/errors";
import type { Locale } from "@/lib/generated/prisma/enums";
import { dedupeKey } from "@/lib/notify/outbox";
import { appBaseUrl, renderNotification } from "@/lib/notify/templates";

/** The rules of "forgot password" (issue 15). */
export const RESET_RULES = {
  validMinutes: 30,
  perAccountPerHour: 3,
  // Generous: many phones share one public address behind a mobile carrier's NAT.
  perIpPerHour: 20,
} as const;

const HOUR_MS = 60 * 60_000;

export const hashResetToken = (token: string) => createHash("sha256").update(`reset:${token}`).digest("hex");

/** "e-mail or mobile" as typed → the lookup key (lower-cased e-mail or E.164 mobile), or null. */
export function resetAccountKey(input: string): { kind: "EMAIL" | "SMS"; key: string } | null {
  const value = input.trim();
  if (value.includes("@")) return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) && value.length <= 254 ? { kind: "EMAIL", key: value.toLowerCase() } : null;
  const mobile = normaliseMobile(value);
  return mobile ? { kind: "SMS", key: mobile } : null;
}

/**
 * Someone asks to reset the password of the account with this e-mail or mobile. The answer is the
 * same whether or not the account exists (no account enumeration); when it does, a single-use link
 * valid for 30 minutes goes by the channel named (e-mail → e-mail, mobile → SMS). Only the token's
 * hash is stored. At most 3 links an hour per account and 20 per address: past that, nothing is
 * sent, and a too-busy address is told to wait.
 */
export async function requestPasswordReset(input: { account: string; ip: string; locale: Locale }, now = new Date()): Promise<void> {
  const account = resetAccountKey(input.account ?? "");
  if (!account) throw new AppError("VALIDATION", "errors.VALIDATION", { account: ["errors.reset.account"] });
  const since = new Date(now.getTime() - HOUR_MS);
  const fromIp = await db.passwordReset.count({ where: { ip: input.ip, createdAt: { gte: since } } });
  if (fromIp >= RESET_RULES.perIpPerHour) throw new AppError("RATE_LIMITED", "errors.reset.tooMany");
  const user = await db.user.findFirst({
    where: { active: true, ...(account.kind === "EMAIL" ? { email: { equals: account.key, mode: "insensitive" } } : { mobile: account.key }) },
    select: { id: true, email: true, mobile: true, locale: true },
  });
  if (!user) return;
  const recent = await db.passwordReset.count({ where: { account: account.key, createdAt: { gte: since } } });
  if (recent >= RESET_RULES.perAccountPerHour) return;

  const token = randomBytes(16).toString("base64url");
  const url = `${appBaseUrl()}/reset-password/${token}`;
  const rendered = renderNotification("auth.passwordReset", user.locale, { url, validMinutes: RESET_RULES.validMinutes });
  await db.$transaction(async (tx) => {
    const reset = await tx.passwordReset.create({
      data: { userId: user.id, tokenHash: hashResetToken(token), expiresAt: new Date(now.getTime() + RESET_RULES.validMinutes * 60_000), account: account.key, ip: input.ip, createdAt: now },
      select: { id: true },
    });
    await tx.notification.create({
      data: {
        dedupeKey: dedupeKey("auth.passwordReset", reset.id, user.id, account.kind),
        userId: user.id, channel: account.kind, event: "auth.passwordReset", locale: user.locale,
        toAddress: account.kind === "EMAIL" ? user.email : user.mobile!,
        subject: rendered.subject,
        body: account.kind === "EMAIL" ? rendered.text : rendered.sms,
        html: account.kind === "EMAIL" ? rendered.html : null,
        // A reset is waited for: ahead of any backlog, like a sign-in code.
        nextAttemptAt: new Date(0),
      },
    });
  });
}

const resetSchema = z
  .object({
    token: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, { error: "errors.reset.invalid" }),
    password: z.string({ error: "errors.required" }).min(1, { error: "errors.required", abort: true }).min(PASSWORD_MIN_LENGTH, { error: "errors.password.short" }).max(200, { error: "errors.password.weak" }),
    confirmPassword: z.string({ error: "errors.required" }),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], error: "errors.password.mismatch" });

/**
 * Sets a new password with a reset link's token: valid only unused and unexpired, and used once —
 * two tabs racing with the same link, exactly one succeeds. Every other open link of the account
 * stops working. Audited.
 */
export async function resetPassword(input: unknown, now = new Date()): Promise<{ userId: string }> {
  const parsed = resetSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const { token, password } = parsed.data;
  const reset = await db.passwordReset.findUnique({ where: { tokenHash: hashResetToken(token) }, select: { id: true, userId: true, usedAt: true, expiresAt: true } });
  if (!reset || reset.usedAt || reset.expiresAt <= now) throw new AppError("VALIDATION", "errors.reset.invalid", { token: ["errors.reset.invalid"] });
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    const claimed = await tx.passwordReset.updateMany({ where: { id: reset.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (claimed.count === 0) throw new AppError("VALIDATION", "errors.reset.invalid", { token: ["errors.reset.invalid"] });
    await tx.passwordReset.updateMany({ where: { userId: reset.userId, usedAt: null }, data: { usedAt: now } });
    await tx.user.update({ where: { id: reset.userId }, data: { passwordHash } });
    await recordAudit(tx, { actor: "SYSTEM", entityType: "User", entityId: reset.userId, action: "user.passwordReset", data: {} });
  });
  return { userId: reset.userId };
}
