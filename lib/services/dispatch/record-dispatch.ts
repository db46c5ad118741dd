import type { Actor } from "@/lib/auth/actor";
import { dispatchSupplyOrder } from "./dispatch-supply-order";

/** The vendor dispatches an accepted order (after its pre-dispatch pass, when one is required). */
export function recordDispatch(actor: Actor | null, form: Record<string, unknown>) {
  return dispatchSupplyOrder(actor, "ORIGINAL", form);
}
