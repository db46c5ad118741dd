import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { raiseIncidentAction } from "@/app/actions/incidents";
import { RaiseIncidentForm } from "@/components/incidents/incident-forms";
import { Card } from "@/components/ui/card";
import type { SearchParams } from "@/components/ui/pagination";
import { requireRole } from "@/lib/auth/session";
import { RAISER_CATEGORIES } from "@/lib/domain/incident/rules";
import { incidentSubjects } from "@/lib/queries/incidents";

export const dynamic = "force-dynamic";

const first = (v: SearchParams[string]) => (Array.isArray(v) ? v[0] : v) ?? "";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("incidents");
  return { title: t("raise") };
}

/** A new incident about one of the firm's supply orders (narrowed by ?purchaseOrderId or ?supplyOrderId). */
export default async function NewIncident({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireRole("VENDOR");
  const params = await searchParams;
  const filter = { purchaseOrderId: first(params.purchaseOrderId), supplyOrderId: first(params.supplyOrderId) };
  const [t, messages, supplyOrders] = await Promise.all([getTranslations("incidents"), getMessages(), incidentSubjects(actor, filter)]);
  const options = supplyOrders.map((so) => ({ value: so.id, label: `${so.number} — ${so.vendor.legalName} (${so.purchaseOrder.number})` }));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-blue-900">{t("raise")}</h1>
      <p className="max-w-3xl">{t("form.intro.VENDOR")}</p>
      <Card>
        {options.length === 0 ? (
          <p>{t("form.noSupplyOrders")}</p>
        ) : (
          <NextIntlClientProvider messages={{ common: messages.common, incidents: messages.incidents }}>
            <RaiseIncidentForm action={raiseIncidentAction} supplyOrders={options} categories={[...RAISER_CATEGORIES.VENDOR]} selected={filter.supplyOrderId} />
          </NextIntlClientProvider>
        )}
      </Card>
    </div>
  );
}
