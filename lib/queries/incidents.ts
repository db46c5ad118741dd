import "server-only";
import { db } from "@/lib/db";
import { publicDb } from "@/lib/db-read";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { IncidentOutcome } from "@/lib/generated/prisma/enums";
import { allowedEvents, isOpen } from "@/lib/domain/incident/status";
import { incidentScope, isRaiser, isRespondent } from "@/lib/domain/incident/scope";
import { afterKeyset, decodeCursor, encodeCursor, KEYSET_ORDER } from "./cursor";

const PAGE_SIZE = 25;
/** Incidents waiting on the actor, listed above the rest; bounded, the oldest deadline first. */
const ACTION_LIMIT = 50;

const ROW = {
  id: true, number: true, category: true, subject: true, status: true, raisedByKind: true, respondentKind: true,
  respondBy: true, resolveBy: true, escalationLevel: true, escalatedTo: true, outcome: true, createdAt: true,
  purchaseOrder: { select: { number: true } },
  supplyOrder: { select: { number: true } },
  vendor: { select: { legalName: true } },
  office: { select: { nameEn: true, nameHi: true } },
  // A penalty appeal has no order: the penalty appealed stands in its place.
  penalty: { select: { id: true, kind: true, startsAt: true, endsAt: true, reason: true, revokedAt: true } },
} as const satisfies Prisma.IncidentSelect;

export type IncidentRow = Prisma.IncidentGetPayload<{ select: typeof ROW }>;

/**
 * What waits on the actor: the respondent's unanswered incidents; for the department, every
 * undecided one escalated and every unanswered one it must answer itself (a penalty appeal).
 */
function needsActionWhere(actor: Actor): Prisma.IncidentWhereInput | null {
  switch (actor.role) {
    case "ADMIN":
      return { OR: [{ status: "ESCALATED" }, { status: "OPEN", respondentKind: "DEPARTMENT" }] };
    case "BUYER":
      return { status: "OPEN", respondentKind: "OFFICE" };
    case "VENDOR":
      return { status: "OPEN", respondentKind: "VENDOR" };
    case "INSPECTOR":
      return { status: "OPEN", respondentKind: "AGENCY" };
    case "FINANCE":
      return { status: "ESCALATED", escalatedTo: "OFFICE_HEAD" };
    default:
      return null;
  }
}

/**
 * The actor's incidents: those waiting on it first (oldest deadline first, at most 50), then every
 * incident in its scope, newest first, keyset-paginated on (createdAt desc, id).
 */
export async function listIncidents(actor: Actor, cursor?: string | null) {
  assertCan(actor, "incident.view");
  const scope = incidentScope(actor);
  if (!scope) return { needsAction: [], rows: [], nextCursor: null };
  const after = decodeCursor(cursor);
  const action = needsActionWhere(actor);
  const [needsAction, page] = await Promise.all([
    after || !action
      ? Promise.resolve([] as IncidentRow[])
      : db.incident.findMany({ where: { AND: [scope, action] }, orderBy: [{ respondBy: "asc" }, { id: "asc" }], take: ACTION_LIMIT, select: ROW }),
    db.incident.findMany({ where: { AND: [scope, afterKeyset(after)] }, orderBy: KEYSET_ORDER, take: PAGE_SIZE + 1, select: ROW }),
  ]);
  const more = page.length > PAGE_SIZE;
  const rows = page.slice(0, PAGE_SIZE);
  return { needsAction, rows, nextCursor: more ? encodeCursor(rows[rows.length - 1]) : null };
}

/**
 * One incident with its conversation and what the actor may do: post a message, withdraw (the
 * raiser), resolve (the department). Null when it is not in the actor's scope. The public
 * raiser's contact is shown to the department only.
 */
export async function getIncidentForActor(actor: Actor, incidentId: string) {
  assertCan(actor, "incident.view");
  const scope = incidentScope(actor);
  if (!scope || !/^[0-9a-f-]{36}$/i.test(incidentId)) return null;
  const incident = await db.incident.findFirst({
    where: { id: incidentId, ...scope },
    select: {
      ...ROW, officeId: true, vendorId: true, agencyId: true, resolution: true, resolvedAt: true, respondedAt: true, escalatedAt: true,
      publicContact: true,
      agency: { select: { nameEn: true, nameHi: true } },
      messages: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true, body: true, authorRole: true, createdAt: true,
          author: { select: { name: true } },
          attachments: { select: { id: true, fileName: true, sizeBytes: true } },
        },
      },
    },
  });
  if (!incident) return null;
  const { publicContact, ...rest } = incident;
  const events = allowedEvents(incident.status, actor.role);
  const open = isOpen(incident.status);
  return {
    incident: { ...rest, publicContact: actor.role === "ADMIN" ? publicContact : null },
    may: {
      message: open && actor.role !== "FINANCE",
      respond: open && events.includes("respond") && isRespondent(actor, incident),
      withdraw: events.includes("withdraw") && isRaiser(actor, incident),
      resolve: events.includes("resolve"),
    },
  };
}

export type IncidentDetail = NonNullable<Awaited<ReturnType<typeof getIncidentForActor>>>;

export type PublicIncidentCounts = { raised: number; open: number; outcomes: Record<IncidentOutcome, number> };

/**
 * What the public sees of the incidents a vendor or an office had to answer: how many, how many
 * still open, and the outcomes — never a raiser, a contact or a word of the text. A penalty
 * appeal is the vendor's own plea to the department, not a complaint about anyone: never counted.
 */
export async function publicIncidentCounts(against: { vendorId: string } | { officeId: string }): Promise<PublicIncidentCounts> {
  const where: Prisma.IncidentWhereInput = "vendorId" in against
    ? { vendorId: against.vendorId, respondentKind: "VENDOR", category: { not: "PENALTY_APPEAL" } }
    : { officeId: against.officeId, respondentKind: "OFFICE", category: { not: "PENALTY_APPEAL" } };
  const groups = await publicDb.incident.groupBy({ by: ["status", "outcome"], where, _count: { _all: true } });
  const outcomes: Record<IncidentOutcome, number> = { UPHELD: 0, NOT_UPHELD: 0, SETTLED: 0, WITHDRAWN: 0 };
  let raised = 0;
  let open = 0;
  for (const g of groups) {
    raised += g._count._all;
    if (g.outcome) outcomes[g.outcome] += g._count._all;
    else if (isOpen(g.status)) open += g._count._all;
  }
  return { raised, open, outcomes };
}

/** The supply orders a buyer or vendor may raise an incident about, for the form's choice. */
export async function incidentSubjects(actor: Actor, filter: { purchaseOrderId?: string; supplyOrderId?: string }) {
  assertCan(actor, "incident.raise");
  const uuid = /^[0-9a-f-]{36}$/i;
  const own: Prisma.SupplyOrderWhereInput = actor.role === "VENDOR" ? { vendorId: actor.vendorId ?? "-" } : { purchaseOrder: { officeId: actor.officeId ?? "-" } };
  const where: Prisma.SupplyOrderWhereInput = { ...own };
  if (filter.supplyOrderId && uuid.test(filter.supplyOrderId)) where.id = filter.supplyOrderId;
  else if (filter.purchaseOrderId && uuid.test(filter.purchaseOrderId)) where.purchaseOrderId = filter.purchaseOrderId;
  return db.supplyOrder.findMany({
    where,
    orderBy: KEYSET_ORDER,
    take: 50,
    select: { id: true, number: true, vendor: { select: { legalName: true } }, purchaseOrder: { select: { number: true } } },
  });
}
