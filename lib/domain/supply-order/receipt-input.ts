/**
 * The consignee's receipt form (DOMAIN.md workflow step 8). Pure: the service passes the order's
 * facts and the clock. Field names: supplyOrderId, receivedOn, remarks, idempotencyKey, and
 * quantities.<supplyOrderLineId> for each line.
 */
import { istDayNumber } from "@/lib/domain/bill/rules";
import { optionalText, parseForm, parsed, uuid, type FormIssue } from "@/lib/domain/catalogue/form-fields";
import { parseDateOnly } from "@/lib/domain/purchase-order/input";
import { z } from "zod";

const shape = {
  supplyOrderId: uuid("errors.NOT_FOUND"),
  receivedOn: parsed(parseDateOnly, "errors.receipt.date"),
  remarks: optionalText(1000, "errors.receipt.remarks"),
  idempotencyKey: z.uuid().optional(),
};

export type ReceiptFacts = {
  now: Date;
  /** The day the goods (or the replacement) left the vendor: nothing arrives before it. */
  dispatchedOn: Date;
  /** Per line, what was dispatched and not yet received. */
  lines: { id: string; maxQty: number }[];
};

export type ReceiptInput = z.output<z.ZodObject<typeof shape>> & { quantities: { supplyOrderLineId: string; quantity: number }[] };

export function parseReceipt(form: unknown, facts: ReceiptFacts): { success: true; data: ReceiptInput } | { success: false; issues: FormIssue[] } {
  const given = ((form ?? {}) as { quantities?: Record<string, string | undefined> }).quantities ?? {};
  const quantities: ReceiptInput["quantities"] = [];
  const result = parseForm(shape, form, (values) => {
    const issues: FormIssue[] = [];
    if (values.receivedOn) {
      const day = istDayNumber(values.receivedOn);
      if (day > istDayNumber(facts.now)) issues.push({ path: ["receivedOn"], message: "errors.receipt.future" });
      else if (day < istDayNumber(facts.dispatchedOn)) issues.push({ path: ["receivedOn"], message: "errors.receipt.beforeDispatch" });
    }
    for (const line of facts.lines) {
      const raw = (given[line.id] ?? "").trim();
      const quantity = /^\d{1,9}$/.test(raw) ? Number(raw) : null;
      if (quantity === null) issues.push({ path: ["quantities", line.id], message: raw === "" ? "errors.required" : "errors.receipt.quantity" });
      else if (quantity > line.maxQty) issues.push({ path: ["quantities", line.id], message: "errors.receipt.quantityTooLarge" });
      else if (quantity > 0) quantities.push({ supplyOrderLineId: line.id, quantity });
    }
    if (issues.every((i) => i.path[0] !== "quantities") && quantities.length === 0) {
      issues.push({ path: ["_form"], message: "errors.receipt.nothingReceived" });
    }
    return issues;
  });
  if (!result.success) return result;
  return { success: true, data: { ...result.data, quantities } };
}
