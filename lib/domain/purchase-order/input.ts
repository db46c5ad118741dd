/**
 * What a buyer submits to place a purchase order (DOMAIN.md workflow step 3), parsed: message keys
 * as errors, reported on the field that holds the problem. Pure.
 */
import { z } from "zod";
import { istDayNumber } from "@/lib/domain/bill/rules";

const DAY_MS = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The furthest a deliver-by date may be set: a year ahead (offers and budgets do not last longer). */
export const MAX_DELIVER_BY_DAYS = 365;
export const MAX_LINES = 50;
export const MAX_QUANTITY = 1_000_000;

/** "YYYY-MM-DD" (an HTML date input) as a date-only value (00:00 UTC of that calendar day); null if not a real date. */
export function parseDateOnly(input: string): Date | null {
  const match = DATE_PATTERN.exec(input.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date;
}

/** The date-only value of India's calendar day `days` after `at`'s. */
export function istDateAfter(at: Date, days: number): Date {
  return new Date((istDayNumber(at) + days) * DAY_MS);
}

const uuid = () => z.uuid({ error: "errors.invalid" });
// A choice from a list: empty means "not chosen yet", anything else must be an id.
const requiredId = () => z.string({ error: "errors.required" }).trim().min(1, { error: "errors.required" }).pipe(uuid());

const lineSchema = z.object({
  itemId: uuid(),
  quantity: z.coerce
    .number({ error: "errors.purchaseOrder.quantity" })
    .int({ error: "errors.purchaseOrder.quantity" })
    .min(1, { error: "errors.purchaseOrder.quantity" })
    .max(MAX_QUANTITY, { error: "errors.purchaseOrder.quantity" }),
  /** Direct purchase: the offer the buyer picked (only allowed below the policy's limit). */
  chosenOfferId: uuid().nullish(),
});

/** The schema, given the current time: deliver-by must be a day in India after today, within a year. */
export function placePurchaseOrderSchema(now: Date) {
  const today = istDayNumber(now);
  // Building a zod schema costs more than using it; it changes only when India's day does.
  if (latest?.today !== today) latest = { today, schema: buildSchema(today) };
  return latest.schema;
}

let latest: { today: number; schema: ReturnType<typeof buildSchema> } | undefined;

function buildSchema(today: number) {
  return z.object({
    budgetHeadId: requiredId(),
    consigneeOfficeId: requiredId(),
    deliverBy: z
      .string({ error: "errors.required" })
      .transform((value, ctx) => {
        const date = value.trim() === "" ? null : parseDateOnly(value);
        if (!date) {
          ctx.issues.push({ code: "custom", message: value.trim() === "" ? "errors.required" : "errors.purchaseOrder.deliverByFormat", input: value });
          return z.NEVER;
        }
        return date;
      })
      .refine((date) => istDayNumber(date) > today, { error: "errors.purchaseOrder.deliverByPast" })
      .refine((date) => istDayNumber(date) <= today + MAX_DELIVER_BY_DAYS, { error: "errors.purchaseOrder.deliverByTooFar" }),
    lines: z
      .array(lineSchema)
      .min(1, { error: "errors.purchaseOrder.emptyCart" })
      .max(MAX_LINES, { error: "errors.purchaseOrder.tooManyLines" })
      .refine((lines) => new Set(lines.map((l) => l.itemId)).size === lines.length, { error: "errors.purchaseOrder.duplicateItem" }),
    /** A uuid the form was rendered with: submitting twice places one order. */
    idempotencyKey: uuid().optional(),
  });
}

export type PlacePurchaseOrderInput = z.input<ReturnType<typeof placePurchaseOrderSchema>>;
export type PlacePurchaseOrder = z.output<ReturnType<typeof placePurchaseOrderSchema>>;

/** A reason a person gives (rejecting or cancelling a supply order): 5 to 500 characters. */
export const reasonSchema = z
  .string({ error: "errors.required" })
  .trim()
  .min(1, { error: "errors.required", abort: true })
  .min(5, { error: "errors.supplyOrder.reasonTooShort" })
  .max(500, { error: "errors.supplyOrder.reasonTooLong" });
