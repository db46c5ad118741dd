import { describe, expect, it } from "vitest";
import { parseCategory, parseGstRate, parseNewItem } from "@/lib/domain/catalogue/item";
import { decodeCursor, encodeCursor, isRanked, normaliseSearchText, parseCatalogueSearch, searchWords } from "@/lib/domain/catalogue/search";
import { correctionLimits } from "@/lib/domain/catalogue/corrections";

const CATEGORY = "0196f000-0000-7000-8000-00000000000a";
const NOW = new Date("2026-11-28T20:00:00Z"); // 29 Nov 2026, 01:30 in India

const item = {
  code: "fur-009",
  nameEn: "Steel stool",
  nameHi: "स्टील स्टूल",
  categoryId: CATEGORY,
  unit: "NOS",
  hsn: "9401",
  reserved: "on",
  active: "on",
  gstRate: "18",
  gstEffectiveFrom: "2026-11-29",
  specs: [
    { key: "height_mm", labelEn: "Height (mm)", labelHi: "ऊँचाई (मि.मी.)", requirement: "450" },
    { key: "", labelEn: "", labelHi: "", requirement: "" },
  ],
};

function problems(result: { success: true } | { success: false; issues: { path: string[]; message: string }[] }) {
  return result.success ? {} : Object.fromEntries(result.issues.map((i) => [i.path.join("."), i.message]));
}

describe("item form", () => {
  it("parses an item with its first GST rate; blank specification rows are dropped", () => {
    const result = parseNewItem(item, NOW);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data).toMatchObject({ code: "FUR-009", reserved: true, preDispatchInspection: false, active: true, gst: { gstRateBp: 1800 } });
    expect(result.data.gst.effectiveFrom.toISOString()).toBe("2026-11-29T00:00:00.000Z");
    expect(result.data.specs).toEqual([item.specs[0]]);
  });

  it("reports problems per field and per specification cell", () => {
    const found = problems(
      parseNewItem(
        {
          ...item, code: "FUR 9", nameHi: "Steel stool", unit: "GALLON", hsn: "94011", gstRate: "41",
          specs: [{ key: "Height", labelEn: "Height", labelHi: "", requirement: "450" }],
        },
        NOW,
      ),
    );
    expect(found).toEqual({
      code: "errors.catalogue.itemCode",
      nameHi: "errors.catalogue.nameHi",
      unit: "errors.catalogue.unit",
      hsn: "errors.hsn.format",
      gstRate: "errors.catalogue.gstRate",
      "specs.0.key": "errors.catalogue.specKey",
      "specs.0.labelHi": "errors.required",
    });
  });

  it("refuses a GST rate effective before today in India", () => {
    expect(problems(parseNewItem({ ...item, gstEffectiveFrom: "2026-11-28" }, NOW))).toEqual({ gstEffectiveFrom: "errors.catalogue.effectiveFromPast" });
    expect(problems(parseGstRate({ itemId: CATEGORY, gstRate: "5", gstEffectiveFrom: "2026-02-30" }, NOW))).toEqual({ gstEffectiveFrom: "errors.catalogue.effectiveFrom" });
    expect(parseGstRate({ itemId: CATEGORY, gstRate: "2.5", gstEffectiveFrom: "2027-04-01" }, NOW)).toMatchObject({ success: true, data: { gst: { gstRateBp: 250 } } });
  });

  it("refuses duplicate specification keys", () => {
    const spec = item.specs[0];
    expect(problems(parseNewItem({ ...item, specs: [spec, spec] }, NOW))).toEqual({ "specs.1.key": "errors.catalogue.specKey" });
  });

  it("category codes are capital letters", () => {
    expect(parseCategory({ code: "toy", nameEn: "Toys", nameHi: "खिलौने" })).toMatchObject({ success: true, data: { code: "TOY" } });
    expect(problems(parseCategory({ code: "T1", nameEn: "Toys", nameHi: "खिलौने" }))).toEqual({ code: "errors.catalogue.categoryCode" });
  });
});

describe("catalogue search parameters", () => {
  it("normalises like the database: case, nukta, chandrabindu", () => {
    expect(normaliseSearchText("Steel फ़ोल्डिंग बाँस")).toBe(normaliseSearchText("steel फोल्डिंग बांस"));
    expect(normaliseSearchText("ALMIRAH")).toBe("almirah");
  });

  it("splits words but keeps item codes whole and Devanagari vowel signs attached", () => {
    // Vowel length is folded (ी → ि) on both sides, so कुर्सि and कुर्सी are one word.
    expect(searchWords("  Steel, folding-chair (FUR-004) कुर्सी ")).toEqual(["steel", "folding-chair", "fur-004", "कुर्सि"]);
    expect(searchWords("chair chair")).toEqual(["chair"]);
    expect(searchWords("")).toEqual([]);
  });

  it("ranks by relevance whenever there are words", () => {
    expect([isRanked([]), isRanked(["c"]), isRanked(["कु", "a4"])]).toEqual([false, true, true]);
    expect(parseCatalogueSearch({ q: "ch", cursor: encodeCursor({ score: 2, code: "FUR-004" }) }).search.cursor).toEqual({ score: 2, code: "FUR-004" });
  });

  it("tolerates more typing mistakes in longer words, and none in the first letter or a short Hindi word", () => {
    const limits = (word: string) => Object.values(correctionLimits(word)).slice(0, 3);
    expect(["ab", "tab", "tabl", "paint", "notbok", "blankit", "detergant", "बाल्टी", "मच्छरदनी"].map(limits)).toEqual([
      [0, 0, false],
      [0, 0, false],
      [0, 1, true],
      [0, 1, true],
      [1, 2, true],
      [1, 2, true],
      [2, 2, true],
      [0, 1, false],
      [1, 1, false],
    ]);
  });

  it("parses filters and reports bad prices per field", () => {
    const { search, fieldErrors } = parseCatalogueSearch({ q: "कुर्सी", category: "fur", district: "Raipur", reserved: "1", min: "1,000", max: "5000.50" });
    expect(fieldErrors).toEqual({});
    expect(search).toMatchObject({ categoryCode: "FUR", districtSlug: "raipur", reservedOnly: true, minLandedPaise: 100000n, maxLandedPaise: 500050n });
    expect(parseCatalogueSearch({ min: "abc", max: "10" }).fieldErrors).toEqual({ min: ["errors.catalogue.priceFilter"] });
    expect(parseCatalogueSearch({ min: "100", max: "10" }).fieldErrors).toEqual({ max: ["errors.catalogue.priceRange"] });
  });

  it("round-trips cursors and ignores malformed or mismatched ones", () => {
    expect(decodeCursor(encodeCursor({ score: 850, code: "FUR-004" }))).toEqual({ score: 850, code: "FUR-004" });
    expect(decodeCursor("not base64 json")).toBeNull();
    expect(decodeCursor(Buffer.from('["x", 5]').toString("base64url"))).toBeNull();
    // A ranked cursor on an unranked search (no words) starts from the first page.
    expect(parseCatalogueSearch({ cursor: encodeCursor({ score: 850, code: "FUR-004" }) }).search.cursor).toBeNull();
    expect(parseCatalogueSearch({ cursor: encodeCursor({ score: null, code: "FUR-004" }) }).search.cursor).toEqual({ score: null, code: "FUR-004" });
  });
});
