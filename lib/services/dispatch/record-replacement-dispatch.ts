import type { Actor } from "@/lib/auth/actor";
import { dispatchSupplyOrder } from "./dispatch-supply-order";

/** The vendor dispatches replacements for goods the post-dispatch inspection rejected. */
export function recordReplacementDispatch(actor: Actor | null, form: Record<string, unknown>) {
  return dispatchSupplyOrder(actor, "REPLACEMENT", form);
}
