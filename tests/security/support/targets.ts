// Resources to aim at, found in the seeded demo data by plain SQL: each one belongs to a known
// caller (or to nobody the suite signs in as), and is in a state in which its owner's action would
// succeed — so that a refusal proves a check, not merely a wrong state.
import { maybe, one } from "./db";

export type Targets = Awaited<ReturnType<typeof findTargets>>;

async function supplyOrder(status: string, vendorEmail: string | null, officeCode: string | null) {
  return one<{ id: string; purchaseOrderId: string; lineIds: string[] }>(
    `SELECT so.id, so."purchaseOrderId", array(SELECT l.id FROM "SupplyOrderLine" l WHERE l."supplyOrderId" = so.id ORDER BY l.id) AS "lineIds"
       FROM "SupplyOrder" so JOIN "Vendor" v ON v.id = so."vendorId" JOIN "PurchaseOrder" po ON po.id = so."purchaseOrderId" JOIN "Office" o ON o.id = po."officeId"
      WHERE so.status = $1 AND ($2::text IS NULL OR v.email = $2) AND ($3::text IS NULL OR o.code = $3)
      ORDER BY so.id LIMIT 1`,
    [status, vendorEmail, officeCode],
  );
}

export async function findTargets() {
  const SED = "SED-RPR-DEO"; // buyer@ / finance@'s office
  const office = await one<{ id: string; budgetHeadId: string }>(
    `SELECT o.id, (SELECT b.id FROM "BudgetHead" b WHERE b."officeId" = o.id ORDER BY b.code LIMIT 1) AS "budgetHeadId" FROM "Office" o WHERE o.code = $1`,
    [SED],
  );
  const inspection = await one<{ id: string; supplyOrderId: string }>(
    `SELECT i.id, i."supplyOrderId" FROM "Inspection" i JOIN "Inspector" ins ON ins.id = i."inspectorId" JOIN "User" u ON u.id = ins."userId"
      WHERE i.status = 'ASSIGNED' AND u.email = 'inspector@demo.manak.in' ORDER BY i.id LIMIT 1`,
  );
  const inspectionLines = (
    await one<{ ids: string[] }>(`SELECT array(SELECT l.id FROM "SupplyOrderLine" l WHERE l."supplyOrderId" = $1 ORDER BY l.id) AS ids`, [inspection.supplyOrderId])
  ).ids;
  const inspectionSpecs = (
    await one<{ keys: string[] }>(
      `SELECT array(SELECT DISTINCT l.id || ':' || (s->>'key') FROM "SupplyOrderLine" l JOIN "Item" it ON it.id = l."itemId", jsonb_array_elements(it.specs) s
                    WHERE l."supplyOrderId" = $1) AS keys`,
      [inspection.supplyOrderId],
    ).catch(() => ({ keys: [] as string[] }))
  ).keys;
  const bill = await one<{ id: string }>(
    `SELECT b.id FROM "Bill" b JOIN "SupplyOrder" so ON so.id = b."supplyOrderId" JOIN "PurchaseOrder" po ON po.id = so."purchaseOrderId" JOIN "Office" o ON o.id = po."officeId"
      WHERE b.status = 'PENDING' AND o.code = $1 ORDER BY b.id LIMIT 1`,
    [SED],
  );
  const offer = await one<{ id: string; itemId: string }>(
    `SELECT f.id, f."itemId" FROM "Offer" f JOIN "Vendor" v ON v.id = f."vendorId" WHERE v.email = 'vendor@demo.manak.in' AND f.status = 'ACTIVE' ORDER BY f.id LIMIT 1`,
  );
  const notification = await one<{ id: string }>(
    `SELECT n.id::text FROM "Notification" n JOIN "User" u ON u.id = n."userId" WHERE u.email = 'buyer@demo.manak.in' AND n.channel = 'IN_APP' ORDER BY n.id LIMIT 1`,
  );
  const pendingVendor = await one<{ id: string }>(`SELECT id FROM "Vendor" WHERE status = 'PENDING' ORDER BY id LIMIT 1`);
  const category = await one<{ id: string; code: string }>(`SELECT id::text, code FROM "Category" ORDER BY code LIMIT 1`);
  const item = await one<{ id: string; code: string }>(`SELECT id, code FROM "Item" WHERE reserved ORDER BY code LIMIT 1`);
  const district = await one<{ id: string }>(`SELECT id::text FROM "District" ORDER BY id LIMIT 1`);
  const otherOfficeItem = await maybe<{ id: string }>(`SELECT "itemId" AS id FROM "Offer" WHERE status = 'ACTIVE' ORDER BY id LIMIT 1`);
  return {
    office,
    // vendor@'s order from Gram Panchayat Anda, waiting for its answer.
    soAwaiting: await supplyOrder("AWAITING_ACCEPTANCE", "vendor@demo.manak.in", null),
    // Another firm's (Raipur Stationery) order from buyer@'s office, waiting for its answer: buyer@ may cancel it.
    soOtherVendorAwaiting: await supplyOrder("AWAITING_ACCEPTANCE", "raipurstationery@example.com", SED),
    // vendor@'s order that passed pre-dispatch inspection (buyer@'s office).
    soReady: await supplyOrder("READY_TO_DISPATCH", "vendor@demo.manak.in", SED),
    // Another firm's order that failed pre-dispatch inspection: nobody the suite signs in as may ask for re-inspection.
    soFailed: await supplyOrder("PRE_INSPECTION_FAILED", null, SED),
    // Dispatched to buyer@'s office: buyer@ may record the receipt.
    soDispatched: await supplyOrder("DISPATCHED", null, SED),
    // Rejected goods not replaced (buyer@'s office): buyer@ may deduct them.
    soReplacementDue: await supplyOrder("REPLACEMENT_DUE", null, SED),
    inspection,
    inspectionLines,
    inspectionSpecs,
    bill,
    offer,
    notification,
    pendingVendor,
    category,
    item,
    district,
    cartItemId: otherOfficeItem?.id ?? item.id,
  };
}
