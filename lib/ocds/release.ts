/**
 * One purchase order as an OCDS 1.1 release: the contracting process as it stands now (one release
 * per purchase order, re-issued with a new id after every change). Pure: it maps the public shape
 * (lib/queries/public-order.ts, already free of personal data) and does no I/O.
 *
 * Mapping (docs/open-data.md explains it for data users):
 * - ocid = prefix + purchase order number; release id = number + "-" + the seq of the last audit
 *   event of the order, so it changes exactly when the order does; date = that event's time.
 * - planning.budget: the buyer's budget head and the value blocked against it.
 * - tender: the purchase order — items are its lines; allocation is automatic (procurementMethod
 *   "open", awardCriteria "priceOnly"), or "direct" for a direct purchase below the policy limit.
 * - awards: one per supply order (the allocation; its description says why this vendor).
 * - contracts: one per supply order the vendor accepted; implementation.transactions are the
 *   payments, milestones the delivery and inspections.
 * - parties: the buying office (buyer, procuringEntity, payer), a different consignee office
 *   (interestedParty), every vendor awarded (supplier, and payee once paid).
 * - riskFlags: Manak's public risk flags about the order itself (not an OCDS core field; the
 *   schema allows additional fields): type, an English explanation with the numbers, the numbers
 *   themselves (details), and the admin's review when there is one. A flag computed by the worker
 *   records no event on the order, so it does not change the release id; a review does.
 */
import type { PublicOffice, PublicOrder, PublicSupplyOrder, PublicVendor } from "@/lib/queries/public-order";
import { orderPath } from "@/lib/documents/urls";
import { inr, isoInstant, istDayEnd } from "./values";
import { createTranslator } from "next-intl";
import { formatInr } from "@/lib/domain/money";
import { explanationKey, explanationParams, type FlagSubject, type RiskFlagKind } from "@/lib/domain/risk/rules";
import enRiskFlags from "@/lib/i18n/messages/en/riskFlags.json";

export const DEFAULT_OCID_PREFIX = "ocds-manak01";

export type OcdsOptions = {
  /** Registered ocid prefix, without the trailing hyphen. */
  ocidPrefix: string;
  /** Public base URL of the site, for document links (no trailing slash). */
  baseUrl: string;
};

type OrganizationReference = { id: string; name: string };
type OcdsDocument = { id: string; documentType: string; title: string; url: string; datePublished: string; format: string; language: string };

const DOCUMENT_TYPE: Record<string, string> = {
  PURCHASE_ORDER: "tenderNotice",
  SUPPLY_ORDER: "awardNotice",
  INSPECTION_CERTIFICATE: "physicalProgressReport",
  BILL: "financialProgressReport",
  PAYMENT_ADVICE: "financialProgressReport",
};

const DOCUMENT_TITLE: Record<string, string> = {
  PURCHASE_ORDER: "Purchase order",
  SUPPLY_ORDER: "Supply order",
  INSPECTION_CERTIFICATE: "Inspection certificate",
  BILL: "Bill",
  PAYMENT_ADVICE: "Payment advice",
};

const officeRef = (o: PublicOffice): OrganizationReference => ({ id: `office-${o.code}`, name: o.nameEn });
const vendorRef = (v: PublicVendor): OrganizationReference => ({ id: `vendor-${v.id}`, name: v.legalName });

function awardStatus(so: PublicSupplyOrder): "pending" | "active" | "cancelled" | "unsuccessful" {
  if (so.status === "AWAITING_ACCEPTANCE") return "pending";
  if (so.status === "REJECTED" || so.status === "EXPIRED") return "unsuccessful";
  if (so.status === "CANCELLED") return "cancelled";
  return "active";
}

function contractStatus(so: PublicSupplyOrder): "active" | "cancelled" | "terminated" {
  if (so.status === "CANCELLED") return "cancelled";
  if (so.status === "CLOSED") return "terminated";
  return "active";
}

function tenderStatus(order: PublicOrder): "complete" | "cancelled" | "unsuccessful" {
  if (order.lines.length > 0 && order.lines.every((l) => l.status === "UNFULFILLED")) return "unsuccessful";
  if (order.status === "CANCELLED") return "cancelled";
  return "complete";
}

function allocationDescription(so: PublicSupplyOrder): string {
  return so.lines
    .map((l) => {
      const r = l.allocationReason;
      const rule = { L1: "lowest landed price (L1)", L1_CAPACITY_REMAINDER: "next lowest landed price after L1's capacity", MSE_PREFERENCE_MATCH_L1: "local MSE purchase preference, matching L1's price", DIRECT_PURCHASE: "direct purchase by the buyer below the policy limit" }[r?.rule] ?? String(r?.rule ?? "");
      return `Line ${l.lineNo} (${l.item.code}): ${rule}; rank ${l.rank} of ${r?.eligibleCount ?? "?"} eligible offers.`;
    })
    .join(" ");
}

export function toRelease(order: PublicOrder, opts: OcdsOptions) {
  const ocid = `${opts.ocidPrefix}-${order.number}`;
  const date = order.lastEvent?.occurredAt ?? order.createdAt;
  const docs = (list: { id: string; kind: string; number: string; createdAt: Date }[]): OcdsDocument[] =>
    list.map((d) => ({
      id: d.id, documentType: DOCUMENT_TYPE[d.kind] ?? "other", title: `${DOCUMENT_TITLE[d.kind] ?? d.kind} ${d.number}`,
      url: `${opts.baseUrl}/verify/${d.id}`, datePublished: isoInstant(d.createdAt), format: "text/html", language: "en",
    }));

  const buyer = officeRef(order.office);
  const consigneeDiffers = order.consignee.id !== order.office.id;
  const vendors = new Map<string, { vendor: PublicVendor; paid: boolean }>();
  for (const so of order.supplyOrders) {
    const seen = vendors.get(so.vendor.id);
    vendors.set(so.vendor.id, { vendor: so.vendor, paid: (seen?.paid ?? false) || so.payment !== null });
  }
  const officeParty = (o: PublicOffice, roles: string[]) => ({
    ...officeRef(o),
    identifier: { scheme: "IN-MANAK-OFFICE", id: o.code, legalName: o.nameEn },
    address: { streetAddress: o.address, locality: o.district.nameEn, region: "Chhattisgarh", postalCode: o.pincode, countryName: "India" },
    roles,
    details: { nameHi: o.nameHi, kind: o.kind, department: o.department.nameEn, departmentHi: o.department.nameHi },
  });
  const parties = [
    officeParty(order.office, ["buyer", "procuringEntity", "payer"]),
    ...(consigneeDiffers ? [officeParty(order.consignee, ["interestedParty"])] : []),
    ...[...vendors.values()].map(({ vendor, paid }) => ({
      ...vendorRef(vendor),
      identifier: { scheme: "IN-UDYAM", id: vendor.udyamNumber, legalName: vendor.legalName },
      address: { locality: vendor.district.nameEn, ...(vendor.local ? { region: "Chhattisgarh" } : {}), countryName: "India" },
      roles: paid ? ["supplier", "payee"] : ["supplier"],
      details: { local: vendor.local },
    })),
  ];

  const item = (id: string, l: { item: PublicOrder["lines"][number]["item"]; quantity: number }, unitPaise?: bigint) => ({
    id,
    description: l.item.nameEn,
    classification: { scheme: "HSN", id: l.item.hsn },
    additionalClassifications: [{ scheme: "IN-MANAK-ITEM", id: l.item.code, description: l.item.nameHi }],
    quantity: l.quantity,
    unit: { id: l.item.unit, name: l.item.unit, ...(unitPaise === undefined ? {} : { value: inr(unitPaise) }) },
  });

  const awards = order.supplyOrders.map((so) => ({
    id: so.number,
    title: `Supply order ${so.number}`,
    description: allocationDescription(so),
    status: awardStatus(so),
    date: isoInstant(so.createdAt),
    value: inr(so.valuePaise + so.gstPaise),
    suppliers: [vendorRef(so.vendor)],
    items: so.lines.map((l) => item(`${so.number}-${l.id}`, l, l.unitPricePaise)),
    contractPeriod: { startDate: isoInstant(so.createdAt), endDate: istDayEnd(so.deliverBy) },
    ...(so.documents.length ? { documents: docs(so.documents) } : {}),
  }));

  const contracts = order.supplyOrders
    .filter((so) => so.acceptedAt !== null)
    .map((so) => {
      const inspections = so.inspections.filter((i) => i.status !== "CANCELLED");
      const milestones = [
        {
          id: `${so.number}-delivery`, title: "Delivery to the consignee", type: "delivery", dueDate: istDayEnd(so.deliverBy),
          ...(so.deliveredAt ? { dateMet: isoInstant(so.deliveredAt) } : {}),
          status: so.deliveredAt ? "met" : so.status === "CANCELLED" ? "notMet" : "scheduled",
        },
        ...inspections.map((i) => ({
          id: `${so.number}-inspection-${i.id}`, title: `${i.kind === "PRE" ? "Pre-dispatch" : "Post-dispatch"} inspection, attempt ${i.attempt}`,
          type: "assessment", dueDate: istDayEnd(i.scheduledOn),
          ...(i.inspectedAt ? { dateMet: isoInstant(i.inspectedAt) } : {}),
          status: i.status === "PASSED" ? "met" : i.status === "FAILED" ? "notMet" : "scheduled",
        })),
      ];
      const implementationDocuments = [
        ...inspections.flatMap((i) => i.documents),
        ...(so.bill?.documents ?? []),
        ...(so.payment?.documents ?? []),
      ];
      return {
        id: so.number,
        awardID: so.number,
        title: `Supply order ${so.number}`,
        status: contractStatus(so),
        period: { startDate: isoInstant(so.acceptedAt!), endDate: istDayEnd(so.deliverBy) },
        value: inr(so.valuePaise + so.gstPaise),
        items: so.lines.map((l) => item(`${so.number}-${l.id}`, l, l.unitPricePaise)),
        dateSigned: isoInstant(so.acceptedAt!),
        implementation: {
          transactions: so.payment
            ? [{
                id: so.payment.id, source: `${opts.baseUrl}${orderPath(order.number)}`, date: isoInstant(so.payment.paidAt),
                value: inr(so.payment.amountPaise), payer: buyer, payee: vendorRef(so.vendor),
              }]
            : [],
          milestones,
          ...(implementationDocuments.length ? { documents: docs(implementationDocuments) } : {}),
        },
      };
    });

  const tag = ["tender", ...(awards.length ? ["award"] : []), ...(contracts.length ? ["contract"] : []), ...(contracts.some((c) => c.implementation.transactions.length) ? ["implementation"] : [])];

  return {
    ocid,
    id: `${order.number}-${order.lastEvent?.seq ?? 0}`,
    date: isoInstant(date),
    tag,
    initiationType: "tender" as const,
    language: "en",
    parties,
    buyer,
    planning: {
      budget: {
        id: order.budgetHead.code,
        description: `${order.budgetHead.nameEn} (${order.budgetHead.financialYear})`,
        amount: inr(order.totalPaise),
      },
    },
    tender: {
      id: order.number,
      title: `Purchase order ${order.number}`,
      status: tenderStatus(order),
      procuringEntity: buyer,
      items: order.lines.map((l) => item(`${order.number}-${l.lineNo}`, l)),
      value: inr(order.totalPaise),
      procurementMethod: order.directPurchase ? "direct" : "open",
      procurementMethodDetails: order.directPurchase
        ? "Direct purchase below the policy limit: the buyer chose an eligible catalogue offer; cheaper offers passed over are listed on the order's public page."
        : "Automatic allocation among eligible catalogue offers of local micro and small enterprises on Manak, by landed price with the MSE purchase preference.",
      mainProcurementCategory: "goods",
      awardCriteria: "priceOnly",
      tenderPeriod: { startDate: isoInstant(order.createdAt), endDate: isoInstant(order.createdAt) },
      contractPeriod: { startDate: isoInstant(order.createdAt), endDate: istDayEnd(order.deliverBy) },
      ...(order.documents.length ? { documents: docs(order.documents) } : {}),
    },
    awards,
    contracts,
    riskFlags: order.riskFlags.map((f) => ({
      id: f.id,
      type: f.kind,
      description: explainInEnglish(f.kind, f.facts, { officeName: order.office.nameEn, vendorName: f.vendor?.legalName, orderNumber: order.number }),
      flaggedAt: isoInstant(f.flaggedAt),
      computedAt: isoInstant(f.computedAt),
      ...(f.reviewedAt ? { review: { date: isoInstant(f.reviewedAt), note: f.reviewNote ?? "" } } : {}),
      url: `${opts.baseUrl}/risk-flags/${f.id}`,
      details: f.facts as Record<string, unknown>,
    })),
  };
}

const englishFlags = createTranslator({ locale: "en-IN", messages: { riskFlags: enRiskFlags }, namespace: "riskFlags" });

/** A flag's plain-language explanation as the English page words it (riskFlags.explain.<kind>). */
function explainInEnglish(kind: RiskFlagKind, facts: unknown, subject: FlagSubject): string {
  return englishFlags(`explain.${explanationKey(kind, facts)}` as "explain.LATE_PAYMENT", explanationParams(kind, facts, subject, (paise) => formatInr(paise, "en")));
}

export type OcdsRelease = ReturnType<typeof toRelease>;
