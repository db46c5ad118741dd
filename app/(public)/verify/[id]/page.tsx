import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { FactList } from "@/components/transparency/fact-list";
import { formatFact } from "@/lib/documents/format";
import { orderPath } from "@/lib/documents/urls";
import { formatDateTimeIst } from "@/lib/domain/format";
import { getUiLocale } from "@/lib/i18n/server";
import { getDocumentVerification } from "@/lib/queries/verification";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [doc, t] = await Promise.all([getDocumentVerification((await params).id), getTranslations("documents")]);
  return { title: doc ? `${t(`kinds.${doc.kind}`)} ${doc.number}` : undefined };
}

/** What a document's QR code opens: its facts, its hash, and whether both still match the audit log. */
export default async function VerifyDocumentPage({ params }: Props) {
  const doc = await getDocumentVerification((await params).id);
  if (!doc) notFound();
  const [t, tDocs, locale] = await Promise.all([getTranslations("verify.doc"), getTranslations("documents"), getUiLocale()]);
  const label = (key: string) => (tDocs.has(`fields.${key}`) ? tDocs(`fields.${key}` as "fields.bill") : key);
  const { facts, table } = doc.facts;

  return (
    <div className="mx-auto max-w-4xl space-y-6 px-4 py-8">
      <h1 className="text-2xl font-bold break-words text-blue-900 sm:text-3xl">{t("title", { kind: tDocs(`kinds.${doc.kind}`), number: doc.number })}</h1>

      <div role="status" className={`rounded-md border-l-8 p-4 ${doc.genuine ? "border-green-700 bg-green-50 text-green-900" : "border-red-700 bg-red-50 text-red-900"}`}>
        <p className="text-xl font-bold">{doc.genuine ? `✓ ${t("genuine")}` : `✗ ${t("notGenuine")}`}</p>
        <p className="mt-1">
          {doc.genuine && doc.anchor ? t("genuineBody", { seq: doc.anchor.seq, time: formatDateTimeIst(doc.anchor.occurredAt, locale) }) : t("notGenuineBody")}
        </p>
      </div>

      <Card title={t("facts")}>
        <FactList
          items={[
            { label: t("issuedAt"), value: formatDateTimeIst(doc.issuedAt, locale) },
            ...facts.map((f) => ({ label: label(f.key), value: formatFact(f.type, f, locale) })),
          ]}
        />
        {table && table.rows.length ? (
          <div role="region" aria-label={t("table")} tabIndex={0} className="mt-4 overflow-x-auto">
            <table className="w-full border-collapse text-left">
              <caption className="mb-2 text-left text-lg font-semibold">{t("table")}</caption>
              <thead>
                <tr className="border-b-2 border-slate-400">
                  {table.columns.map((c) => (
                    <th key={c.key} scope="col" className="px-2 py-1">{label(c.key)}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row, i) => (
                  <tr key={i} className="border-b border-slate-200">
                    {row.map((cell, j) => (
                      <td key={j} className="px-2 py-1">{formatFact(table.columns[j].type, cell, locale)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </Card>

      <Card title={t("hash")}>
        <FactList
          items={[
            { label: t("stored"), value: <code className="break-all">{doc.storedHash}</code> },
            { label: t("computed"), value: <code className="break-all">{doc.computedHash}</code> },
            {
              label: t("anchor"),
              value: doc.anchor ? t("anchorValue", { seq: doc.anchor.seq, state: doc.anchor.intact && doc.anchor.matches ? t("anchorIntact") : t("anchorBroken") }) : t("anchorMissing"),
            },
          ]}
        />
      </Card>

      <p>
        <Link href={orderPath(doc.facts.purchaseOrderNumber)} className="inline-flex min-h-11 items-center font-semibold">{t("order", { number: doc.facts.purchaseOrderNumber })}</Link>
      </p>
      <p className="text-slate-700">{t("download")}</p>
    </div>
  );
}
