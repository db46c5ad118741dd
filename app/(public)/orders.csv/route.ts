import { publicBaseUrl } from "@/lib/documents/urls";
import { CSV_HEADER, csvLine, orderCsvRows } from "@/lib/open-data/register-csv";
import { parseRegisterFilters, registerBatches } from "@/lib/queries/register";

export const dynamic = "force-dynamic";

/**
 * GET /orders.csv?district=…&status=… — the order register's filtered view as CSV (UTF-8 with a
 * byte-order mark so spreadsheet programs read Hindi correctly), streamed in keyset batches.
 */
export async function GET(request: Request) {
  const filters = parseRegisterFilters(Object.fromEntries(new URL(request.url).searchParams));
  const baseUrl = publicBaseUrl();
  const encoder = new TextEncoder();
  const batches = registerBatches(filters);
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`\uFEFF${csvLine([...CSV_HEADER])}`));
    },
    async pull(controller) {
      const { value, done } = await batches.next();
      if (done) return controller.close();
      controller.enqueue(encoder.encode(value.flatMap((order) => orderCsvRows(order, baseUrl)).join("")));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
  const date = new Date(Date.now() + 330 * 60_000).toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="manak-orders-${date}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
