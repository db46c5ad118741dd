import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import Ajv from "ajv-draft-04";
import { beforeAll, describe, expect, it } from "vitest";
import { createPrisma } from "@/lib/prisma-client";
import { SupplyOrderStatus } from "@/lib/generated/prisma/enums";
import { issueDocument } from "@/lib/documents/issue";
import { packageMetadata, releasePackage, streamReleasePackage } from "@/lib/ocds/package";
import { paiseToRupees } from "@/lib/ocds/values";
import { ocdsPage, ocdsReleaseFor } from "@/lib/queries/ocds";
import { makeOrderWorld, makePurchaseOrder, type SupplyOrderSpec } from "../factories/orders";
import { ocdsReleasePackageSchema, ocdsReleaseSchema } from "../support/ocds-schema";

process.env.PUBLIC_BASE_URL = "https://manak.example.gov.in";
const db = createPrisma();

// One purchase order per supply-order status, plus mixed ones (reallocated, partly paid late, all declined).
const SCENARIOS: SupplyOrderSpec[][] = [
  ...Object.values(SupplyOrderStatus).map((status) => [{ status }]),
  [{ status: "REJECTED" }, { status: "CLOSED", paidDaysAfterDue: 35, daysLate: 10, vendorOptions: { sc: true } }],
  [{ status: "EXPIRED" }, { status: "REJECTED" }],
  [{ status: "BILLED", dueInDays: 5, vendorOptions: { local: false } }, { status: "REPLACEMENT_DUE", rejectedQty: 3, vendorOptions: { womenOwned: true } }],
];
let numbers: string[] = [];

beforeAll(async () => {
  const world = await makeOrderWorld(db);
  for (const [i, supplyOrders] of SCENARIOS.entries()) {
    const { purchaseOrder, supplyOrders: made } = await makePurchaseOrder(db, world, {
      supplyOrders, createdAt: new Date(Date.UTC(2026, 5, 1) + i * 3_600_000),
    });
    numbers.push(purchaseOrder.number);
    // Documents as the workflow issues them, so releases link to their verification pages.
    await db.$transaction(async (tx) => {
      await issueDocument(tx, "PURCHASE_ORDER", purchaseOrder.id);
      for (const so of made) {
        await issueDocument(tx, "SUPPLY_ORDER", so.id);
        if (so.bill) await issueDocument(tx, "BILL", so.bill.id);
        if (so.payment) await issueDocument(tx, "PAYMENT_ADVICE", so.payment.id);
      }
    });
  }
  numbers = numbers.reverse(); // newest first, as the export pages them
});

async function readPackage(cursor: string | null, limit: number) {
  const page = await ocdsPage(cursor, limit);
  if (!page) throw new Error("bad cursor");
  const meta = packageMetadata({ uri: "https://manak.example.gov.in/api/ocds/releases", baseUrl: "https://manak.example.gov.in", publishedDate: new Date() });
  let text = "";
  for await (const chunk of streamReleasePackage(meta, page.releases())) text += chunk;
  return { pkg: JSON.parse(text), nextCursor: page.nextCursor };
}

describe("OCDS releases", () => {
  it("describes an order in every state validly", async () => {
    for (const number of numbers) {
      const release = await ocdsReleaseFor(number);
      const parsed = ocdsReleaseSchema.safeParse(JSON.parse(JSON.stringify(release)));
      expect(parsed.error?.issues ?? [], number).toEqual([]);
    }
  });

  it("maps states to OCDS statuses, payments to transactions and parties to roles", async () => {
    const paidLate = (await ocdsReleaseFor(numbers[2]))!; // REJECTED then CLOSED, paid 35 days late
    expect(paidLate.ocid).toBe(`ocds-manak01-${numbers[2]}`);
    expect(paidLate.tag).toEqual(["tender", "award", "contract", "implementation"]);
    expect(paidLate.awards.map((a) => a.status)).toEqual(["unsuccessful", "active"]);
    expect(paidLate.contracts).toHaveLength(1);
    const [contract] = paidLate.contracts;
    expect(contract.status).toBe("terminated");
    const [payment] = contract.implementation.transactions;
    const so = await db.supplyOrder.findUniqueOrThrow({ where: { number: contract.id }, include: { bill: { include: { payment: true } } } });
    expect(payment.value).toEqual({ amount: paiseToRupees(so.bill!.payment!.amountPaise), currency: "INR" });
    expect(so.bill!.payment!.interestPaise).toBeGreaterThan(0n);
    expect(contract.implementation.milestones[0]).toMatchObject({ type: "delivery", status: "met" });
    expect(paidLate.parties.find((p) => p.roles.includes("buyer"))!.roles).toEqual(["buyer", "procuringEntity", "payer"]);
    expect(paidLate.parties.filter((p) => p.roles.includes("payee"))).toHaveLength(1);
    expect(paidLate.parties.filter((p) => p.roles.includes("supplier"))).toHaveLength(2);

    const declined = (await ocdsReleaseFor(numbers[1]))!; // EXPIRED and REJECTED: nothing contracted
    expect(declined.contracts).toEqual([]);
    expect(declined.tender.status).toBe("unsuccessful");
    expect(declined.tag).toEqual(["tender", "award"]);
  });

  it("keeps every paisa when converting to rupees", () => {
    expect(paiseToRupees(1n)).toBe(0.01);
    expect(paiseToRupees(123_456_789_012_345n)).toBe(1_234_567_890_123.45);
    expect(JSON.stringify(paiseToRupees(10n))).toBe("0.1");
    expect(paiseToRupees(-250n)).toBe(-2.5);
  });

  it("pages the bulk export by cursor, every order exactly once, each page a valid package", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const { pkg, nextCursor } = await readPackage(cursor, 4);
      expect(ocdsReleasePackageSchema.safeParse(pkg).error?.issues ?? []).toEqual([]);
      seen.push(...pkg.releases.map((r: { tender: { id: string } }) => r.tender.id));
      cursor = nextCursor;
    } while (cursor);
    expect(seen).toEqual(numbers);
    expect(await ocdsPage("not-a-cursor")).toBeNull();
  });

  // The official OCDS 1.1 schema is not part of the project; ../shared/ocds-1.1 holds a copy on
  // development machines and in CI (OCDS_SCHEMA_DIR overrides the place).
  const schemaDir = process.env.OCDS_SCHEMA_DIR ?? path.resolve(import.meta.dirname, "../../../shared/ocds-1.1");
  it.runIf(existsSync(path.join(schemaDir, "release-package-schema.json")))("validates against the official OCDS 1.1 release-package schema", async () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    ajv.addFormat("date-time", (s: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(s));
    ajv.addFormat("uri", (s: string) => URL.canParse(s));
    ajv.addSchema(JSON.parse(readFileSync(path.join(schemaDir, "release-schema.json"), "utf8")));
    const validate = ajv.compile(JSON.parse(readFileSync(path.join(schemaDir, "release-package-schema.json"), "utf8")));
    const { pkg } = await readPackage(null, 100);
    expect(pkg.releases).toHaveLength(numbers.length);
    validate(pkg);
    expect(validate.errors ?? []).toEqual([]);
    const single = releasePackage(packageMetadata({ uri: "https://manak.example.gov.in/api/ocds/releases/x", baseUrl: "https://manak.example.gov.in", publishedDate: new Date() }), [(await ocdsReleaseFor(numbers[0]))!]);
    validate(JSON.parse(JSON.stringify(single)));
    expect(validate.errors ?? []).toEqual([]);
    // The validator does reject what the standard forbids.
    validate({ ...single, releases: [{ ...single.releases[0], tag: ["purchase"], awards: [{ id: "x", value: { amount: "1.00", currency: "INR" } }] }] });
    expect(validate.errors?.map((e) => e.instancePath)).toEqual(expect.arrayContaining(["/releases/0/tag/0", "/releases/0/awards/0/value/amount"]));
  });
});
