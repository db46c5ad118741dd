import { publicBaseUrl } from "@/lib/documents/urls";
import { exportsBusy, streamHoldingSlot, takeExportSlot } from "@/lib/http/export-slots";
import { CSV_HEADER, csvLine, orderCsvRows } from "@/lib/open-data/register-csv";
import { parseRegisterFilters, registerBatches } from "@/lib/queries/register";

export const dynamic = "force-dynamic";

/**
 * GET /orders.csv?district=…&status=… — the order register's filtered view as CSV (UTF-8 with a
 * byte-order mark so spreadsheet programs read Hindi correctly), streamed in keyset batches.
 */
export async function GET(request: Request) {
  const filters = parseRegisterFilters(Object.fromEntries(new URL(request.url).searchParams));
  // One of a few export slots (lib/http/export-slots.ts), held until the download ends.
  const release = takeExportSlot();
  if (!release) return exportsBusy();
  const baseUrl = publicBaseUrl();
  const encoder = new TextEncoder();
  const batches = registerBatches(filters);
  const body = streamHoldingSlot(
    release,
    async () => {
      const { value, done } = await batches.next();
      return done ? null : encoder.encode(value.flatMap((order) => orderCsvRows(order, baseUrl)).join(""));
    },
    () => batches.return(undefined),
    encoder.encode(`\uFEFF${csvLine([...CSV_HEADER])}`),
  );
  const date = new Date(Date.now() + 330 * 60_000).toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="manak-orders-${date}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
