import type { BadgeTone } from "@/components/ui/badge";
import type { BillUrgency } from "@/lib/queries/finance";

export const URGENCY_TONE: Record<BillUrgency, BadgeTone> = { overdue: "danger", dueSoon: "warning", due: "info", paid: "success" };
