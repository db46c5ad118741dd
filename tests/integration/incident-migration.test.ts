// The incidents migration turns every Complaint into an incident. The data-moving statements of
// prisma/migrations/20261206120000_incidents are run here against a Complaint table rebuilt as the
// init migration made it, filled through today's factories (the rest of the schema is unchanged).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeUser } from "../factories";
import { makeOrderWorld, makePurchaseOrder } from "../factories/orders";

const MIGRATION = readFileSync(path.join(import.meta.dirname, "../../prisma/migrations/20261206120000_incidents/migration.sql"), "utf8");
const DATA_STEP = MIGRATION.slice(MIGRATION.indexOf("-- Complaints become incidents"), MIGRATION.indexOf("-- DropForeignKey"));

describe("the incidents migration", () => {
  it("moves open and resolved complaints into numbered incidents with their text as the first message", async () => {
    const world = await makeOrderWorld(db);
    const { purchaseOrder, supplyOrders } = await makePurchaseOrder(db, world, { supplyOrders: [{ status: "DISPATCHED" }] });
    const so = supplyOrders[0];
    const buyer = await makeUser(db, "BUYER", { officeId: world.office.id });
    await db.$executeRawUnsafe(`CREATE TYPE "ComplaintStatus" AS ENUM ('OPEN', 'RESOLVED')`);
    await db.$executeRawUnsafe(`CREATE TABLE "Complaint" (
      "id" UUID NOT NULL PRIMARY KEY, "officeId" UUID NOT NULL, "purchaseOrderId" UUID, "supplyOrderId" UUID, "raisedById" UUID NOT NULL,
      "subject" TEXT NOT NULL, "body" TEXT NOT NULL, "status" "ComplaintStatus" NOT NULL DEFAULT 'OPEN', "resolution" TEXT,
      "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "resolvedAt" TIMESTAMP(3))`);
    const open = "0190a3c2-0000-7000-8000-00000000c001";
    const resolved = "0190a3c2-0000-7000-8000-00000000c002";
    await db.$executeRawUnsafe(
      `INSERT INTO "Complaint" (id, "officeId", "purchaseOrderId", "supplyOrderId", "raisedById", subject, body, status, resolution, "createdAt", "resolvedAt") VALUES
        ($1::uuid, $3::uuid, $4::uuid, $5::uuid, $6::uuid, 'Chairs short', 'Forty chairs never came.', 'OPEN', NULL, '2026-11-02T10:00:00Z', NULL),
        ($2::uuid, $3::uuid, $4::uuid, NULL, $6::uuid, 'Order muddle', 'Wrong consignee printed.', 'RESOLVED', 'Corrected by the department.', '2026-11-01T10:00:00Z', '2026-11-03T10:00:00Z')`,
      open, resolved, world.office.id, purchaseOrder.id, so.id, buyer.id,
    );
    await db.$executeRawUnsafe(DATA_STEP);

    const incidents = await db.incident.findMany({ where: { id: { in: [open, resolved] } }, orderBy: { createdAt: "asc" }, include: { messages: true } });
    expect(incidents.map((i) => i.number)).toEqual(["INC/2026-27/000001", "INC/2026-27/000002"]);
    expect(incidents[0]).toMatchObject({
      id: resolved, status: "RESOLVED", outcome: "SETTLED", resolution: "Corrected by the department.", respondentKind: "DEPARTMENT", vendorId: null,
      raisedByKind: "BUYER", raisedById: buyer.id, category: "OTHER", purchaseOrderId: purchaseOrder.id,
    });
    expect(incidents[1]).toMatchObject({
      id: open, status: "OPEN", outcome: null, respondentKind: "VENDOR", vendorId: so.vendorId, supplyOrderId: so.id,
      respondBy: new Date("2026-11-09T10:00:00Z"), resolveBy: new Date("2026-12-02T10:00:00Z"),
    });
    expect(incidents[1].messages.map((m) => [m.authorId, m.authorRole, m.body])).toEqual([[buyer.id, "BUYER", "Forty chairs never came."]]);
    // The counter continues after the migrated numbers.
    expect(await db.documentCounter.findUnique({ where: { series_financialYear: { series: "INC", financialYear: "2026-27" } } })).toMatchObject({ value: 2 });
  });
});
