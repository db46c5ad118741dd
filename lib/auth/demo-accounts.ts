/**
 * The demo accounts (`*@demo.manak.in`, DOMAIN.md) have a published password. The seed never
 * creates them in production, and sign-in refuses them there too, in case a database was copied:
 * only a test server that says so (MANAK_ALLOW_DEMO_ACCOUNTS=1, set by scripts/e2e-server.ts)
 * lets them in under NODE_ENV=production.
 */
export const DEMO_DOMAIN = "@demo.manak.in";

export function demoAccountsAllowed(): boolean {
  return process.env.NODE_ENV !== "production" || process.env.MANAK_ALLOW_DEMO_ACCOUNTS === "1";
}

export function isDemoAccount(email: string): boolean {
  return email.trim().toLowerCase().endsWith(DEMO_DOMAIN);
}
