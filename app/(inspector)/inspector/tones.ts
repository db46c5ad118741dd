import type { BadgeTone } from "@/components/ui/badge";
import type { InspectionStatus } from "@/lib/generated/prisma/enums";

export const INSPECTION_TONE: Record<InspectionStatus, BadgeTone> = { ASSIGNED: "info", PASSED: "success", FAILED: "danger", CANCELLED: "neutral" };
