/**
 * The vendor's dispatch form (DOMAIN.md workflow step 7), for the original dispatch and for a
 * replacement of rejected goods. Pure: the service passes the order's facts and the clock.
 *
 * Field names: supplyOrderId, dispatchedOn, invoiceNumber, invoiceDate, transporter,
 * docketNumber, and quantities.<supplyOrderLineId> for each line.
 */
import { z } from "zod";
import { istDayNumber } from "@/lib/domain/bill/rules";
import { parseForm, text, uuid, type FormIssue } from "@/lib/domain/catalogue/form-fields";

const DAY_MS = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** An HTML date input's "YYYY-MM-DD" as a date-only value (00:00 UTC of that day); null if not a real date. */
export function parseDateInput(input: string): Date | null {
  const match = DATE_PATTERN.exec(input.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

/** Today's IST calendar date as "YYYY-MM-DD", for a date input's default and max. */
export function todayInputValue(now: Date): string {
  return new Date(istDayNumber(now) * DAY_MS).toISOString().slice(0, 10);
}

const dateField = z
  .string({ error: "errors.required" })
  .trim()
  .min(1, { error: "errors.required", abort: true })
  .transform((value, ctx) => {
    const date = parseDateInput(value);
    if (!date) {
      ctx.issues.push({ code: "custom", message: "errors.dispatch.date", input: value });
      return z.NEVER;
    }
    return date;
  });

// Invoice and docket numbers as printed: letters, digits and the usual separators.
const reference = (messageKey: string) => text(1, 40, messageKey).regex(/^[A-Za-z0-9][A-Za-z0-9/\-. ]*$/, { error: messageKey });

const shape = {
  supplyOrderId: uuid("errors.NOT_FOUND"),
  dispatchedOn: dateField,
  invoiceNumber: reference("errors.dispatch.invoiceNumber"),
  invoiceDate: dateField,
  transporter: text(2, 120, "errors.dispatch.transporter"),
  docketNumber: reference("errors.dispatch.docketNumber"),
};

export type DispatchForm = Record<string, unknown> & { quantities?: Record<string, string | undefined> };

export type DispatchFacts = {
  now: Date;
  /** When the vendor accepted the order: nothing is dispatched before that day. */
  acceptedAt: Date;
  /** Per line, the most this dispatch may carry. */
  lines: { id: string; maxQty: number }[];
};

export type DispatchInput = z.output<z.ZodObject<typeof shape>> & { quantities: { supplyOrderLineId: string; quantity: number }[] };

export function parseDispatch(form: unknown, facts: DispatchFacts): { success: true; data: DispatchInput } | { success: false; issues: FormIssue[] } {
  const quantities: DispatchInput["quantities"] = [];
  const given = ((form ?? {}) as DispatchForm).quantities ?? {};
  const result = parseForm(shape, form, (values) => {
    const issues: FormIssue[] = [];
    const today = istDayNumber(facts.now);
    if (values.dispatchedOn) {
      const day = istDayNumber(values.dispatchedOn);
      if (day > today) issues.push({ path: ["dispatchedOn"], message: "errors.dispatch.future" });
      else if (day < istDayNumber(facts.acceptedAt)) issues.push({ path: ["dispatchedOn"], message: "errors.dispatch.beforeAcceptance" });
    }
    if (values.invoiceDate) {
      const day = istDayNumber(values.invoiceDate);
      if (day > today) issues.push({ path: ["invoiceDate"], message: "errors.dispatch.future" });
      else if (values.dispatchedOn && day > istDayNumber(values.dispatchedOn)) {
        issues.push({ path: ["invoiceDate"], message: "errors.dispatch.invoiceAfterDispatch" });
      }
    }
    for (const line of facts.lines) {
      const raw = (given[line.id] ?? "").trim();
      const quantity = /^\d{1,9}$/.test(raw) ? Number(raw) : null;
      if (quantity === null) {
        issues.push({ path: ["quantities", line.id], message: raw === "" ? "errors.required" : "errors.dispatch.quantity" });
      } else if (quantity > line.maxQty) {
        issues.push({ path: ["quantities", line.id], message: "errors.dispatch.quantityTooLarge" });
      } else if (quantity > 0) {
        quantities.push({ supplyOrderLineId: line.id, quantity });
      }
    }
    if (issues.every((i) => i.path[0] !== "quantities") && quantities.length === 0) {
      issues.push({ path: ["_form"], message: "errors.dispatch.nothingToDispatch" });
    }
    return issues;
  });
  if (!result.success) return result;
  return { success: true, data: { ...result.data, quantities } };
}
