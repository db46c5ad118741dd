import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { tokenState } from "@/lib/domain/api-token/token";
import { decodeCursor, encodeCursor } from "./cursor";

const PAGE = 25;
const USES = 20;

/**
 * Which tokens an actor sees and may revoke: an office's officers see every token of their office
 * (a finance officer can revoke the one a purchase officer made); the ADMIN sees the state-wide
 * tokens and every office's.
 */
export function tokenScopeWhere(actor: Actor) {
  return actor.role === "ADMIN" ? {} : { officeId: actor.officeId ?? "00000000-0000-0000-0000-000000000000" };
}

/** The token page: newest first, keyset-paged, each with its last few uses. Never the secret or its hash. */
export async function listApiTokens(actor: Actor, cursor?: string | null, now = new Date()) {
  assertCan(actor, "apiToken.manage");
  const k = decodeCursor(cursor);
  const rows = await db.apiToken.findMany({
    where: {
      ...tokenScopeWhere(actor),
      ...(k ? { createdAt: { lte: k.createdAt }, OR: [{ createdAt: { lt: k.createdAt } }, { createdAt: k.createdAt, id: { gt: k.id } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: PAGE + 1,
    select: {
      id: true, prefix: true, name: true, scopes: true, expiresAt: true, revokedAt: true, lastUsedAt: true, createdAt: true,
      office: { select: { code: true, nameEn: true, nameHi: true } },
      createdBy: { select: { name: true } },
      uses: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: USES, select: { id: true, method: true, path: true, status: true, ip: true, createdAt: true } },
    },
  });
  const page = rows.slice(0, PAGE);
  const last = page.at(-1);
  return {
    tokens: page.map((t) => ({ ...t, state: tokenState(t, now) })),
    nextCursor: rows.length > PAGE && last ? encodeCursor(last) : null,
  };
}
