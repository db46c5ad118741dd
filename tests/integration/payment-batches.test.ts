import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { istDayNumber, msmedInterest } from "@/lib/domain/bill/rules";
import { renderPain001 } from "@/lib/domain/payment-batch/files";
import { parseCamt053 } from "@/lib/domain/payment-batch/statement";
import { paymentBatchFile } from "@/lib/queries/payment-batches";
import { refreshPublicViews } from "@/lib/queries/public-views";
import { createPaymentBatch, sha256 } from "@/lib/services/payment-batch/create-payment-batch";
import { importStatement, STATEMENT_SYNC_LIMIT } from "@/lib/services/payment-batch/import-statement";
import { runStatementImports } from "@/lib/services/payment-batch/run-statement-imports";
import { resolveStatementLine } from "@/lib/services/payment-batch/resolve-statement-line";
import { releasePayment } from "@/lib/services/payment/release-payment";
import { codeOf, makeFulfilmentWorld, makeStrangers, makeSupplyOrderIn, race, type FulfilmentWorld } from "../factories/fulfilment";
import { makeVendor } from "../factories/orders";

let world: FulfilmentWorld;
beforeAll(async () => {
  world = await makeFulfilmentWorld(db);
  await db.office.update({ where: { id: world.office.id }, data: { bankAccount: "30123456789", ifsc: "SBIN0004567", bankCsvLayout: "GENERIC" } });
});

const DAY = 86_400_000;
const today = () => new Date(istDayNumber(new Date()) * DAY);
const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const rupees = (p: bigint) => `${p / 100n}.${(p % 100n).toString().padStart(2, "0")}`;

/** A billed supply order of its own vendor (own bank account), due in `dueInDays`. */
async function billDue(dueInDays: number) {
  const vendor = await makeVendor(db, { districtId: world.districtId });
  const made = await makeSupplyOrderIn(db, world, "BILLED", { dueInDays, vendor });
  return { ...made, bill: made.bill!, vendor: await db.vendor.findUniqueOrThrow({ where: { id: vendor.id } }) };
}

type Entry = { ref: string; amountPaise: bigint; valueDate: Date; utr: string; e2e?: string; account?: string; credit?: boolean; returnCode?: string };
function camt053(entries: Entry[]) {
  const ntry = entries.map((e) => `
      <Ntry><NtryRef>${e.ref}</NtryRef><Amt Ccy="INR">${rupees(e.amountPaise)}</Amt><CdtDbtInd>${e.credit ? "CRDT" : "DBIT"}</CdtDbtInd>
        <Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>${isoDay(e.valueDate)}</Dt></BookgDt><ValDt><Dt>${isoDay(e.valueDate)}</Dt></ValDt>
        <NtryDtls><TxDtls><Refs><AcctSvcrRef>${e.ref}</AcctSvcrRef>${e.e2e ? `<EndToEndId>${e.e2e}</EndToEndId>` : ""}<ClrSysRef>${e.utr}</ClrSysRef></Refs>
          ${e.account ? `<RltdPties><Cdtr><Pty><Nm>Vendor &amp; Sons</Nm></Pty></Cdtr><CdtrAcct><Id><Othr><Id>${e.account}</Id></Othr></Id></CdtrAcct></RltdPties>` : ""}
          ${e.returnCode ? `<RtrInf><Rsn><Cd>${e.returnCode}</Cd></Rsn></RtrInf>` : ""}
        </TxDtls></NtryDtls></Ntry>`).join("");
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt><GrpHdr><MsgId>S1</MsgId><CreDtTm>2026-12-06T10:00:00</CreDtTm></GrpHdr>
  <Stmt><Id>STMT-1</Id><Acct><Id><Othr><Id>30123456789</Id></Othr></Id></Acct>${ntry}
  </Stmt></BkToCstmrStmt></Document>`;
}

describe("createPaymentBatch", () => {
  it("sends due bills most urgent first, with interest to today, unique references, audited; the files reproduce byte for byte", async () => {
    const later = await billDue(5);
    const overdue = await billDue(-20);
    const result = await createPaymentBatch(world.financeActor, { billIds: [later.bill.id, overdue.bill.id] });
    expect(result.itemCount).toBe(2);

    const batch = await db.paymentBatch.findUniqueOrThrow({ where: { id: result.batchId }, include: { items: { orderBy: { seq: "asc" } } } });
    expect(batch.status).toBe("SENT");
    expect(batch.items.map((i) => i.billId)).toEqual([overdue.bill.id, later.bill.id]);
    const interest = msmedInterest(overdue.bill.netPayablePaise, overdue.bill.dueDate, today(), world.policy.bankRateBp);
    expect(interest).toBeGreaterThan(0n);
    expect(batch.items[0]).toMatchObject({ amountPaise: overdue.bill.netPayablePaise + interest, interestPaise: interest, vendorAccount: overdue.vendor.bankAccount, status: "SENT" });
    expect(batch.items[1]).toMatchObject({ amountPaise: later.bill.netPayablePaise, interestPaise: 0n });
    for (const item of batch.items) expect(item.endToEndId).toMatch(/^MNK\d{12}$/);
    expect(new Set(batch.items.map((i) => i.endToEndId)).size).toBe(2);
    expect(batch.totalPaise).toBe(batch.items[0].amountPaise + batch.items[1].amountPaise);
    expect((await db.bill.findMany({ where: { id: { in: [later.bill.id, overdue.bill.id] } } })).map((b) => b.status)).toEqual(["SENT", "SENT"]);

    const audits = await db.auditEvent.findMany({ where: { OR: [{ entityId: batch.id }, { entityId: { in: [later.bill.id, overdue.bill.id] }, action: "bill.send" }] } });
    expect(audits.map((a) => a.action).sort()).toEqual(["bill.send", "bill.send", "paymentBatch.send"]);
    expect(await db.notification.count({ where: { event: "payment.initiated", userId: overdue.vendorUser.id } })).toBeGreaterThan(0);

    const pain = (await paymentBatchFile(world.financeActor, batch.id, "pain001"))!;
    expect(pain.sha256).toBe(batch.painSha256);
    expect(pain.content).toContain(`<EndToEndId>${batch.items[0].endToEndId}</EndToEndId>`);
    expect(pain.content).toContain(`<NbOfTxs>2</NbOfTxs><CtrlSum>${rupees(batch.totalPaise)}</CtrlSum>`);
    expect(pain.content).toContain(`<MmbId>${overdue.vendor.ifsc}</MmbId>`);
    const csv = (await paymentBatchFile(world.financeActor, batch.id, "csv"))!;
    expect(csv.sha256).toBe(batch.csvSha256);
    expect(csv.content.split("\r\n")[0]).toBe("Payment Mode,Debit Account,Beneficiary Name,Beneficiary Account,IFSC,Amount,Value Date,Customer Reference,Remarks");
    expect(csv.content.split("\r\n")[1]).toContain(`${overdue.vendor.bankAccount},${overdue.vendor.ifsc},${rupees(batch.items[0].amountPaise)}`);

    // Vendor details changing later do not change the file.
    await db.vendor.update({ where: { id: overdue.vendor.id }, data: { bankAccount: "999999999999", legalName: "Renamed" } });
    expect((await paymentBatchFile(world.financeActor, batch.id, "pain001"))!.content).toBe(pain.content);
    expect(sha256(renderPain001({ ...batch, items: batch.items }))).toBe(batch.painSha256);
  });

  it("keeps a bill in one open batch only; the manual release refuses a bill the bank has; it still counts as unpaid publicly", async () => {
    const { bill } = await billDue(3);
    const unpaid = async () => {
      await refreshPublicViews(db);
      const [row] = await db.$queryRaw<{ n: bigint }[]>`SELECT coalesce(sum(bills), 0)::bigint AS n FROM public_unpaid_bills`;
      return row.n;
    };
    const before = await unpaid();
    await createPaymentBatch(world.financeActor, { billIds: [bill.id] });
    expect(await unpaid()).toBe(before);
    await expect(createPaymentBatch(world.financeActor, { billIds: [bill.id] })).rejects.toMatchObject({ code: "CONFLICT", messageKey: "errors.paymentBatch.billNotPending" });
    await expect(releasePayment(world.financeActor, { billId: bill.id, bankReference: "SBIN202612145678", idempotencyKey: randomUUID() }))
      .rejects.toMatchObject({ code: "CONFLICT", messageKey: "errors.payment.inBatch" });
  });

  it("two batches racing for the same bill: exactly one wins", async () => {
    const { bill } = await billDue(3);
    const results = await race(2, () => createPaymentBatch(world.financeActor, { billIds: [bill.id] }));
    expect(results.successes).toHaveLength(1);
    expect(results.failures).toEqual(["CONFLICT"]);
    expect(await db.paymentBatchItem.count({ where: { billId: bill.id } })).toBe(1);
  });

  it("refuses another office's bill (NOT_FOUND), other roles (FORBIDDEN), an office without a debit account", async () => {
    const { bill } = await billDue(3);
    const strangers = await makeStrangers(db, world);
    expect(codeOf(await createPaymentBatch(strangers.financeActor, { billIds: [bill.id] }).catch((e) => e))).toBe("VALIDATION");
    const otherOffice = strangers.financeActor.officeId!;
    await db.office.update({ where: { id: otherOffice }, data: { bankAccount: "1111", ifsc: "SBIN0000001" } });
    expect(codeOf(await createPaymentBatch(strangers.financeActor, { billIds: [bill.id] }).catch((e) => e))).toBe("NOT_FOUND");
    expect(codeOf(await createPaymentBatch(world.buyerActor, { billIds: [bill.id] }).catch((e) => e))).toBe("FORBIDDEN");
    expect(codeOf(await createPaymentBatch(world.financeActor, { billIds: [] }).catch((e) => e))).toBe("VALIDATION");
    expect((await db.bill.findUniqueOrThrow({ where: { id: bill.id } })).status).toBe("PENDING");
  });
});

describe("importStatement", () => {
  it("matches by reference, then by amount + account; a return makes the bill unpaid; the rest waits; a re-import changes nothing", async () => {
    const a = await billDue(-40);
    const b = await billDue(2);
    const c = await billDue(4);
    const { batchId } = await createPaymentBatch(world.financeActor, { billIds: [a.bill.id, b.bill.id, c.bill.id] });
    const items = await db.paymentBatchItem.findMany({ where: { batchId } });
    const itemOf = (billId: string) => items.find((i) => i.billId === billId)!;
    const valueDate = new Date(today().getTime() + 2 * DAY); // the bank paid two days after the request

    const xml = camt053([
      { ref: `E1-${batchId}`, amountPaise: itemOf(a.bill.id).amountPaise, valueDate, utr: "SBINN52026120600001", e2e: itemOf(a.bill.id).endToEndId },
      { ref: `E2-${batchId}`, amountPaise: itemOf(b.bill.id).amountPaise, valueDate, utr: "SBINN52026120600002", account: b.vendor.bankAccount },
      { ref: `E3-${batchId}`, amountPaise: itemOf(c.bill.id).amountPaise, valueDate, utr: "SBINR52026120600003", e2e: itemOf(c.bill.id).endToEndId, credit: true, returnCode: "AC04" },
      { ref: `E4-${batchId}`, amountPaise: 12_345n, valueDate, utr: "SBINN52026120600004", account: "000111222333" },
      { ref: `E5-${batchId}`, amountPaise: 99_999n, valueDate, utr: "SBINN52026120600005", credit: true }, // a receipt, not ours
    ]);
    const first = await importStatement(world.financeActor, { text: xml });
    expect(first).toMatchObject({ replayed: false, lineCount: 4, matchedCount: 2, returnedCount: 1, unmatchedCount: 1, skippedCount: 0 });

    const payA = await db.payment.findUniqueOrThrow({ where: { billId: a.bill.id } });
    const interestA = msmedInterest(a.bill.netPayablePaise, a.bill.dueDate, valueDate, world.policy.bankRateBp);
    expect(payA).toMatchObject({ bankReference: "SBINN52026120600001", paidAt: valueDate, interestPaise: interestA, amountPaise: a.bill.netPayablePaise + interestA });
    expect(payA.daysLate).toBe(istDayNumber(valueDate) - istDayNumber(a.bill.dueDate));
    expect((await db.payment.findUniqueOrThrow({ where: { billId: b.bill.id } })).bankReference).toBe("SBINN52026120600002");
    expect((await db.bill.findUniqueOrThrow({ where: { id: c.bill.id } })).status).toBe("PENDING");
    expect((await db.supplyOrder.findUniqueOrThrow({ where: { id: a.so.id } })).status).toBe("CLOSED");
    const lines = await db.bankStatementLine.findMany({ where: { statementId: first.statementId }, orderBy: { lineNo: "asc" } });
    expect(lines.map((l) => [l.status, l.matchMethod])).toEqual([["MATCHED", "REFERENCE"], ["MATCHED", "AMOUNT_ACCOUNT"], ["RETURNED", "REFERENCE"], ["UNMATCHED", null]]);
    expect((await db.paymentBatch.findUniqueOrThrow({ where: { id: batchId } })).status).toBe("SETTLED");
    expect(await db.notification.count({ where: { event: "payment.returned", userId: c.vendorUser.id } })).toBeGreaterThan(0);
    const releases = await db.auditEvent.findMany({ where: { action: "payment.release", entityId: payA.id } });
    expect(releases[0].data).toMatchObject({ matchedBy: "REFERENCE", endToEndId: itemOf(a.bill.id).endToEndId });

    const before = { payments: await db.payment.count(), audits: await db.auditEvent.count(), notes: await db.notification.count(), lines: await db.bankStatementLine.count() };
    const again = await importStatement(world.financeActor, { text: xml });
    expect(again).toMatchObject({ replayed: true, statementId: first.statementId, matchedCount: 2 });
    // The same entries in another file (an overlapping statement, as CSV): skipped by entry key.
    const csv = ["entry_ref,value_date,utr,end_to_end_id,type,amount,account",
      `E1-${batchId},${isoDay(valueDate)},SBINN52026120600001,${itemOf(a.bill.id).endToEndId},DR,${rupees(itemOf(a.bill.id).amountPaise)},`].join("\n");
    const overlap = await importStatement(world.financeActor, { text: csv });
    expect(overlap).toMatchObject({ replayed: false, lineCount: 1, matchedCount: 0, skippedCount: 1 });
    expect(await db.payment.count()).toBe(before.payments);
    expect(await db.bankStatementLine.count()).toBe(before.lines);
    expect(await db.notification.count()).toBe(before.notes);
    expect(await db.auditEvent.count()).toBe(before.audits + 1); // the overlapping file's own import event

    // The returned bill goes into a new batch; the bank's next line has neither reference nor account: finance matches it by hand.
    const { batchId: second } = await createPaymentBatch(world.financeActor, { billIds: [c.bill.id] });
    const retry = await db.paymentBatchItem.findFirstOrThrow({ where: { batchId: second } });
    const later = await importStatement(world.financeActor, { text: camt053([{ ref: `E6-${batchId}`, amountPaise: retry.amountPaise, valueDate, utr: "SBINN52026120600006" }]) });
    expect(later.unmatchedCount).toBe(1);
    const [line] = await db.bankStatementLine.findMany({ where: { statementId: later.statementId } });
    expect(codeOf(await resolveStatementLine(world.financeActor, { action: "match", lineId: line.id, batchItemId: retry.id, reason: "" }).catch((e) => e))).toBe("VALIDATION");
    await resolveStatementLine(world.financeActor, { action: "match", lineId: line.id, batchItemId: retry.id, reason: "Bank advice 6 Dec matches bill" });
    expect((await db.payment.findUniqueOrThrow({ where: { billId: c.bill.id } })).bankReference).toBe("SBINN52026120600006");
    expect((await db.bankStatementLine.findUniqueOrThrow({ where: { id: line.id } }))).toMatchObject({ status: "RESOLVED", matchMethod: "MANUAL", resolution: "Bank advice 6 Dec matches bill" });
    expect(codeOf(await resolveStatementLine(world.financeActor, { action: "dismiss", lineId: line.id, reason: "again please" }).catch((e) => e))).toBe("CONFLICT");

    // The unrelated debit: dismissed with a reason; another office cannot see it.
    const stray = lines[3];
    const strangers = await makeStrangers(db, world);
    expect(codeOf(await resolveStatementLine(strangers.financeActor, { action: "dismiss", lineId: stray.id, reason: "not ours at all" }).catch((e) => e))).toBe("NOT_FOUND");
    await resolveStatementLine(world.financeActor, { action: "dismiss", lineId: stray.id, reason: "Electricity bill, not a Manak payment" });
    expect((await db.bankStatementLine.findUniqueOrThrow({ where: { id: stray.id } })).status).toBe("RESOLVED");
    expect(await db.auditEvent.count({ where: { entityId: stray.id, action: "bankStatementLine.resolve" } })).toBe(1);
  });

  it("does not guess between two open payments of the same amount to the same account; rejects malformed files", async () => {
    const vendor = await makeVendor(db, { districtId: world.districtId });
    const one = await makeSupplyOrderIn(db, world, "BILLED", { dueInDays: 5, vendor });
    const two = await makeSupplyOrderIn(db, world, "BILLED", { dueInDays: 5, vendor });
    await createPaymentBatch(world.financeActor, { billIds: [one.bill!.id, two.bill!.id] });
    const account = (await db.vendor.findUniqueOrThrow({ where: { id: vendor.id } })).bankAccount;
    const result = await importStatement(world.financeActor, { text: camt053([{ ref: `AMB-${one.bill!.id}`, amountPaise: one.bill!.netPayablePaise, valueDate: today(), utr: "SBINN52026120600077", account }]) });
    expect(result).toMatchObject({ matchedCount: 0, unmatchedCount: 1 });
    await expect(importStatement(world.financeActor, { text: "<!DOCTYPE x [<!ENTITY a 'b'>]><Document/>" })).rejects.toMatchObject({ code: "VALIDATION", messageKey: "errors.statement.xml" });
    await expect(importStatement(world.financeActor, { text: "date,amount\n1,2" })).rejects.toMatchObject({ messageKey: "errors.statement.csvHeader" });
    expect(parseCamt053(camt053([{ ref: "X", amountPaise: 1_00n, valueDate: today(), utr: "U1", e2e: "MNK1" }]))[0]).toMatchObject({ amountPaise: 100n, endToEndId: "MNK1", bankReference: "U1" });
  });
});

describe("statement-import job (statements over STATEMENT_SYNC_LIMIT lines)", () => {
  /** Three batch payments (by reference, by amount + account, returned) and stray debits up to `lines` lines. */
  async function statementOf(lines: number, tag: string) {
    const a = await billDue(-40);
    const b = await billDue(2);
    const c = await billDue(4);
    const { batchId } = await createPaymentBatch(world.financeActor, { billIds: [a.bill.id, b.bill.id, c.bill.id] });
    const items = await db.paymentBatchItem.findMany({ where: { batchId } });
    const itemOf = (billId: string) => items.find((i) => i.billId === billId)!;
    const valueDate = new Date(today().getTime() + DAY);
    const strays = Array.from({ length: lines - 3 }, (_, i): Entry => ({
      ref: `${tag}-S${i}-${batchId}`, amountPaise: 10_000n + BigInt(i), valueDate, utr: `SBINS${tag}${String(i).padStart(8, "0")}`, account: "000111222333",
    }));
    const xml = camt053([
      ...strays.slice(0, 50),
      { ref: `${tag}-A-${batchId}`, amountPaise: itemOf(a.bill.id).amountPaise, valueDate, utr: `SBINA${tag}00000001`, e2e: itemOf(a.bill.id).endToEndId },
      ...strays.slice(50, 150),
      { ref: `${tag}-B-${batchId}`, amountPaise: itemOf(b.bill.id).amountPaise, valueDate, utr: `SBINB${tag}00000002`, account: b.vendor.bankAccount },
      ...strays.slice(150),
      { ref: `${tag}-C-${batchId}`, amountPaise: itemOf(c.bill.id).amountPaise, valueDate, utr: `SBINC${tag}00000003`, e2e: itemOf(c.bill.id).endToEndId, credit: true, returnCode: "AC04" },
    ]);
    return { xml, a, b, c, batchId, valueDate };
  }
  const totals = async () => ({
    payments: await db.payment.count(), audits: await db.auditEvent.count(), notes: await db.notification.count(), lines: await db.bankStatementLine.count(),
  });

  it("the upload only queues it; the job matches it as the upload would, once; later runs and re-uploads change nothing", async () => {
    const { xml, a, b, c, batchId, valueDate } = await statementOf(STATEMENT_SYNC_LIMIT + 1, "Q");
    const queued = await importStatement(world.financeActor, { text: xml });
    expect(queued).toMatchObject({ queued: true, replayed: false, completed: false, processedCount: 0, lineCount: STATEMENT_SYNC_LIMIT + 1, matchedCount: 0 });
    const row = await db.bankStatement.findUniqueOrThrow({ where: { id: queued.statementId } });
    expect(row).toMatchObject({ rawText: xml, completedAt: null, importedById: world.financeActor.userId });
    expect(row.queuedAt).not.toBeNull();
    expect(await db.bankStatementLine.count({ where: { statementId: row.id } })).toBe(0);
    expect((await db.bill.findUniqueOrThrow({ where: { id: a.bill.id } })).status).toBe("SENT");

    // Uploaded again while queued: its progress, nothing matched.
    const before = await totals();
    expect(await importStatement(world.financeActor, { text: xml })).toMatchObject({ statementId: row.id, queued: true, replayed: true, completed: false });
    expect(await totals()).toEqual(before);
    // A run whose time is up starts nothing.
    expect(await runStatementImports(db, { budgetMs: 0 })).toMatchObject({ completed: 0, lines: 0, pending: 1 });

    // Two runners meeting (the scheduler's lock normally prevents it): each chunk is matched once.
    const runs = await race(2, () => runStatementImports(db));
    expect(runs.failures).toEqual([]);
    expect(runs.successes.reduce((n, r) => n + r.completed, 0)).toBeGreaterThanOrEqual(1);
    const done = await db.bankStatement.findUniqueOrThrow({ where: { id: row.id } });
    expect(done).toMatchObject({ lineCount: STATEMENT_SYNC_LIMIT + 1, matchedCount: 2, returnedCount: 1, unmatchedCount: STATEMENT_SYNC_LIMIT - 2, skippedCount: 0, processedCount: STATEMENT_SYNC_LIMIT + 1, rawText: xml });
    expect(done.completedAt).not.toBeNull();

    // As the upload matches a small statement: paid by reference and by amount + account with the line's UTR and value date; the return unpaid.
    const payA = await db.payment.findUniqueOrThrow({ where: { billId: a.bill.id } });
    const interestA = msmedInterest(a.bill.netPayablePaise, a.bill.dueDate, valueDate, world.policy.bankRateBp);
    expect(payA).toMatchObject({ bankReference: "SBINAQ00000001", paidAt: valueDate, interestPaise: interestA, releasedById: world.financeActor.userId });
    expect((await db.payment.findUniqueOrThrow({ where: { billId: b.bill.id } })).bankReference).toBe("SBINBQ00000002");
    expect((await db.bill.findUniqueOrThrow({ where: { id: c.bill.id } })).status).toBe("PENDING");
    expect((await db.paymentBatch.findUniqueOrThrow({ where: { id: batchId } })).status).toBe("SETTLED");
    const lines = await db.bankStatementLine.findMany({ where: { statementId: row.id } });
    expect(lines).toHaveLength(STATEMENT_SYNC_LIMIT + 1);
    expect(lines.filter((l) => l.status === "MATCHED").map((l) => l.matchMethod).sort()).toEqual(["AMOUNT_ACCOUNT", "REFERENCE"]);
    expect(await db.auditEvent.count({ where: { action: "payment.release", entityId: payA.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "bill.return", entityId: c.bill.id } })).toBe(1);
    const imports = await db.auditEvent.findMany({ where: { entityId: row.id, action: "bankStatement.import" } });
    expect(imports).toHaveLength(1);
    expect(imports[0]).toMatchObject({ actorId: world.financeActor.userId, actorRole: "FINANCE" });
    expect(imports[0].data).toMatchObject({ sha256: row.sha256, format: "CAMT053", lineCount: STATEMENT_SYNC_LIMIT + 1, matched: 2, returned: 1, unmatched: STATEMENT_SYNC_LIMIT - 2, skipped: 0 });

    // Nothing left to do: another run, and the same file uploaded again, change nothing.
    const after = await totals();
    expect(await runStatementImports(db)).toEqual({ completed: 0, lines: 0, pending: 0 });
    expect(await importStatement(world.financeActor, { text: xml })).toMatchObject({ statementId: row.id, replayed: true, completed: true, matchedCount: 2, returnedCount: 1 });
    expect(await totals()).toEqual(after);
  });

  it("a statement of exactly STATEMENT_SYNC_LIMIT lines is still matched inside the upload", async () => {
    const { xml, a } = await statementOf(STATEMENT_SYNC_LIMIT, "L");
    const result = await importStatement(world.financeActor, { text: xml });
    expect(result).toMatchObject({ queued: false, completed: true, replayed: false, lineCount: STATEMENT_SYNC_LIMIT, matchedCount: 2, returnedCount: 1, unmatchedCount: STATEMENT_SYNC_LIMIT - 3 });
    const row = await db.bankStatement.findUniqueOrThrow({ where: { id: result.statementId } });
    expect(row).toMatchObject({ queuedAt: null, rawText: null, processedCount: STATEMENT_SYNC_LIMIT });
    expect((await db.bill.findUniqueOrThrow({ where: { id: a.bill.id } })).status).toBe("PAID");
    expect(await db.auditEvent.count({ where: { entityId: row.id, action: "bankStatement.import" } })).toBe(1);
  });
});
