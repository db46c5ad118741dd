import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { AppError, validationError } from "@/lib/errors";
import { createApiTokenSchema, expiryFor, grantableScopes, newApiToken } from "@/lib/domain/api-token/token";

/** Tokens an office (or the state, for ADMIN) may hold unrevoked and unexpired at once. */
export const MAX_LIVE_TOKENS = 25;

/**
 * Makes an open API token (docs/api.md). A finance or purchase officer's token reads their own
 * office; an ADMIN's reads every office (state-wide, e.g. for the treasury's system). A role may
 * grant only what it may read itself (a purchase officer: orders, not bills or payments). The
 * secret is returned here once; only its SHA-256 is stored.
 */
export async function createApiToken(actor: Actor | null, input: unknown): Promise<{ tokenId: string; token: string; prefix: string; expiresAt: Date }> {
  assertCan(actor, "apiToken.manage");
  const officeId = actor.role === "ADMIN" ? null : actor.officeId;
  if (actor.role !== "ADMIN" && !officeId) throw new AppError("FORBIDDEN");
  const parsed = createApiTokenSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const { name, expiresOn } = parsed.data;
  const scopes = [...new Set(parsed.data.scopes)].sort();
  const allowed = grantableScopes(actor.role);
  if (scopes.some((s) => !allowed.includes(s))) throw validationError([{ path: ["scopes"], message: "errors.apiToken.scopeNotAllowed" }]);
  const expiresAt = expiryFor(expiresOn);
  if (!expiresAt) throw validationError([{ path: ["expiresOn"], message: "errors.apiToken.expiry" }]);

  const made = newApiToken();
  const tokenId = await db.$transaction(async (tx) => {
    const live = await tx.apiToken.count({ where: { officeId, revokedAt: null, expiresAt: { gt: new Date() } } });
    if (live >= MAX_LIVE_TOKENS) throw new AppError("CONFLICT", "errors.apiToken.tooMany");
    const created = await tx.apiToken.create({
      data: { prefix: made.prefix, secretHash: made.secretHash, name, scopes, officeId, createdById: actor.userId, expiresAt },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor, entityType: "ApiToken", entityId: created.id, action: "apiToken.create",
      data: { name, prefix: made.prefix, scopes, officeId, expiresAt: expiresAt.toISOString() },
    });
    return created.id;
  });
  return { tokenId, token: made.token, prefix: made.prefix, expiresAt };
}
