// Issue 19: finance pays three bills through a payment batch file and the bank's statement — one
// matched by end-to-end reference, one by amount + account, one returned by the bank — and the
// same statement uploaded again changes nothing. A statement too long to match during the upload is
// reconciled in the background by the worker's statement-import job.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, loginAs, test } from "./fixtures";

const root = path.resolve(import.meta.dirname, "../..");
const databaseUrl = `postgresql://postgres:postgres@127.0.0.1:${process.env.E2E_PG_PORT ?? 54331}/manak_e2e`;

let data: { financeEmail: string; bills: { id: string; number: string; vendorAccount: string }[] };

/** An office of its own with its finance officer and three billed supply orders (support/payment-batch-data.ts). */
function makeData(): typeof data {
  const out = execFileSync(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "tests/e2e/support/payment-batch-data.ts")], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  return JSON.parse(out.trim().split("\n").pop()!);
}

test.beforeAll(() => {
  data = makeData();
});

const istToday = () => new Date(Date.now() + 330 * 60_000).toISOString().slice(0, 10);

function statement(payments: { e2e: string; amount: string; account: string }[]) {
  const [byRef, byAmount, returned] = payments;
  const entry = (ref: string, cd: "DBIT" | "CRDT", amount: string, refs: string, parties: string, extra = "") => `
    <Ntry><NtryRef>${ref}</NtryRef><Amt Ccy="INR">${amount}</Amt><CdtDbtInd>${cd}</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
      <BookgDt><Dt>${istToday()}</Dt></BookgDt><ValDt><Dt>${istToday()}</Dt></ValDt>
      <NtryDtls><TxDtls><Refs>${refs}</Refs>${parties}${extra}</TxDtls></NtryDtls></Ntry>`;
  const account = (id: string) => `<RltdPties><CdtrAcct><Id><Othr><Id>${id}</Id></Othr></Id></CdtrAcct></RltdPties>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt><GrpHdr><MsgId>E2E-STMT</MsgId><CreDtTm>${istToday()}T18:00:00</CreDtTm></GrpHdr>
<Stmt><Id>E2E-STMT-1</Id><Acct><Id><Othr><Id>30987654321</Id></Othr></Id></Acct>
${entry(`N1-${byRef.e2e}`, "DBIT", byRef.amount, `<EndToEndId>${byRef.e2e}</EndToEndId><ClrSysRef>SBINN52026E2E00001</ClrSysRef>`, account(byRef.account))}
${entry(`N2-${byAmount.e2e}`, "DBIT", byAmount.amount, `<ClrSysRef>SBINN52026E2E00002</ClrSysRef>`, account(byAmount.account))}
${entry(`N3-${returned.e2e}`, "CRDT", returned.amount, `<EndToEndId>${returned.e2e}</EndToEndId><ClrSysRef>SBINR52026E2E00003</ClrSysRef>`, "", "<RtrInf><Rsn><Cd>AC04</Cd></Rsn></RtrInf>")}
</Stmt></BkToCstmrStmt></Document>`;
}

test("finance pays three bills through a batch file and a statement: by reference, by amount + account, one returned", async ({ page }) => {
  await loginAs(page, data.financeEmail);
  await expect(page).toHaveURL(/\/finance$/);

  await page.goto("/finance/batches");
  await expect(page.getByRole("heading", { level: 1, name: "Payment batches" })).toBeVisible();
  for (const bill of data.bills) await page.getByLabel(bill.number, { exact: true }).check();
  await page.getByRole("button", { name: "Create batch and payment file" }).click();
  await expect(page).toHaveURL(/\/finance\/batches\/[0-9a-f-]{36}\?created=1/);
  await expect(page.getByText("Batch created.")).toBeVisible();

  // The bank's file: every bill with its amount, the vendor's account and a unique reference.
  const painUrl = await page.getByRole("link", { name: /pain\.001/ }).getAttribute("href");
  const pain = await (await page.request.get(painUrl!)).text();
  const again = await (await page.request.get(painUrl!)).text();
  expect(again).toBe(pain);
  expect(pain).toContain("urn:iso:std:iso:20022:tech:xsd:pain.001.001.09");
  const payments = data.bills.map((bill) => {
    const tx = pain.split("<CdtTrfTxInf>").find((t) => t.includes(`<Ustrd>${bill.number}</Ustrd>`))!;
    expect(tx).toContain(`<Id>${bill.vendorAccount}</Id>`);
    return { e2e: /<EndToEndId>(\w+)<\/EndToEndId>/.exec(tx)![1], amount: /<InstdAmt Ccy="INR">([\d.]+)</.exec(tx)![1], account: bill.vendorAccount };
  });
  expect(new Set(payments.map((p) => p.e2e)).size).toBe(3);
  const csv = await (await page.request.get((await page.getByRole("link", { name: /CSV/ }).getAttribute("href"))!)).text();
  expect(csv.split("\r\n")[0]).toContain("Beneficiary Account,IFSC,Amount");
  expect(csv.split("\r\n").filter(Boolean)).toHaveLength(4);

  // The statement: bill 1 by its reference, bill 2 by amount + account only, bill 3 came back.
  await page.goto("/finance/statements");
  const file = { name: "statement.xml", mimeType: "application/xml", buffer: Buffer.from(statement(payments)) };
  await page.getByLabel("Statement file").setInputFiles(file);
  await page.getByRole("button", { name: "Upload and reconcile" }).click();
  await expect(page.getByText("Statement reconciled: 2 paid, 1 returned, 0 not matched, 0 already seen.")).toBeVisible();
  const returnedSection = page.getByRole("region", { name: "Returned by the bank" });
  await expect(returnedSection.getByText(data.bills[2].number)).toBeVisible();

  // Uploading the same statement again changes nothing.
  await page.getByLabel("Statement file").setInputFiles(file);
  await page.getByRole("button", { name: "Upload and reconcile" }).click();
  await expect(page.getByText("This statement was uploaded before; nothing changed.")).toBeVisible();

  // The returned payment is acknowledged with a reason.
  await returnedSection.getByLabel("Reason").fill("Vendor's account closed; asked for new bank details");
  await returnedSection.getByRole("button", { name: "Acknowledge" }).click();
  // Resolved lines leave the list.
  await expect(returnedSection.getByText("No returned payments waiting.")).toBeVisible();

  // The batch shows two payments paid with the bank's UTR and one returned; the paid bills are in "payments made".
  await page.goto("/finance/batches");
  await page.getByRole("link", { name: /MANAK-PB-/ }).first().click();
  await expect(page.getByText("SBINN52026E2E00001")).toBeVisible();
  await expect(page.getByText("SBINN52026E2E00002")).toBeVisible();
  await expect(page.getByText("Returned (AC04)")).toBeVisible();
  await expect(page.getByText("Settled", { exact: true })).toBeVisible();
  await page.goto("/finance/bills?tab=paid");
  await expect(page.getByRole("link", { name: data.bills[0].number })).toBeVisible();
  await expect(page.getByRole("link", { name: data.bills[1].number })).toBeVisible();
  // The returned bill is unpaid again, ready for a new batch.
  await page.goto("/finance/batches");
  await expect(page.getByLabel(data.bills[2].number, { exact: true })).toBeVisible();
});

test("a statement over 200 lines is reconciled in the background: the upload answers at once, the page shows progress, then the summary", async ({ page }) => {
  const own = makeData();
  await loginAs(page, own.financeEmail);
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  const run = Date.now().toString(36);
  const lines = Array.from({ length: 201 }, (_, i) => `BG-${run}-${i},${istToday()},SBINN5BG${run}${String(i).padStart(4, "0")},,DR,${100 + i}.00,000111222333`);
  const csv = ["entry_ref,value_date,utr,end_to_end_id,type,amount,account", ...lines].join("\n");
  await page.goto("/finance/statements");
  await page.getByLabel("Statement file").setInputFiles({ name: "long.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Upload and reconcile" }).click();
  await expect(page.getByText(/This statement has 201 lines, too many to reconcile while you wait: it is being reconciled in the background\. \d+ of 201 lines done so far\./)).toBeVisible();
  // The worker's statement-import job (every 30 s) finishes it; the refresh link shows where it is.
  await expect(async () => {
    await page.getByRole("link", { name: "Refresh to see progress" }).click();
    await expect(page.getByText("Reconciled in the background: 0 paid, 0 returned, 201 not matched, 0 already seen.")).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 120_000, intervals: [3_000] });
  await expect(page.getByRole("region", { name: "Statements uploaded" }).getByText("Reconciled", { exact: true })).toBeVisible();
});
