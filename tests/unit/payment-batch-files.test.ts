import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { csvLayouts, layoutFor } from "@/lib/domain/payment-batch/csv-layouts";
import { renderBankCsv, renderPain001, rupees, type BatchForFile } from "@/lib/domain/payment-batch/files";
import { endToEndIdOf } from "@/lib/domain/payment-batch/input";
import { parseAmountPaise, parseCamt053, parseCsvRows, parseDay, parseStatement, parseStatementCsv, StatementError } from "@/lib/domain/payment-batch/statement";
import { parseXml, XmlError } from "@/lib/domain/payment-batch/xml";

const batch: BatchForFile = {
  seq: 7n, createdAt: new Date("2026-12-06T07:10:00.123Z"), requestedOn: new Date("2026-12-06T00:00:00Z"),
  debtorName: "District Education Office, Raipur", debtorAccount: "30123456789", debtorIfsc: "SBIN0004567",
  items: [
    { endToEndId: "MNK000000000001", amountPaise: 25_000_000n, billNumber: "BILL/2026-27/000001", vendorName: "=cmd|' /C calc'!A0", vendorAccount: "111", vendorIfsc: "HDFC0000001" },
    { endToEndId: "MNK000000000002", amountPaise: 1_234_56n, billNumber: "BILL/2026-27/000002", vendorName: 'Sharma & "Sons", Raipur', vendorAccount: "222", vendorIfsc: "SBIN0000002" },
  ],
};

describe("payment files", () => {
  it("pain.001: header totals, RTGS from ₹2 lakh, escaped names, the same bytes every time", () => {
    const xml = renderPain001(batch);
    expect(xml).toBe(renderPain001(structuredClone(batch)));
    expect(xml).toContain("<MsgId>MANAK-PB-00000007</MsgId><CreDtTm>2026-12-06T07:10:00.123Z</CreDtTm><NbOfTxs>2</NbOfTxs><CtrlSum>251234.56</CtrlSum>");
    expect(xml).toContain("<Prtry>RTGS</Prtry></LclInstrm></PmtTpInf><Amt><InstdAmt Ccy=\"INR\">250000.00</InstdAmt>");
    expect(xml).toContain("<Prtry>NEFT</Prtry>");
    expect(xml).toContain("<Nm>Sharma &amp; &quot;Sons&quot;, Raipur</Nm>");
    expect(parseXml(xml).name).toBe("Document");
  });

  it("CSV: layout columns, quoting, formula neutralised, line endings", () => {
    const generic = renderBankCsv(batch, layoutFor("GENERIC")!);
    const lines = generic.split("\r\n");
    expect(lines[1]).toBe("RTGS,30123456789,'=cmd|' /C calc'!A0,111,HDFC0000001,250000.00,06/12/2026,MNK000000000001,BILL/2026-27/000001");
    expect(lines[2]).toContain('"Sharma & ""Sons"", Raipur"');
    const sbi = renderBankCsv(batch, layoutFor("SBI_CMP")!);
    expect(sbi.split("\n")[0]).toBe("RTGS|30123456789|111|HDFC0000001|'=cmd|' /C calc'!A0|250000.00|06-12-2026|MNK000000000001|BILL/2026-27/000001".replace("'=cmd|' /C calc'!A0", "\"'=cmd|' /C calc'!A0\""));
  });

  it("layouts can be added through BANK_CSV_LAYOUTS; a bad one is refused", () => {
    const extra = JSON.stringify([{ name: "ICICI", delimiter: ",", header: false, dateFormat: "YYYY-MM-DD", columns: [{ header: "A", field: "amountPaise" }] }]);
    expect(renderBankCsv(batch, csvLayouts(extra).get("ICICI")!)).toBe("25000000\r\n123456\r\n");
    expect(() => csvLayouts(JSON.stringify([{ name: "X", delimiter: ",", header: true, dateFormat: "YYYY-MM-DD", columns: [{ header: "A", field: "password" }] }]))).toThrow();
    expect(layoutFor("NOPE")).toBeNull();
  });

  it("end-to-end references are unique, ≤ 16 letters and digits", () => {
    expect(endToEndIdOf(1n)).toBe("MNK000000000001");
    fc.assert(fc.property(fc.bigInt({ min: 1n, max: 999_999_999_999n }), (n) => /^MNK\d{12}$/.test(endToEndIdOf(n)) && endToEndIdOf(n).length <= 16));
  });

  it("rupees ↔ paise round-trips without floating point", () => {
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }), (p) => parseAmountPaise(rupees(p)) === p));
  });
});

describe("statements", () => {
  it("amounts and dates: strict", () => {
    expect(parseAmountPaise("1,23,456.7")).toBe(12_345_670n);
    for (const bad of ["", "1.234", "-5", "1e3", "abc"]) expect(() => parseAmountPaise(bad)).toThrow(StatementError);
    expect(parseDay("06/12/2026").toISOString()).toBe("2026-12-06T00:00:00.000Z");
    expect(parseDay("2026-12-06T10:00:00+05:30").toISOString()).toBe("2026-12-06T00:00:00.000Z");
    expect(() => parseDay("31/02/2026")).toThrow(StatementError);
  });

  it("camt.053: booked entries only; every transaction of a batch-booked entry; plain credits left out; returns kept", () => {
    const xml = `<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><Stmt>
      <Ntry><AcctSvcrRef>A1</AcctSvcrRef><Amt Ccy="INR">300.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts><ValDt><Dt>2026-12-06</Dt></ValDt>
        <NtryDtls><TxDtls><Refs><EndToEndId>MNK1</EndToEndId><ClrSysRef>UTR1</ClrSysRef></Refs><Amt Ccy="INR">100.00</Amt></TxDtls>
                  <TxDtls><Refs><EndToEndId>MNK2</EndToEndId><ClrSysRef>UTR2</ClrSysRef></Refs><Amt Ccy="INR">200.00</Amt></TxDtls></NtryDtls></Ntry>
      <Ntry><Amt Ccy="INR">5.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts><Cd>PDNG</Cd></Sts><ValDt><Dt>2026-12-06</Dt></ValDt></Ntry>
      <Ntry><Amt Ccy="INR">9.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><ValDt><Dt>2026-12-06</Dt></ValDt></Ntry>
      <Ntry><Amt Ccy="INR">100.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><ValDt><Dt>2026-12-07</Dt></ValDt>
        <NtryDtls><TxDtls><Refs><EndToEndId>MNK1</EndToEndId><AcctSvcrRef>R9</AcctSvcrRef></Refs><RtrInf><Rsn><Cd>AC04</Cd></Rsn></RtrInf></TxDtls></NtryDtls></Ntry>
    </Stmt></BkToCstmrStmt></Document>`;
    const entries = parseCamt053(xml);
    expect(entries.map((e) => [e.endToEndId, e.amountPaise, e.bankReference, e.credit, e.returnReason, e.entryKey])).toEqual([
      ["MNK1", 10_000n, "UTR1", false, null, "R:A1#0"],
      ["MNK2", 20_000n, "UTR2", false, null, "R:A1#1"],
      ["MNK1", 10_000n, "R9", true, "AC04", "R:R9"],
    ]);
    expect(parseStatement(xml).format).toBe("CAMT053");
  });

  it("refuses a DOCTYPE (no entity expansion), malformed XML and the wrong document", () => {
    expect(() => parseXml('<!DOCTYPE d [<!ENTITY x "y">]><d>&x;</d>')).toThrow(XmlError);
    expect(() => parseXml("<a><b></a>")).toThrow(XmlError);
    expect(() => parseCamt053("<Document><CstmrCdtTrfInitn/></Document>")).toThrow("errors.statement.notCamt053");
  });

  it("CSV statements: header aliases, quoted cells, credits without a return left out, errors name the line", () => {
    expect(parseCsvRows('a,"b, ""c"""\r\nd,e\n')).toEqual([["a", 'b, "c"'], ["d", "e"]]);
    const entries = parseStatementCsv("Value Date,UTR,Cust Ref,DR/CR,Amount,Bene AC,Return Reason\n06/12/2026,UTR1,MNK1,DR,\"1,000.50\",111,\n06/12/2026,UTR2,,CR,5.00,,\n07/12/2026,UTR3,MNK2,CR,10.00,,R03\n");
    expect(entries.map((e) => [e.endToEndId, e.amountPaise, e.credit, e.returnReason, e.account])).toEqual([["MNK1", 100_050n, false, null, "111"], ["MNK2", 1000n, true, "R03", null]]);
    expect(() => parseStatementCsv("value_date,utr,type,amount\n06/12/2026,U,XX,1.00")).toThrow(expect.objectContaining({ key: "errors.statement.type", line: 2 }));
  });
});
