import { useTranslations } from "next-intl";
import type { PurchaseOrderStatus, SupplyOrderStatus } from "@/lib/generated/prisma/enums";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const PO_TONE: Record<PurchaseOrderStatus, BadgeTone> = { OPEN: "info", CLOSED: "success", CANCELLED: "neutral" };

const SO_TONE: Record<SupplyOrderStatus, BadgeTone> = {
  AWAITING_ACCEPTANCE: "info",
  REJECTED: "neutral",
  EXPIRED: "neutral",
  AWAITING_PRE_INSPECTION: "info",
  PRE_INSPECTION_FAILED: "danger",
  READY_TO_DISPATCH: "info",
  DISPATCHED: "info",
  RECEIVED: "info",
  REPLACEMENT_DUE: "warning",
  BILLED: "warning",
  CLOSED: "success",
  CANCELLED: "neutral",
};

/** `closedShort`: a CLOSED order that did not get everything it ordered never reads as plain "Closed". */
export function PurchaseOrderStatusBadge({ status, closedShort = false }: { status: PurchaseOrderStatus; closedShort?: boolean }) {
  const t = useTranslations("orders.status");
  return <Badge tone={closedShort ? "warning" : PO_TONE[status]}>{closedShort ? t("CLOSED_SHORT") : t(status)}</Badge>;
}

/** `closedShort`: a supply order paid and closed after the buyer closed part of it short never reads as complete. */
export function SupplyOrderStatusBadge({ status, closedShort = false }: { status: SupplyOrderStatus; closedShort?: boolean }) {
  const t = useTranslations("orders.soStatus");
  const short = closedShort && status === "CLOSED";
  return <Badge tone={short ? "warning" : SO_TONE[status]}>{short ? t("CLOSED_SHORT") : t(status)}</Badge>;
}
