import { randomInt } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createPrisma } from "@/lib/prisma-client";
import { AppError } from "@/lib/errors";
import { makeOffice, makeUser } from "@/tests/factories";

process.env.NEXTAUTH_SECRET ??= "integration-test-secret";
const { requestOtp } = await import("@/lib/services/auth/otp/request-otp");
const { verifyOtp } = await import("@/lib/services/auth/otp/verify-otp");
const { OTP_RULES } = await import("@/lib/services/auth/otp/otp-code");

const db = createPrisma();
const MINUTE = 60_000;

let ipSeq = 0;
const freshIp = () => `10.20.${Math.floor(++ipSeq / 250)}.${ipSeq % 250}`;
const freshMobile = () => `+9198${String(randomInt(0, 10 ** 8)).padStart(8, "0")}`;
const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

async function outcome(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "OK";
  } catch (e) {
    if (e instanceof AppError) return `${e.code}:${e.messageKey}${Object.keys(e.params).length ? JSON.stringify(e.params) : ""}`;
    throw e;
  }
}

/** A panchayat secretary with a registered mobile, Hindi by default like the demo account. */
async function secretary() {
  const office = await makeOffice(db, { kind: "GRAM_PANCHAYAT" });
  const user = await makeUser(db, "BUYER", { officeId: office.id });
  const mobile = freshMobile();
  return { ...(await db.user.update({ where: { id: user.id }, data: { mobile, locale: "hi" } })), mobile };
}

/** The code as the SMS carries it: read back from the outbox row written for the mobile. */
async function smsCodeFor(mobile: string): Promise<string> {
  const sms = await db.notification.findFirstOrThrow({ where: { toAddress: mobile, event: "otp.code" }, orderBy: { createdAt: "desc" } });
  const code = /\b(\d{6})\b/.exec(sms.body)?.[1];
  if (!code) throw new Error(`no code in "${sms.body}"`);
  return code;
}

const wrongCode = (right: string) => String((Number(right) + 1) % 10 ** 6).padStart(6, "0");

describe("requesting a code", () => {
  it("sends 6 digits by SMS in the user's language and stores only a hash", async () => {
    const user = await secretary();
    const sent = await requestOtp({ mobile: user.mobile.replace("+91", "0") }, { ip: freshIp(), locale: "en" });
    expect(sent).toEqual({ mobile: user.mobile, validMinutes: 5, resendAfterSeconds: 60 });

    const sms = await db.notification.findFirstOrThrow({ where: { toAddress: user.mobile, event: "otp.code" } });
    expect(sms).toMatchObject({ channel: "SMS", locale: "hi", status: "QUEUED" });
    expect(sms.body).toMatch(/^\d{6} आपका मानक साइन-इन कोड है/);
    const code = await smsCodeFor(user.mobile);
    const row = await db.otpCode.findFirstOrThrow({ where: { mobile: user.mobile } });
    expect(row.codeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.codeHash).not.toContain(code);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(5 * MINUTE);
  });

  it("refuses a malformed number with a field error", async () => {
    expect(await outcome(requestOtp({ mobile: "12345" }, { ip: freshIp(), locale: "hi" }))).toBe("VALIDATION:errors.VALIDATION");
  });

  it("throttles resending: 60 s between codes, at most 5 an hour per mobile", async () => {
    const { mobile } = await secretary();
    const ip = freshIp();
    const t0 = new Date();
    const ask = (ms: number) => outcome(requestOtp({ mobile }, { ip, locale: "hi", now: at(t0, ms) }));

    expect(await ask(0)).toBe("OK");
    expect(await ask(30_000)).toBe('RATE_LIMITED:errors.otp.resendWait{"seconds":30}');
    expect(await ask(61_000)).toBe("OK");
    expect(await ask(2 * 61_000)).toBe("OK");
    expect(await ask(3 * 61_000)).toBe("OK");
    expect(await ask(4 * 61_000)).toBe("OK");
    expect(await ask(5 * 61_000)).toBe("RATE_LIMITED:errors.otp.tooManyCodes");
    expect(await ask(61 * MINUTE)).toBe("OK");
    expect(await db.notification.count({ where: { toAddress: mobile, event: "otp.code" } })).toBe(6);
  });

  it("limits requests from one client address across many numbers", async () => {
    const ip = freshIp();
    for (let i = 0; i < OTP_RULES.perIpPerHour; i++) {
      expect(await outcome(requestOtp({ mobile: freshMobile() }, { ip, locale: "en" }))).toBe("OK");
    }
    expect(await outcome(requestOtp({ mobile: freshMobile() }, { ip, locale: "en" }))).toBe("RATE_LIMITED:errors.otp.tooManyCodes");
    expect(await outcome(requestOtp({ mobile: freshMobile() }, { ip: freshIp(), locale: "en" }))).toBe("OK");
  });

  it("lets parallel requests for one number through only once", async () => {
    const { mobile } = await secretary();
    const ip = freshIp();
    const results = await Promise.all(Array.from({ length: 10 }, () => outcome(requestOtp({ mobile }, { ip, locale: "hi" }))));
    expect(results.filter((r) => r === "OK")).toHaveLength(1);
    expect(await db.otpCode.count({ where: { mobile } })).toBe(1);
  });
});

describe("signing in with the code", () => {
  it("signs in once; the same code replayed is refused", async () => {
    const user = await secretary();
    const ip = freshIp();
    await requestOtp({ mobile: user.mobile }, { ip, locale: "hi" });
    const code = await smsCodeFor(user.mobile);

    expect(await verifyOtp({ mobile: user.mobile, code: `${code.slice(0, 3)} ${code.slice(3)}` }, { ip })).toEqual({
      userId: user.id, role: "BUYER", locale: "hi",
    });
    expect(await outcome(verifyOtp({ mobile: user.mobile, code }, { ip }))).toBe("UNAUTHENTICATED:errors.otp.expired");
    expect(await db.loginAttempt.count({ where: { account: user.mobile, success: true } })).toBe(1);
  });

  it("refuses a code after its 5 minutes", async () => {
    const user = await secretary();
    const t0 = new Date();
    const ip = freshIp();
    await requestOtp({ mobile: user.mobile }, { ip, locale: "hi", now: t0 });
    const code = await smsCodeFor(user.mobile);
    expect(await outcome(verifyOtp({ mobile: user.mobile, code }, { ip, now: at(t0, 5 * MINUTE) }))).toBe(
      "UNAUTHENTICATED:errors.otp.expired",
    );
    expect(await outcome(verifyOtp({ mobile: user.mobile, code }, { ip, now: at(t0, 5 * MINUTE - 1000) }))).toBe("OK");
  });

  it("allows 5 tries per code, then not even the right code", async () => {
    const user = await secretary();
    const ip = freshIp();
    await requestOtp({ mobile: user.mobile }, { ip, locale: "hi" });
    const code = await smsCodeFor(user.mobile);
    const wrong = wrongCode(code);

    const tries = [];
    for (let i = 0; i < OTP_RULES.maxAttempts; i++) tries.push(await outcome(verifyOtp({ mobile: user.mobile, code: wrong }, { ip })));
    expect(tries).toEqual([
      'UNAUTHENTICATED:errors.otp.wrong{"left":4}',
      'UNAUTHENTICATED:errors.otp.wrong{"left":3}',
      'UNAUTHENTICATED:errors.otp.wrong{"left":2}',
      'UNAUTHENTICATED:errors.otp.wrong{"left":1}',
      "UNAUTHENTICATED:errors.otp.tooManyAttempts",
    ]);
    // The number is now, from this address, also over the sign-in failure limit.
    expect(await outcome(verifyOtp({ mobile: user.mobile, code }, { ip }))).toBe("RATE_LIMITED:errors.auth.rateLimited");
    // Past that window the code itself still refuses: its tries are used up.
    expect(await outcome(verifyOtp({ mobile: user.mobile, code }, { ip, now: at(new Date(), 16 * MINUTE) }))).toBe(
      "UNAUTHENTICATED:errors.otp.expired",
    );
  });

  it("never counts more than 5 tries, even when guesses arrive in parallel", async () => {
    const user = await secretary();
    const ip = freshIp();
    await requestOtp({ mobile: user.mobile }, { ip, locale: "hi" });
    const wrong = wrongCode(await smsCodeFor(user.mobile));
    const results = await Promise.all(Array.from({ length: 20 }, () => outcome(verifyOtp({ mobile: user.mobile, code: wrong }, { ip }))));
    expect(results.every((r) => r.startsWith("UNAUTHENTICATED") || r.startsWith("RATE_LIMITED"))).toBe(true);
    expect((await db.otpCode.findFirstOrThrow({ where: { mobile: user.mobile } })).attempts).toBe(OTP_RULES.maxAttempts);
  });

  it("lets exactly one of many parallel sign-ins with the right code through", async () => {
    const user = await secretary();
    const ip = freshIp();
    await requestOtp({ mobile: user.mobile }, { ip, locale: "hi" });
    const code = await smsCodeFor(user.mobile);
    const results = await Promise.all(Array.from({ length: 4 }, () => outcome(verifyOtp({ mobile: user.mobile, code }, { ip }))));
    expect(results.filter((r) => r === "OK")).toHaveLength(1);
  });

  it("only the latest code works once a new one was sent", async () => {
    const user = await secretary();
    const t0 = new Date();
    const ip = freshIp();
    await requestOtp({ mobile: user.mobile }, { ip, locale: "hi", now: t0 });
    const first = await smsCodeFor(user.mobile);
    await requestOtp({ mobile: user.mobile }, { ip, locale: "hi", now: at(t0, 61_000) });
    const rows = await db.notification.findMany({ where: { toAddress: user.mobile, event: "otp.code" }, orderBy: { createdAt: "asc" } });
    const second = /\b(\d{6})\b/.exec(rows[1].body)![1];
    const now = at(t0, 62_000);
    if (first !== second) {
      expect(await outcome(verifyOtp({ mobile: user.mobile, code: first }, { ip, now }))).toBe('UNAUTHENTICATED:errors.otp.wrong{"left":4}');
    }
    expect(await outcome(verifyOtp({ mobile: user.mobile, code: second }, { ip, now }))).toBe("OK");
  });

  it("refuses a deactivated user's correct code", async () => {
    const user = await secretary();
    const ip = freshIp();
    await requestOtp({ mobile: user.mobile }, { ip, locale: "hi" });
    const code = await smsCodeFor(user.mobile);
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await outcome(verifyOtp({ mobile: user.mobile, code }, { ip }))).toBe("UNAUTHENTICATED:errors.otp.expired");
  });
});

describe("an unregistered number", () => {
  let registered: string;
  beforeAll(async () => {
    registered = (await secretary()).mobile!;
  });

  it("gets the same answers as a registered one, and no SMS", async () => {
    const unknown = freshMobile();
    const t0 = new Date();
    const script = async (mobile: string) => {
      const ip = freshIp();
      return [
        JSON.stringify(await requestOtp({ mobile }, { ip, locale: "hi", now: t0 })).replace(mobile, "<mobile>"),
        await outcome(requestOtp({ mobile }, { ip, locale: "hi", now: at(t0, 10_000) })),
        await outcome(verifyOtp({ mobile, code: "000000" }, { ip, now: at(t0, 20_000) })),
        await outcome(verifyOtp({ mobile, code: "999999" }, { ip, now: at(t0, 6 * MINUTE) })),
      ];
    };
    const [forRegistered, forUnknown] = await Promise.all([script(registered), script(unknown)]);
    // A registered code could be 000000 by chance (1 in a million): compare only when it is not.
    if ((await smsCodeFor(registered)) !== "000000") expect(forUnknown).toEqual(forRegistered);
    expect(forUnknown[2]).toBe('UNAUTHENTICATED:errors.otp.wrong{"left":4}');
    expect(await db.notification.count({ where: { toAddress: unknown } })).toBe(0);
    expect(await db.otpCode.count({ where: { mobile: unknown } })).toBe(1);
  });

  it("never signs in, even after a code was asked for", async () => {
    const unknown = freshMobile();
    await requestOtp({ mobile: unknown }, { ip: freshIp(), locale: "en" });
    const results = [];
    for (const code of ["123456", "654321"]) results.push(await outcome(verifyOtp({ mobile: unknown, code }, { ip: freshIp() })));
    expect(results.every((r) => r.startsWith("UNAUTHENTICATED"))).toBe(true);
  });
});

describe("what a stranger can do to someone else's number (issue 13)", () => {
  it("cannot lock the owner out: failures and code requests elsewhere leave the owner's sign-in working", async () => {
    const user = await secretary();
    const attacker = freshIp();
    const t0 = new Date();
    // The attacker asks for codes (five an hour is all their address gets) and guesses wrong until refused.
    for (let n = 0; n < OTP_RULES.perMobilePerHour + 1; n++) await outcome(requestOtp({ mobile: user.mobile }, { ip: attacker, locale: "hi", now: at(t0, n * 61_000) }));
    for (let n = 0; n < 12; n++) await outcome(verifyOtp({ mobile: user.mobile, code: "000001" }, { ip: attacker, now: at(t0, 7 * MINUTE) }));
    expect(await outcome(verifyOtp({ mobile: user.mobile, code: "000001" }, { ip: attacker, now: at(t0, 7 * MINUTE) }))).toBe("RATE_LIMITED:errors.auth.rateLimited");

    // The secretary, from her own phone, asks for a code and signs in at once.
    const owner = freshIp();
    const asked = at(t0, 8 * MINUTE);
    expect(await outcome(requestOtp({ mobile: user.mobile }, { ip: owner, locale: "hi", now: asked }))).toBe("OK");
    const code = await smsCodeFor(user.mobile);
    expect(await outcome(verifyOtp({ mobile: user.mobile, code }, { ip: owner, now: at(asked, 10_000) }))).toBe("OK");
  });

  it("cannot use the code sent at the owner's request, even with the right digits", async () => {
    const user = await secretary();
    await requestOtp({ mobile: user.mobile }, { ip: freshIp(), locale: "hi" });
    const code = await smsCodeFor(user.mobile);
    expect(await outcome(verifyOtp({ mobile: user.mobile, code }, { ip: freshIp() }))).toBe("UNAUTHENTICATED:errors.otp.expired");
  });
});

describe("roles that may not sign in by code (issue 13)", () => {
  for (const role of ["ADMIN", "FINANCE"] as const) {
    it(`${role}: no SMS, and even a correct code is refused like an unknown number`, async () => {
      const user = await makeUser(db, role);
      const mobile = freshMobile();
      await db.user.update({ where: { id: user.id }, data: { mobile } });
      const ip = freshIp();
      expect(await outcome(requestOtp({ mobile }, { ip, locale: "en" }))).toBe("OK");
      expect(await db.notification.count({ where: { toAddress: mobile } })).toBe(0);
      // Plant a code we know, as if one had been sent.
      const { hashOtpCode } = await import("@/lib/services/auth/otp/otp-code");
      await db.otpCode.updateMany({ where: { mobile }, data: { codeHash: hashOtpCode(mobile, "424242") } });
      expect(await outcome(verifyOtp({ mobile, code: "424242" }, { ip }))).toBe("UNAUTHENTICATED:errors.otp.expired");
    });
  }

  it("BUYER, VENDOR and INSPECTOR may", async () => {
    for (const role of ["VENDOR", "INSPECTOR"] as const) {
      const user = await makeUser(db, role);
      const mobile = freshMobile();
      await db.user.update({ where: { id: user.id }, data: { mobile } });
      const ip = freshIp();
      await requestOtp({ mobile }, { ip, locale: "en" });
      expect(await outcome(verifyOtp({ mobile, code: await smsCodeFor(mobile) }, { ip }))).toBe("OK");
    }
  });
});
