import { describe, expect, it } from "vitest";
import {
  API_SCOPES, bearerToken, createApiTokenSchema, expiryFor, grantableScopes, hashToken, newApiToken, PREFIX_LENGTH, TOKEN_PATTERN, tokenMatches, tokenState,
} from "@/lib/domain/api-token/token";

describe("API tokens", () => {
  it("are mnk_ + 43 base64url characters (256 random bits), different every time, with a 12-character prefix", () => {
    const tokens = Array.from({ length: 50 }, () => newApiToken());
    for (const t of tokens) {
      expect(t.token).toMatch(TOKEN_PATTERN);
      expect(t.prefix).toBe(t.token.slice(0, PREFIX_LENGTH));
      expect(t.prefix).toMatch(/^mnk_[A-Za-z0-9_-]{8}$/);
      expect(t.secretHash).toBe(hashToken(t.token));
    }
    expect(new Set(tokens.map((t) => t.token)).size).toBe(50);
    expect(new Set(tokens.map((t) => t.prefix)).size).toBe(50);
  });

  it("store only the SHA-256 (hex) of the whole token", () => {
    const { token, secretHash } = newApiToken();
    expect(secretHash).toMatch(/^[0-9a-f]{64}$/);
    expect(secretHash).not.toContain(token.slice(4));
    // SHA-256 of "abc", the FIPS 180-2 test vector.
    expect(hashToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("match only their own hash, compared in constant time, and never a malformed stored hash", () => {
    const a = newApiToken();
    const b = newApiToken();
    expect(tokenMatches(a.token, a.secretHash)).toBe(true);
    expect(tokenMatches(a.token, b.secretHash)).toBe(false);
    expect(tokenMatches(b.token, a.secretHash)).toBe(false);
    // A token differing in its last character only.
    const twin = a.token.slice(0, -1) + (a.token.endsWith("A") ? "B" : "A");
    expect(tokenMatches(twin, a.secretHash)).toBe(false);
    for (const stored of ["", "abc", a.secretHash.toUpperCase(), `${a.secretHash}00`, "z".repeat(64)]) expect(tokenMatches(a.token, stored)).toBe(false);
  });

  it("are read from a Bearer header only when shaped like ours", () => {
    const { token } = newApiToken();
    expect(bearerToken(`Bearer ${token}`)).toBe(token);
    expect(bearerToken(`bearer ${token}`)).toBe(token);
    for (const header of [null, "", token, `Basic ${token}`, `Bearer ${token}x`, `Bearer ${token} extra`, `Bearer ${token.slice(0, -1)}`, `Bearer mnk_${"é".repeat(43)}`, `Bearer ${"a".repeat(5000)}`, "Bearer", `Bearer\n${token}`]) {
      expect(bearerToken(header), String(header).slice(0, 40)).toBeNull();
    }
  });

  it("are active until expiresAt, then expired; revoked wins", () => {
    const now = new Date("2026-12-06T10:00:00Z");
    expect(tokenState({ expiresAt: new Date("2026-12-06T10:00:01Z"), revokedAt: null }, now)).toBe("active");
    expect(tokenState({ expiresAt: new Date("2026-12-06T10:00:00Z"), revokedAt: null }, now)).toBe("expired");
    expect(tokenState({ expiresAt: new Date("2026-12-07T00:00:00Z"), revokedAt: new Date("2026-12-05T00:00:00Z") }, now)).toBe("revoked");
  });

  it("expire at the end of an IST day between tomorrow and a year ahead", () => {
    const now = new Date("2026-12-06T10:00:00Z"); // 15:30 IST on the 6th
    expect(expiryFor("2026-12-07", now)?.toISOString()).toBe("2026-12-07T18:29:59.999Z");
    expect(expiryFor("2026-12-06", now)).toBeNull();
    expect(expiryFor("2026-12-01", now)).toBeNull();
    expect(expiryFor("2027-12-06", now)).not.toBeNull();
    expect(expiryFor("2027-12-08", now)).toBeNull();
    expect(expiryFor("2026-13-01", now)).toBeNull();
  });

  it("a role grants only what it may read itself", () => {
    expect(grantableScopes("FINANCE")).toEqual([...API_SCOPES]);
    expect(grantableScopes("ADMIN")).toEqual([...API_SCOPES]);
    expect(grantableScopes("BUYER")).toEqual(["read:orders"]);
    expect(grantableScopes("VENDOR")).toEqual([]);
    expect(grantableScopes("INSPECTOR")).toEqual([]);
  });

  it("the create form needs a name, a known scope and a date", () => {
    expect(createApiTokenSchema.safeParse({ name: "Treasury", scopes: ["read:bills"], expiresOn: "2027-01-01" }).success).toBe(true);
    expect(createApiTokenSchema.safeParse({ name: "T", scopes: ["read:bills"], expiresOn: "2027-01-01" }).success).toBe(false);
    expect(createApiTokenSchema.safeParse({ name: "Treasury", scopes: [], expiresOn: "2027-01-01" }).success).toBe(false);
    expect(createApiTokenSchema.safeParse({ name: "Treasury", scopes: ["write:bills"], expiresOn: "2027-01-01" }).success).toBe(false);
    expect(createApiTokenSchema.safeParse({ name: "Treasury", scopes: ["read:bills"], expiresOn: "01/01/2027" }).success).toBe(false);
  });
});
