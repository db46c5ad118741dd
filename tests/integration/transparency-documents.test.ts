import { beforeAll, describe, expect, it } from "vitest";
import { createPrisma } from "@/lib/prisma-client";
import { AppError } from "@/lib/errors";
import type { DocumentKind } from "@/lib/generated/prisma/enums";
import { MESSAGES } from "@/lib/i18n/load-messages";
import type { DocumentFacts } from "@/lib/documents/facts";
import { issueDocument } from "@/lib/documents/issue";
import { renderDocumentPdf } from "@/lib/documents/pdf";
import { verifyUrl } from "@/lib/documents/urls";
import { downloadDocument } from "@/lib/documents/download";
import { getDocumentVerification, findDocumentsByNumber } from "@/lib/queries/verification";
import { actorOf, makeOffice, makeUser } from "../factories";
import { makeOrderWorld, makePurchaseOrder, makeVendor } from "../factories/orders";

process.env.PUBLIC_BASE_URL = "https://manak.example.gov.in";
const db = createPrisma();

let world: Awaited<ReturnType<typeof makeOrderWorld>>;
let order: Awaited<ReturnType<typeof makePurchaseOrder>>;
let entities: Record<DocumentKind, string>;

beforeAll(async () => {
  world = await makeOrderWorld(db);
  order = await makePurchaseOrder(db, world, { supplyOrders: [{ status: "CLOSED", preInspection: true, paidDaysAfterDue: 40, daysLate: 9 }] });
  const so = order.supplyOrders[0];
  const inspection = await db.inspection.findFirstOrThrow({ where: { supplyOrderId: so.id, kind: "PRE" } });
  entities = {
    PURCHASE_ORDER: order.purchaseOrder.id,
    SUPPLY_ORDER: so.id,
    INSPECTION_CERTIFICATE: inspection.id,
    BILL: so.bill!.id,
    PAYMENT_ADVICE: so.payment!.id,
  };
});

const KINDS = ["PURCHASE_ORDER", "SUPPLY_ORDER", "INSPECTION_CERTIFICATE", "BILL", "PAYMENT_ADVICE"] as const;

describe("issued documents", () => {
  it("issues each kind once, anchors its hash in the audit chain, and stays idempotent", async () => {
    for (const kind of KINDS) {
      const doc = await db.$transaction((tx) => issueDocument(tx, kind, entities[kind]));
      expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
      const again = await db.$transaction((tx) => issueDocument(tx, kind, entities[kind]));
      expect(again.id).toBe(doc.id);
      const anchors = await db.auditEvent.findMany({ where: { entityType: "Document", entityId: doc.id, action: "document.issue" } });
      expect(anchors).toHaveLength(1);
      expect(anchors[0].data).toMatchObject({ kind, sha256: doc.sha256 });
      expect(anchors[0].purchaseOrderId).toBe(order.purchaseOrder.id);
    }
  });

  it("labels every fact and column in English and Hindi", async () => {
    const docs = await db.document.findMany({ where: { entityId: { in: Object.values(entities) } } });
    expect(docs).toHaveLength(KINDS.length);
    for (const doc of docs) {
      const facts = doc.facts as unknown as DocumentFacts;
      const keys = [...facts.facts.map((f) => f.key), ...(facts.table?.columns.map((c) => c.key) ?? [])];
      for (const locale of ["en", "hi"] as const) {
        const fields = MESSAGES[locale].documents.fields as Record<string, string>;
        for (const key of keys) expect(fields[key], `${locale} documents.fields.${key}`).toBeTruthy();
        expect(MESSAGES[locale].documents.kinds[doc.kind]).toBeTruthy();
      }
    }
  });

  it("renders a PDF whose QR code opens the verification page, which shows the same facts and hash", async () => {
    const doc = await db.document.findUniqueOrThrow({ where: { kind_entityId: { kind: "BILL", entityId: entities.BILL } } });
    const url = verifyUrl(doc.id);
    expect(url).toBe(`https://manak.example.gov.in/verify/${doc.id}`);
    const pdf = await renderDocumentPdf({ id: doc.id, kind: doc.kind, number: doc.number, sha256: doc.sha256, facts: doc.facts as unknown as DocumentFacts, verifyUrl: url });
    expect(pdf.length).toBeGreaterThan(5_000);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");

    // What /verify/<id> (the URL in the QR code) renders.
    const id = new URL(url).pathname.split("/").pop()!;
    const shown = await getDocumentVerification(id);
    expect(shown).toMatchObject({ id: doc.id, number: doc.number, storedHash: doc.sha256, computedHash: doc.sha256, genuine: true });
    expect(shown!.facts).toEqual(doc.facts);
    expect(shown!.anchor).toMatchObject({ intact: true, matches: true });
    expect(await findDocumentsByNumber(doc.number.toLowerCase())).toEqual([expect.objectContaining({ id: doc.id })]);
  });

  it("keeps every Hindi character after ई and a reph have shared a glyph (fontkit cache)", async () => {
    const { Font } = await import("@react-pdf/renderer");
    const doc = await db.document.findUniqueOrThrow({ where: { kind_entityId: { kind: "INSPECTION_CERTIFICATE", entityId: entities.INSPECTION_CERTIFICATE } } });
    await renderDocumentPdf({ id: doc.id, kind: doc.kind, number: doc.number, sha256: doc.sha256, facts: doc.facts as unknown as DocumentFacts, verifyUrl: verifyUrl(doc.id) });
    for (const fontWeight of [400, 700]) {
      const font = Font.getFont({ fontFamily: "NotoSansDevanagari", fontWeight }).data as unknown as { layout(s: string): { glyphs: { codePoints: number[] }[] } };
      // ई is drawn as इ plus the reph glyph without a code point; a real reph (र्) has two. react-pdf
      // maps text to glyphs by counting code points, so the counts must add up whichever came first.
      for (const text of ["ई", "अनुत्तीर्ण", "चादर की मोटाई (मिमी)", "ऐ", "पूर्व", "इकाई"]) {
        const counted = font.layout(text).glyphs.reduce((n, g) => n + g.codePoints.length, 0);
        expect(counted, `${text} (${fontWeight})`).toBe([...text].length);
      }
    }
  });

  it("reports a document whose stored facts were changed as not genuine", async () => {
    const doc = await db.document.findUniqueOrThrow({ where: { kind_entityId: { kind: "PAYMENT_ADVICE", entityId: entities.PAYMENT_ADVICE } } });
    const facts = doc.facts as unknown as DocumentFacts;
    const altered = { ...facts, facts: facts.facts.map((f) => (f.key === "amountPaid" ? { ...f, value: "1" } : f)) };
    await db.document.update({ where: { id: doc.id }, data: { facts: altered } });
    expect(await getDocumentVerification(doc.id)).toMatchObject({ genuine: false, storedHash: doc.sha256 });
    // Re-hashing the altered facts into the row does not help: the audit chain holds the original hash.
    const { documentHash } = await import("@/lib/documents/issue");
    await db.document.update({ where: { id: doc.id }, data: { sha256: documentHash({ ...doc, facts: altered }) } });
    expect(await getDocumentVerification(doc.id)).toMatchObject({ genuine: false, anchor: { matches: false } });
  });

  it("puts no personal data in any document", async () => {
    const docs = await db.document.findMany({ where: { entityId: { in: Object.values(entities) } } });
    const text = JSON.stringify(docs.map((d) => d.facts));
    const vendor = order.supplyOrders[0].vendor;
    for (const secret of [vendor.email, vendor.mobile, vendor.bankAccount, vendor.pan, vendor.gstin, world.buyer.email, order.supplyOrders[0].payment!.bankReference]) {
      expect(text).not.toContain(secret);
    }
  });
});

describe("document download", () => {
  const expectNotFound = (p: Promise<unknown>) => expect(p).rejects.toSatisfy((e) => e instanceof AppError && e.code === "NOT_FOUND");

  it("lets the parties of the order download, and nobody else", async () => {
    const so = order.supplyOrders[0];
    const vendorUser = await makeUser(db, "VENDOR", { vendorId: so.vendor.id });
    const otherVendor = await makeUser(db, "VENDOR", { vendorId: (await makeVendor(db, { districtId: world.districtId })).id });
    const otherOffice = await makeOffice(db, { districtId: world.districtId });
    const otherBuyer = await makeUser(db, "BUYER", { officeId: otherOffice.id });
    const admin = await makeUser(db, "ADMIN");

    const bill = await downloadDocument(actorOf(world.finance), "BILL", entities.BILL);
    expect(bill.pdf.subarray(0, 4).toString("latin1")).toBe("%PDF");
    expect(bill.fileName).toMatch(/^bill-BILL-.+\.pdf$/);
    await expect(downloadDocument(actorOf(vendorUser), "SUPPLY_ORDER", entities.SUPPLY_ORDER)).resolves.toBeTruthy();
    await expect(downloadDocument(actorOf(world.inspectorUser, world.inspector.id), "INSPECTION_CERTIFICATE", entities.INSPECTION_CERTIFICATE)).resolves.toBeTruthy();
    await expect(downloadDocument(actorOf(admin), "PAYMENT_ADVICE", entities.PAYMENT_ADVICE)).resolves.toBeTruthy();

    await expectNotFound(downloadDocument(null, "PURCHASE_ORDER", entities.PURCHASE_ORDER));
    await expectNotFound(downloadDocument(actorOf(otherBuyer), "PURCHASE_ORDER", entities.PURCHASE_ORDER));
    await expectNotFound(downloadDocument(actorOf(otherVendor), "BILL", entities.BILL));
    await expectNotFound(downloadDocument(actorOf(world.inspectorUser, world.inspector.id), "BILL", entities.BILL));
    await expectNotFound(downloadDocument(actorOf(world.buyer), "BILL", "not-a-uuid"));
  });

  it("issues a document on first download when the workflow has not", async () => {
    const fresh = await makePurchaseOrder(db, world, { supplyOrders: [{ status: "READY_TO_DISPATCH" }] });
    const before = await db.document.count({ where: { entityId: fresh.supplyOrders[0].id } });
    await downloadDocument(actorOf(world.buyer), "SUPPLY_ORDER", fresh.supplyOrders[0].id);
    expect(before).toBe(0);
    expect(await db.document.count({ where: { entityId: fresh.supplyOrders[0].id, kind: "SUPPLY_ORDER" } })).toBe(1);
  });
});
