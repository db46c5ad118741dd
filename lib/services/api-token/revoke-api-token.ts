import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { conflict, notFound, validationError } from "@/lib/errors";
import { tokenScopeWhere } from "@/lib/queries/api-tokens";

const schema = z.object({ tokenId: z.uuid() });

/** Revokes a token at once (the next request with it is 401). Another office's token is NOT_FOUND. */
export async function revokeApiToken(actor: Actor | null, input: unknown): Promise<void> {
  assertCan(actor, "apiToken.manage");
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const { tokenId } = parsed.data;
  const where = { id: tokenId, ...tokenScopeWhere(actor) };
  await db.$transaction(async (tx) => {
    const { count } = await tx.apiToken.updateMany({ where: { ...where, revokedAt: null }, data: { revokedAt: new Date(), revokedById: actor.userId } });
    if (count === 0) throw (await tx.apiToken.count({ where })) ? conflict("errors.apiToken.alreadyRevoked") : notFound();
    await recordAudit(tx, { actor, entityType: "ApiToken", entityId: tokenId, action: "apiToken.revoke" });
  });
}
