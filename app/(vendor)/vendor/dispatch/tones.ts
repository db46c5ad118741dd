import type { BadgeTone } from "@/components/ui/badge";
import type { SupplyOrderStatus } from "@/lib/generated/prisma/enums";

export const SUPPLY_ORDER_TONE: Record<SupplyOrderStatus, BadgeTone> = {
  AWAITING_ACCEPTANCE: "info", REJECTED: "neutral", EXPIRED: "neutral", AWAITING_PRE_INSPECTION: "info", PRE_INSPECTION_FAILED: "danger",
  READY_TO_DISPATCH: "warning", DISPATCHED: "info", RECEIVED: "info", REPLACEMENT_DUE: "danger", BILLED: "info", CLOSED: "success", CANCELLED: "neutral",
};
