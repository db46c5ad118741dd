import { describe, expect, it } from "vitest";
import { parseNewOffer, parseOfferUpdate } from "@/lib/domain/catalogue/offer";

const ITEM = "0196f000-0000-7000-8000-000000000001";
const valid = {
  itemId: ITEM,
  unitPrice: "1,250.50",
  minQuantity: "5",
  maxQuantity: "500",
  monthlyCapacity: "2000",
  leadTimeDays: "14",
  districtIds: ["3", "7", "7"],
  matchesL1: "on",
};

function problems(input: Record<string, unknown>) {
  const result = parseNewOffer(input);
  return result.success ? {} : Object.fromEntries(result.issues.map((i) => [i.path.join("."), i.message]));
}

describe("offer form", () => {
  it("parses rupees to paise and de-duplicates districts", () => {
    const result = parseNewOffer(valid);
    expect(result).toEqual({
      success: true,
      data: {
        itemId: ITEM, unitPrice: 125050n, minQuantity: 5, maxQuantity: 500, monthlyCapacity: 2000, leadTimeDays: 14,
        allDistricts: false, districtIds: [3, 7], matchesL1: true,
      },
    });
  });

  it("accepts 'all districts' without a list, and a single district as a plain value", () => {
    expect(parseNewOffer({ ...valid, districtIds: undefined, allDistricts: "on" }).success).toBe(true);
    const one = parseNewOffer({ ...valid, districtIds: "12" });
    expect(one.success && one.data.districtIds).toEqual([12]);
  });

  it.each([
    ["unitPrice", "0", "errors.offer.price"],
    ["unitPrice", "-5", "errors.offer.price"],
    ["unitPrice", "12.345", "errors.offer.price"],
    ["unitPrice", "1,234,567", "errors.offer.price"],
    ["unitPrice", "10000000.01", "errors.offer.price"],
    ["unitPrice", "", "errors.required"],
    ["minQuantity", "0", "errors.offer.minQuantity"],
    ["minQuantity", "2.5", "errors.offer.minQuantity"],
    ["leadTimeDays", "366", "errors.offer.leadTimeDays"],
    ["monthlyCapacity", "many", "errors.offer.monthlyCapacity"],
    ["itemId", "not-a-uuid", "errors.offer.item"],
    ["districtIds", ["x"], "errors.offer.districts"],
  ])("%s = %j → %s", (field, value, key) => {
    expect(problems({ ...valid, [field]: value })).toEqual({ [field]: key });
  });

  it("checks quantities against each other", () => {
    expect(problems({ ...valid, minQuantity: "10", maxQuantity: "5", monthlyCapacity: "8" })).toEqual({
      maxQuantity: "errors.offer.maxBelowMin",
      monthlyCapacity: "errors.offer.capacityBelowMin",
    });
  });

  it("needs at least one district unless all are served", () => {
    expect(problems({ ...valid, districtIds: [] })).toEqual({ districtIds: "errors.offer.districts" });
  });

  it("an update names the offer, not the item", () => {
    const { itemId: _item, ...terms } = valid;
    void _item;
    expect(parseOfferUpdate({ ...terms, offerId: ITEM }).success).toBe(true);
    const missing = parseOfferUpdate(terms);
    expect(missing.success ? [] : missing.issues.map((i) => i.path.join("."))).toEqual(["offerId"]);
  });
});
