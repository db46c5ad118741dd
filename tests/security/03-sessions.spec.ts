// Sessions and sign-in rules (issue 13, items 4–5): sign-out revokes the token, one-time codes do
// not sign in staff who hold money or the whole state (ADMIN, FINANCE), and a production server
// refuses the demo accounts unless the test server's explicit flag says otherwise.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import net from "node:net";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { callAction, describe } from "./support/actions";
import { actionNamed, SESSION_COOKIE, signIn } from "./support/callers";
import { closeDb, DATABASE_URL, maybe } from "./support/db";
import { Jar, send } from "./support/http";
import { record } from "./support/report";

test.afterAll(closeDb);

/** Signed in means the role's window renders instead of sending to /sign-in. */
async function signedInAt(jar: Jar, window: string, port?: number): Promise<boolean> {
  const res = await send(window, { headers: { cookie: jar.header() }, port });
  return res.status === 200;
}

test("sign-out revokes the session: the old cookie, replayed, is no longer signed in", async () => {
  const { jar, outcome } = await signIn("finance.gp-tokapal@demo.manak.in");
  expect(jar, describe(outcome)).not.toBeNull();
  const stolen = jar!.clone();
  expect(await signedInAt(stolen, "/finance")).toBe(true);
  const out = await callAction(actionNamed("signOutAction"), [], { jar: jar! });
  expect(jar!.cookies.has(SESSION_COOKIE), `sign-out deletes the cookie (${describe(out)})`).toBe(false);
  const replayed = await signedInAt(stolen, "/finance");
  record("sessions", "replay the session cookie after sign-out (GET /finance)", 3, replayed ? "200: still signed in" : "refused", replayed ? "FAIL" : "refused");
  expect(replayed, "the JWT taken before sign-out still opens /finance").toBe(false);
});

async function latestOtpCode(mobile: string, since: Date): Promise<string | null> {
  const row = await maybe<{ body: string }>(
    `SELECT body FROM "Notification" WHERE event = 'otp.code' AND "toAddress" = $1 AND "createdAt" >= $2 ORDER BY id DESC LIMIT 1`,
    [mobile, since],
  );
  return row?.body.match(/\b(\d{6})\b/)?.[1] ?? null;
}

for (const [role, email, window] of [
  ["ADMIN", "admin@demo.manak.in", "/admin"],
  ["FINANCE", "finance.gghss-rajnandgaon@demo.manak.in", "/finance"],
] as const) {
  test(`a one-time code cannot sign in ${role}`, async () => {
    const { mobile } = (await maybe<{ mobile: string }>(`SELECT mobile FROM "User" WHERE email = $1`, [email]))!;
    const since = new Date(Date.now() - 5_000);
    const otp = actionNamed("otpSignInAction");
    const jar = new Jar();
    const requested = await callAction(otp, [["intent", "request"], ["mobile", mobile]], { jar });
    expect(requested.status, describe(requested)).toBeLessThan(500);
    const code = await latestOtpCode(mobile, since);
    let signedIn = false;
    if (code) {
      const verified = await callAction(otp, [["intent", "verify"], ["mobile", mobile], ["code", code]], { jar });
      signedIn = jar.cookies.has(SESSION_COOKIE) && (await signedInAt(jar, window));
      record("sessions", `OTP sign-in as ${role} (${email})`, 3, `code sent by SMS; verify → ${describe(verified)}; signed in: ${signedIn}`, signedIn ? "FAIL" : "refused");
    } else {
      record("sessions", `OTP sign-in as ${role} (${email})`, 1, `no code sent (${describe(requested)})`, "refused");
    }
    expect(code, `a sign-in code was sent by SMS to the ${role} account`).toBeNull();
    expect(signedIn, `OTP signed in ${role}`).toBe(false);
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

test("a production server without MANAK_ALLOW_DEMO_ACCOUNTS refuses the demo accounts", async () => {
  test.setTimeout(150_000);
  const port = await freePort();
  const root = path.join(import.meta.dirname, "../..");
  // `next start` runs as production; the explicit flag is left out on purpose.
  const { MANAK_ALLOW_DEMO_ACCOUNTS: _flag, NODE_ENV: _mode, ...inherited } = process.env;
  const env = { ...inherited, DATABASE_URL, NEXTAUTH_SECRET: randomBytes(32).toString("hex"), NEXTAUTH_URL: `http://localhost:${port}`, NEXT_TELEMETRY_DISABLED: "1" } as unknown as NodeJS.ProcessEnv;
  const child = spawn(path.join(root, "node_modules/.bin/next"), ["start", "--port", String(port)], { cwd: root, env, stdio: "ignore" });
  try {
    const deadline = Date.now() + 90_000;
    for (;;) {
      const up = await send("/api/health", { port, timeoutMs: 5_000 }).then((r) => r.status === 200, () => false);
      if (up) break;
      if (Date.now() > deadline) throw new Error("the second server did not come up");
      await new Promise((r) => setTimeout(r, 500));
    }
    const results: string[] = [];
    for (const email of ["admin@demo.manak.in", "buyer@demo.manak.in"]) {
      const jar = new Jar();
      const res = (await callAction(actionNamed("signInAction"), [["email", email], ["password", "Manak@2026"]], { jar, port })).response;
      const signedIn = res.setCookies.has(SESSION_COOKIE) && res.setCookies.get(SESSION_COOKIE) !== "";
      results.push(`${email}: ${signedIn ? "signed in" : "refused"}`);
      record("sessions", `demo account ${email} on a production server without the flag`, 1, `${res.status} ${signedIn ? "session cookie set" : "no session"}`, signedIn ? "FAIL" : "refused");
    }
    expect(results.filter((r) => r.endsWith("signed in")), results.join("; ")).toEqual([]);
  } finally {
    child.kill("SIGTERM");
  }
});
