/**
 * A vendor's offer form (DOMAIN.md "Core entities": Offer): unit price ex-GST typed in rupees,
 * order-size limits, monthly capacity, districts served, lead time, and whether the vendor agrees
 * to match L1 under the MSE purchase-preference rule. Errors are message keys. Pure.
 */
import { z } from "zod";
import { rupeesToPaise } from "@/lib/domain/money";
import { checkbox, parseForm, parsed, uuid, wholeNumber, type FormIssue } from "./form-fields";

/** Largest unit price accepted: ₹1 crore. Anything above is a typing mistake in this catalogue. */
export const MAX_UNIT_PRICE_PAISE = 1_00_00_000_00n;
export const MAX_QUANTITY = 10_000_000;
export const MAX_LEAD_TIME_DAYS = 365;

const unitPrice = parsed((value) => {
  const paise = rupeesToPaise(value);
  return paise !== null && paise > 0n && paise <= MAX_UNIT_PRICE_PAISE ? paise : null;
}, "errors.offer.price");

// A multi-select posts one value per chosen district (or none at all).
const districtIds = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value, ctx) => {
    const raw = value === undefined ? [] : Array.isArray(value) ? value : [value];
    const ids = raw.filter((v) => v !== "").map(Number);
    if (ids.some((id) => !Number.isSafeInteger(id) || id <= 0)) {
      ctx.issues.push({ code: "custom", message: "errors.offer.districts", input: value });
      return z.NEVER;
    }
    return [...new Set(ids)];
  });

const offerShape = {
  unitPrice,
  minQuantity: wholeNumber(1, MAX_QUANTITY, "errors.offer.minQuantity"),
  maxQuantity: wholeNumber(1, MAX_QUANTITY, "errors.offer.maxQuantity"),
  monthlyCapacity: wholeNumber(1, MAX_QUANTITY, "errors.offer.monthlyCapacity"),
  leadTimeDays: wholeNumber(1, MAX_LEAD_TIME_DAYS, "errors.offer.leadTimeDays"),
  allDistricts: checkbox,
  districtIds,
  matchesL1: checkbox,
};

export type OfferTerms = z.output<z.ZodObject<typeof offerShape>>;

function crossCheck(terms: Partial<OfferTerms>): FormIssue[] {
  const issues: FormIssue[] = [];
  const { minQuantity: min, maxQuantity: max, monthlyCapacity: capacity } = terms;
  if (min !== undefined && max !== undefined && max < min) issues.push({ path: ["maxQuantity"], message: "errors.offer.maxBelowMin" });
  if (min !== undefined && capacity !== undefined && capacity < min) {
    issues.push({ path: ["monthlyCapacity"], message: "errors.offer.capacityBelowMin" });
  }
  if (terms.districtIds !== undefined && !terms.allDistricts && terms.districtIds.length === 0) {
    issues.push({ path: ["districtIds"], message: "errors.offer.districts" });
  }
  return issues;
}

const newOfferShape = { itemId: uuid("errors.offer.item"), ...offerShape };
const offerUpdateShape = { offerId: uuid("errors.NOT_FOUND"), ...offerShape };

export type NewOffer = z.output<z.ZodObject<typeof newOfferShape>>;
export type OfferUpdate = z.output<z.ZodObject<typeof offerUpdateShape>>;

/** A new offer: the item and its terms. */
export const parseNewOffer = (input: unknown) => parseForm(newOfferShape, input, crossCheck);
/** Changed terms of an existing offer (the item never changes: that would be another offer). */
export const parseOfferUpdate = (input: unknown) => parseForm(offerUpdateShape, input, crossCheck);

export const offerIdSchema = z.object({ offerId: uuid("errors.NOT_FOUND") });
