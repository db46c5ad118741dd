/**
 * The key facts of each issued document, frozen when it is issued and stored on the Document row.
 * The PDF and the public verification page are both drawn from these facts (the PDF is rendered
 * again from them on every download), and the document's hash is the SHA-256 of their canonical
 * JSON. They hold only what is public anyway: no personal data (see lib/queries/public-order.ts).
 *
 * Values are strings typed for display: money in paise, dates as YYYY-MM-DD (IST calendar day),
 * instants as ISO, rates in basis points; a value with a Hindi form carries it in `hi`.
 */
import type { Tx } from "@/lib/prisma-client";
import type { DocumentKind } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import { MESSAGES } from "@/lib/i18n/load-messages";
import { redactPersonalData } from "@/lib/privacy/redact";

export type FactType = "text" | "money" | "date" | "instant" | "quantity" | "rate";
export type FactValue = { value: string; hi?: string };
export type Fact = FactValue & { key: string; type: FactType };
export type FactColumn = { key: string; type: FactType };
export type DocumentFacts = {
  purchaseOrderNumber: string;
  issuedAt: string;
  facts: Fact[];
  table: { columns: FactColumn[]; rows: FactValue[][] } | null;
};

export type BuiltDocument = { number: string; purchaseOrderId: string; facts: DocumentFacts };

const text = (key: string, value: string, hi?: string): Fact => ({ key, type: "text", value, ...(hi && hi !== value ? { hi } : {}) });
const money = (key: string, paise: bigint): Fact => ({ key, type: "money", value: paise.toString() });
const date = (key: string, d: Date): Fact => ({ key, type: "date", value: d.toISOString().slice(0, 10) });
const instant = (key: string, d: Date): Fact => ({ key, type: "instant", value: d.toISOString() });
const quantity = (key: string, n: number): Fact => ({ key, type: "quantity", value: String(n) });
const cell = (value: string | number | bigint, hi?: string): FactValue => ({ value: String(value), ...(hi && hi !== String(value) ? { hi } : {}) });

/** A coded value (status, kind, rule) in both languages, from the documents catalogue. */
function coded(key: string, code: string): Fact {
  const en = MESSAGES.en.documents.values as Record<string, string>;
  const hi = MESSAGES.hi.documents.values as Record<string, string>;
  return text(key, en[code] ?? code, hi[code] ?? code);
}

const officeSelect = { select: { nameEn: true, nameHi: true, district: { select: { nameEn: true, nameHi: true } }, department: { select: { nameEn: true, nameHi: true } } } } as const;

const purchaseOrderInclude = {
  office: officeSelect, consigneeOffice: officeSelect, budgetHead: { select: { code: true, financialYear: true } }, policyVersion: { select: { version: true } },
  lines: {
    orderBy: { lineNo: "asc" },
    include: {
      item: { select: { code: true, nameEn: true, nameHi: true, unit: true } },
      supplyLines: { orderBy: { rank: "asc" }, select: { quantity: true, unitPricePaise: true, gstRateBp: true, landedUnitPaise: true, supplyOrder: { select: { vendor: { select: { legalName: true } } } } } },
    },
  },
} as const;

type OfficeFacts = { nameEn: string; nameHi: string; district: { nameEn: string; nameHi: string }; department: { nameEn: string; nameHi: string } };

/** What a purchase order's document states, as loaded by purchaseOrderInclude or held by the step placing the order. */
export type PurchaseOrderForDocument = {
  id: string; number: string; createdAt: Date; deliverBy: Date; totalPaise: bigint; directPurchase: boolean;
  office: OfficeFacts; consigneeOffice: OfficeFacts;
  budgetHead: { code: string; financialYear: string }; policyVersion: { version: number };
  lines: {
    lineNo: number; quantity: number; deliverBy: Date; item: { code: string; nameEn: string; nameHi: string; unit: string };
    /** Who supplies how much of the line, at what price: the allocation when the order was placed. */
    awards: PurchaseOrderAward[];
  }[];
};

export type PurchaseOrderAward = { vendorName: string; quantity: number; unitPricePaise: bigint; gstRateBp: number; landedUnitPaise: bigint };

async function purchaseOrderFacts(tx: Tx, id: string, now: Date): Promise<BuiltDocument> {
  const po = await tx.purchaseOrder.findUnique({ where: { id }, include: purchaseOrderInclude });
  if (!po) throw new AppError("NOT_FOUND");
  return purchaseOrderDocument({
    ...po,
    lines: po.lines.map((l) => ({
      ...l,
      awards: l.supplyLines.map((s) => ({ vendorName: s.supplyOrder.vendor.legalName, quantity: s.quantity, unitPricePaise: s.unitPricePaise, gstRateBp: s.gstRateBp, landedUnitPaise: s.landedUnitPaise })),
    })),
  }, now);
}

/** The purchase order's document from the order in hand (lines in line order). Pure. */
export function purchaseOrderDocument(po: PurchaseOrderForDocument, now: Date): BuiltDocument {
  return {
    number: po.number,
    purchaseOrderId: po.id,
    facts: {
      purchaseOrderNumber: po.number,
      issuedAt: now.toISOString(),
      facts: [
        text("purchaseOrder", po.number),
        instant("placedAt", po.createdAt),
        text("buyer", po.office.nameEn, po.office.nameHi),
        text("department", po.office.department.nameEn, po.office.department.nameHi),
        text("district", po.office.district.nameEn, po.office.district.nameHi),
        text("consignee", po.consigneeOffice.nameEn, po.consigneeOffice.nameHi),
        date("deliverBy", po.deliverBy),
        text("budgetHead", `${po.budgetHead.code} (${po.budgetHead.financialYear})`),
        money("totalWithGst", po.totalPaise),
        coded("procurement", po.directPurchase ? "DIRECT_PURCHASE" : "AUTOMATIC"),
        text("policyVersion", String(po.policyVersion.version)),
      ],
      // One row per supplier of each line (a line split between vendors has several), and one for
      // any quantity nobody could supply: what is bought, from whom, at what price.
      table: {
        columns: [
          { key: "line", type: "quantity" }, { key: "itemCode", type: "text" }, { key: "item", type: "text" }, { key: "supplier", type: "text" },
          { key: "quantity", type: "text" }, { key: "unitPrice", type: "money" }, { key: "gstRate", type: "rate" }, { key: "valueWithGst", type: "money" },
          { key: "deliverBy", type: "date" },
        ],
        rows: po.lines.flatMap((l) => {
          const deliverBy = cell(l.deliverBy.toISOString().slice(0, 10));
          const rows = l.awards.map((a) => [
            cell(l.lineNo), cell(l.item.code), cell(l.item.nameEn, l.item.nameHi), cell(a.vendorName),
            cell(`${a.quantity} ${l.item.unit}`), cell(a.unitPricePaise), cell(a.gstRateBp), cell(a.landedUnitPaise * BigInt(a.quantity)), deliverBy,
          ]);
          const unfulfilled = l.quantity - l.awards.reduce((sum, a) => sum + a.quantity, 0);
          if (unfulfilled > 0) {
            const none = coded("supplier", "UNFULFILLED");
            rows.push([cell(l.lineNo), cell(l.item.code), cell(l.item.nameEn, l.item.nameHi), cell(none.value, none.hi), cell(`${unfulfilled} ${l.item.unit}`), cell(""), cell(""), cell(""), deliverBy]);
          }
          return rows;
        }),
      },
    },
  };
}

const supplyOrderInclude = {
  purchaseOrder: { select: { id: true, number: true, office: officeSelect, consigneeOffice: officeSelect } },
  vendor: { select: { legalName: true, udyamNumber: true, district: { select: { nameEn: true, nameHi: true } } } },
  lines: { orderBy: { id: "asc" }, include: { item: { select: { code: true, nameEn: true, nameHi: true, unit: true } } } },
} as const;

async function supplyOrderFacts(tx: Tx, id: string, now: Date): Promise<BuiltDocument> {
  const so = await tx.supplyOrder.findUnique({ where: { id }, include: supplyOrderInclude });
  if (!so) throw new AppError("NOT_FOUND");
  return {
    number: so.number,
    purchaseOrderId: so.purchaseOrder.id,
    facts: {
      purchaseOrderNumber: so.purchaseOrder.number,
      issuedAt: now.toISOString(),
      facts: [
        text("supplyOrder", so.number),
        text("purchaseOrder", so.purchaseOrder.number),
        instant("allocatedAt", so.createdAt),
        text("buyer", so.purchaseOrder.office.nameEn, so.purchaseOrder.office.nameHi),
        text("consignee", so.purchaseOrder.consigneeOffice.nameEn, so.purchaseOrder.consigneeOffice.nameHi),
        text("vendor", so.vendor.legalName),
        text("udyam", so.vendor.udyamNumber),
        text("vendorDistrict", so.vendor.district.nameEn, so.vendor.district.nameHi),
        instant("acceptBy", so.acceptBy),
        date("deliverBy", so.deliverBy),
        money("valueExGst", so.valuePaise),
        coded("tax", so.intraState ? "INTRA_STATE" : "INTER_STATE"),
        money("gst", so.gstPaise),
        money("totalWithGst", so.valuePaise + so.gstPaise),
        coded("preInspection", so.preInspectionRequired ? "YES" : "NO"),
      ],
      table: {
        columns: [{ key: "itemCode", type: "text" }, { key: "item", type: "text" }, { key: "quantity", type: "quantity" }, { key: "unitPrice", type: "money" }, { key: "gstRate", type: "rate" }, { key: "landedUnitPrice", type: "money" }, { key: "rule", type: "text" }],
        rows: so.lines.map((l) => {
          const rule = coded("rule", (l.allocationReason as { rule?: string } | null)?.rule ?? "");
          return [cell(l.item.code), cell(l.item.nameEn, l.item.nameHi), cell(`${l.quantity} ${l.item.unit}`), cell(l.unitPricePaise), cell(l.gstRateBp), cell(l.landedUnitPaise), cell(rule.value, rule.hi)];
        }),
      },
    },
  };
}

async function inspectionFacts(tx: Tx, id: string, now: Date): Promise<BuiltDocument> {
  const inspection = await tx.inspection.findUnique({
    where: { id },
    include: {
      inspector: { select: { agency: { select: { nameEn: true, nameHi: true } } } },
      supplyOrder: { include: supplyOrderInclude },
    },
  });
  if (!inspection) throw new AppError("NOT_FOUND");
  // A certificate certifies a result; an inspection still assigned (or cancelled) has none.
  if (inspection.status !== "PASSED" && inspection.status !== "FAILED") throw new AppError("CONFLICT");
  const so = inspection.supplyOrder;
  const items = await tx.item.findMany({ where: { id: { in: so.lines.map((l) => l.itemId) } }, select: { id: true, specs: true } });
  const specs = new Map(
    items.flatMap((item) =>
      (Array.isArray(item.specs) ? (item.specs as { key?: string; labelEn?: string; labelHi?: string }[]) : []).map((spec) => [`${item.id}:${spec.key}`, spec] as const),
    ),
  );
  const checklist = Array.isArray(inspection.checklist) ? (inspection.checklist as { itemId?: string; key?: string; requirement?: string; observed?: string; ok?: boolean }[]) : [];
  const number = `${so.number}-${inspection.kind}-${inspection.attempt}`;
  return {
    number,
    purchaseOrderId: so.purchaseOrder.id,
    facts: {
      purchaseOrderNumber: so.purchaseOrder.number,
      issuedAt: now.toISOString(),
      facts: [
        text("certificate", number),
        coded("inspectionKind", inspection.kind),
        coded("result", inspection.status),
        text("supplyOrder", so.number),
        text("purchaseOrder", so.purchaseOrder.number),
        text("vendor", so.vendor.legalName),
        text("agency", inspection.inspector.agency.nameEn, inspection.inspector.agency.nameHi),
        date("scheduledOn", inspection.scheduledOn),
        ...(inspection.inspectedAt ? [instant("inspectedAt", inspection.inspectedAt)] : []),
        ...(inspection.acceptedQty !== null ? [quantity("acceptedQuantity", inspection.acceptedQty)] : []),
        ...(inspection.rejectedQty !== null ? [quantity("rejectedQuantity", inspection.rejectedQty)] : []),
        ...(inspection.remarks ? [text("remarks", redactPersonalData(inspection.remarks))] : []),
      ],
      table: {
        columns: [{ key: "parameter", type: "text" }, { key: "requirement", type: "text" }, { key: "observed", type: "text" }, { key: "result", type: "text" }],
        rows: checklist.map((c) => {
          const spec = specs.get(`${c.itemId}:${c.key}`);
          const result = coded("result", c.ok ? "OK" : "NOT_OK");
          return [cell(spec?.labelEn ?? c.key ?? "", spec?.labelHi), cell(c.requirement ?? ""), cell(redactPersonalData(String(c.observed ?? ""))), cell(result.value, result.hi)];
        }),
      },
    },
  };
}

const billInclude = {
  supplyOrder: {
    include: {
      ...supplyOrderInclude,
      dispatches: { orderBy: { createdAt: "asc" }, select: { invoiceNumber: true, invoiceDate: true } },
    },
  },
} as const;

/** The vendor's own invoice(s) the bill settles: every dispatch's invoice number and date. */
function invoiceFacts(dispatches: { invoiceNumber: string; invoiceDate: Date }[]): Fact[] {
  if (dispatches.length === 0) return [];
  return [text("invoiceNumber", dispatches.map((d) => `${d.invoiceNumber} (${d.invoiceDate.toISOString().slice(0, 10)})`).join(", "))];
}

async function billFacts(tx: Tx, id: string, now: Date): Promise<BuiltDocument> {
  const bill = await tx.bill.findUnique({ where: { id }, include: billInclude });
  if (!bill) throw new AppError("NOT_FOUND");
  const so = bill.supplyOrder;
  const tds = bill.tdsCgstPaise + bill.tdsSgstPaise + bill.tdsIgstPaise;
  return {
    number: bill.number,
    purchaseOrderId: so.purchaseOrder.id,
    facts: {
      purchaseOrderNumber: so.purchaseOrder.number,
      issuedAt: now.toISOString(),
      facts: [
        text("bill", bill.number),
        text("supplyOrder", so.number),
        text("purchaseOrder", so.purchaseOrder.number),
        text("buyer", so.purchaseOrder.office.nameEn, so.purchaseOrder.office.nameHi),
        text("vendor", so.vendor.legalName),
        text("udyam", so.vendor.udyamNumber),
        ...invoiceFacts(so.dispatches),
        instant("generatedAt", bill.generatedAt),
        date("dueDate", bill.dueDate),
        money("gross", bill.grossPaise),
        ...(bill.igstPaise > 0n ? [money("igst", bill.igstPaise)] : [money("cgst", bill.cgstPaise), money("sgst", bill.sgstPaise)]),
        money("gstTds", tds),
        quantity("weeksLate", bill.weeksLate),
        money("liquidatedDamages", bill.liquidatedDamagesPaise),
        money("netPayable", bill.netPayablePaise),
      ],
      table: {
        columns: [{ key: "itemCode", type: "text" }, { key: "item", type: "text" }, { key: "acceptedQuantity", type: "quantity" }, { key: "unitPrice", type: "money" }, { key: "valueExGst", type: "money" }],
        rows: so.lines.map((l) => [cell(l.item.code), cell(l.item.nameEn, l.item.nameHi), cell(l.acceptedQty), cell(l.unitPricePaise), cell(l.unitPricePaise * BigInt(l.acceptedQty))]),
      },
    },
  };
}

async function paymentFacts(tx: Tx, id: string, now: Date): Promise<BuiltDocument> {
  const payment = await tx.payment.findUnique({ where: { id }, include: { bill: { include: billInclude } } });
  if (!payment) throw new AppError("NOT_FOUND");
  const { bill } = payment;
  const so = bill.supplyOrder;
  const number = `PA-${bill.number}`;
  return {
    number,
    purchaseOrderId: so.purchaseOrder.id,
    facts: {
      purchaseOrderNumber: so.purchaseOrder.number,
      issuedAt: now.toISOString(),
      facts: [
        text("paymentAdvice", number),
        text("bill", bill.number),
        text("supplyOrder", so.number),
        text("purchaseOrder", so.purchaseOrder.number),
        text("payer", so.purchaseOrder.office.nameEn, so.purchaseOrder.office.nameHi),
        text("payee", so.vendor.legalName),
        ...invoiceFacts(so.dispatches),
        instant("paidAt", payment.paidAt),
        date("dueDate", bill.dueDate),
        money("netPayable", bill.netPayablePaise),
        quantity("daysLate", payment.daysLate),
        money("interest", payment.interestPaise),
        money("amountPaid", payment.amountPaise),
        // The bank reference identifies a transfer into someone's account: only its last four characters are shown.
        text("bankReference", `••••${payment.bankReference.slice(-4)}`),
      ],
      table: null,
    },
  };
}

const BUILDERS: Record<DocumentKind, (tx: Tx, id: string, now: Date) => Promise<BuiltDocument>> = {
  PURCHASE_ORDER: purchaseOrderFacts,
  SUPPLY_ORDER: supplyOrderFacts,
  INSPECTION_CERTIFICATE: inspectionFacts,
  BILL: billFacts,
  PAYMENT_ADVICE: paymentFacts,
};

export function buildDocument(tx: Tx, kind: DocumentKind, entityId: string, now = new Date()): Promise<BuiltDocument> {
  return BUILDERS[kind](tx, entityId, now);
}
