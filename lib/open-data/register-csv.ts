/**
 * The order register as CSV: one row per supply-order line (a purchase-order line nobody could
 * supply gets one row with the supply-order columns empty). Amounts are rupees with two decimals
 * and no grouping; dates are IST calendar dates (YYYY-MM-DD). Pure; the route streams it.
 */
import { orderPath } from "@/lib/documents/urls";
import type { PublicOrder } from "@/lib/queries/public-order";

export const CSV_HEADER = [
  "purchase_order", "placed_on", "purchase_order_status", "office", "office_hi", "department", "district",
  "line", "item_code", "item", "item_hi", "unit", "ordered_quantity",
  "supply_order", "vendor", "vendor_udyam", "vendor_district", "local_mse", "supply_order_status",
  "allocated_quantity", "unit_price_inr", "gst_rate_percent", "landed_unit_price_inr", "landed_value_inr", "allocation_rule", "rank",
  "accepted_quantity", "rejected_quantity", "bill", "bill_net_payable_inr", "bill_due_on", "bill_status", "paid_on", "paid_inr", "interest_inr", "order_url",
] as const;

const rupees = (paise: bigint | null | undefined) => {
  if (paise === null || paise === undefined) return "";
  const sign = paise < 0n ? "-" : "";
  const m = paise < 0n ? -paise : paise;
  return `${sign}${m / 100n}.${(m % 100n).toString().padStart(2, "0")}`;
};
const istDate = (d: Date | null | undefined) => (d ? new Date(d.getTime() + 330 * 60_000).toISOString().slice(0, 10) : "");
const calendarDate = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : "");
const percent = (bp: number) => `${Math.trunc(bp / 100)}.${String(bp % 100).padStart(2, "0")}`;
const yesNo = (b: boolean) => (b ? "yes" : "no");

/** RFC 4180 quoting, and a leading apostrophe on text a spreadsheet would run as a formula. */
export function csvField(value: string | number): string {
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s) && typeof value === "string") s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export const csvLine = (fields: (string | number)[]) => `${fields.map(csvField).join(",")}\r\n`;

export function orderCsvRows(order: PublicOrder, baseUrl: string): string[] {
  const head = [
    order.number, istDate(order.createdAt), order.status, order.office.nameEn, order.office.nameHi, order.office.department.nameEn, order.office.district.nameEn,
  ];
  const url = `${baseUrl}${orderPath(order.number)}`;
  return order.lines.flatMap((line) => {
    const lineCols = [line.lineNo, line.item.code, line.item.nameEn, line.item.nameHi, line.item.unit, line.quantity];
    const supplied = order.supplyOrders.flatMap((so) => so.lines.filter((l) => l.purchaseOrderLineId === line.id).map((l) => ({ so, l })));
    if (supplied.length === 0) return [csvLine([...head, ...lineCols, ...Array(CSV_HEADER.length - head.length - lineCols.length - 1).fill(""), url])];
    return supplied.map(({ so, l }) =>
      csvLine([
        ...head, ...lineCols,
        so.number, so.vendor.legalName, so.vendor.udyamNumber, so.vendor.district.nameEn, yesNo(so.vendor.local), so.status,
        l.quantity, rupees(l.unitPricePaise), percent(l.gstRateBp), rupees(l.landedUnitPaise), rupees(l.landedUnitPaise * BigInt(l.quantity)), l.allocationReason?.rule ?? "", l.rank,
        l.acceptedQty, l.rejectedQty, so.bill?.number ?? "", rupees(so.bill?.netPayablePaise), calendarDate(so.bill?.dueDate), so.bill?.status ?? "",
        istDate(so.payment?.paidAt), rupees(so.payment?.amountPaise), rupees(so.payment?.interestPaise), url,
      ]),
    );
  });
}
