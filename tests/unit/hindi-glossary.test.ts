import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { unitLabel } from "@/lib/domain/units";

const root = path.resolve(import.meta.dirname, "../..");
const hiDir = path.join(root, "lib/i18n/messages/hi");
const hindiText = [
  ...readdirSync(hiDir).filter((f) => f.endsWith(".json")).map((f) => readFileSync(path.join(hiDir, f), "utf8")),
  readFileSync(path.join(root, "lib/notify/templates.ts"), "utf8"),
].join("\n");

// docs/hindi-glossary.md: one name per thing (issue 15 found three names for the consignee).
const REJECTED: [string, string][] = [
  ["परेषिती", "प्राप्तकर्ता"],
  ["प्रेषिती", "प्राप्तकर्ता"],
  ["प्राप्ति-पश्चात", "प्रेषण-पश्चात"],
  ["सूची-पत्र", "कैटलॉग"],
  ["आदेश रजिस्टर", "आदेश पंजी"],
  ["पहुँच मूल्य", "जीएसटी-सहित दर"],
];

describe("the Hindi glossary is applied everywhere", () => {
  it.each(REJECTED)("no %s (use %s)", (rejected) => {
    expect(hindiText).not.toContain(rejected);
  });

  it("the glossary lists every rejected variant", () => {
    const glossary = readFileSync(path.join(root, "docs/hindi-glossary.md"), "utf8");
    for (const [rejected, used] of REJECTED) {
      expect(glossary).toContain(rejected);
      expect(glossary).toContain(used);
    }
  });

  it("units are shown in Hindi on Hindi pages (नग, not NOS) and as codes in English", () => {
    expect(unitLabel("NOS", "hi")).toBe("नग");
    expect(unitLabel("KG", "hi")).toBe("किलोग्राम");
    expect(unitLabel("NOS", "en")).toBe("NOS");
    expect(unitLabel("XYZ", "hi")).toBe("XYZ");
  });
});
