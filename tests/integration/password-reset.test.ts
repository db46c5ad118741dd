import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";
import { requestPasswordReset, resetPassword, RESET_RULES } from "@/lib/services/auth/password-reset";
import { makeUser } from "@/tests/factories";

const tokenFrom = (body: string) => /reset-password\/([A-Za-z0-9_-]+)/.exec(body)![1];
const code = (p: Promise<unknown>) => p.then(() => "ok", (e: unknown) => (e instanceof AppError ? e.code : String(e)));

describe("password reset by e-mail or SMS (issue 15)", () => {
  it("sends a single-use link by the channel named, and the new password works once", async () => {
    const user = await makeUser(db, "BUYER");
    await db.user.update({ where: { id: user.id }, data: { mobile: "+919812300001" } });
    await requestPasswordReset({ account: user.email.toUpperCase(), ip: "10.0.0.1", locale: "en" });
    const mail = await db.notification.findFirstOrThrow({ where: { userId: user.id, event: "auth.passwordReset" } });
    expect([mail.channel, mail.toAddress]).toEqual(["EMAIL", user.email]);
    const token = tokenFrom(mail.body);
    // Only the hash is kept.
    expect(await db.passwordReset.count({ where: { tokenHash: token } })).toBe(0);

    await requestPasswordReset({ account: "98123 00001", ip: "10.0.0.1", locale: "en" });
    const sms = await db.notification.findFirstOrThrow({ where: { userId: user.id, event: "auth.passwordReset", channel: "SMS" } });
    expect(sms.toAddress).toBe("+919812300001");

    const [first, second] = await Promise.all([
      code(resetPassword({ token, password: "a brand new password", confirmPassword: "a brand new password" })),
      code(resetPassword({ token, password: "another new password", confirmPassword: "another new password" })),
    ]);
    expect([first, second].sort()).toEqual(["VALIDATION", "ok"]);
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect((await verifyPassword(after.passwordHash, "a brand new password")) || (await verifyPassword(after.passwordHash, "another new password"))).toBe(true);
    // The SMS link was issued before: using one link closed every other open link.
    expect(await code(resetPassword({ token: tokenFrom(sms.body), password: "third new password", confirmPassword: "third new password" }))).toBe("VALIDATION");
  });

  it("answers the same for an unknown account (no enumeration), expires, and is rate-limited", async () => {
    await expect(requestPasswordReset({ account: "nobody-here@example.in", ip: "10.0.0.2", locale: "en" })).resolves.toBeUndefined();
    expect(await db.passwordReset.count({ where: { account: "nobody-here@example.in" } })).toBe(0);

    const user = await makeUser(db, "VENDOR");
    for (let i = 0; i < RESET_RULES.perAccountPerHour + 2; i++) await requestPasswordReset({ account: user.email, ip: `10.0.1.${i}`, locale: "en" });
    expect(await db.passwordReset.count({ where: { userId: user.id } })).toBe(RESET_RULES.perAccountPerHour);

    const old = await db.passwordReset.findFirstOrThrow({ where: { userId: user.id } });
    const notice = await db.notification.findFirstOrThrow({ where: { userId: user.id, event: "auth.passwordReset" }, orderBy: { id: "asc" } });
    await db.passwordReset.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(old.usedAt).toBeNull();
    expect(await code(resetPassword({ token: tokenFrom(notice.body), password: "a brand new password", confirmPassword: "a brand new password" }))).toBe("VALIDATION");

    for (let i = 0; i < RESET_RULES.perIpPerHour; i++) await db.passwordReset.create({ data: { userId: user.id, tokenHash: `x-${i}-${Date.now()}`, expiresAt: new Date(), account: "x", ip: "10.9.9.9" } });
    expect(await code(requestPasswordReset({ account: user.email, ip: "10.9.9.9", locale: "en" }))).toBe("RATE_LIMITED");
    expect(await code(requestPasswordReset({ account: "not an account", ip: "10.0.0.3", locale: "en" }))).toBe("VALIDATION");
  });
});
