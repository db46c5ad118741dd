import { describe, expect, it } from "vitest";
import { createPrisma } from "@/lib/prisma-client";
import { authenticate } from "@/lib/auth/authenticate";
import { LOGIN_LIMITS } from "@/lib/auth/rate-limit";
import { AppError } from "@/lib/errors";
import { makeUser } from "@/tests/factories";

const db = createPrisma();

async function codeOf(p: Promise<unknown>) {
  try {
    await p;
    return "OK";
  } catch (e) {
    if (e instanceof AppError) return `${e.code}:${e.messageKey}`;
    throw e;
  }
}

describe("password sign-in", () => {
  it("accepts the right password, case-insensitive e-mail", async () => {
    const user = await makeUser(db, "BUYER");
    const result = await authenticate(db, { email: user.email.toUpperCase(), password: "Manak@2026" }, "10.0.0.1");
    expect(result.userId).toBe(user.id);
    expect(await db.loginAttempt.count({ where: { account: user.email, success: true } })).toBe(1);
  });

  it("gives one message for a wrong password and an unknown account", async () => {
    const user = await makeUser(db, "VENDOR");
    expect(await codeOf(authenticate(db, { email: user.email, password: "wrong" }, "10.0.0.2"))).toBe("UNAUTHENTICATED:errors.auth.invalid");
    expect(await codeOf(authenticate(db, { email: "nobody@test.manak.in", password: "wrong" }, "10.0.0.2"))).toBe("UNAUTHENTICATED:errors.auth.invalid");
  });

  it("reports which field is malformed", async () => {
    try {
      await authenticate(db, { email: "not-an-email", password: "" }, "10.0.0.3");
      expect.unreachable();
    } catch (e) {
      expect((e as AppError).fieldErrors).toEqual({ email: ["errors.email.format"], password: ["errors.required"] });
    }
  });

  it("locks an account from one address after repeated failures, even for the right password; the owner elsewhere is not locked", async () => {
    const user = await makeUser(db, "FINANCE");
    for (let i = 0; i < LOGIN_LIMITS.perAccount; i++) {
      await codeOf(authenticate(db, { email: user.email, password: "wrong" }, "10.1.0.1"));
    }
    expect(await codeOf(authenticate(db, { email: user.email, password: "Manak@2026" }, "10.1.0.1"))).toBe("RATE_LIMITED:errors.auth.rateLimited");
    expect(await codeOf(authenticate(db, { email: user.email, password: "Manak@2026" }, "10.1.1.1"))).toBe("OK");
  });

  it("locks a password account guessed at from many addresses at a higher ceiling", async () => {
    const user = await makeUser(db, "ADMIN");
    for (let i = 0; i < LOGIN_LIMITS.perAccountAllAddresses; i++) {
      await codeOf(authenticate(db, { email: user.email, password: "wrong" }, `10.2.0.${i}`));
    }
    expect(await codeOf(authenticate(db, { email: user.email, password: "Manak@2026" }, "10.2.1.1"))).toBe("RATE_LIMITED:errors.auth.rateLimited");
  });

  it("limits one IP trying many accounts", async () => {
    const user = await makeUser(db, "ADMIN");
    for (let i = 0; i < LOGIN_LIMITS.perIp; i++) {
      await codeOf(authenticate(db, { email: `guess${i}@test.manak.in`, password: "x" }, "10.9.9.9"));
    }
    expect(await codeOf(authenticate(db, { email: user.email, password: "Manak@2026" }, "10.9.9.9"))).toBe("RATE_LIMITED:errors.auth.rateLimited");
    expect(await codeOf(authenticate(db, { email: user.email, password: "Manak@2026" }, "10.9.9.10"))).toBe("OK");
  });

  it("refuses a deactivated user", async () => {
    const user = await makeUser(db, "BUYER");
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await codeOf(authenticate(db, { email: user.email, password: "Manak@2026" }, "10.0.0.4"))).toBe("UNAUTHENTICATED:errors.auth.invalid");
  });
});
