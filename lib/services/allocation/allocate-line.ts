/**
 * Allocation of one purchase-order line (or the part of it being reallocated) inside the caller's
 * transaction: load the candidates, rank them with the pure rules, return the awards.
 */
import type { Tx } from "@/lib/prisma-client";
import { allocateLine, type AllocationResult, type CandidateOffer } from "@/lib/domain/allocation/rank";
import type { Policy } from "@/lib/domain/policy/policy";
import { gstRateInForce, loadCandidates } from "./load-candidates";

export interface LineAllocationRequest {
  itemId: string;
  quantity: number;
  reserved: boolean;
  /** The consignee office's district. */
  districtId: number;
  deliverBy: Date;
  excludedVendorIds?: readonly string[];
  chosenOfferId?: string | null;
}

export interface LineAllocation {
  result: AllocationResult;
  candidates: CandidateOffer[];
  gstRateBp: number;
}

/** Call lockItemsForAllocation for the item first, in the same transaction. */
export async function allocatePurchaseLine(
  tx: Tx,
  request: LineAllocationRequest,
  context: { at: Date; policy: Pick<Policy, "preferenceBandBp"> },
): Promise<LineAllocation> {
  const gstRateBp = await gstRateInForce(tx, request.itemId, context.at);
  const candidates = await loadCandidates(tx, { itemId: request.itemId, districtId: request.districtId, gstRateBp, at: context.at });
  return { result: rankLine(request, candidates, context), candidates, gstRateBp };
}

/** The pure ranking of one line among candidates already loaded (loadCandidates / loadCandidatesForItems). */
export function rankLine(
  request: Omit<LineAllocationRequest, "itemId">,
  candidates: CandidateOffer[],
  context: { at: Date; policy: Pick<Policy, "preferenceBandBp"> },
): AllocationResult {
  return allocateLine({
    line: { quantity: request.quantity, reserved: request.reserved, districtId: request.districtId, deliverBy: request.deliverBy },
    today: context.at,
    offers: candidates,
    excludedVendorIds: request.excludedVendorIds,
    policy: context.policy,
    chosenOfferId: request.chosenOfferId,
  });
}
