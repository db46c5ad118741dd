import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ScopedMessages } from "@/components/fulfilment/scoped-messages";
import { Card } from "@/components/ui/card";
import { DateIst } from "@/components/ui/date-ist";
import type { SearchParams } from "@/components/ui/pagination";
import { Table } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/session";
import { todayInputValue } from "@/lib/domain/dispatch/input";
import { bpToPercentString } from "@/lib/domain/policy/input";
import { getBankRates } from "@/lib/queries/bank-rates";
import { BankRateForm } from "./bank-rate-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("bankRates");
  return { title: t("title") };
}

/** The bank rate table MSMED Act s.16 interest is computed from: the rate in force, the history, a form for the next. */
export default async function BankRatesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireRole("ADMIN");
  const [t, params, data] = await Promise.all([getTranslations("bankRates"), searchParams, getBankRates(actor)]);
  type Row = (typeof data.rows)[number];
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      {params.added ? <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-green-900">{t("added")}</p> : null}
      <Card title={t("inForce")}>
        <p className="text-lg">{data.inForceBp === null ? t("none") : t("inForceValue", { rate: bpToPercentString(data.inForceBp), interest: bpToPercentString(3 * data.inForceBp) })}</p>
      </Card>
      <Card title={t("form.title")}>
        <ScopedMessages namespaces={["bankRates"]}>
          <BankRateForm today={todayInputValue(new Date())} />
        </ScopedMessages>
      </Card>
      <Card title={t("history.title")}>
        <Table<Row>
          caption={t("history.title")}
          captionHidden
          rows={data.rows}
          rowKey={(r) => r.id}
          columns={[
            { header: t("history.effectiveFrom"), cell: (r) => <DateIst value={r.effectiveFrom} /> },
            { header: t("history.rate"), align: "end", cell: (r) => `${bpToPercentString(r.rateBp)} %` },
            { header: t("history.reason"), cell: (r) => r.reason },
            { header: t("history.createdBy"), cell: (r) => r.createdBy?.name ?? t("history.seed") },
          ]}
        />
      </Card>
    </div>
  );
}
