import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { SearchParams } from "@/components/ui/pagination";
import { requireRole } from "@/lib/auth/session";
import { getPurchaseOrderForBuyer } from "@/lib/queries/purchase-orders";
import { ComplaintForm } from "./complaint-form";

export const dynamic = "force-dynamic";

const first = (v: SearchParams[string]) => (Array.isArray(v) ? v[0] : v) ?? "";

/** A complaint about one of the office's purchase orders (or one of its supply orders). */
export default async function NewComplaint({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireRole("BUYER");
  const params = await searchParams;
  const found = await getPurchaseOrderForBuyer(actor, first(params.purchaseOrderId));
  if (!found?.buying) notFound();
  const supplyOrder = found.order.supplyOrders.find((so) => so.id === first(params.supplyOrderId));
  const t = await getTranslations("buyer.complaint");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-blue-900">{t("title")}</h1>
      <p>{supplyOrder ? t("aboutSupplyOrder", { number: supplyOrder.number, vendor: supplyOrder.vendor.legalName }) : t("aboutOrder", { number: found.order.number })}</p>
      <Card>
        <ComplaintForm
          purchaseOrderId={found.order.id}
          supplyOrderId={supplyOrder?.id ?? ""}
          labels={{ subject: t("subject"), body: t("body"), bodyHint: t("bodyHint"), submit: t("submit"), submitting: t("submitting") }}
        />
      </Card>
    </div>
  );
}
