import type { IncidentStatus } from "@/lib/generated/prisma/enums";

/** The badge colour of an incident's status: open work warns, escalation is urgent, closed is done. */
export function incidentTone(status: IncidentStatus): "warning" | "danger" | "success" | "neutral" {
  if (status === "ESCALATED") return "danger";
  if (status === "OPEN" || status === "RESPONDED") return "warning";
  if (status === "RESOLVED") return "success";
  return "neutral";
}
