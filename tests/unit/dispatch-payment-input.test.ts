import { describe, expect, it } from "vitest";
import { parseDateInput, parseDispatch, todayInputValue } from "@/lib/domain/dispatch/input";
import { releasePaymentSchema } from "@/lib/domain/payment/input";

const ID = "0193a1c2-0000-7000-8000-000000000001";
const now = new Date("2026-12-10T20:00:00Z"); // 11 December, 01:30 in India
const facts = { now, acceptedAt: new Date("2026-12-01T06:00:00Z"), lines: [{ id: "L1", maxQty: 10 }, { id: "L2", maxQty: 4 }] };
const form = (changes: Record<string, unknown> = {}) => ({
  supplyOrderId: ID, dispatchedOn: "2026-12-11", invoiceNumber: "GS/26-27/118", invoiceDate: "2026-12-10", transporter: "CG Roadways",
  docketNumber: "DK-1", quantities: { L1: "10", L2: "0" }, ...changes,
});

describe("parseDispatch", () => {
  it("accepts today's dispatch in India (already tomorrow in UTC terms) and keeps only lines with something", () => {
    const result = parseDispatch(form(), facts);
    expect(result.success && result.data).toMatchObject({
      dispatchedOn: new Date("2026-12-11T00:00:00Z"), invoiceDate: new Date("2026-12-10T00:00:00Z"),
      quantities: [{ supplyOrderLineId: "L1", quantity: 10 }],
    });
  });

  it.each([
    ["a date in the future", { dispatchedOn: "2026-12-12" }, { dispatchedOn: ["errors.dispatch.future"] }],
    ["a dispatch before acceptance", { dispatchedOn: "2026-11-30", invoiceDate: "2026-11-30" }, { dispatchedOn: ["errors.dispatch.beforeAcceptance"] }],
    ["an impossible date", { invoiceDate: "2026-02-30" }, { invoiceDate: ["errors.dispatch.date"] }],
    ["an invoice dated after dispatch", { dispatchedOn: "2026-12-09" }, { invoiceDate: ["errors.dispatch.invoiceAfterDispatch"] }],
    ["more than is left", { quantities: { L1: "10", L2: "5" } }, { "quantities.L2": ["errors.dispatch.quantityTooLarge"] }],
    ["a blank quantity", { quantities: { L1: "10" } }, { "quantities.L2": ["errors.required"] }],
    ["nothing at all", { quantities: { L1: "0", L2: "0" } }, { _form: ["errors.dispatch.nothingToDispatch"] }],
  ])("refuses %s", (_name, changes, fieldErrors) => {
    const result = parseDispatch(form(changes), facts);
    expect(result.success).toBe(false);
    if (!result.success) {
      const byField: Record<string, string[]> = {};
      for (const issue of result.issues) (byField[issue.path.join(".")] ??= []).push(issue.message);
      expect(byField).toEqual(fieldErrors);
    }
  });

  it("parses dates as India's calendar days", () => {
    expect(parseDateInput("2026-03-31")?.toISOString()).toBe("2026-03-31T00:00:00.000Z");
    expect(parseDateInput("31/03/2026")).toBeNull();
    expect(todayInputValue(now)).toBe("2026-12-11");
  });
});

describe("releasePaymentSchema", () => {
  it("normalises the UTR and insists on a key", () => {
    const ok = releasePaymentSchema.safeParse({ billId: ID, bankReference: " sbinr5 2026 1211 0000 01 ", idempotencyKey: ID });
    expect(ok.success && ok.data.bankReference).toBe("SBINR520261211000001");
    const bad = releasePaymentSchema.safeParse({ billId: ID, bankReference: "UTR-1", idempotencyKey: "x" });
    expect(bad.success ? [] : bad.error.issues.map((i) => `${i.path.join(".")}:${i.message}`)).toEqual([
      "bankReference:errors.payment.bankReference",
      "idempotencyKey:errors.payment.idempotencyKey",
    ]);
  });
});
