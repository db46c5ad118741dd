import "server-only";
import { db } from "@/lib/db";

export const SYNONYM_PAGE_SIZE = 100;

/** The admin's synonym groups, oldest first, a page at a time (keyset: the last id seen). */
export async function listSynonymGroups(afterId?: string | null) {
  const after = afterId && /^[0-9a-f-]{36}$/i.test(afterId) ? afterId : null;
  const rows = await db.synonymGroup.findMany({
    ...(after ? { cursor: { id: after }, skip: 1 } : {}),
    orderBy: { id: "asc" },
    take: SYNONYM_PAGE_SIZE + 1,
    select: { id: true, english: true, hindi: true, roman: true },
  });
  const groups = rows.slice(0, SYNONYM_PAGE_SIZE);
  return { groups, nextCursor: rows.length > SYNONYM_PAGE_SIZE ? groups.at(-1)!.id : null };
}

export function getSynonymGroup(groupId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(groupId)) return Promise.resolve(null);
  return db.synonymGroup.findUnique({ where: { id: groupId }, select: { id: true, english: true, hindi: true, roman: true } });
}
