import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { z } from "zod";

/**
 * Open API tokens (docs/api.md, docs/adr/0018-open-api-and-tokens.md). A token is
 * `mnk_` + 43 base64url characters (32 random bytes, 256 bits). Its first 12 characters are the
 * prefix: stored in clear, unique, shown in lists and used to find the row. Only the SHA-256 of
 * the whole token is stored: the secret is random and long, so a fast hash cannot be brute-forced
 * and a slow one (argon2) would only cost every API request its time.
 */
export const TOKEN_PATTERN = /^mnk_[A-Za-z0-9_-]{43}$/;
export const PREFIX_LENGTH = 12;

/** What a token may read. Office data only; the public endpoints need no token. */
export const API_SCOPES = ["read:orders", "read:bills", "read:payments"] as const;
export type ApiScope = (typeof API_SCOPES)[number];

/** The longest a token may live; every token must expire. */
export const MAX_TOKEN_DAYS = 365;

export function newApiToken(): { token: string; prefix: string; secretHash: string } {
  const token = `mnk_${randomBytes(32).toString("base64url")}`;
  return { token, prefix: token.slice(0, PREFIX_LENGTH), secretHash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** The token from an `Authorization: Bearer …` header, or null when absent or not shaped like ours. */
export function bearerToken(header: string | null): string | null {
  if (header === null || header.length > 200) return null;
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header);
  return match && TOKEN_PATTERN.test(match[1]) ? match[1] : null;
}

/** Does `token` hash to `storedHash`? Compared in constant time (both are 64 hex digits). */
export function tokenMatches(token: string, storedHash: string): boolean {
  if (!/^[0-9a-f]{64}$/.test(storedHash)) return false;
  return timingSafeEqual(Buffer.from(hashToken(token), "hex"), Buffer.from(storedHash, "hex"));
}

export type TokenState = "active" | "expired" | "revoked";

export function tokenState(token: { expiresAt: Date; revokedAt: Date | null }, now = new Date()): TokenState {
  if (token.revokedAt) return "revoked";
  return token.expiresAt.getTime() <= now.getTime() ? "expired" : "active";
}

/** Which scopes a role may put on a token: what that role may read in its own window. */
export function grantableScopes(role: string): ApiScope[] {
  if (role === "ADMIN" || role === "FINANCE") return [...API_SCOPES];
  if (role === "BUYER") return ["read:orders"];
  return [];
}

const dateInput = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "errors.invalid");

/** The create form: a name, at least one scope, an expiry date (IST day, tomorrow to a year ahead). */
export const createApiTokenSchema = z.object({
  name: z.string().trim().min(3, "errors.apiToken.name").max(100, "errors.apiToken.name"),
  scopes: z.array(z.enum(API_SCOPES, "errors.apiToken.scopes")).min(1, "errors.apiToken.scopes").max(API_SCOPES.length),
  expiresOn: dateInput,
});

/**
 * The expiry instant for an IST date: the end of that day in India. Null when the date is not
 * after today (IST) or more than MAX_TOKEN_DAYS ahead.
 */
export function expiryFor(expiresOn: string, now = new Date()): Date | null {
  const end = new Date(`${expiresOn}T23:59:59.999+05:30`);
  if (Number.isNaN(end.getTime())) return null;
  const todayIst = new Date(now.getTime() + 330 * 60_000).toISOString().slice(0, 10);
  if (expiresOn <= todayIst) return null;
  if (end.getTime() - now.getTime() > (MAX_TOKEN_DAYS + 1) * 86_400_000) return null;
  return end;
}
