import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RoleWelcome } from "@/components/layout/role-welcome";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Money } from "@/components/ui/money";
import { Table } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/session";
import { getUiLocale } from "@/lib/i18n/server";
import { buyerHome } from "@/lib/queries/buyer";
import { listPurchaseOrders } from "@/lib/queries/purchase-orders";
import { readCart } from "./cart/cart-cookie";
import { OrdersTable } from "./orders/orders-table";

export const dynamic = "force-dynamic";

/** The buyer's single window: what needs the office now, its budgets, and its latest orders. */
export default async function BuyerHome() {
  const actor = await requireRole("BUYER");
  const [t, locale, home, recent, cart] = await Promise.all([
    getTranslations("buyer"), getUiLocale(), buyerHome(actor), listPurchaseOrders(actor), readCart(actor.userId),
  ]);
  const name = (n: { nameEn: string; nameHi: string }) => (locale === "hi" ? n.nameHi : n.nameEn);
  const todo = [
    { count: home.toReceive, text: t("home.toReceive", { count: home.toReceive }), href: "/buyer/supply-orders?group=action" },
    { count: home.toDecide, text: t("home.toDecide", { count: home.toDecide }), href: "/buyer/supply-orders?group=action" },
    { count: home.awaitingVendors, text: t("home.awaitingVendors", { count: home.awaitingVendors }), href: "/buyer/supply-orders?group=waiting" },
  ].filter((item) => item.count > 0);
  return (
    <div className="space-y-6">
      <RoleWelcome actor={actor} />
      <div className="flex flex-wrap gap-2">
        <ButtonLink href="/buyer/catalogue">{t("home.browse")}</ButtonLink>
        <ButtonLink href="/buyer/cart" variant="secondary">{t("cart.link", { count: cart.length })}</ButtonLink>
      </div>

      <Card title={t("home.todo")}>
        {todo.length === 0 ? (
          <p>{t("home.nothingToDo")}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-5">
            {todo.map((item) => (
              <li key={item.text}>
                <Link href={item.href}>{item.text}</Link>
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card title={t("home.budgets")}>
        <Table
          caption={t("home.budgetsCaption")}
          captionHidden
          rows={home.budgetHeads}
          rowKey={(h) => h.id}
          empty={<EmptyState title={t("home.noBudgets")} />}
          columns={[
            { header: t("home.head"), cell: (h) => <><span className="font-semibold">{h.code}</span><span className="block text-slate-700">{name(h)}</span></> },
            { header: t("home.allotted"), align: "end", cell: (h) => <Money paise={h.allottedPaise} /> },
            { header: t("home.blocked"), align: "end", cell: (h) => <Money paise={h.blockedPaise} /> },
            { header: t("home.spent"), align: "end", cell: (h) => <Money paise={h.spentPaise} /> },
            { header: t("home.free"), align: "end", cell: (h) => <Money paise={h.freePaise} className="font-semibold" /> },
          ]}
        />
      </Card>

      <Card title={t("home.recent")} actions={<ButtonLink href="/buyer/orders" variant="ghost">{t("home.allOrders")}</ButtonLink>}>
        <OrdersTable orders={recent.orders.slice(0, 5)} />
      </Card>
    </div>
  );
}
