import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Pagination, type SearchParams } from "@/components/ui/pagination";
import { requireRole } from "@/lib/auth/session";
import { listPurchaseOrders } from "@/lib/queries/purchase-orders";
import { OrdersTable } from "./orders-table";

export const dynamic = "force-dynamic";

const FILTERS = ["", "OPEN", "CLOSED", "CANCELLED"] as const;
const first = (v: SearchParams[string]) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function BuyerOrders({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireRole("BUYER");
  const params = await searchParams;
  const status = first(params.status);
  const [t, page] = await Promise.all([getTranslations("buyer.orders"), listPurchaseOrders(actor, { cursor: first(params.cursor), status })]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-blue-900">{t("title")}</h1>
      <nav aria-label={t("filter")}>
        <ul className="flex flex-wrap gap-2">
          {FILTERS.map((f) => (
            <li key={f}>
              <Link
                href={f ? `/buyer/orders?status=${f}` : "/buyer/orders"}
                aria-current={status === f ? "page" : undefined}
                className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-3 aria-[current=page]:border-blue-800 aria-[current=page]:bg-blue-50 aria-[current=page]:font-semibold"
              >
                {t(`filters.${f || "all"}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <OrdersTable orders={page.orders} />
      <Pagination pathname="/buyer/orders" searchParams={params} nextCursor={page.nextCursor} />
    </div>
  );
}
