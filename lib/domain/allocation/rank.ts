/**
 * Automatic allocation of one purchase-order line to vendors (DOMAIN.md workflow step 4, and
 * step 5's reallocation after a rejection or expiry). Pure and deterministic: no clock, no I/O,
 * and the same answer whatever order the offers arrive in.
 *
 * 1. Eligibility. An offer is eligible when none of these applies (the first that does is its
 *    reason, checked in this order): `offerNotActive`, `vendorNotActive`, `declinedEarlier` (the
 *    vendor rejected or let expire this line before), `notLocal` (reserved item, vendor's GSTIN
 *    state is not 22), `notMse` (reserved item, the vendor is a MEDIUM enterprise), `doesNotServeDistrict` (consignee's district), `leadTimeTooLong` (today +
 *    lead time, in India calendar days, after the deliver-by date), `noCapacity` (it cannot supply
 *    even its own minimum: min(max quantity, capacity left this month) < max(min quantity, 1)),
 *    `minQuantity` (its minimum order exceeds the line's quantity).
 * 2. Price order. Landed unit price = unit price + GST on one unit, rounded half up to the paisa;
 *    the rounded figure is both shown and compared, so the public can check the ranking from what
 *    it sees. Ties: least value awarded in the last 90 days (rotation), then earliest vendor
 *    registration, then offer id (only so that the result is total and reproducible).
 *    L1 is the first eligible offer in this order.
 * 3. MSE purchase preference. For a non-reserved item whose L1 vendor is not a local MSE, every
 *    local MSE (Chhattisgarh GSTIN and Udyam class MICRO or SMALL; a MEDIUM firm is not one) whose landed price is
 *    within L1 × (1 + preference band) and whose offer agrees to match L1 is served before L1, in
 *    price order, each at L1's price. All of them, not only the best one: matching L1 costs the
 *    buyer nothing extra, and the rule exists to give local MSEs that business. "L1's price" is
 *    L1's landed price: the preferred vendor's ex-GST price becomes the largest paise amount whose
 *    landed price does not exceed L1's (equal to L1's unit price when the GST rates are equal), so
 *    the buyer never pays more per unit than L1 even when the two rates differ.
 * 4. Direct purchase (only when `directPurchaseAllowed` for the whole purchase order — the service
 *    checks): the buyer's chosen offer must be eligible and is served first; cheaper eligible
 *    offers are listed in `passedOver`.
 * 5. Quantities. Going down the served order, each vendor gets as much of what is left as it can:
 *    min(max quantity, capacity left, remaining). A vendor whose minimum order exceeds what is left
 *    when its turn comes gets nothing (`skippedForMinQuantity`) and the walk continues. What nobody
 *    can take is `unfulfilledQuantity`.
 *
 * Amounts are bigint paise, except inside `reason` and `passedOver`, which are stored as JSON and
 * carry paise as decimal strings.
 */
import type { EnterpriseClass, OfferStatus, VendorStatus } from "@/lib/generated/prisma/enums";
import { isMse } from "@/lib/domain/vendor/enterprise";
import { istDayNumber } from "@/lib/domain/bill/rules";
import { LOCAL_STATE_CODE } from "@/lib/domain/identifiers";
import { percentOf } from "@/lib/domain/money";
import type { Policy } from "@/lib/domain/policy/policy";
import { AppError } from "@/lib/errors";

/** How many competing offers an award's public reason lists (the full ranking is in the result). */
export const COMPETING_LIMIT = 10;

export type IneligibilityReason =
  | "offerNotActive"
  | "vendorNotActive"
  | "declinedEarlier"
  | "notLocal"
  | "notMse"
  | "doesNotServeDistrict"
  | "leadTimeTooLong"
  | "noCapacity"
  | "minQuantity";

export type AllocationRule = "L1" | "L1_CAPACITY_REMAINDER" | "MSE_PREFERENCE_MATCH_L1" | "DIRECT_PURCHASE";

/** What put an offer ahead of the next one at the same landed price. */
export type TieBreak = "rotation" | "registration" | "offerId";

/** One offer for the line's item, with the facts about its vendor the rules need. */
export interface CandidateOffer {
  offerId: string;
  offerStatus: OfferStatus;
  vendorId: string;
  vendorName: string;
  vendorStatus: VendorStatus;
  /** The vendor's GSTIN state code; LOCAL_STATE_CODE ("22", Chhattisgarh) is local. */
  stateCode: string;
  /** Udyam class: only MICRO and SMALL are MSEs, with the reservation and the preference. */
  enterpriseClass: EnterpriseClass;
  registeredAt: Date;
  districtsServed: readonly number[];
  /** Ex-GST, the offer's current price. */
  unitPricePaise: bigint;
  /** The item's GST rate in force. */
  gstRateBp: number;
  minQuantity: number;
  maxQuantity: number;
  /** Monthly capacity minus what was already awarded on this offer this month (caller computes). */
  capacityLeft: number;
  leadTimeDays: number;
  /** Agrees to supply at L1's price under the MSE purchase-preference rule. */
  matchesL1: boolean;
  /** Value (ex-GST) awarded to the vendor in the last 90 days: the rotation tie-break. */
  awardedLast90DaysPaise: bigint;
}

export interface LineToAllocate {
  /** What to allocate: the line's quantity, or the part being reallocated. */
  quantity: number;
  /** Reserved item: only local vendors. */
  reserved: boolean;
  /** The consignee office's district. */
  districtId: number;
  /** Date-only (as Prisma returns @db.Date). */
  deliverBy: Date;
}

export interface AllocationInput {
  line: LineToAllocate;
  /** The moment of allocation (lead time is counted from its India calendar day). */
  today: Date;
  offers: readonly CandidateOffer[];
  /** Vendors that already rejected or let expire this line. */
  excludedVendorIds?: readonly string[];
  policy: Pick<Policy, "preferenceBandBp">;
  /** The buyer's pick in a direct purchase; omit otherwise (and on reallocation). */
  chosenOfferId?: string | null;
}

/** An offer as it appears in a public reason: JSON-ready. */
export interface OfferSummary {
  offerId: string;
  vendorId: string;
  vendorName: string;
  landedUnitPaise: string;
  /** Position in the served order; null when not eligible. */
  rank: number | null;
}

export type PassedOverOffer = Omit<OfferSummary, "rank">;

/** Why an award went where it went; stored as SupplyOrderLine.allocationReason and shown publicly. */
export interface AllocationReason {
  rule: AllocationRule;
  rank: number;
  /** The awarded vendor's own offer: ex-GST and landed. */
  offerPricePaise: string;
  offerLandedUnitPaise: string;
  /** What the buyer pays per unit ex-GST (L1's price for a preference match). */
  awardedUnitPricePaise: string;
  l1: OfferSummary;
  /** Only under MSE_PREFERENCE_MATCH_L1: the band that let this vendor match L1. */
  preferenceBandBp: number | null;
  /** This offer and the next one in price order had the same landed price; `by` decided. */
  tieBreak: { over: string; by: TieBreak } | null;
  /** The first COMPETING_LIMIT eligible offers in served order, this one included. */
  competing: OfferSummary[];
  eligibleCount: number;
  ineligibleCounts: Partial<Record<IneligibilityReason, number>>;
  /** DIRECT_PURCHASE only: cheaper eligible offers the buyer passed over. */
  passedOver?: PassedOverOffer[];
}

export interface Award {
  offerId: string;
  vendorId: string;
  quantity: number;
  /** Ex-GST price awarded: the offer's own, or L1's under the preference rule. */
  unitPricePaise: bigint;
  /** The offer's own ex-GST price. */
  offerPricePaise: bigint;
  gstRateBp: number;
  /** Landed price of the awarded unit price. */
  landedUnitPaise: bigint;
  rank: number;
  reason: AllocationReason;
}

export interface RankedCandidate {
  offerId: string;
  vendorId: string;
  vendorName: string;
  landedUnitPaise: bigint;
  eligible: boolean;
  ineligibleReason: IneligibilityReason | null;
  /** Position in the served order (1 = served first); null when not eligible. */
  rank: number | null;
  /** Served ahead of L1 under the MSE purchase-preference rule. */
  preferred: boolean;
  awardedQuantity: number;
  /** Eligible, but what was left when its turn came was below its minimum order. */
  skippedForMinQuantity: boolean;
}

export interface AllocationResult {
  /** In served order. */
  awards: Award[];
  unfulfilledQuantity: number;
  /** Every candidate: eligible ones in served order, then the ineligible in price order. */
  ranking: RankedCandidate[];
  /** Direct purchase only (else empty): cheaper eligible offers than the chosen one. */
  passedOver: PassedOverOffer[];
}

/** Price + GST on one unit, rounded half up to the paisa. */
export function landedUnitPaise(unitPricePaise: bigint, gstRateBp: number): bigint {
  return unitPricePaise + percentOf(unitPricePaise, gstRateBp);
}

/**
 * The largest ex-GST price whose landed price (as `landedUnitPaise` computes it) does not exceed
 * `targetLandedPaise`. Landed price grows by at least a paisa per paisa, so this is unique.
 */
export function exGstPriceForLanded(targetLandedPaise: bigint, gstRateBp: number): bigint {
  let price = (targetLandedPaise * 10_000n) / (10_000n + BigInt(gstRateBp));
  while (landedUnitPaise(price + 1n, gstRateBp) <= targetLandedPaise) price += 1n;
  while (price > 0n && landedUnitPaise(price, gstRateBp) > targetLandedPaise) price -= 1n;
  return price;
}

/**
 * Value of `quantity` units at an ex-GST price: the SupplyOrder's `valuePaise` and `gstPaise` are
 * the sums of this over its lines. GST is computed on the line's value, rounded once, as the bill
 * computes it, so it can differ by a few paise from quantity × the per-unit landed price.
 */
export function lineValue(
  quantity: number,
  unitPricePaise: bigint,
  gstRateBp: number,
): { valuePaise: bigint; gstPaise: bigint; landedPaise: bigint } {
  const valuePaise = BigInt(quantity) * unitPricePaise;
  const gstPaise = percentOf(valuePaise, gstRateBp);
  return { valuePaise, gstPaise, landedPaise: valuePaise + gstPaise };
}

/** The buyer may pick the offer only when the whole purchase order's value is below the limit. */
export function directPurchaseAllowed(
  purchaseOrderValuePaise: bigint,
  policy: Pick<Policy, "directPurchaseLimitPaise">,
): boolean {
  return purchaseOrderValuePaise < policy.directPurchaseLimitPaise;
}

export function isLocal(stateCode: string): boolean {
  return stateCode === LOCAL_STATE_CODE;
}

/** A Chhattisgarh micro or small enterprise: the vendors the reservation and preference are for. */
export function isLocalMse(offer: Pick<CandidateOffer, "stateCode" | "enterpriseClass">): boolean {
  return isLocal(offer.stateCode) && isMse(offer.enterpriseClass);
}

interface Assessed {
  offer: CandidateOffer;
  landed: bigint;
  ineligibleReason: IneligibilityReason | null;
}

function ineligibility(
  offer: CandidateOffer,
  input: AllocationInput,
  excluded: ReadonlySet<string>,
): IneligibilityReason | null {
  const { line } = input;
  if (offer.offerStatus !== "ACTIVE") return "offerNotActive";
  if (offer.vendorStatus !== "ACTIVE") return "vendorNotActive";
  if (excluded.has(offer.vendorId)) return "declinedEarlier";
  if (line.reserved && !isLocal(offer.stateCode)) return "notLocal";
  if (line.reserved && !isMse(offer.enterpriseClass)) return "notMse";
  if (!offer.districtsServed.includes(line.districtId)) return "doesNotServeDistrict";
  if (istDayNumber(input.today) + offer.leadTimeDays > istDayNumber(line.deliverBy)) return "leadTimeTooLong";
  if (Math.min(offer.maxQuantity, offer.capacityLeft) < Math.max(offer.minQuantity, 1)) return "noCapacity";
  if (offer.minQuantity > line.quantity) return "minQuantity";
  return null;
}

// Price order, then the tie-breaks; the last one (offer id) makes the order total.
function tieBreakBetween(a: Assessed, b: Assessed): TieBreak | null {
  if (a.landed !== b.landed) return null;
  if (a.offer.awardedLast90DaysPaise !== b.offer.awardedLast90DaysPaise) return "rotation";
  if (a.offer.registeredAt.getTime() !== b.offer.registeredAt.getTime()) return "registration";
  return "offerId";
}

function comparePriceOrder(a: Assessed, b: Assessed): number {
  if (a.landed !== b.landed) return a.landed < b.landed ? -1 : 1;
  switch (tieBreakBetween(a, b)) {
    case "rotation":
      return a.offer.awardedLast90DaysPaise < b.offer.awardedLast90DaysPaise ? -1 : 1;
    case "registration":
      return a.offer.registeredAt.getTime() - b.offer.registeredAt.getTime();
    default:
      return a.offer.offerId < b.offer.offerId ? -1 : a.offer.offerId > b.offer.offerId ? 1 : 0;
  }
}

function assertInput(input: AllocationInput): void {
  const { quantity } = input.line;
  if (!Number.isSafeInteger(quantity) || quantity <= 0) {
    throw new RangeError(`quantity must be a positive integer, got ${quantity}`);
  }
  const ids = new Set(input.offers.map((o) => o.offerId));
  if (ids.size !== input.offers.length) throw new RangeError("offer ids must be unique");
}

export function allocateLine(input: AllocationInput): AllocationResult {
  assertInput(input);
  const excluded = new Set(input.excludedVendorIds ?? []);
  const priceOrder: Assessed[] = input.offers
    .map((offer) => ({
      offer,
      landed: landedUnitPaise(offer.unitPricePaise, offer.gstRateBp),
      ineligibleReason: ineligibility(offer, input, excluded),
    }))
    .sort(comparePriceOrder);
  const eligible = priceOrder.filter((a) => a.ineligibleReason === null);
  const l1 = eligible[0];

  const chosen = input.chosenOfferId ? chosenOffer(priceOrder, input.chosenOfferId) : null;
  const preferred = preferredLocals(eligible, input).filter((a) => a !== chosen);
  const first = new Set(chosen ? [chosen, ...preferred] : preferred);
  const isPreferred = new Set(preferred);
  const served = [...first, ...eligible.filter((a) => !first.has(a))];
  const rankOf = new Map(served.map((a, i) => [a, i + 1]));

  // The walk down the served order.
  let remaining = input.line.quantity;
  const given = new Map<Assessed, number>();
  const skipped = new Set<Assessed>();
  for (const candidate of served) {
    if (remaining === 0) break;
    const { offer } = candidate;
    if (remaining < offer.minQuantity) {
      skipped.add(candidate);
      continue;
    }
    const quantity = Math.min(offer.maxQuantity, offer.capacityLeft, remaining);
    given.set(candidate, quantity);
    remaining -= quantity;
  }

  const summary = (a: Assessed): OfferSummary => ({
    offerId: a.offer.offerId,
    vendorId: a.offer.vendorId,
    vendorName: a.offer.vendorName,
    landedUnitPaise: a.landed.toString(),
    rank: rankOf.get(a) ?? null,
  });
  const passedOver: PassedOverOffer[] = chosen
    ? eligible.filter((a) => a.landed < chosen.landed).map(({ offer, landed }) => ({
        offerId: offer.offerId,
        vendorId: offer.vendorId,
        vendorName: offer.vendorName,
        landedUnitPaise: landed.toString(),
      }))
    : [];
  const ineligibleCounts: Partial<Record<IneligibilityReason, number>> = {};
  for (const { ineligibleReason } of priceOrder) {
    if (ineligibleReason) ineligibleCounts[ineligibleReason] = (ineligibleCounts[ineligibleReason] ?? 0) + 1;
  }
  const competing = served.slice(0, COMPETING_LIMIT).map(summary);

  const awards: Award[] = served
    .filter((a) => given.has(a))
    .map((a) => {
      const { offer } = a;
      const rule: AllocationRule =
        a === chosen
          ? "DIRECT_PURCHASE"
          : isPreferred.has(a)
            ? "MSE_PREFERENCE_MATCH_L1"
            : a === l1
              ? "L1"
              : "L1_CAPACITY_REMAINDER";
      const unitPricePaise =
        rule === "MSE_PREFERENCE_MATCH_L1" ? exGstPriceForLanded(l1.landed, offer.gstRateBp) : offer.unitPricePaise;
      const landed = landedUnitPaise(unitPricePaise, offer.gstRateBp);
      // The offer it beat: the next in price order that was not served ahead of it anyway.
      const next = eligible.slice(eligible.indexOf(a) + 1).find((b) => !first.has(b));
      const by = next && (rule === "L1" || rule === "L1_CAPACITY_REMAINDER") ? tieBreakBetween(a, next) : null;
      const rank = rankOf.get(a)!;
      return {
        offerId: offer.offerId,
        vendorId: offer.vendorId,
        quantity: given.get(a)!,
        unitPricePaise,
        offerPricePaise: offer.unitPricePaise,
        gstRateBp: offer.gstRateBp,
        landedUnitPaise: landed,
        rank,
        reason: {
          rule,
          rank,
          offerPricePaise: offer.unitPricePaise.toString(),
          offerLandedUnitPaise: a.landed.toString(),
          awardedUnitPricePaise: unitPricePaise.toString(),
          l1: summary(l1),
          preferenceBandBp: rule === "MSE_PREFERENCE_MATCH_L1" ? input.policy.preferenceBandBp : null,
          tieBreak: next && by ? { over: next.offer.offerId, by } : null,
          competing,
          eligibleCount: eligible.length,
          ineligibleCounts,
          ...(rule === "DIRECT_PURCHASE" ? { passedOver } : {}),
        },
      };
    });

  const ranking: RankedCandidate[] = [...served, ...priceOrder.filter((a) => a.ineligibleReason !== null)].map(
    (a) => ({
      offerId: a.offer.offerId,
      vendorId: a.offer.vendorId,
      vendorName: a.offer.vendorName,
      landedUnitPaise: a.landed,
      eligible: a.ineligibleReason === null,
      ineligibleReason: a.ineligibleReason,
      rank: rankOf.get(a) ?? null,
      preferred: isPreferred.has(a),
      awardedQuantity: given.get(a) ?? 0,
      skippedForMinQuantity: skipped.has(a),
    }),
  );

  return { awards, unfulfilledQuantity: remaining, ranking, passedOver };
}

function chosenOffer(priceOrder: readonly Assessed[], chosenOfferId: string): Assessed {
  const chosen = priceOrder.find((a) => a.offer.offerId === chosenOfferId);
  if (!chosen || chosen.ineligibleReason !== null) {
    throw new AppError("VALIDATION", "errors.allocation.chosenOfferIneligible", {}, {
      reason: chosen?.ineligibleReason ?? "notOffered",
    });
  }
  return chosen;
}

/**
 * Step 3 of the rules: local MSEs that match L1 and go first, in price order. A reserved item
 * needs no check of its own: only local offers are eligible for it, so its L1 is always local.
 */
function preferredLocals(eligible: readonly Assessed[], input: AllocationInput): Assessed[] {
  const l1 = eligible[0];
  if (!l1 || isLocalMse(l1.offer)) return [];
  const ceiling = l1.landed * BigInt(10_000 + input.policy.preferenceBandBp);
  return eligible.filter(
    (a) => isLocalMse(a.offer) && a.offer.matchesL1 && a.landed * 10_000n <= ceiling,
  );
}

/** Sums what awards would block, before anything is written (the budget is checked first). */
export function landedValueOf(awards: readonly { award: Award }[]): bigint {
  return awards.reduce((sum, a) => sum + lineValue(a.award.quantity, a.award.unitPricePaise, a.award.gstRateBp).landedPaise, 0n);
}
