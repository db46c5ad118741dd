// For tests/e2e/incidents.spec.ts: moves the clock of incident E2E_INCIDENT (its number) past its
// respond-by, as if the week had gone by, then runs the escalation job the worker runs every minute.
// Prints {"status", "escalationLevel", "escalatedTo"} as JSON.
import { createPrisma } from "@/lib/prisma-client";
import { escalateOverdueIncidents } from "@/lib/services/incident/escalate-overdue";

const db = createPrisma();
const number = process.env.E2E_INCIDENT ?? "";
const incident = await db.incident.findUniqueOrThrow({ where: { number } });
const aWeek = 8 * 86_400_000;
await db.incident.update({
  where: { id: incident.id },
  data: {
    createdAt: new Date(incident.createdAt.getTime() - aWeek),
    respondBy: new Date(incident.respondBy.getTime() - aWeek),
    resolveBy: new Date(incident.resolveBy.getTime() - aWeek),
  },
});
await escalateOverdueIncidents(db);
const after = await db.incident.findUniqueOrThrow({ where: { id: incident.id }, select: { status: true, escalationLevel: true, escalatedTo: true } });
console.log(JSON.stringify(after));
await db.$disconnect();
