import { describe, expect, it } from "vitest";
import { normaliseSearchText, searchTerms } from "@/lib/domain/catalogue/search";
import { romanFold, romanKey } from "@/lib/domain/catalogue/roman";
import { parseSynonymGroup, synonymLookupTerms } from "@/lib/domain/catalogue/synonyms";

describe("Roman-Hindi keys", () => {
  it.each([
    ["kursi", "कुर्सी"],
    ["kursee", "कुर्सी"],
    ["kambal", "कंबल"],
    ["kanbal", "कम्बल"],
    ["almari", "अलमारी"],
    ["alamaari", "अलमारी"],
    ["pankha", "पंखा"],
    ["dari", "दरी"],
    ["sabun", "साबुन"],
    ["saabun", "साबुन"],
    ["eent", "ईंट"],
    ["tauliya", "तौलिया"],
    ["toliya", "तौलिया"],
    ["jhadu", "झाड़ू"],
    ["phawda", "फावड़ा"],
    ["fawda", "फावड़ा"],
    ["mez", "मेज़"],
    ["krishi", "कृषि"],
    ["shahad", "शहद"],
  ])("%s and %s share a key", (roman, hindi) => {
    expect(romanFold(roman)).toBe(romanKey(normaliseSearchText(hindi)));
  });

  it("keeps different words apart", () => {
    expect(romanFold("kursi")).not.toBe(romanKey("कुटकी"));
    expect(romanFold("kambal")).not.toBe(romanKey(normaliseSearchText("सब्बल")));
    expect(romanKey(normaliseSearchText("बाल्टी"))).not.toBe(romanKey(normaliseSearchText("बट्टी")));
    expect(romanKey(normaliseSearchText("गिट्टी"))).not.toBe(romanKey(normaliseSearchText("मिट्टी")));
  });
});

describe("units and numbers", () => {
  const alternatives = (q: string) => searchTerms(q).map((term) => term.alternatives);
  it.each(["9w", "9 w", "9 W", "9 watt", "९ वॉट", "९वॉट"])("%s is 9 and the watt's forms", (q) => {
    const [number, unit] = alternatives(q);
    expect(number).toEqual(["9"]);
    expect(unit).toEqual(expect.arrayContaining(["w", "watt", normaliseSearchText("वॉट")]));
  });

  it.each([
    ["1200mm", "mm"],
    ["16 litre", "l"],
    ["16l", "litre"],
    ["50 kg", "kilo"],
    ["2.1 m", "metre"],
  ])("%s knows its unit (%s)", (q, form) => {
    expect(alternatives(q)[1]).toContain(form);
  });

  it("a lone letter is a unit only after a number", () => {
    expect(alternatives("a4 paper")).toEqual([["a4"], ["paper"]]);
    expect(alternatives("w")).toEqual([["w"]]);
    expect(alternatives("1,200 mm")[0]).toEqual(["1200"]);
  });
});

describe("synonym groups", () => {
  it("parses comma-separated terms per script and looks them up normalised and by Roman key", () => {
    const parsed = parseSynonymGroup({ english: "table, Table", hindi: "मेज़, टेबल", roman: "mez" });
    expect(parsed).toEqual({ success: true, data: { english: ["table", "Table"], hindi: ["मेज़", "टेबल"], roman: ["mez"] } });
    if (!parsed.success) return;
    expect(synonymLookupTerms(parsed.data)).toEqual(expect.arrayContaining(["table", "मेज", "टेबल", "mez", "~mej", "~tble"]));
  });

  it("refuses several words in one term, the wrong script, and a group of one", () => {
    const issues = (input: Record<string, string>) => {
      const result = parseSynonymGroup(input);
      return result.success ? [] : result.issues.map((i) => `${i.path[0]}:${i.message}`);
    };
    expect(issues({ english: "steel table", hindi: "मेज़" })).toEqual(["english:errors.synonyms.english"]);
    expect(issues({ english: "table", hindi: "table" })).toEqual(["hindi:errors.synonyms.hindi"]);
    expect(issues({ roman: "मेज़, mez" })).toEqual(["roman:errors.synonyms.roman"]);
    expect(issues({ english: "table" })).toEqual(["english:errors.synonyms.tooFew"]);
  });
});
