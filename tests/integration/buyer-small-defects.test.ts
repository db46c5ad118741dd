import { describe, expect, it } from "vitest";
import { createPrisma } from "@/lib/prisma-client";
import { placeOrderContext } from "@/lib/queries/buyer";
import { loadCart, saveCart } from "@/lib/services/cart/cart-store";
import { actorOf, makeDistrict, makeUser } from "../factories";

const db = createPrisma();

describe("the buyer's cart is kept on the server (issue 15: it lived in one device's cookie)", () => {
  it("is the same wherever the buyer signs in, and is the buyer's own", async () => {
    const a = await makeUser(db, "BUYER");
    const b = await makeUser(db, "BUYER");
    expect(await loadCart(a.id)).toBeNull();
    const itemId = "01930000-0000-7000-8000-000000000001";
    await saveCart(a.id, [{ itemId, quantity: 20 }]);
    // Another device is another request with no cookie: the server has the cart.
    expect(await loadCart(a.id)).toEqual([{ itemId, quantity: 20 }]);
    expect(await loadCart(b.id)).toBeNull();
    await saveCart(a.id, []);
    expect(await loadCart(a.id)).toEqual([]);
  });

  it("ignores anything malformed stored in it", async () => {
    const a = await makeUser(db, "BUYER");
    await db.cart.create({ data: { userId: a.id, lines: [{ itemId: "not-a-uuid", quantity: 1 }, { itemId: "01930000-0000-7000-8000-000000000002", quantity: -3 }] } });
    expect(await loadCart(a.id)).toEqual([]);
  });
});

describe("the consignee list (issue 15: it offered panchayats of every district)", () => {
  it("offers the buying office and its department's offices in the same district only", async () => {
    const home = await makeDistrict(db);
    const away = await makeDistrict(db);
    const department = await db.department.create({ data: { code: `DEP-${home.slug}`, nameEn: "Panchayat and Rural Development", nameHi: "पंचायत एवं ग्रामीण विकास" } });
    const office = (districtId: number, code: string) =>
      db.office.create({ data: { code, nameEn: code, nameHi: code, kind: "GRAM_PANCHAYAT", departmentId: department.id, districtId, address: "Village", pincode: "491001" } });
    const mine = await office(home.id, `GP-A-${home.slug}`);
    const neighbour = await office(home.id, `GP-B-${home.slug}`);
    const elsewhere = await office(away.id, `GP-C-${away.slug}`);
    const buyer = await makeUser(db, "BUYER", { officeId: mine.id });
    const { consignees } = await placeOrderContext(actorOf(buyer));
    const ids = consignees.map((c) => c.id);
    expect(ids[0]).toBe(mine.id);
    expect(ids).toContain(neighbour.id);
    expect(ids).not.toContain(elsewhere.id);
  });
});
