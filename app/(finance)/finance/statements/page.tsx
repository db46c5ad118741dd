import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { DateIst } from "@/components/ui/date-ist";
import { EmptyState } from "@/components/ui/empty-state";
import { Money } from "@/components/ui/money";
import { Table } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/session";
import { formatInr } from "@/lib/domain/money";
import { toUiLocale } from "@/lib/i18n/locale";
import { getStatement, listOpenBatchItems, listStatementLinesToResolve, listStatements } from "@/lib/queries/payment-batches";
import { ResolveForm, type ResolveFormLabels } from "./resolve-form";

const RESOLVE_KEYS = ["payment", "choose", "reason", "acknowledge", "match", "dismiss"] as const;

export const dynamic = "force-dynamic";

type Query = { error?: string; line?: string; replayed?: string; matched?: string; returned?: string; unmatched?: string; skipped?: string; statement?: string; queued?: string };

/** Statement upload, what came back unmatched or returned (to resolve by hand), and the statements so far. */
export default async function StatementsPage({ searchParams }: { searchParams: Promise<Query> }) {
  const actor = await requireRole("FINANCE");
  const query = await searchParams;
  const [t, tAll, locale, unmatched, returned, open, statements, queued] = await Promise.all([
    getTranslations("paymentBatches.statements"), getTranslations(), getLocale(),
    listStatementLinesToResolve(actor, { status: "UNMATCHED" }), listStatementLinesToResolve(actor, { status: "RETURNED" }),
    listOpenBatchItems(actor), listStatements(actor),
    // A statement too long to match inside the upload: its progress, read afresh on every visit.
    query.queued === "1" && query.statement ? getStatement(actor, query.statement) : null,
  ]);
  const uiLocale = toUiLocale(locale);
  const labels = Object.fromEntries(RESOLVE_KEYS.map((k) => [k, t(k)])) as ResolveFormLabels;
  const openPayments = open.map((i) => ({ value: i.id, label: `${i.endToEndId} · ${i.billNumber} · ${i.vendorName} · ${formatInr(i.amountPaise, uiLocale)}` }));
  const errorKey = query.error && /^errors\.[A-Za-z.]+$/.test(query.error) && tAll.has(query.error) ? query.error : null;
  type Line = (typeof unmatched)[number];
  type Statement = (typeof statements)[number];
  const lineColumns = (isReturned: boolean) => [
    { header: t("valueDate"), cell: (l: Line) => <DateIst value={l.valueDate} /> },
    { header: t("utr"), cell: (l: Line) => <span className="font-mono">{l.bankReference}</span> },
    { header: t("reference"), cell: (l: Line) => l.endToEndId ?? "" },
    { header: t("account"), cell: (l: Line) => [l.account, l.counterpartyName].filter(Boolean).join(" · ") },
    { header: t("amount"), cell: (l: Line) => <Money paise={l.amountPaise} />, align: "end" as const },
    ...(isReturned ? [{ header: t("returnReason"), cell: (l: Line) => `${l.returnReason ?? ""} ${l.batchItem ? `· ${l.batchItem.billNumber}` : ""}` }] : []),
    { header: t("reason"), cell: (l: Line) => <ResolveForm lineId={l.id} returned={isReturned} openPayments={isReturned ? [] : openPayments} labels={labels} /> },
  ];
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="max-w-prose">{t("intro")}</p>
      {errorKey ? <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 font-semibold text-red-800">{tAll(errorKey, { line: query.line ?? "" })}</p> : null}
      {query.replayed === "1" ? <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-green-900">{t("replayed")}</p> : null}
      {queued && !queued.completedAt ? (
        <p role="status" className="rounded-md border border-blue-300 bg-blue-50 p-3 text-blue-900">
          {t("queued", { lines: queued.lineCount, done: Math.min(queued.processedCount, queued.lineCount) })}{" "}
          <a href={`/finance/statements?${new URLSearchParams({ statement: queued.id, queued: "1" })}`} className="font-semibold underline">{t("refresh")}</a>
        </p>
      ) : null}
      {queued?.completedAt ? (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-green-900">
          {t("queuedDone", { matched: queued.matchedCount, returned: queued.returnedCount, unmatched: queued.unmatchedCount, skipped: queued.skippedCount })}
        </p>
      ) : null}
      {query.replayed === "0" && query.queued !== "1" ? (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-green-900">
          {t("imported", { matched: query.matched ?? "0", returned: query.returned ?? "0", unmatched: query.unmatched ?? "0", skipped: query.skipped ?? "0" })}
        </p>
      ) : null}
      <Card title={t("upload")}>
        <form method="post" action="/finance/statements/upload" encType="multipart/form-data" className="space-y-3">
          <div>
            <label htmlFor="statement" className="block font-semibold">{t("file")}</label>
            <p id="statement-hint" className="text-sm text-slate-700">{t("fileHint")}</p>
            <input id="statement" name="statement" type="file" accept=".xml,.csv,application/xml,text/xml,text/csv" required aria-describedby="statement-hint" className="mt-1 block" />
          </div>
          <button type="submit" className="rounded-md bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900 focus-visible:outline-2">{t("upload")}</button>
        </form>
      </Card>
      <Card title={t("unmatchedTitle")}>
        <Table<Line> caption={t("unmatchedTitle")} captionHidden rows={unmatched} rowKey={(l) => l.id} empty={<EmptyState title={t("unmatchedEmpty")} />} columns={lineColumns(false)} />
      </Card>
      <Card title={t("returnedTitle")}>
        <p className="mb-2">{t("returnedNote")}</p>
        <Table<Line> caption={t("returnedTitle")} captionHidden rows={returned} rowKey={(l) => l.id} empty={<EmptyState title={t("returnedEmpty")} />} columns={lineColumns(true)} />
      </Card>
      <Card title={t("historyTitle")}>
        <Table<Statement>
          caption={t("historyTitle")} captionHidden rows={statements} rowKey={(s) => s.id} empty={<EmptyState title={t("historyEmpty")} />}
          columns={[
            { header: t("importedAt"), cell: (s) => <DateIst value={s.importedAt} withTime /> },
            { header: t("format"), cell: (s) => s.format },
            { header: t("lines"), cell: (s) => s.lineCount, align: "end" },
            { header: t("matched"), cell: (s) => s.matchedCount, align: "end" },
            { header: t("returned"), cell: (s) => s.returnedCount, align: "end" },
            { header: t("unmatched"), cell: (s) => s.unmatchedCount, align: "end" },
            { header: t("status"), cell: (s) => (s.completedAt ? t("statusDone") : t("statusRunning", { done: Math.min(s.processedCount, s.lineCount), lines: s.lineCount })) },
          ]}
        />
      </Card>
    </div>
  );
}
