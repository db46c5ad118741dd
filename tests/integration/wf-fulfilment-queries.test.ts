import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

process.env.UPLOAD_DIR = mkdtempSync(path.join(os.tmpdir(), "manak-uploads-"));

import { db } from "@/lib/db";
import { getAttachmentForActor } from "@/lib/queries/attachments";
import { getSupplyOrderForVendor, listVendorFulfilment } from "@/lib/queries/dispatch";
import { billSummary, getBillForFinance, listBills } from "@/lib/queries/finance";
import { getInspectionForInspector, listMyInspections } from "@/lib/queries/inspector";
import { getPolicyOverview } from "@/lib/queries/policy";
import { recordInspection } from "@/lib/services/inspection/record-inspection";
import { makeFulfilmentWorld, makeStrangers, makeSupplyOrderIn, preInspectionForm, SAMPLE_FILES, type FulfilmentWorld } from "../factories/fulfilment";

let world: FulfilmentWorld;
let strangers: Awaited<ReturnType<typeof makeStrangers>>;
beforeAll(async () => {
  world = await makeFulfilmentWorld(db);
  strangers = await makeStrangers(db, world);
});

describe("inspector queries", () => {
  it("list and show only the inspector's own inspections, soonest first, a page at a time", async () => {
    const made = [];
    for (let i = 0; i < 22; i++) made.push(await makeSupplyOrderIn(db, world, "AWAITING_PRE_INSPECTION", { createdAt: new Date(Date.now() - (30 - i) * 86_400_000) }));
    const first = await listMyInspections(world.inspectorActor, { tab: "open" });
    expect(first.rows).toHaveLength(20);
    const second = await listMyInspections(world.inspectorActor, { tab: "open", cursor: first.nextCursor! });
    const all = [...first.rows, ...second.rows];
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
    expect(all.map((r) => r.scheduledOn.getTime())).toEqual([...all.map((r) => r.scheduledOn.getTime())].sort((a, b) => a - b));
    expect(all.length).toBeGreaterThanOrEqual(22);

    expect((await listMyInspections(strangers.inspectorActor, { tab: "open" })).rows).toEqual([]);
    const id = made[0].inspection!.id;
    expect(await getInspectionForInspector(strangers.inspectorActor, id)).toBeNull();
    const mine = await getInspectionForInspector(world.inspectorActor, id);
    expect(mine?.supplyOrder.lines[0].item.specs.map((s) => s.key)).toEqual(["thickness_mm"]);
  });
});

describe("finance queries", () => {
  it("show only the office's bills, most pressing first, with what paying now would cost", async () => {
    const overdue = await makeSupplyOrderIn(db, world, "BILLED", { dueInDays: -20 });
    const soon = await makeSupplyOrderIn(db, world, "BILLED", { dueInDays: 1 });
    await makeSupplyOrderIn(db, world, "BILLED", { dueInDays: 15 });
    const { rows } = await listBills(world.financeActor, { tab: "pending" });
    expect(rows.slice(0, 2).map((r) => [r.id, r.urgency])).toEqual([[overdue.bill!.id, "overdue"], [soon.bill!.id, "dueSoon"]]);
    expect(rows.at(-1)?.urgency).toBe("due");

    const summary = await billSummary(world.financeActor);
    expect(summary.overdue.count).toBe(1);
    expect(summary.dueSoon).toEqual({ count: 1, paise: soon.bill!.netPayablePaise });

    const detail = await getBillForFinance(world.financeActor, overdue.bill!.id);
    expect(detail?.daysLateNow).toBe(20);
    expect(detail?.interestIfPaidNow).toBeGreaterThan(0n);
    expect(detail?.vendor.bankAccount).toMatch(/^••••\d{4}$/);

    expect((await listBills(strangers.financeActor, { tab: "pending" })).rows).toEqual([]);
    expect(await getBillForFinance(strangers.financeActor, overdue.bill!.id)).toBeNull();
    expect((await billSummary(strangers.financeActor)).pending.count).toBe(0);
  });
});

describe("vendor dispatch queries and attachments", () => {
  it("show the vendor its own orders and the steps open to it; photos only to those concerned", async () => {
    const { so, line, inspection, vendorActor } = await makeSupplyOrderIn(db, world, "AWAITING_PRE_INSPECTION");
    await recordInspection(world.inspectorActor, { inspectionId: inspection!.id, ...preInspectionForm(line.id, "FAIL", "Rust on doors"), photos: [SAMPLE_FILES.jpeg] });

    const view = await getSupplyOrderForVendor(vendorActor, so.id);
    expect(view).toMatchObject({ status: "PRE_INSPECTION_FAILED", canRequestReinspection: true, canDispatch: false, canReplace: false });
    expect(view?.inspections[0]).toMatchObject({ status: "FAILED", remarks: "Rust on doors" });
    expect(await getSupplyOrderForVendor(strangers.vendorActor, so.id)).toBeNull();
    expect((await listVendorFulfilment(vendorActor, { tab: "action" })).rows.map((r) => r.id)).toContain(so.id);
    expect((await listVendorFulfilment(strangers.vendorActor, { tab: "all" })).rows).toEqual([]);

    const photoId = view!.inspections[0].photos[0].id;
    for (const actor of [vendorActor, world.inspectorActor, world.buyerActor, world.financeActor, world.adminActor]) {
      expect(await getAttachmentForActor(actor, photoId)).toMatchObject({ mimeType: "image/jpeg", fileName: "dent.jpg" });
    }
    for (const actor of [strangers.vendorActor, strangers.inspectorActor, strangers.buyerActor, strangers.financeActor]) {
      expect(await getAttachmentForActor(actor, photoId)).toBeNull();
    }
  });
});

describe("policy queries", () => {
  it("show the version in force and the history to admins only", async () => {
    const overview = await getPolicyOverview(world.adminActor);
    expect(overview.inForce?.version).toBe(1);
    expect(overview.history.map((v) => v.version)).toEqual([1]);
    await expect(getPolicyOverview(world.financeActor)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
