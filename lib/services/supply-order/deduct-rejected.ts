import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Clock } from "@/lib/domain/time/india";
import { decideShortfall } from "./decide-shortfall";

/**
 * After the post-dispatch inspection rejected part of the goods, or fewer arrived than ordered, the
 * buying office may choose not to wait for a replacement (DOMAIN.md steps 8 and 10): the order is
 * closed short at what was accepted, with a reason, and billed for it — decideShortfall's
 * CLOSE_SHORT.
 */
export async function deductRejected(
  actor: Actor | null,
  input: { supplyOrderId: string; reason?: string },
  deps: { clock?: Clock } = {},
): Promise<{ billId: string }> {
  const { billId } = await decideShortfall(
    actor,
    { supplyOrderId: input.supplyOrderId, decision: "CLOSE_SHORT", reason: input.reason ?? "Rejected goods deducted; no replacement wanted" },
    deps,
  );
  return { billId };
}
