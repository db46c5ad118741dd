import { getActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { paidBillsCsv } from "@/lib/queries/finance-export";

export const dynamic = "force-dynamic";

/** GET /finance/bills.csv — the finance officer's paid bills with UTRs, for reconciliation (UTF-8 with BOM). */
export async function GET() {
  const actor = await getActor();
  // Anyone else: not found, never forbidden (the file's existence is not advertised).
  if (!actor || !can(actor.role, "bill.view")) return new Response("Not found", { status: 404 });
  const date = new Date(Date.now() + 330 * 60_000).toISOString().slice(0, 10);
  return new Response(`\uFEFF${await paidBillsCsv(actor)}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="manak-paid-bills-${date}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
