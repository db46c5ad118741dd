import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { parseCatalogueSearch } from "@/lib/domain/catalogue/search";
import { searchCatalogue } from "@/lib/queries/catalogue-search";
import { seed } from "@/prisma/seed";

// Issue 17's examples, on the demo catalogue: what a panchayat secretary types on a phone.
beforeAll(async () => {
  await seed(db, { demo: true });
}, 60_000);

const search = (q: string) => searchCatalogue(parseCatalogueSearch({ q }).search);
const top3 = async (q: string) => (await search(q)).items.slice(0, 3).map((item) => item.code);

describe("Roman-Hindi (Hinglish) words find the Hindi-named items", () => {
  it.each([
    ["kursi", "FUR-004"],
    ["kambal", "TEX-004"],
    ["almari", "FUR-001"],
    ["pankha", "ELE-003"],
    ["dari", "TEX-005"],
    ["sabun", "CLN-008"],
    ["eent", "CON-001"],
    ["kursee", "FUR-004"],
    ["alamaari", "FUR-001"],
    ["kanbal", "TEX-004"],
    ["toliya", "TEX-008"],
  ])("%s → %s in the top 3, nothing corrected", async (q, code) => {
    const page = await search(q);
    expect(page.items.slice(0, 3).map((item) => item.code)).toContain(code);
    expect(page.match).toBe("found");
  });

  it("kursi shows chairs only, not the millet or the kurta set", async () => {
    const codes = (await search("kursi")).items.map((item) => item.code);
    expect(codes).not.toContain("FOD-003");
    expect(codes).not.toContain("TEX-003");
  });

  it("kambal is not a crowbar", async () => {
    expect((await search("kambal")).items.map((item) => item.code)).not.toContain("AGR-007");
  });
});

describe("synonyms", () => {
  it.each([
    ["मेज", "FUR-002"],
    ["मेज़", "FUR-002"],
    ["cupboard", "FUR-001"],
    ["copy", "STN-001"],
    ["वर्दी", "TEX-001"],
  ])("%s → %s", async (q, code) => {
    expect(await top3(q)).toContain(code);
  });
});

describe("units and numbers", () => {
  it.each(["led bulb 9w", "led bulb 9 w", "bulb 9 watt", "९ वॉट बल्ब", "9W"])("%s finds the 9 W LED bulb", async (q) => {
    expect(await top3(q)).toContain("ELE-001");
  });

  it.each([
    ["pankha 1200mm", "ELE-003"],
    ["tasla 450 mm", "AGR-004"],
    ["sprayer 16 litre", "AGR-005"],
    ["16l sprayer", "AGR-005"],
    ["fencing pole 2.1 m", "CON-007"],
  ])("%s → %s", async (q, code) => {
    expect(await top3(q)).toContain(code);
  });
});

describe("honest corrections", () => {
  it.each(["बाल्टी", "गिट्टी", "balti", "bucket"])("%s: nothing matched, with suggestions kept apart", async (q) => {
    const page = await search(q);
    expect(page.items).toEqual([]);
    expect(page.match).toBe("none");
    expect(page.suggestions?.categories.length).toBeGreaterThan(0);
  });

  it("a close misspelling is corrected and says so", async () => {
    const page = await search("chiar");
    expect(page.match).toBe("corrected");
    expect(page.corrections).toEqual([{ word: "chiar", to: ["chair"] }]);
    expect(page.items.map((item) => item.code)).toContain("FUR-004");
  });

  it("a correction whose query then finds nothing is not offered", async () => {
    const page = await search("chiar गिट्टी");
    expect(page.match).toBe("none");
    expect(page.items).toEqual([]);
  });
});
