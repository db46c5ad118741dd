/**
 * Supply-order rules that are not transitions (DOMAIN.md workflow step 6). Pure: no I/O.
 */
import type { Policy } from "@/lib/domain/policy/policy";

/**
 * After a failed pre-dispatch inspection, may the vendor ask for another? `reinspectionsSoFar` is
 * the order's `reinspections` counter (re-inspections already requested, not counting the first
 * inspection); with the default maximum of 2 an order is inspected at most three times. When this
 * is false the system cancels the order (`cancelAfterFailures`) and reallocates its quantity.
 */
export function mayRequestReinspection(
  reinspectionsSoFar: number,
  policy: Pick<Policy, "maxReinspections">,
): boolean {
  return reinspectionsSoFar < policy.maxReinspections;
}
