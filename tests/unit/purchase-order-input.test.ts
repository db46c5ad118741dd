import { describe, expect, it } from "vitest";
import { documentNumber, financialYearOf } from "@/lib/domain/purchase-order/numbering";
import { parseDateOnly, placePurchaseOrderSchema, reasonSchema } from "@/lib/domain/purchase-order/input";
import { parseReceipt } from "@/lib/domain/supply-order/receipt-input";

describe("financialYearOf", () => {
  it.each([
    ["2026-03-31T18:29:59.999Z", "2025-26"], // 23:59:59 IST on 31 March
    ["2026-03-31T18:30:00.000Z", "2026-27"], // 00:00 IST on 1 April
    ["2026-11-28T12:00:00.000Z", "2026-27"],
    ["2099-12-31T18:30:00.000Z", "2099-00"], // 1 January 2100 in India: still 2099-2100
    ["2009-06-01T00:00:00.000Z", "2009-10"],
  ])("%s is in %s", (at, fy) => expect(financialYearOf(new Date(at))).toBe(fy));

  it("numbers documents with six digits, more when needed", () => {
    expect(documentNumber("PO", "2026-27", 1)).toBe("PO/2026-27/000001");
    expect(documentNumber("SO", "2026-27", 1_234_567)).toBe("SO/2026-27/1234567");
  });
});

describe("placePurchaseOrderSchema", () => {
  const now = new Date("2026-11-28T19:00:00Z"); // 29 Nov 2026, 00:30 IST
  const schema = placePurchaseOrderSchema(now);
  const item = "0190f3c4-0000-7000-8000-000000000101";
  const valid = {
    budgetHeadId: "0190f3c4-0000-7000-8000-000000000001",
    consigneeOfficeId: "0190f3c4-0000-7000-8000-000000000002",
    deliverBy: "2026-11-30",
    lines: [{ itemId: item, quantity: "12" }],
  };

  it("accepts tomorrow in India as the earliest deliver-by date and coerces quantities", () => {
    const parsed = schema.parse(valid);
    expect(parsed.deliverBy).toEqual(new Date("2026-11-30T00:00:00Z"));
    expect(parsed.lines[0].quantity).toBe(12);
  });

  it.each([
    [{ deliverBy: "2026-11-29" }, "deliverBy", "errors.purchaseOrder.deliverByPast"], // today in India
    [{ deliverBy: "2026-02-30" }, "deliverBy", "errors.purchaseOrder.deliverByFormat"],
    [{ deliverBy: "2027-12-01" }, "deliverBy", "errors.purchaseOrder.deliverByTooFar"],
    [{ budgetHeadId: "" }, "budgetHeadId", "errors.required"],
    [{ lines: [] }, "lines", "errors.purchaseOrder.emptyCart"],
    [{ lines: [{ itemId: item, quantity: "0" }] }, "lines.0.quantity", "errors.purchaseOrder.quantity"],
    [{ lines: [{ itemId: item, quantity: "2.5" }] }, "lines.0.quantity", "errors.purchaseOrder.quantity"],
    [{ lines: [{ itemId: item, quantity: 1 }, { itemId: item, quantity: 2 }] }, "lines", "errors.purchaseOrder.duplicateItem"],
  ])("refuses %j on %s", (change, field, message) => {
    const result = schema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error!.issues.find((i) => i.path.join(".") === field)?.message).toBe(message);
  });

  it("parses only real calendar dates", () => {
    expect(parseDateOnly("2028-02-29")).toEqual(new Date("2028-02-29T00:00:00Z"));
    expect(parseDateOnly("2027-02-29")).toBeNull();
    expect(parseDateOnly("29/02/2028")).toBeNull();
  });

  it("wants a reason of a few words", () => {
    expect(reasonSchema.safeParse("  ").error?.issues.map((i) => i.message)).toEqual(["errors.required"]);
    expect(reasonSchema.safeParse("no").error?.issues.map((i) => i.message)).toEqual(["errors.supplyOrder.reasonTooShort"]);
    expect(reasonSchema.parse("  Out of stock  ")).toBe("Out of stock");
  });
});

describe("parseReceipt", () => {
  const now = new Date("2026-11-28T19:00:00Z"); // 29 Nov 2026 in India
  const facts = { now, dispatchedOn: new Date("2026-11-25T00:00:00Z"), lines: [{ id: "a", maxQty: 10 }, { id: "b", maxQty: 5 }] };
  const form = (change: Record<string, unknown> = {}) => ({
    supplyOrderId: "0190f3c4-0000-7000-8000-000000000009", receivedOn: "2026-11-29", quantities: { a: "10", b: "0" }, ...change,
  });

  it("keeps only the lines that arrived", () => {
    const result = parseReceipt(form(), facts);
    expect(result.success && result.data.quantities).toEqual([{ supplyOrderLineId: "a", quantity: 10 }]);
  });

  it.each([
    [{ receivedOn: "2026-11-30" }, "receivedOn", "errors.receipt.future"],
    [{ receivedOn: "2026-11-24" }, "receivedOn", "errors.receipt.beforeDispatch"],
    [{ quantities: { a: "11", b: "0" } }, "quantities.a", "errors.receipt.quantityTooLarge"],
    [{ quantities: { a: "-1", b: "0" } }, "quantities.a", "errors.receipt.quantity"],
    [{ quantities: { a: "", b: "0" } }, "quantities.a", "errors.required"],
    [{ quantities: { a: "0", b: "0" } }, "_form", "errors.receipt.nothingReceived"],
  ])("refuses %j on %s", (change, field, message) => {
    const result = parseReceipt(form(change), facts);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues.find((i) => i.path.join(".") === field)?.message).toBe(message);
  });
});
