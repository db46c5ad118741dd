/**
 * Banks' bulk-transfer upload layouts. An office names its bank's layout (Office.bankCsvLayout);
 * a bank not listed here is added as data — in this table, or without a release through the
 * BANK_CSV_LAYOUTS environment variable (a JSON array of layouts; same names replace these).
 * The layout in force is copied onto each batch, so old batches' files never change.
 */
import { z } from "zod";
import { CSV_FIELDS, type CsvLayout } from "./files";

export const BUILT_IN_LAYOUTS: readonly CsvLayout[] = [
  {
    name: "GENERIC",
    delimiter: ",", header: true, dateFormat: "DD/MM/YYYY", lineEnding: "\r\n",
    columns: [
      { header: "Payment Mode", field: "paymentMode" },
      { header: "Debit Account", field: "debitAccount" },
      { header: "Beneficiary Name", field: "beneficiaryName", maxLength: 70 },
      { header: "Beneficiary Account", field: "beneficiaryAccount" },
      { header: "IFSC", field: "beneficiaryIfsc" },
      { header: "Amount", field: "amount" },
      { header: "Value Date", field: "valueDate" },
      { header: "Customer Reference", field: "endToEndId" },
      { header: "Remarks", field: "billNumber", maxLength: 30 },
    ],
  },
  {
    // A corporate-banking bulk upload without a header, pipe-separated, amount in rupees.
    name: "SBI_CMP",
    delimiter: "|", header: false, dateFormat: "DD-MM-YYYY", lineEnding: "\n",
    columns: [
      { header: "TXN_TYPE", field: "paymentMode" },
      { header: "DEBIT_AC", field: "debitAccount" },
      { header: "BENE_AC", field: "beneficiaryAccount" },
      { header: "BENE_IFSC", field: "beneficiaryIfsc" },
      { header: "BENE_NAME", field: "beneficiaryName", maxLength: 35 },
      { header: "AMOUNT", field: "amount" },
      { header: "VALUE_DATE", field: "valueDate" },
      { header: "CUST_REF", field: "endToEndId" },
      { header: "NARRATION", field: "billNumber", maxLength: 30 },
    ],
  },
];

const layoutSchema = z.object({
  name: z.string().regex(/^[A-Z0-9_]{2,40}$/),
  delimiter: z.enum([",", ";", "|", "\t"]),
  header: z.boolean(),
  dateFormat: z.enum(["DD/MM/YYYY", "DD-MM-YYYY", "YYYY-MM-DD", "DDMMYYYY"]),
  lineEnding: z.enum(["\n", "\r\n"]).default("\r\n"),
  columns: z.array(z.object({ header: z.string().min(1).max(60), field: z.enum(CSV_FIELDS), maxLength: z.number().int().positive().optional() })).min(1).max(40),
});

/** The layouts in force: the built-in ones, replaced or extended by BANK_CSV_LAYOUTS. */
export function csvLayouts(env: string | undefined = process.env.BANK_CSV_LAYOUTS): Map<string, CsvLayout> {
  const layouts = new Map(BUILT_IN_LAYOUTS.map((l) => [l.name, l]));
  if (env) {
    for (const layout of z.array(layoutSchema).parse(JSON.parse(env))) layouts.set(layout.name, layout);
  }
  return layouts;
}

/** The office's layout, GENERIC when it names none; an unknown name is a configuration error. */
export function layoutFor(name: string | null | undefined, layouts = csvLayouts()): CsvLayout | null {
  return layouts.get(name ?? "GENERIC") ?? null;
}

/** A stored copy (PaymentBatch.csvLayout) read back. */
export function parseStoredLayout(value: unknown): CsvLayout {
  return layoutSchema.parse(value) as CsvLayout;
}
