import type { Tx } from "@/lib/prisma-client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { EventParams, UserEvent } from "@/lib/notify/events";
import { notify, notifyRole } from "@/lib/notify/outbox";
import { ROLE_HOME } from "@/lib/auth/permissions";
import { officeUserIds, vendorUserIds } from "@/lib/services/recipients";

export type IncidentParties = {
  id: string;
  raisedByKind: string;
  respondentKind: string;
  /** Null for a penalty appeal: no order, no office. */
  officeId: string | null;
  vendorId: string | null;
  agencyId: string | null;
};

export const incidentLink = (role: Role, incidentId: string) => `${ROLE_HOME[role]}/incidents/${incidentId}`;

/**
 * Tells the parties of an incident, each in its own window: the office's buyers, the vendor's
 * users and the agency's inspectors where the incident involves them, and (with `admins`) the
 * industries department. `except` is the person acting, who needs no message about it; `dedupe`
 * tells apart repeats of one event on the incident (each message, each escalation level).
 */
export async function notifyParties<E extends UserEvent>(
  tx: Tx,
  incident: IncidentParties,
  event: E,
  params: EventParams[E],
  options: { except?: string | null; admins?: boolean; dedupe?: string } = {},
): Promise<void> {
  const entityId = options.dedupe ? `${incident.id}:${options.dedupe}` : incident.id;
  const drop = (ids: string[]) => ids.filter((id) => id !== options.except);
  // A public incident is the office's to answer; the vendor is not a party to it.
  const involvesOffice = incident.raisedByKind !== "PUBLIC" || incident.respondentKind === "OFFICE";
  if (involvesOffice && incident.officeId) {
    await notify(tx, { event, entityId, userIds: drop(await officeUserIds(tx, [incident.officeId], "BUYER")), params, link: incidentLink("BUYER", incident.id) });
  }
  if (incident.vendorId) {
    await notify(tx, { event, entityId, userIds: drop(await vendorUserIds(tx, incident.vendorId)), params, link: incidentLink("VENDOR", incident.id) });
  }
  if (incident.agencyId) {
    const inspectors = await tx.user.findMany({ where: { agencyId: incident.agencyId, role: "INSPECTOR", active: true }, select: { id: true } });
    await notify(tx, { event, entityId, userIds: drop(inspectors.map((u) => u.id)), params, link: incidentLink("INSPECTOR", incident.id) });
  }
  if (options.admins) await notifyRole(tx, "ADMIN", { event, entityId, params, link: incidentLink("ADMIN", incident.id) });
}
