import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recordDispatch } from "@/lib/services/dispatch/record-dispatch";
import { recordReplacementDispatch } from "@/lib/services/dispatch/record-replacement-dispatch";
import { codeOf, dispatchForm, makeFulfilmentWorld, makeStrangers, makeSupplyOrderIn, race, type FulfilmentWorld } from "../factories/fulfilment";

let world: FulfilmentWorld;
beforeAll(async () => {
  world = await makeFulfilmentWorld(db);
});

describe("recordDispatch", () => {
  it("records invoice and transport, moves the order to DISPATCHED and tells the buyer", async () => {
    const { so, line, vendorActor } = await makeSupplyOrderIn(db, world, "READY_TO_DISPATCH", { quantity: 6 });
    const result = await recordDispatch(vendorActor, dispatchForm(so.id, [{ id: line.id, quantity: 6 }], { invoiceNumber: " GS/26-27/118 " }));
    expect(result.status).toBe("DISPATCHED");

    const dispatch = await db.dispatch.findUniqueOrThrow({ where: { id: result.dispatchId } });
    expect(dispatch).toMatchObject({ kind: "ORIGINAL", invoiceNumber: "GS/26-27/118", transporter: "CG Roadways", docketNumber: "DK12345678" });
    expect(dispatch.quantities).toEqual([{ supplyOrderLineId: line.id, quantity: 6 }]);
    expect((await db.supplyOrderLine.findUniqueOrThrow({ where: { id: line.id } })).dispatchedQty).toBe(6);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: so.id, action: "supplyOrder.dispatch" } });
    expect(audit.data).toMatchObject({ from: "READY_TO_DISPATCH", to: "DISPATCHED", invoiceNumber: "GS/26-27/118" });
    const mail = await db.notification.findFirstOrThrow({ where: { userId: world.buyer.id, event: "supplyOrder.dispatched", channel: "EMAIL" } });
    expect(mail.body).toContain("GS/26-27/118");
  });

  it("is refused before the required pre-dispatch inspection has passed, saying so", async () => {
    for (const status of ["AWAITING_PRE_INSPECTION", "PRE_INSPECTION_FAILED"] as const) {
      const { so, line, vendorActor } = await makeSupplyOrderIn(db, world, status);
      const err = await recordDispatch(vendorActor, dispatchForm(so.id, [{ id: line.id, quantity: 10 }])).catch((e) => e);
      expect(err.code).toBe("CONFLICT");
      expect(err.messageKey).toBe("errors.dispatch.preInspectionRequired");
      expect(await db.dispatch.count({ where: { supplyOrderId: so.id } })).toBe(0);
    }
  });

  it("checks the form field by field: future dates, invoice after dispatch, too much, nothing", async () => {
    const { so, line, vendorActor } = await makeSupplyOrderIn(db, world, "READY_TO_DISPATCH", { quantity: 5 });
    const future = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const err = await recordDispatch(
      vendorActor,
      dispatchForm(so.id, [{ id: line.id, quantity: 6 }], { dispatchedOn: future, transporter: "", invoiceNumber: "<script>" }),
    ).catch((e) => e);
    expect(err.code).toBe("VALIDATION");
    expect(err.fieldErrors).toMatchObject({
      dispatchedOn: ["errors.dispatch.future"],
      transporter: ["errors.required"],
      invoiceNumber: ["errors.dispatch.invoiceNumber"],
      [`quantities.${line.id}`]: ["errors.dispatch.quantityTooLarge"],
    });
    const none = await recordDispatch(vendorActor, dispatchForm(so.id, [{ id: line.id, quantity: 0 }])).catch((e) => e);
    expect(none.fieldErrors).toEqual({ _form: ["errors.dispatch.nothingToDispatch"] });
    const today = dispatchForm(so.id, [{ id: line.id, quantity: 5 }]);
    const yesterday = new Date(Date.parse(today.dispatchedOn) - 86_400_000).toISOString().slice(0, 10);
    const late = await recordDispatch(vendorActor, { ...today, dispatchedOn: yesterday, invoiceDate: today.dispatchedOn }).catch((e) => e);
    expect(late.fieldErrors).toEqual({ invoiceDate: ["errors.dispatch.invoiceAfterDispatch"] });
  });

  it("belongs to the supplying vendor: FORBIDDEN to other roles, NOT_FOUND to other firms", async () => {
    const { so, line } = await makeSupplyOrderIn(db, world, "READY_TO_DISPATCH");
    const strangers = await makeStrangers(db, world);
    const form = dispatchForm(so.id, [{ id: line.id, quantity: 10 }]);
    expect(codeOf(await recordDispatch(world.buyerActor, form).catch((e) => e))).toBe("FORBIDDEN");
    expect(codeOf(await recordDispatch(world.inspectorActor, form).catch((e) => e))).toBe("FORBIDDEN");
    expect(codeOf(await recordDispatch(strangers.vendorActor, form).catch((e) => e))).toBe("NOT_FOUND");
  });

  it("20 identical dispatches at once: one dispatch recorded, the rest CONFLICT", async () => {
    const { so, line, vendorActor } = await makeSupplyOrderIn(db, world, "READY_TO_DISPATCH", { quantity: 10 });
    const { successes, failures } = await race(20, () => recordDispatch(vendorActor, dispatchForm(so.id, [{ id: line.id, quantity: 10 }])));
    expect(successes).toHaveLength(1);
    expect(failures).toEqual(Array(19).fill("CONFLICT"));
    expect(await db.dispatch.count({ where: { supplyOrderId: so.id } })).toBe(1);
    expect((await db.supplyOrderLine.findUniqueOrThrow({ where: { id: line.id } })).dispatchedQty).toBe(10);
  });
});

describe("recordReplacementDispatch", () => {
  it("sends replacements for what was rejected, no more, and only when a replacement is due", async () => {
    const { so, line, vendorActor } = await makeSupplyOrderIn(db, world, "REPLACEMENT_DUE", { quantity: 10, rejectedQty: 3 });
    const tooMuch = await recordReplacementDispatch(vendorActor, dispatchForm(so.id, [{ id: line.id, quantity: 4 }])).catch((e) => e);
    expect(tooMuch.fieldErrors).toEqual({ [`quantities.${line.id}`]: ["errors.dispatch.quantityTooLarge"] });

    const result = await recordReplacementDispatch(vendorActor, dispatchForm(so.id, [{ id: line.id, quantity: 3 }], { invoiceNumber: "GS/R/7" }));
    expect(result.status).toBe("DISPATCHED");
    expect(await db.dispatch.findUniqueOrThrow({ where: { id: result.dispatchId } })).toMatchObject({ kind: "REPLACEMENT", invoiceNumber: "GS/R/7" });
    expect(await db.auditEvent.count({ where: { entityId: so.id, action: "supplyOrder.replacementDispatch" } })).toBe(1);

    const again = await recordReplacementDispatch(vendorActor, dispatchForm(so.id, [{ id: line.id, quantity: 3 }])).catch((e) => e);
    expect(again.code).toBe("CONFLICT");
    const ready = await makeSupplyOrderIn(db, world, "READY_TO_DISPATCH");
    const notDue = await recordReplacementDispatch(ready.vendorActor, dispatchForm(ready.so.id, [{ id: ready.line.id, quantity: 1 }])).catch((e) => e);
    expect(notDue.code).toBe("CONFLICT");
  });
});
