/**
 * Reading a bank statement: ISO 20022 camt.053 (any version: element names are stable, only the
 * namespace changes) or the CSV described in docs/adr/0011-payment-batches-and-reconciliation.md.
 * Pure. What comes out is one entry per transaction: money out (our payments) and money back in
 * with return information (a payment the beneficiary's bank returned). Other credits are not
 * payments of bills and are left out.
 */
import { createHash } from "node:crypto";
import { child, children, parseXml, textAt, XmlError, type XmlElement } from "./xml";

export type StatementEntry = {
  /** Identifies the transaction across statements: the bank's reference, else a digest of its facts. */
  entryKey: string;
  credit: boolean;
  amountPaise: bigint;
  valueDate: Date; // 00:00 UTC of the calendar day
  bankReference: string; // UTR
  endToEndId: string | null;
  account: string | null;
  counterpartyName: string | null;
  returnReason: string | null;
};

export class StatementError extends Error {
  constructor(readonly key: string, readonly line?: number) {
    super(line ? `${key} (line ${line})` : key);
  }
}

export const MAX_STATEMENT_BYTES = 20 * 1024 * 1024;
export const MAX_STATEMENT_ENTRIES = 50_000;

const AMOUNT = /^\d{1,13}(\.\d{1,2})?$/;

export function parseAmountPaise(text: string | undefined, line?: number): bigint {
  const value = (text ?? "").replace(/,/g, "").trim();
  if (!AMOUNT.test(value)) throw new StatementError("errors.statement.amount", line);
  const [whole, fraction = ""] = value.split(".");
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, "0"));
}

/** YYYY-MM-DD (also the date part of a date-time), DD/MM/YYYY or DD-MM-YYYY. */
export function parseDay(text: string | undefined, line?: number): Date {
  const value = (text ?? "").trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  let ymd: [string, string, string] | null = m ? [m[1], m[2], m[3]] : null;
  if (!ymd) {
    m = /^(\d{2})[/-](\d{2})[/-](\d{4})$/.exec(value);
    if (m) ymd = [m[3], m[2], m[1]];
  }
  if (!ymd) throw new StatementError("errors.statement.date", line);
  const day = new Date(`${ymd[0]}-${ymd[1]}-${ymd[2]}T00:00:00Z`);
  if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== ymd.join("-")) throw new StatementError("errors.statement.date", line);
  return day;
}

const clean = (value: string | undefined | null) => {
  const text = value?.trim().replace(/\s+/g, " ");
  return text ? text.slice(0, 140) : null;
};

function digest(...parts: (string | null)[]): string {
  return `H:${createHash("sha256").update(parts.map((p) => p ?? "").join("\u0000")).digest("hex").slice(0, 40)}`;
}

export function detectFormat(text: string): "CAMT053" | "CSV" {
  return /^\s*(<\?xml|<)/.test(text) ? "CAMT053" : "CSV";
}

export function parseStatement(text: string): { format: "CAMT053" | "CSV"; entries: StatementEntry[] } {
  const format = detectFormat(text);
  const entries = format === "CAMT053" ? parseCamt053(text) : parseStatementCsv(text);
  if (entries.length > MAX_STATEMENT_ENTRIES) throw new StatementError("errors.statement.tooManyLines");
  return { format, entries };
}

export function parseCamt053(xml: string): StatementEntry[] {
  let doc: XmlElement;
  try {
    doc = parseXml(xml);
  } catch (error) {
    if (error instanceof XmlError) throw new StatementError("errors.statement.xml");
    throw error;
  }
  const report = child(doc, "BkToCstmrStmt");
  if (doc.name !== "Document" || !report) throw new StatementError("errors.statement.notCamt053");
  const entries: StatementEntry[] = [];
  for (const statement of children(report, "Stmt")) {
    for (const entry of children(statement, "Ntry")) {
      const status = textAt(entry, "Sts", "Cd") ?? textAt(entry, "Sts");
      if (status && status !== "BOOK") continue; // pending or informational: not money that moved
      const credit = textAt(entry, "CdtDbtInd") === "CRDT";
      const valueDate = parseDay(textAt(entry, "ValDt", "Dt") ?? textAt(entry, "ValDt", "DtTm") ?? textAt(entry, "BookgDt", "Dt") ?? textAt(entry, "BookgDt", "DtTm"));
      const entryRef = textAt(entry, "NtryRef") ?? textAt(entry, "AcctSvcrRef");
      const details = children(entry, "NtryDtls").flatMap((d) => children(d, "TxDtls"));
      const transactions = details.length > 0 ? details : [undefined];
      transactions.forEach((tx, index) => {
        const returnReason = textAt(tx, "RtrInf", "Rsn", "Cd") ?? textAt(tx, "RtrInf", "Rsn", "Prtry") ?? (tx && child(tx, "RtrInf") ? "RETURNED" : null);
        if (credit && !returnReason) return;
        const amountText = textAt(tx, "Amt") ?? textAt(tx, "AmtDtls", "TxAmt", "Amt") ?? textAt(entry, "Amt");
        const amountPaise = parseAmountPaise(amountText);
        const endToEndId = clean(textAt(tx, "Refs", "EndToEndId"));
        const parties = child(tx, "RltdPties");
        const account = clean(
          textAt(parties, "CdtrAcct", "Id", "Othr", "Id") ?? textAt(parties, "CdtrAcct", "Id", "IBAN") ??
          (credit ? textAt(parties, "DbtrAcct", "Id", "Othr", "Id") ?? textAt(parties, "DbtrAcct", "Id", "IBAN") : undefined),
        );
        const counterpartyName = clean(
          textAt(parties, "Cdtr", "Nm") ?? textAt(parties, "Cdtr", "Pty", "Nm") ?? (credit ? textAt(parties, "Dbtr", "Nm") ?? textAt(parties, "Dbtr", "Pty", "Nm") : undefined),
        );
        const txRef = textAt(tx, "Refs", "AcctSvcrRef") ?? textAt(tx, "Refs", "TxId");
        const bankReference = clean(textAt(tx, "Refs", "ClrSysRef") ?? txRef ?? textAt(tx, "Refs", "UETR") ?? entryRef);
        const entryKey = txRef ? `R:${txRef}` : entryRef ? `R:${entryRef}#${index}` : digest(String(credit), amountPaise.toString(), valueDate.toISOString(), bankReference, endToEndId, account);
        entries.push({
          entryKey, credit, amountPaise, valueDate, bankReference: bankReference ?? entryKey, endToEndId, account, counterpartyName,
          returnReason: returnReason ? clean(returnReason) : null,
        });
      });
    }
  }
  return entries;
}

/** RFC 4180 rows (quoted cells, doubled quotes, CRLF or LF). */
export function parseCsvRows(text: string, delimiter = ","): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cellText = "";
  let quoted = false;
  const source = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (quoted) {
      if (c === '"') {
        if (source[i + 1] === '"') { cellText += '"'; i++; } else quoted = false;
      } else cellText += c;
    } else if (c === '"' && cellText === "") quoted = true;
    else if (c === delimiter) { row.push(cellText); cellText = ""; }
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && source[i + 1] === "\n") i++;
      row.push(cellText); cellText = "";
      if (row.some((v) => v.trim() !== "")) rows.push(row);
      row = [];
    } else cellText += c;
  }
  row.push(cellText);
  if (row.some((v) => v.trim() !== "")) rows.push(row);
  return rows;
}

/** The statement CSV's columns, by header (case and spaces ignored), with the names banks use. */
const CSV_COLUMNS = {
  entryRef: ["entry_ref", "entryref", "bank_ref", "transaction_id", "tran_id"],
  valueDate: ["value_date", "valuedate", "value_dt"],
  utr: ["utr", "bank_reference", "cheque_ref", "ref_no"],
  endToEndId: ["end_to_end_id", "endtoendid", "customer_reference", "cust_ref"],
  type: ["type", "dr_cr", "debit_credit", "cdtdbtind"],
  amount: ["amount", "amt"],
  account: ["account", "beneficiary_account", "bene_ac"],
  name: ["name", "beneficiary_name", "bene_name"],
  returnReason: ["return_reason", "reason"],
} as const;

export function parseStatementCsv(text: string): StatementEntry[] {
  const rows = parseCsvRows(text);
  if (rows.length === 0) throw new StatementError("errors.statement.empty");
  const headers = rows[0].map((h) => h.trim().toLowerCase().replace(/[\s/-]+/g, "_"));
  const index = Object.fromEntries(
    Object.entries(CSV_COLUMNS).map(([key, names]) => [key, headers.findIndex((h) => (names as readonly string[]).includes(h))]),
  ) as Record<keyof typeof CSV_COLUMNS, number>;
  for (const required of ["valueDate", "utr", "type", "amount"] as const) {
    if (index[required] < 0) throw new StatementError("errors.statement.csvHeader");
  }
  const entries: StatementEntry[] = [];
  rows.slice(1).forEach((row, i) => {
    const line = i + 2;
    const at = (key: keyof typeof CSV_COLUMNS) => (index[key] >= 0 ? row[index[key]]?.trim() ?? "" : "");
    const type = at("type").toUpperCase();
    if (!["DR", "CR", "D", "C", "DBIT", "CRDT", "DEBIT", "CREDIT"].includes(type)) throw new StatementError("errors.statement.type", line);
    const credit = type.startsWith("C");
    const returnReason = clean(at("returnReason"));
    if (credit && !returnReason) return;
    const amountPaise = parseAmountPaise(at("amount"), line);
    const valueDate = parseDay(at("valueDate"), line);
    const bankReference = clean(at("utr"));
    if (!bankReference) throw new StatementError("errors.statement.utr", line);
    const endToEndId = clean(at("endToEndId"));
    const account = clean(at("account"));
    const entryRef = clean(at("entryRef"));
    entries.push({
      entryKey: entryRef ? `R:${entryRef}` : digest(String(credit), amountPaise.toString(), valueDate.toISOString(), bankReference, endToEndId, account),
      credit, amountPaise, valueDate, bankReference, endToEndId, account, counterpartyName: clean(at("name")), returnReason,
    });
  });
  return entries;
}
