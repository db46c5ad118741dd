import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { DEFAULT_POLICY } from "@/lib/domain/policy/policy";
import {
  COMPETING_LIMIT,
  allocateLine,
  directPurchaseAllowed,
  exGstPriceForLanded,
  landedUnitPaise,
  lineValue,
  type AllocationInput,
  type AllocationResult,
  type CandidateOffer,
} from "@/lib/domain/allocation/rank";

const DISTRICT = 5;
const TODAY = new Date("2026-03-10T06:00:00Z"); // 11:30 IST, 10 March
const DELIVER_BY = new Date("2026-03-20T00:00:00Z"); // date-only: 20 March

/** A local, active, eligible offer for ₹100 ex-GST at 0 % GST unless told otherwise. */
function offer(id: string, overrides: Partial<CandidateOffer> = {}): CandidateOffer {
  return {
    offerId: id,
    offerStatus: "ACTIVE",
    vendorId: `vendor-${id}`,
    vendorName: `Vendor ${id}`,
    vendorStatus: "ACTIVE",
    stateCode: "22",
    enterpriseClass: "MICRO",
    registeredAt: new Date("2025-01-01T00:00:00Z"),
    districtsServed: [DISTRICT],
    unitPricePaise: 10_000n,
    gstRateBp: 0,
    minQuantity: 1,
    maxQuantity: 1000,
    capacityLeft: 1000,
    leadTimeDays: 3,
    matchesL1: true,
    awardedLast90DaysPaise: 0n,
    ...overrides,
  };
}
const outOfState = (id: string, overrides: Partial<CandidateOffer> = {}) => offer(id, { stateCode: "27", ...overrides });

function allocate(offers: CandidateOffer[], extra: Partial<AllocationInput> & { quantity?: number; reserved?: boolean } = {}) {
  const { quantity = 100, reserved = false, ...rest } = extra;
  return allocateLine({
    line: { quantity, reserved, districtId: DISTRICT, deliverBy: DELIVER_BY },
    today: TODAY,
    offers,
    policy: DEFAULT_POLICY,
    ...rest,
  });
}

const awarded = (result: AllocationResult) =>
  result.awards.map((a) => [a.offerId, a.quantity, a.reason.rule] as const);
const order = (result: AllocationResult) => result.ranking.map((r) => r.offerId);
const candidate = (result: AllocationResult, offerId: string) => result.ranking.find((r) => r.offerId === offerId)!;

describe("landed unit price", () => {
  it.each([
    [10_000n, 0, 10_000n],
    [10_000n, 1800, 11_800n],
    [10_000n, 25, 10_025n], // 0.25 % (rough diamonds)
    [333n, 500, 350n], // 16.65 paise GST → 17
    [330n, 500, 347n], // 16.5 → 17: half up
    [329n, 500, 345n], // 16.45 → 16
    [1n, 2800, 1n], // 0.28 paise → 0
    [0n, 1800, 0n],
  ])("%s paise at %i bp → %s", (price, gst, landed) => {
    expect(landedUnitPaise(price, gst)).toBe(landed);
  });
});

describe("lineValue", () => {
  it.each([
    [100, 10_000n, 1800, 1_000_000n, 180_000n],
    [3, 333n, 500, 999n, 50n], // 49.95 → 50 on the line, though 3 × 17 per-unit GST would be 51
    [0, 10_000n, 1800, 0n, 0n],
  ])("%i × %s paise at %i bp", (quantity, price, gst, value, gstPaise) => {
    expect(lineValue(quantity, price, gst)).toEqual({ valuePaise: value, gstPaise, landedPaise: value + gstPaise });
  });
});

describe("exGstPriceForLanded (matching L1's landed price at another GST rate)", () => {
  it.each([
    [11_800n, 1800, 10_000n], // same rate as L1: exactly L1's price
    [11_800n, 1200, 10_536n], // 10 536 + 1 264 = 11 800
    [11_800n, 0, 11_800n],
    [10_025n, 2800, 7_832n], // 7 832 + 2 193 = 10 025
    [0n, 1800, 0n],
    [1n, 2800, 1n],
  ])("landed %s at %i bp → %s ex-GST", (target, gst, price) => {
    expect(exGstPriceForLanded(target, gst)).toBe(price);
  });

  it("is the largest price whose landed price does not exceed the target", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.constantFrom(0, 25, 300, 500, 1200, 1800, 2800),
        (target, gst) => {
          const price = exGstPriceForLanded(target, gst);
          expect(landedUnitPaise(price, gst)).toBeLessThanOrEqual(target);
          expect(landedUnitPaise(price + 1n, gst)).toBeGreaterThan(target);
        },
      ),
    );
  });
});

describe("ranking by landed price", () => {
  it("compares price + GST, not the ex-GST price", () => {
    const result = allocate([
      offer("a", { unitPricePaise: 10_000n, gstRateBp: 1800 }), // 11 800
      offer("b", { unitPricePaise: 10_500n, gstRateBp: 500 }), // 11 025
      offer("c", { unitPricePaise: 11_000n, gstRateBp: 0 }), // 11 000
      offer("d", { unitPricePaise: 9_500n, gstRateBp: 2800 }), // 12 160
    ]);
    expect(order(result)).toEqual(["c", "b", "a", "d"]);
    expect(result.ranking.map((r) => r.landedUnitPaise)).toEqual([11_000n, 11_025n, 11_800n, 12_160n]);
    expect(result.ranking.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
    expect(awarded(result)).toEqual([["c", 100, "L1"]]);
    expect(result.awards[0]).toMatchObject({
      unitPricePaise: 11_000n,
      offerPricePaise: 11_000n,
      gstRateBp: 0,
      landedUnitPaise: 11_000n,
      rank: 1,
    });
    expect(result.unfulfilledQuantity).toBe(0);
  });

  it("compares the rounded landed price the public sees, so equal-looking prices tie", () => {
    // 329 @ 5 % = 345.45 → 345 and 345 @ 0 % = 345: a tie, settled by rotation.
    const result = allocate([
      offer("a", { unitPricePaise: 329n, gstRateBp: 500, awardedLast90DaysPaise: 5n }),
      offer("b", { unitPricePaise: 345n, gstRateBp: 0, awardedLast90DaysPaise: 9n }),
    ]);
    expect(order(result)).toEqual(["a", "b"]);
    expect(result.awards[0].reason.tieBreak).toEqual({ over: "b", by: "rotation" });
  });

  it.each([
    [
      "rotation: least awarded in the last 90 days first",
      [offer("a", { awardedLast90DaysPaise: 500_000n }), offer("b", { awardedLast90DaysPaise: 20_000n }), offer("c", { awardedLast90DaysPaise: 0n })],
      ["c", "b", "a"],
      "rotation",
    ],
    [
      "registration: earliest registered first when rotation ties",
      [
        offer("a", { registeredAt: new Date("2025-06-01") }),
        offer("b", { registeredAt: new Date("2024-06-01") }),
        offer("c", { registeredAt: new Date("2025-01-01") }),
      ],
      ["b", "c", "a"],
      "registration",
    ],
    ["offer id: last resort, for a reproducible order", [offer("z"), offer("m"), offer("q")], ["m", "q", "z"], "offerId"],
    [
      "price beats rotation",
      [offer("a", { unitPricePaise: 10_001n, awardedLast90DaysPaise: 0n }), offer("b", { awardedLast90DaysPaise: 10n ** 9n })],
      ["b", "a"],
      null,
    ],
    [
      "rotation beats registration",
      [
        offer("a", { registeredAt: new Date("2020-01-01"), awardedLast90DaysPaise: 1n }),
        offer("b", { registeredAt: new Date("2025-01-01"), awardedLast90DaysPaise: 0n }),
      ],
      ["b", "a"],
      "rotation",
    ],
  ] as const)("tie-break %s", (_case, offers, expectedOrder, by) => {
    const result = allocate([...offers]);
    expect(order(result)).toEqual(expectedOrder);
    expect(result.awards[0].reason.tieBreak).toEqual(by === null ? null : { over: expectedOrder[1], by });
  });
});

describe("quantities down the ranking", () => {
  it("splits across three vendors by capacity and maximum quantity", () => {
    const result = allocate([
      offer("a", { unitPricePaise: 10_000n, capacityLeft: 40 }),
      offer("b", { unitPricePaise: 10_100n, capacityLeft: 35, maxQuantity: 30 }),
      offer("c", { unitPricePaise: 10_200n, capacityLeft: 50 }),
      offer("d", { unitPricePaise: 10_300n }),
    ]);
    expect(awarded(result)).toEqual([
      ["a", 40, "L1"],
      ["b", 30, "L1_CAPACITY_REMAINDER"],
      ["c", 30, "L1_CAPACITY_REMAINDER"],
    ]);
    expect(result.awards.map((a) => a.rank)).toEqual([1, 2, 3]);
    expect(candidate(result, "d")).toMatchObject({ eligible: true, rank: 4, awardedQuantity: 0 });
    expect(result.unfulfilledQuantity).toBe(0);
  });

  it("capacity exactly used up: nothing for the next vendor, nothing unfulfilled", () => {
    const result = allocate([
      offer("a", { capacityLeft: 60 }),
      offer("b", { unitPricePaise: 10_001n, capacityLeft: 40 }),
      offer("c", { unitPricePaise: 10_002n }),
    ]);
    expect(awarded(result)).toEqual([
      ["a", 60, "L1"],
      ["b", 40, "L1_CAPACITY_REMAINDER"],
    ]);
    expect(result.unfulfilledQuantity).toBe(0);
  });

  it("what nobody can take is unfulfilled", () => {
    const result = allocate([offer("a", { capacityLeft: 20 }), offer("b", { unitPricePaise: 10_500n, maxQuantity: 30 })]);
    expect(awarded(result)).toEqual([
      ["a", 20, "L1"],
      ["b", 30, "L1_CAPACITY_REMAINDER"],
    ]);
    expect(result.unfulfilledQuantity).toBe(50);
  });

  it("no eligible offer at all: the whole quantity is unfulfilled", () => {
    for (const offers of [[], [offer("a", { vendorStatus: "SUSPENDED" })]]) {
      const result = allocate(offers);
      expect(result.awards).toEqual([]);
      expect(result.unfulfilledQuantity).toBe(100);
    }
  });

  it("skips a vendor whose minimum order exceeds what is left, and goes on down", () => {
    const result = allocate([
      offer("a", { capacityLeft: 70 }),
      offer("b", { unitPricePaise: 10_100n, minQuantity: 50 }),
      offer("c", { unitPricePaise: 10_200n, minQuantity: 30 }),
      offer("d", { unitPricePaise: 10_300n }),
    ]);
    expect(awarded(result)).toEqual([
      ["a", 70, "L1"],
      ["c", 30, "L1_CAPACITY_REMAINDER"],
    ]);
    expect(candidate(result, "b")).toMatchObject({ eligible: true, rank: 2, awardedQuantity: 0, skippedForMinQuantity: true });
    expect(candidate(result, "d")).toMatchObject({ awardedQuantity: 0, skippedForMinQuantity: false });
  });

  it("a minimum order of exactly the quantity is eligible", () => {
    expect(awarded(allocate([offer("a", { minQuantity: 100 })]))).toEqual([["a", 100, "L1"]]);
  });
});

describe("eligibility", () => {
  it.each([
    ["withdrawn offer", offer("x", { offerStatus: "WITHDRAWN" }), {}, "offerNotActive"],
    ["pending vendor", offer("x", { vendorStatus: "PENDING" }), {}, "vendorNotActive"],
    ["suspended vendor", offer("x", { vendorStatus: "SUSPENDED" }), {}, "vendorNotActive"],
    ["rejected vendor", offer("x", { vendorStatus: "REJECTED" }), {}, "vendorNotActive"],
    ["vendor declined this line before", offer("x"), { excludedVendorIds: ["vendor-x"] }, "declinedEarlier"],
    ["out-of-state vendor, reserved item", outOfState("x"), { reserved: true }, "notLocal"],
    ["local medium enterprise, reserved item", offer("x", { enterpriseClass: "MEDIUM" }), { reserved: true }, "notMse"],
    ["does not serve the consignee district", offer("x", { districtsServed: [1, 2, 33] }), {}, "doesNotServeDistrict"],
    ["serves no district", offer("x", { districtsServed: [] }), {}, "doesNotServeDistrict"],
    ["lead time one day too long", offer("x", { leadTimeDays: 11 }), {}, "leadTimeTooLong"],
    ["no capacity left", offer("x", { capacityLeft: 0 }), {}, "noCapacity"],
    ["no capacity left, no minimum order", offer("x", { capacityLeft: 0, minQuantity: 0 }), {}, "noCapacity"],
    ["maximum quantity 0", offer("x", { maxQuantity: 0, minQuantity: 0 }), {}, "noCapacity"],
    ["over-awarded capacity", offer("x", { capacityLeft: -3 }), {}, "noCapacity"],
    ["capacity left below its own minimum order", offer("x", { capacityLeft: 9, minQuantity: 10 }), {}, "noCapacity"],
    ["maximum below its own minimum", offer("x", { maxQuantity: 5, minQuantity: 10 }), {}, "noCapacity"],
    ["minimum order above the line's quantity", offer("x", { minQuantity: 101 }), {}, "minQuantity"],
    // The first reason that applies, in the documented order.
    ["withdrawn, suspended and out of district", offer("x", { offerStatus: "WITHDRAWN", vendorStatus: "SUSPENDED", districtsServed: [] }), {}, "offerNotActive"],
    ["declined and out of state", outOfState("x"), { reserved: true, excludedVendorIds: ["vendor-x"] }, "declinedEarlier"],
    ["out of district and too slow", offer("x", { districtsServed: [1], leadTimeDays: 30 }), {}, "doesNotServeDistrict"],
  ] as const)("%s → %s", (_case, x, extra, reason) => {
    const result = allocate([x, offer("ok", { unitPricePaise: 99_999n })], extra);
    expect(candidate(result, "x")).toMatchObject({ eligible: false, ineligibleReason: reason, rank: null, awardedQuantity: 0 });
    expect(awarded(result)).toEqual([["ok", 100, "L1"]]);
    expect(result.awards[0].reason.ineligibleCounts).toEqual({ [reason]: 1 });
    expect(result.awards[0].reason.eligibleCount).toBe(1);
  });

  it.each([
    ["today + lead time = deliver-by", 10, true],
    ["a day later", 11, false],
    ["same-day supply", 0, true],
  ])("lead time: %s", (_case, leadTimeDays, eligible) => {
    expect(candidate(allocate([offer("x", { leadTimeDays })]), "x").eligible).toBe(eligible);
  });

  it("counts lead time in India's calendar days", () => {
    // 20:00 IST on 10 March is 14:30 UTC the same day; 00:30 IST on 11 March is still 10 March in UTC.
    const line = { quantity: 1, reserved: false, districtId: DISTRICT, deliverBy: DELIVER_BY };
    const at = (today: string) =>
      allocateLine({ line, today: new Date(today), offers: [offer("x", { leadTimeDays: 10 })], policy: DEFAULT_POLICY });
    expect(at("2026-03-10T14:30:00Z").ranking[0].eligible).toBe(true);
    expect(at("2026-03-10T19:00:00Z").ranking[0].ineligibleReason).toBe("leadTimeTooLong");
  });

  it("an out-of-state vendor may supply a non-reserved item", () => {
    const result = allocate([outOfState("x", { unitPricePaise: 9_000n, matchesL1: false })]);
    expect(awarded(result)).toEqual([["x", 100, "L1"]]);
  });

  it("reserved item: only local vendors, even when an out-of-state one is cheaper", () => {
    const result = allocate(
      [outOfState("cheap", { unitPricePaise: 5_000n }), offer("local1", { unitPricePaise: 10_000n, capacityLeft: 60 }), offer("local2", { unitPricePaise: 11_000n })],
      { reserved: true },
    );
    expect(awarded(result)).toEqual([
      ["local1", 60, "L1"],
      ["local2", 40, "L1_CAPACITY_REMAINDER"],
    ]);
    expect(candidate(result, "cheap").ineligibleReason).toBe("notLocal");
    expect(order(result)).toEqual(["local1", "local2", "cheap"]);
  });

  it("reallocation excludes every vendor that declined before", () => {
    const offers = [offer("a"), offer("b", { unitPricePaise: 10_100n }), offer("c", { unitPricePaise: 10_200n })];
    const result = allocate(offers, { quantity: 30, excludedVendorIds: ["vendor-a", "vendor-b"] });
    expect(awarded(result)).toEqual([["c", 30, "L1"]]);
    expect(allocate(offers, { excludedVendorIds: ["vendor-a", "vendor-b", "vendor-c"] }).unfulfilledQuantity).toBe(100);
  });
});

describe("MSE purchase preference (non-reserved items, L1 not local)", () => {
  // L1 is out of state at ₹100 landed; the band is 15 %, so a local MSE may be up to ₹115.
  const l1 = () => outOfState("l1", { unitPricePaise: 10_000n });

  it.each([
    ["local within the band, matching L1", offer("m", { unitPricePaise: 11_000n }), true],
    ["local exactly at L1 + 15 %", offer("m", { unitPricePaise: 11_500n }), true],
    ["local at the same landed price as L1", offer("m", { unitPricePaise: 10_000n, awardedLast90DaysPaise: 1n }), true],
    ["local a paisa above the band", offer("m", { unitPricePaise: 11_501n }), false],
    ["local at L1 + 16 %", offer("m", { unitPricePaise: 11_600n }), false],
    ["local within the band but not agreeing to match L1", offer("m", { unitPricePaise: 11_000n, matchesL1: false }), false],
    ["out-of-state vendor within the band", outOfState("m", { unitPricePaise: 11_000n }), false],
    ["local small enterprise within the band", offer("m", { unitPricePaise: 11_000n, enterpriseClass: "SMALL" }), true],
    ["local MEDIUM enterprise within the band: not an MSE", offer("m", { unitPricePaise: 11_000n, enterpriseClass: "MEDIUM" }), false],
  ])("%s → preferred: %s", (_case, m, preferred) => {
    const result = allocate([l1(), m]);
    if (preferred) {
      expect(awarded(result)).toEqual([["m", 100, "MSE_PREFERENCE_MATCH_L1"]]);
      expect(result.awards[0]).toMatchObject({
        unitPricePaise: 10_000n, // L1's price
        offerPricePaise: m.unitPricePaise,
        landedUnitPaise: 10_000n,
        rank: 1,
      });
      expect(result.awards[0].reason).toMatchObject({
        rule: "MSE_PREFERENCE_MATCH_L1",
        preferenceBandBp: 1500,
        l1: { offerId: "l1", landedUnitPaise: "10000", rank: 2 },
        tieBreak: null,
      });
      expect(candidate(result, "m").preferred).toBe(true);
      expect(order(result)).toEqual(["m", "l1"]);
    } else {
      expect(awarded(result)).toEqual([["l1", 100, "L1"]]);
      expect(candidate(result, "m").preferred).toBe(false);
    }
  });

  it("the band comes from the policy", () => {
    const m = offer("m", { unitPricePaise: 11_900n });
    expect(awarded(allocate([l1(), m]))[0][2]).toBe("L1");
    expect(awarded(allocate([l1(), m], { policy: { preferenceBandBp: 2000 } }))[0][2]).toBe("MSE_PREFERENCE_MATCH_L1");
    expect(awarded(allocate([l1(), offer("m")], { policy: { preferenceBandBp: 0 } }))[0][2]).toBe("MSE_PREFERENCE_MATCH_L1");
  });

  it("supplies only as much as it can; the rest goes to L1, then on down the ranking", () => {
    const result = allocate([
      outOfState("l1", { capacityLeft: 50 }),
      offer("m", { unitPricePaise: 11_000n, capacityLeft: 30 }),
      outOfState("l3", { unitPricePaise: 12_000n }),
    ]);
    expect(awarded(result)).toEqual([
      ["m", 30, "MSE_PREFERENCE_MATCH_L1"],
      ["l1", 50, "L1"],
      ["l3", 20, "L1_CAPACITY_REMAINDER"],
    ]);
    expect(result.awards.map((a) => a.unitPricePaise)).toEqual([10_000n, 10_000n, 12_000n]);
  });

  it("every qualifying local goes ahead of L1, in price order, each at L1's price", () => {
    const result = allocate([
      l1(),
      offer("m2", { unitPricePaise: 11_400n, capacityLeft: 30 }),
      offer("m1", { unitPricePaise: 10_800n, capacityLeft: 30 }),
      offer("far", { unitPricePaise: 12_000n }), // outside the band: normal ranking, own price
    ]);
    expect(awarded(result)).toEqual([
      ["m1", 30, "MSE_PREFERENCE_MATCH_L1"],
      ["m2", 30, "MSE_PREFERENCE_MATCH_L1"],
      ["l1", 40, "L1"],
    ]);
    expect(order(result)).toEqual(["m1", "m2", "l1", "far"]);
    expect(result.awards.map((a) => a.unitPricePaise)).toEqual([10_000n, 10_000n, 10_000n]);
  });

  it("matches L1's landed price when the GST rates differ", () => {
    const result = allocate([
      outOfState("l1", { unitPricePaise: 10_000n, gstRateBp: 1800 }), // 11 800 landed
      offer("m", { unitPricePaise: 11_000n, gstRateBp: 1200 }), // 12 320 landed, within 13 570
    ]);
    expect(result.awards[0]).toMatchObject({
      offerId: "m",
      unitPricePaise: 10_536n,
      offerPricePaise: 11_000n,
      gstRateBp: 1200,
      landedUnitPaise: 11_800n,
    });
    expect(result.awards[0].reason).toMatchObject({
      offerPricePaise: "11000",
      offerLandedUnitPaise: "12320",
      awardedUnitPricePaise: "10536",
    });
  });

  it("does not apply when L1 is local: other locals keep their rank and price", () => {
    const result = allocate([offer("l1", { capacityLeft: 40 }), outOfState("x", { unitPricePaise: 10_500n, capacityLeft: 40 }), offer("m", { unitPricePaise: 11_000n })]);
    expect(awarded(result)).toEqual([
      ["l1", 40, "L1"],
      ["x", 40, "L1_CAPACITY_REMAINDER"],
      ["m", 20, "L1_CAPACITY_REMAINDER"],
    ]);
    expect(result.awards[2].unitPricePaise).toBe(11_000n);
  });

  it("does not apply to reserved items, where every eligible vendor is local anyway", () => {
    const result = allocate(
      [outOfState("x", { unitPricePaise: 9_000n }), offer("a", { capacityLeft: 50 }), offer("b", { unitPricePaise: 11_000n })],
      { reserved: true },
    );
    expect(awarded(result)).toEqual([
      ["a", 50, "L1"],
      ["b", 50, "L1_CAPACITY_REMAINDER"],
    ]);
    expect(result.awards[1].unitPricePaise).toBe(11_000n);
    expect(result.ranking.some((r) => r.preferred)).toBe(false);
  });

  it("an ineligible local is never preferred", () => {
    const result = allocate([l1(), offer("m", { unitPricePaise: 10_500n, districtsServed: [1] })]);
    expect(awarded(result)).toEqual([["l1", 100, "L1"]]);
  });
});

describe("direct purchase", () => {
  const offers = () => [
    outOfState("cheapest", { unitPricePaise: 9_000n, matchesL1: false }),
    offer("second", { unitPricePaise: 9_500n, matchesL1: false }),
    offer("chosen", { unitPricePaise: 10_000n, matchesL1: false }),
    offer("dearer", { unitPricePaise: 12_000n }),
    offer("ineligible", { unitPricePaise: 1_000n, vendorStatus: "SUSPENDED" }),
  ];

  it.each([
    [4_999_999n, true],
    [5_000_000n, false], // only strictly below the limit
    [0n, true],
  ])("allowed for a purchase order of %s paise: %s", (value, allowed) => {
    expect(directPurchaseAllowed(value, DEFAULT_POLICY)).toBe(allowed);
  });

  it("the chosen eligible offer gets the whole quantity; cheaper eligible offers are passed over, publicly", () => {
    const result = allocate(offers(), { chosenOfferId: "chosen" });
    expect(awarded(result)).toEqual([["chosen", 100, "DIRECT_PURCHASE"]]);
    const passedOver = [
      { offerId: "cheapest", vendorId: "vendor-cheapest", vendorName: "Vendor cheapest", landedUnitPaise: "9000" },
      { offerId: "second", vendorId: "vendor-second", vendorName: "Vendor second", landedUnitPaise: "9500" },
    ];
    expect(result.passedOver).toEqual(passedOver);
    expect(result.awards[0].reason).toMatchObject({ rule: "DIRECT_PURCHASE", rank: 1, passedOver, l1: { offerId: "cheapest" } });
    expect(order(result)).toEqual(["chosen", "cheapest", "second", "dearer", "ineligible"]);
  });

  it("choosing L1 passes nobody over", () => {
    const result = allocate(offers(), { chosenOfferId: "cheapest" });
    expect(awarded(result)).toEqual([["cheapest", 100, "DIRECT_PURCHASE"]]);
    expect(result.passedOver).toEqual([]);
    expect(result.awards[0].reason.passedOver).toEqual([]);
  });

  it("what the chosen offer cannot supply goes down the normal ranking", () => {
    const list = offers().map((o) => (o.offerId === "chosen" ? { ...o, capacityLeft: 70 } : o));
    const result = allocate(list, { chosenOfferId: "chosen" });
    expect(awarded(result)).toEqual([
      ["chosen", 70, "DIRECT_PURCHASE"],
      ["cheapest", 30, "L1"],
    ]);
    expect(result.awards[1].reason.passedOver).toBeUndefined();
  });

  it.each([
    ["ineligible", "vendorNotActive"],
    ["not-an-offer", "notOffered"],
  ])("choosing %s is refused", (chosenOfferId, reason) => {
    const attempt = () => allocate(offers(), { chosenOfferId });
    expect(attempt).toThrow(AppError);
    expect(attempt).toThrowError(
      expect.objectContaining({ code: "VALIDATION", messageKey: "errors.allocation.chosenOfferIneligible", params: { reason } }),
    );
  });

  it("no choice: the normal rules, nothing passed over", () => {
    const result = allocate(offers(), { chosenOfferId: null });
    expect(awarded(result)).toEqual([["cheapest", 100, "L1"]]);
    expect(result.passedOver).toEqual([]);
  });
});

describe("the public reason", () => {
  it("is plain JSON (no bigint), so it can be stored and published as is", () => {
    const result = allocate(
      [outOfState("l1", { capacityLeft: 10 }), offer("m", { unitPricePaise: 10_500n, capacityLeft: 10 }), offer("c", { unitPricePaise: 12_000n }), offer("x", { districtsServed: [] })],
      { chosenOfferId: "c" },
    );
    for (const award of result.awards) {
      expect(JSON.parse(JSON.stringify(award.reason))).toEqual(award.reason);
    }
    expect(JSON.parse(JSON.stringify(result.passedOver))).toEqual(result.passedOver);
  });

  it("summarises the competition: eligible offers in served order (at most COMPETING_LIMIT) and why others were out", () => {
    const offers = [
      ...Array.from({ length: 12 }, (_, i) => offer(`e${String(i).padStart(2, "0")}`, { unitPricePaise: 10_000n + BigInt(i), capacityLeft: 5 })),
      offer("far", { districtsServed: [1] }),
      offer("slow", { leadTimeDays: 90 }),
      offer("slow2", { leadTimeDays: 90 }),
    ];
    const result = allocate(offers, { quantity: 12 });
    const reason = result.awards[0].reason;
    expect(reason.competing).toHaveLength(COMPETING_LIMIT);
    expect(reason.competing[0]).toEqual({ offerId: "e00", vendorId: "vendor-e00", vendorName: "Vendor e00", landedUnitPaise: "10000", rank: 1 });
    expect(reason.competing.map((c) => c.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(reason.eligibleCount).toBe(12);
    expect(reason.ineligibleCounts).toEqual({ doesNotServeDistrict: 1, leadTimeTooLong: 2 });
    expect(awarded(result)).toEqual([
      ["e00", 5, "L1"],
      ["e01", 5, "L1_CAPACITY_REMAINDER"],
      ["e02", 2, "L1_CAPACITY_REMAINDER"],
    ]);
  });

  it("records the tie-break only against an offer served after it", () => {
    // L1 (out of state) ties with a local that the preference rule serves first anyway.
    const result = allocate([
      outOfState("l1", { capacityLeft: 50 }),
      offer("m", { awardedLast90DaysPaise: 1n, capacityLeft: 30 }),
      outOfState("l3", { awardedLast90DaysPaise: 2n }),
    ]);
    expect(awarded(result)).toEqual([
      ["m", 30, "MSE_PREFERENCE_MATCH_L1"],
      ["l1", 50, "L1"],
      ["l3", 20, "L1_CAPACITY_REMAINDER"],
    ]);
    expect(result.awards[1].reason.tieBreak).toEqual({ over: "l3", by: "rotation" });
    expect(result.awards[2].reason.tieBreak).toBeNull();
  });
});

describe("input checks", () => {
  it.each([0, -1, 1.5, Number.NaN])("quantity %d is refused", (quantity) => {
    expect(() => allocate([offer("a")], { quantity })).toThrow(RangeError);
  });

  it("duplicate offers are refused", () => {
    expect(() => allocate([offer("a"), offer("a")])).toThrow(RangeError);
  });
});

// ——— Properties over random markets ———

const DATES = ["2024-01-01", "2025-01-01", "2025-06-01"].map((d) => new Date(d));

const offerArb = (id: number) =>
  fc
    .record({
      offerStatus: fc.constantFrom("ACTIVE", "ACTIVE", "ACTIVE", "WITHDRAWN"),
      vendorStatus: fc.constantFrom("ACTIVE", "ACTIVE", "ACTIVE", "SUSPENDED", "PENDING"),
      stateCode: fc.constantFrom("22", "22", "27", "09"),
      enterpriseClass: fc.constantFrom("MICRO", "SMALL", "MEDIUM"),
      registeredAt: fc.constantFrom(...DATES),
      districtsServed: fc.subarray([1, 2, 3], { minLength: 0 }),
      unitPricePaise: fc.bigInt({ min: 9_000n, max: 12_000n }),
      gstRateBp: fc.constantFrom(0, 500, 1200, 1800),
      minQuantity: fc.integer({ min: 0, max: 40 }),
      maxQuantity: fc.integer({ min: 0, max: 150 }),
      capacityLeft: fc.integer({ min: -5, max: 150 }),
      leadTimeDays: fc.integer({ min: 0, max: 14 }),
      matchesL1: fc.boolean(),
      awardedLast90DaysPaise: fc.constantFrom(0n, 0n, 100n, 5_000n),
    })
    .map((o) => ({ ...o, offerId: `o${id}`, vendorId: `v${id}`, vendorName: `Vendor ${id}` }) as CandidateOffer);

const marketArb = fc
  .integer({ min: 0, max: 9 })
  .chain((n) =>
    fc.record({
      offers: fc.tuple(...Array.from({ length: n }, (_, i) => offerArb(i))),
      quantity: fc.integer({ min: 1, max: 300 }),
      reserved: fc.boolean(),
      districtId: fc.constantFrom(1, 2, 3),
      excluded: fc.subarray(Array.from({ length: n }, (_, i) => `v${i}`)),
      preferenceBandBp: fc.constantFrom(0, 1500, 3000),
    }),
  )
  .map(
    (m): AllocationInput => ({
      line: { quantity: m.quantity, reserved: m.reserved, districtId: m.districtId, deliverBy: DELIVER_BY },
      today: TODAY,
      offers: m.offers,
      excludedVendorIds: m.excluded,
      policy: { preferenceBandBp: m.preferenceBandBp },
    }),
  );

describe("allocation properties", () => {
  it("awarded + unfulfilled = quantity, and nobody gets more than it can or less than its minimum", () => {
    fc.assert(
      fc.property(marketArb, (input) => {
        const result = allocateLine(input);
        const total = result.awards.reduce((sum, a) => sum + a.quantity, 0);
        expect(total + result.unfulfilledQuantity).toBe(input.line.quantity);
        expect(result.unfulfilledQuantity).toBeGreaterThanOrEqual(0);
        expect(new Set(result.awards.map((a) => a.offerId)).size).toBe(result.awards.length);
        for (const award of result.awards) {
          const o = input.offers.find((x) => x.offerId === award.offerId)!;
          expect(award.quantity).toBeGreaterThanOrEqual(Math.max(1, o.minQuantity));
          expect(award.quantity).toBeLessThanOrEqual(Math.min(o.capacityLeft, o.maxQuantity));
          expect(award.vendorId).toBe(o.vendorId);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("every awarded offer is eligible, and eligibility follows the rules", () => {
    fc.assert(
      fc.property(marketArb, (input) => {
        const result = allocateLine(input);
        expect(result.ranking).toHaveLength(input.offers.length);
        for (const award of result.awards) {
          const entry = result.ranking.find((r) => r.offerId === award.offerId)!;
          expect(entry).toMatchObject({ eligible: true, awardedQuantity: award.quantity, rank: award.rank });
          const o = input.offers.find((x) => x.offerId === award.offerId)!;
          expect(o.offerStatus).toBe("ACTIVE");
          expect(o.vendorStatus).toBe("ACTIVE");
          expect(input.excludedVendorIds).not.toContain(o.vendorId);
          expect(o.districtsServed).toContain(input.line.districtId);
          expect(o.leadTimeDays).toBeLessThanOrEqual(10);
          if (input.line.reserved) expect(o.stateCode).toBe("22");
        }
      }),
      { numRuns: 500 },
    );
  });

  it("is deterministic whatever order the offers arrive in", () => {
    fc.assert(
      fc.property(
        marketArb.chain((input) =>
          fc.tuple(fc.constant(input), fc.shuffledSubarray([...input.offers], { minLength: input.offers.length })),
        ),
        ([input, shuffled]) => {
          expect(allocateLine({ ...input, offers: shuffled })).toEqual(allocateLine(input));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("leaves quantity unfulfilled only when every eligible offer gave all it could or was below its minimum", () => {
    fc.assert(
      fc.property(marketArb, (input) => {
        const result = allocateLine(input);
        if (result.unfulfilledQuantity === 0) return;
        for (const entry of result.ranking.filter((r) => r.eligible)) {
          const o = input.offers.find((x) => x.offerId === entry.offerId)!;
          if (entry.skippedForMinQuantity) expect(entry.awardedQuantity).toBe(0);
          else expect(entry.awardedQuantity).toBe(Math.min(o.capacityLeft, o.maxQuantity));
        }
      }),
      { numRuns: 500 },
    );
  });

  it("the buyer never pays more per unit than L1's landed price under the preference rule, and never more than the offer", () => {
    fc.assert(
      fc.property(marketArb, (input) => {
        const result = allocateLine(input);
        const l1 = result.ranking.filter((r) => r.eligible && !r.preferred)[0];
        for (const award of result.awards) {
          expect(award.unitPricePaise).toBeLessThanOrEqual(award.offerPricePaise);
          expect(award.landedUnitPaise).toBe(landedUnitPaise(award.unitPricePaise, award.gstRateBp));
          if (award.reason.rule === "MSE_PREFERENCE_MATCH_L1") {
            expect(award.landedUnitPaise).toBeLessThanOrEqual(l1.landedUnitPaise);
            expect(input.line.reserved).toBe(false);
          }
        }
        // Ranks are 1..n over the eligible offers, in served order.
        const ranks = result.ranking.filter((r) => r.eligible).map((r) => r.rank);
        expect(ranks).toEqual(ranks.map((_, i) => i + 1));
      }),
      { numRuns: 500 },
    );
  });

  it("without a preference, L1 gets all it can before anyone else gets anything", () => {
    fc.assert(
      fc.property(marketArb, (input) => {
        const result = allocateLine(input);
        if (result.awards.length === 0 || result.ranking.some((r) => r.preferred)) return;
        const l1 = input.offers.find((o) => o.offerId === result.awards[0].offerId)!;
        expect(result.awards[0].reason.rule).toBe("L1");
        expect(result.awards[0].quantity).toBe(Math.min(l1.capacityLeft, l1.maxQuantity, input.line.quantity));
      }),
      { numRuns: 500 },
    );
  });
});
