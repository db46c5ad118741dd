/**
 * Automatic inspector assignment (DOMAIN.md workflow steps 6 and 8) and whether a supply order
 * needs a pre-dispatch inspection at all. Pure: the caller loads the candidates and their load.
 */
import type { Policy } from "@/lib/domain/policy/policy";

export interface InspectorCandidate {
  inspectorId: string;
  districtId: number;
  /** Inspections assigned to this inspector and not yet recorded or cancelled. */
  openLoad: number;
  active: boolean;
}

/**
 * The inspector to assign: active ones only; same district as the inspection site first, then the
 * least open load, then the smallest id (so the choice is reproducible). Null when nobody is
 * active — the service then reports that no inspector is available rather than guessing.
 */
export function pickInspector<C extends InspectorCandidate>(
  candidates: readonly C[],
  districtId: number,
): C | null {
  let best: C | null = null;
  for (const candidate of candidates) {
    if (candidate.active && (best === null || ranksBefore(candidate, best, districtId))) best = candidate;
  }
  return best;
}

function ranksBefore(a: InspectorCandidate, b: InspectorCandidate, districtId: number): boolean {
  const aLocal = a.districtId === districtId;
  const bLocal = b.districtId === districtId;
  if (aLocal !== bLocal) return aLocal;
  if (a.openLoad !== b.openLoad) return a.openLoad < b.openLoad;
  return a.inspectorId < b.inspectorId;
}

/**
 * Pre-dispatch inspection is required when any item on the supply order is flagged for it, or the
 * order's value (ex-GST, SupplyOrder.valuePaise) is strictly above the policy threshold.
 */
export function needsPreInspection(
  itemFlags: readonly boolean[],
  supplyOrderValuePaise: bigint,
  policy: Pick<Policy, "preInspectionThresholdPaise">,
): boolean {
  return itemFlags.some(Boolean) || supplyOrderValuePaise > policy.preInspectionThresholdPaise;
}
