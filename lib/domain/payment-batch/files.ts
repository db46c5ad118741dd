/**
 * The payment files a batch produces: ISO 20022 pain.001.001.09 (customer credit transfer
 * initiation) and a bank's bulk-upload CSV in the column layout that bank wants. Pure: the same
 * batch gives the same bytes, always (docs/adr/0011-payment-batches-and-reconciliation.md).
 */
import { escapeXml } from "./xml";

export type BatchForFile = {
  seq: bigint;
  createdAt: Date;
  requestedOn: Date; // a calendar day (00:00 UTC of it)
  debtorName: string;
  debtorAccount: string;
  debtorIfsc: string;
  items: readonly {
    endToEndId: string;
    amountPaise: bigint;
    billNumber: string;
    vendorName: string;
    vendorAccount: string;
    vendorIfsc: string;
  }[];
};

/** NEFT below ₹2,00,000, RTGS from it (RTGS's minimum). */
export const RTGS_MINIMUM_PAISE = 20_000_000n;

export const batchMessageId = (seq: bigint) => `MANAK-PB-${seq.toString().padStart(8, "0")}`;

/** Paise as rupees with two decimals ("1234.50"), as ISO 20022 and bank files want. */
export function rupees(paise: bigint): string {
  const sign = paise < 0n ? "-" : "";
  const abs = paise < 0n ? -paise : paise;
  return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, "0")}`;
}

export const totalOf = (items: BatchForFile["items"]) => items.reduce((sum, i) => sum + i.amountPaise, 0n);

const isoDay = (day: Date) => day.toISOString().slice(0, 10);

/** pain.001 names are at most 140 characters; ISO 20022 "Max140Text". */
const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);

export function renderPain001(batch: BatchForFile): string {
  const id = batchMessageId(batch.seq);
  const count = batch.items.length;
  const sum = rupees(totalOf(batch.items));
  const agent = (ifsc: string) =>
    `<FinInstnId><ClrSysMmbId><ClrSysId><Cd>INFSC</Cd></ClrSysId><MmbId>${escapeXml(ifsc)}</MmbId></ClrSysMmbId></FinInstnId>`;
  const lines: string[] = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">`,
    `<CstmrCdtTrfInitn>`,
    `<GrpHdr><MsgId>${id}</MsgId><CreDtTm>${batch.createdAt.toISOString()}</CreDtTm><NbOfTxs>${count}</NbOfTxs><CtrlSum>${sum}</CtrlSum>` +
      `<InitgPty><Nm>${escapeXml(clip(batch.debtorName, 140))}</Nm></InitgPty></GrpHdr>`,
    `<PmtInf><PmtInfId>${id}-1</PmtInfId><PmtMtd>TRF</PmtMtd><BtchBookg>false</BtchBookg><NbOfTxs>${count}</NbOfTxs><CtrlSum>${sum}</CtrlSum>` +
      `<ReqdExctnDt><Dt>${isoDay(batch.requestedOn)}</Dt></ReqdExctnDt>` +
      `<Dbtr><Nm>${escapeXml(clip(batch.debtorName, 140))}</Nm></Dbtr>` +
      `<DbtrAcct><Id><Othr><Id>${escapeXml(batch.debtorAccount)}</Id></Othr></Id><Ccy>INR</Ccy></DbtrAcct>` +
      `<DbtrAgt>${agent(batch.debtorIfsc)}</DbtrAgt><ChrgBr>DEBT</ChrgBr>`,
  ];
  for (const item of batch.items) {
    lines.push(
      `<CdtTrfTxInf><PmtId><InstrId>${item.endToEndId}</InstrId><EndToEndId>${item.endToEndId}</EndToEndId></PmtId>` +
        `<PmtTpInf><LclInstrm><Prtry>${item.amountPaise >= RTGS_MINIMUM_PAISE ? "RTGS" : "NEFT"}</Prtry></LclInstrm></PmtTpInf>` +
        `<Amt><InstdAmt Ccy="INR">${rupees(item.amountPaise)}</InstdAmt></Amt>` +
        `<CdtrAgt>${agent(item.vendorIfsc)}</CdtrAgt><Cdtr><Nm>${escapeXml(clip(item.vendorName, 140))}</Nm></Cdtr>` +
        `<CdtrAcct><Id><Othr><Id>${escapeXml(item.vendorAccount)}</Id></Othr></Id></CdtrAcct>` +
        `<RmtInf><Ustrd>${escapeXml(item.billNumber)}</Ustrd></RmtInf></CdtTrfTxInf>`,
    );
  }
  lines.push(`</PmtInf>`, `</CstmrCdtTrfInitn>`, `</Document>`, ``);
  return lines.join("\n");
}

export const CSV_FIELDS = [
  "paymentMode", "debitAccount", "debitIfsc", "beneficiaryName", "beneficiaryAccount", "beneficiaryIfsc",
  "amount", "amountPaise", "valueDate", "endToEndId", "billNumber", "batchReference",
] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

export type CsvLayout = {
  name: string;
  delimiter: "," | ";" | "|" | "\t";
  header: boolean;
  dateFormat: "DD/MM/YYYY" | "DD-MM-YYYY" | "YYYY-MM-DD" | "DDMMYYYY";
  lineEnding: "\n" | "\r\n";
  columns: { header: string; field: CsvField; maxLength?: number }[];
};

function formatDay(day: Date, format: CsvLayout["dateFormat"]): string {
  const [y, m, d] = isoDay(day).split("-");
  switch (format) {
    case "DD/MM/YYYY": return `${d}/${m}/${y}`;
    case "DD-MM-YYYY": return `${d}-${m}-${y}`;
    case "DDMMYYYY": return `${d}${m}${y}`;
    default: return `${y}-${m}-${d}`;
  }
}

/**
 * One cell: quoted when it holds the delimiter, a quote or a line break; a leading = + - @ is
 * neutralised so a vendor's name cannot become a spreadsheet formula in the bank's tools.
 */
function cell(value: string, delimiter: string): string {
  let text = value.replace(/[\r\n]+/g, " ");
  if (/^[=+\-@]/.test(text)) text = `'${text}`;
  return text.includes(delimiter) || text.includes('"') ? `"${text.replaceAll('"', '""')}"` : text;
}

export function renderBankCsv(batch: BatchForFile, layout: CsvLayout): string {
  const valueOf = (item: BatchForFile["items"][number], field: CsvField): string => {
    switch (field) {
      case "paymentMode": return item.amountPaise >= RTGS_MINIMUM_PAISE ? "RTGS" : "NEFT";
      case "debitAccount": return batch.debtorAccount;
      case "debitIfsc": return batch.debtorIfsc;
      case "beneficiaryName": return item.vendorName;
      case "beneficiaryAccount": return item.vendorAccount;
      case "beneficiaryIfsc": return item.vendorIfsc;
      case "amount": return rupees(item.amountPaise);
      case "amountPaise": return item.amountPaise.toString();
      case "valueDate": return formatDay(batch.requestedOn, layout.dateFormat);
      case "endToEndId": return item.endToEndId;
      case "billNumber": return item.billNumber;
      case "batchReference": return batchMessageId(batch.seq);
    }
  };
  const rows: string[] = [];
  if (layout.header) rows.push(layout.columns.map((c) => cell(c.header, layout.delimiter)).join(layout.delimiter));
  for (const item of batch.items) {
    rows.push(layout.columns.map((c) => {
      const value = valueOf(item, c.field);
      return cell(c.maxLength ? value.slice(0, c.maxLength) : value, layout.delimiter);
    }).join(layout.delimiter));
  }
  return rows.join(layout.lineEnding) + layout.lineEnding;
}
