import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { parseCatalogueSearch } from "@/lib/domain/catalogue/search";
import { createCategory } from "@/lib/services/catalogue/create-category";
import { createItem } from "@/lib/services/catalogue/create-item";
import { createSynonymGroup, deleteSynonymGroup, updateSynonymGroup } from "@/lib/services/synonym/save-synonym-group";
import { searchCatalogue } from "@/lib/queries/catalogue-search";
import { istToday } from "@/lib/domain/catalogue/item";
import { actorOf, makeUser } from "@/tests/factories";

let admin: Actor;
const codes = async (q: string) => (await searchCatalogue(parseCatalogueSearch({ q }).search)).items.map((i) => i.code);

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    if (error instanceof AppError) return `${error.code}:${Object.entries(error.fieldErrors).flat(2).join(",")}`;
    throw error;
  }
}

beforeAll(async () => {
  admin = actorOf(await makeUser(db, "ADMIN"));
  const { categoryId } = await createCategory(admin, { code: "POT", nameEn: "Pottery", nameHi: "मिट्टी के बर्तन" });
  await createItem(admin, {
    code: "POT-001", nameEn: "Clay water pot", nameHi: "मिट्टी का घड़ा", categoryId, unit: "NOS", hsn: "6912",
    active: "on", gstRate: "5", gstEffectiveFrom: istToday(new Date()),
  });
});

describe("synonym groups (admin)", () => {
  it("a new group is searched at once, in every script, and the change is audited", async () => {
    expect(await codes("matka")).toEqual([]);
    const { groupId } = await createSynonymGroup(admin, { english: "pot, pitcher", hindi: "घड़ा, मटका", roman: "matka, ghada" });
    expect(await codes("matka")).toEqual(["POT-001"]);
    expect(await codes("मटका")).toEqual(["POT-001"]);
    expect(await codes("matkaa")).toEqual(["POT-001"]);
    expect(await codes("pitcher")).toEqual(["POT-001"]);
    const audit = await db.auditEvent.findMany({ where: { entityType: "SynonymGroup", entityId: groupId }, select: { action: true, data: true } });
    expect(audit).toEqual([{ action: "synonyms.created", data: { english: ["pot", "pitcher"], hindi: ["घड़ा", "मटका"], roman: ["matka", "ghada"] } }]);

    await updateSynonymGroup(admin, { groupId, english: "pot", hindi: "घड़ा, सुराही", roman: "" });
    expect(await codes("matka")).toEqual([]);
    expect(await codes("सुराही")).toEqual(["POT-001"]);

    await deleteSynonymGroup(admin, { groupId });
    expect(await codes("सुराही")).toEqual([]);
    const actions = await db.auditEvent.findMany({ where: { entityType: "SynonymGroup", entityId: groupId }, orderBy: { seq: "asc" }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(["synonyms.created", "synonyms.updated", "synonyms.deleted"]);
  });

  it("refuses other roles, bad terms with a message per field, and unknown groups", async () => {
    const buyer = actorOf(await makeUser(db, "BUYER"));
    expect(await codeOf(createSynonymGroup(buyer, { english: "a, b" }))).toMatch(/^FORBIDDEN/);
    expect(await codeOf(createSynonymGroup(admin, { english: "clay pot", hindi: "pot" }))).toBe("VALIDATION:english,errors.synonyms.english,hindi,errors.synonyms.hindi");
    expect(await codeOf(updateSynonymGroup(admin, { groupId: "00000000-0000-4000-8000-000000000000", english: "a, b" }))).toBe("NOT_FOUND:");
    expect(await codeOf(deleteSynonymGroup(admin, { groupId: "nope" }))).toBe("NOT_FOUND:");
  });
});
