// Issue 13: sessions end when they should (sign-out everywhere, password/role/scope change,
// deactivation, suspension, idle), demo accounts stay out of production, and the per-IP sign-in
// limit cannot be dodged by writing a new X-Forwarded-For each time.
import { afterEach, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET ??= "test-secret-for-security-sessions-0123456789";
});
vi.mock("next/headers", () => import("@/tests/support/request-context").then((m) => m.nextHeaders));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock("next-intl/server", () => import("@/tests/support/request-context").then((m) => m.nextIntl));

import { encode } from "next-auth/jwt";
import { db } from "@/lib/db";
import { signInAction, signOutAction } from "@/app/actions/auth";
import { authenticate } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";
import { LOGIN_LIMITS } from "@/lib/auth/rate-limit";
import { getActor, startSession } from "@/lib/auth/session";
import { SESSION_COOKIE } from "@/lib/auth/session-token";
import { AppError } from "@/lib/errors";
import { suspendVendor } from "@/lib/services/vendor/suspend-vendor";
import { actorOf, makeUser } from "@/tests/factories";
import { makeVendorFirm } from "@/tests/factories/vendor";
import { cookieValue, resetRequest, setCookie } from "@/tests/support/request-context";

afterEach(() => {
  resetRequest();
  vi.unstubAllEnvs();
});

/** Signs in as the user in a fresh "browser" and returns that browser's cookie. */
async function browserOf(userId: string): Promise<string> {
  resetRequest();
  await startSession(userId);
  return cookieValue(SESSION_COOKIE)!;
}

/** Who the server sees for a request carrying this cookie. */
async function whoHas(cookie: string): Promise<string | null> {
  resetRequest();
  setCookie(SESSION_COOKIE, cookie);
  return (await getActor())?.userId ?? null;
}

describe("revoking sessions", () => {
  it("signing out ends every session of the user, including a copied cookie", async () => {
    const user = await makeUser(db, "BUYER");
    const laptop = await browserOf(user.id);
    const phone = await browserOf(user.id);
    expect(await whoHas(laptop)).toBe(user.id);
    expect(await whoHas(phone)).toBe(user.id);

    resetRequest();
    setCookie(SESSION_COOKIE, laptop);
    await signOutAction(new FormData()).catch(() => {});
    expect(cookieValue(SESSION_COOKIE)).toBeUndefined();
    expect(await whoHas(laptop)).toBeNull();
    expect(await whoHas(phone)).toBeNull();
    // Signing in again works.
    expect(await whoHas(await browserOf(user.id))).toBe(user.id);
  });

  it.each([
    ["a password change", async (id: string) => db.user.update({ where: { id }, data: { passwordHash: await hashPassword("Another@2026") } })],
    ["a role change", (id: string) => db.user.update({ where: { id }, data: { role: "ADMIN" } })],
    ["deactivation", (id: string) => db.user.update({ where: { id }, data: { active: false } })],
  ])("%s ends existing sessions at once", async (_label, change) => {
    const user = await makeUser(db, "FINANCE");
    const cookie = await browserOf(user.id);
    await change(user.id);
    expect(await whoHas(cookie)).toBeNull();
  });

  it("reactivating does not bring an old session back", async () => {
    const user = await makeUser(db, "BUYER");
    const cookie = await browserOf(user.id);
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    await db.user.update({ where: { id: user.id }, data: { active: true } });
    expect(await whoHas(cookie)).toBeNull();
  });

  it("suspending a vendor signs its people out", async () => {
    const admin = await makeUser(db, "ADMIN");
    const { vendor, user: person } = await makeVendorFirm(db, { status: "ACTIVE" });
    const cookie = await browserOf(person.id);
    await suspendVendor(actorOf(admin), { vendorId: vendor.id, reason: "Fake invoices reported" });
    expect(await whoHas(cookie)).toBeNull();
  });

  it("a token without our session claims (e.g. minted by next-auth's own routes) is nobody", async () => {
    const user = await makeUser(db, "ADMIN");
    const bare = await encode({ token: { sub: user.id }, secret: process.env.NEXTAUTH_SECRET! });
    expect(await whoHas(bare)).toBeNull();
  });
});

describe("the idle timeout", () => {
  const tokenSeen = async (userId: string, secondsAgo: number) => {
    const now = Math.floor(Date.now() / 1000);
    return encode({ token: { sub: userId, ver: 0, seen: now - secondsAgo, auth: now - secondsAgo }, secret: process.env.NEXTAUTH_SECRET! });
  };

  it("ends a session unused for longer than SESSION_IDLE_MINUTES (default 30)", async () => {
    const user = await makeUser(db, "VENDOR");
    expect(await whoHas(await tokenSeen(user.id, 29 * 60))).toBe(user.id);
    expect(await whoHas(await tokenSeen(user.id, 31 * 60))).toBeNull();
    vi.stubEnv("SESSION_IDLE_MINUTES", "10");
    expect(await whoHas(await tokenSeen(user.id, 11 * 60))).toBeNull();
  });

  it("ends any session after a working day however busy", async () => {
    const user = await makeUser(db, "VENDOR");
    const now = Math.floor(Date.now() / 1000);
    const busy = await encode({ token: { sub: user.id, ver: 0, seen: now, auth: now - 13 * 3600 }, secret: process.env.NEXTAUTH_SECRET! });
    expect(await whoHas(busy)).toBeNull();
  });
});

describe("demo accounts in production", () => {
  const demo = async () => {
    const user = await makeUser(db, "BUYER");
    return db.user.update({ where: { id: user.id }, data: { email: `buyer-${user.id.slice(-8)}@demo.manak.in` } });
  };
  const outcome = (p: Promise<unknown>) => p.then(() => "OK", (e: AppError) => `${e.code}:${e.messageKey}`);

  it("are refused at sign-in at run time, like a wrong password", async () => {
    const user = await demo();
    vi.stubEnv("NODE_ENV", "production");
    expect(await outcome(authenticate(db, { email: user.email, password: "Manak@2026" }, "192.0.2.10"))).toBe("UNAUTHENTICATED:errors.auth.invalid");
  });

  it("are let in by a test server that says so (MANAK_ALLOW_DEMO_ACCOUNTS=1), and outside production", async () => {
    const user = await demo();
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("MANAK_ALLOW_DEMO_ACCOUNTS", "1");
    expect(await outcome(authenticate(db, { email: user.email, password: "Manak@2026" }, "192.0.2.11"))).toBe("OK");
    vi.unstubAllEnvs();
    expect(await outcome(authenticate(db, { email: user.email, password: "Manak@2026" }, "192.0.2.12"))).toBe("OK");
  });
});

describe("the per-address sign-in limit", () => {
  it("is not bypassed by a different X-Forwarded-For on every request", async () => {
    const form = (n: number) => {
      const data = new FormData();
      data.set("email", `guess-${n}@test.manak.in`);
      data.set("password", "wrong");
      return data;
    };
    const messages: string[] = [];
    for (let n = 0; n < 40; n++) {
      resetRequest({ "x-forwarded-for": `10.${n}.${n}.${n}` });
      messages.push((await signInAction({}, form(n))).message ?? "");
    }
    const refused = messages.filter((m) => m === "Too many sign-in attempts. Please wait a few minutes and try again.");
    expect(refused).toHaveLength(40 - LOGIN_LIMITS.perIp);
  });
});
