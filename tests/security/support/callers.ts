// Who attacks: nobody, and each role — twice for the scoped roles, the second from another office,
// vendor firm or inspection agency district, so that "another scope's resource" can be tried.
// Accounts are the seed's demo people (README; prisma/seed-data), all with the demo password.
import { expect } from "@playwright/test";
import { callAction, describe } from "./actions";
import { Jar } from "./http";
import { serverActions, type ServerAction } from "./manifest";

export const DEMO_PASSWORD = "Manak@2026";
export const SESSION_COOKIE = "manak.session";

export type Role = "BUYER" | "VENDOR" | "INSPECTOR" | "FINANCE" | "ADMIN";

export type CallerName =
  | "anonymous"
  | "buyer"
  | "otherBuyer"
  | "vendor"
  | "otherVendor"
  | "inspector"
  | "otherInspector"
  | "finance"
  | "otherFinance"
  | "admin";

export type Caller = { name: CallerName; role: Role | null; email: string | null };

export const CALLERS: Record<CallerName, Caller> = {
  anonymous: { name: "anonymous", role: null, email: null },
  // District Education Office, Raipur (SED-RPR-DEO) — most seeded orders are its.
  buyer: { name: "buyer", role: "BUYER", email: "buyer@demo.manak.in" },
  // Gram Panchayat Anda, Durg (PRD-DRG-ANDA): another office.
  otherBuyer: { name: "otherBuyer", role: "BUYER", email: "panchayat@demo.manak.in" },
  // Shree Ganesh Steel Furniture.
  vendor: { name: "vendor", role: "VENDOR", email: "vendor@demo.manak.in" },
  // Raipur Stationery: another firm.
  otherVendor: { name: "otherVendor", role: "VENDOR", email: "raipurstationery@example.com" },
  inspector: { name: "inspector", role: "INSPECTOR", email: "inspector@demo.manak.in" },
  otherInspector: { name: "otherInspector", role: "INSPECTOR", email: "inspector.bilaspur@demo.manak.in" },
  // DDO of the District Education Office, Raipur.
  finance: { name: "finance", role: "FINANCE", email: "finance@demo.manak.in" },
  // DDO (sarpanch) of Gram Panchayat Anda: another office.
  otherFinance: { name: "otherFinance", role: "FINANCE", email: "finance.anda@demo.manak.in" },
  admin: { name: "admin", role: "ADMIN", email: "admin@demo.manak.in" },
};

export const ALL_CALLERS = Object.values(CALLERS);

let actionsCache: ServerAction[] | null = null;

export function actions(): ServerAction[] {
  actionsCache ??= serverActions();
  return actionsCache;
}

export function actionNamed(exportedName: string): ServerAction {
  const found = actions().find((a) => a.exportedName === exportedName);
  if (!found) throw new Error(`the build has no server action named ${exportedName}`);
  return found;
}

/** Signs in through the sign-in form's own server action; returns the caller's jar (or null if refused). */
export async function signIn(email: string, password = DEMO_PASSWORD, opts: { xForwardedFor?: string; port?: number } = {}) {
  const jar = new Jar();
  const outcome = await callAction(actionNamed("signInAction"), [["email", email], ["password", password]], { jar, xForwardedFor: opts.xForwardedFor });
  return { jar: jar.cookies.has(SESSION_COOKIE) ? jar : null, outcome };
}

const sessions = new Map<CallerName, Jar>();

/** A fresh copy of the caller's signed-in jar (signed in once per test worker). */
export async function jarOf(caller: Caller): Promise<Jar> {
  if (!caller.email) return new Jar();
  let jar = sessions.get(caller.name);
  if (!jar) {
    const { jar: signedIn, outcome } = await signIn(caller.email);
    expect(signedIn, `sign-in as ${caller.email}: ${describe(outcome)}`).not.toBeNull();
    jar = signedIn!;
    sessions.set(caller.name, jar);
  }
  return jar.clone();
}
