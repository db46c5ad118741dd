import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { formatDateIst, formatDateTimeIst } from "@/lib/domain/format";
import { getUiLocale } from "@/lib/i18n/server";
import { auditChainHead, findDocumentsByNumber, verifyChainForPublic } from "@/lib/queries/verification";
import { checkChainAgainstCheckpoints, latestCheckpoint } from "@/lib/queries/audit-checkpoints";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("verify");
  return { title: t("title") };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

/**
 * Public verification: find a document by its number (its QR code links straight to
 * /verify/<id>), and verify the whole audit chain on request. Both are GET forms, so they work
 * without JavaScript and results can be linked to.
 */
export default async function VerifyPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const documentQuery = one(params.document).trim();
  const runChain = one(params.chain) === "verify";
  const [t, tDocs, locale, head, found, chain, latest] = await Promise.all([
    getTranslations("verify"),
    getTranslations("documents"),
    getUiLocale(),
    auditChainHead(),
    documentQuery ? findDocumentsByNumber(documentQuery) : Promise.resolve(null),
    runChain ? verifyChainForPublic() : Promise.resolve(null),
    latestCheckpoint(),
  ]);
  const checkpoints = chain ? await checkChainAgainstCheckpoints(chain) : null;

  return (
    <div className="mx-auto max-w-4xl space-y-6 px-4 py-8">
      <div>
        <h1 className="text-3xl font-bold text-blue-900">{t("title")}</h1>
        <p className="mt-2 text-lg text-slate-800">{t("intro")}</p>
      </div>

      <Card title={t("document.title")}>
        <p className="mb-3">{t("document.body")}</p>
        <form action="/verify" method="get" className="space-y-3">
          <Field name="document" label={t("document.label")} hint={t("document.hint")} defaultValue={documentQuery} autoComplete="off" />
          <Button type="submit">{t("document.submit")}</Button>
        </form>
        {found ? (
          found.length === 0 ? (
            <p role="status" className="mt-4 font-semibold text-red-800">{t("document.none")}</p>
          ) : (
            <div role="status" className="mt-4">
              <p className="font-semibold">{t("document.results")}</p>
              <ul className="mt-1 space-y-1">
                {found.map((d) => (
                  <li key={d.id}>
                    <Link href={`/verify/${d.id}`} className="inline-flex min-h-11 items-center">
                      {tDocs(`kinds.${d.kind}`)} {d.number} · {formatDateIst(d.createdAt, locale)}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          )
        ) : null}
      </Card>

      <Card title={t("chain.title")}>
        <p>{t("chain.body")}</p>
        <p className="mt-2 break-all">{head ? t("chain.head", { count: Number(head.seq), hash: head.hash }) : t("chain.empty")}</p>
        <form action="/verify" method="get" className="mt-3">
          <input type="hidden" name="chain" value="verify" />
          <Button type="submit">{t("chain.submit")}</Button>
        </form>
        {chain ? (
          <div role="status" className={`mt-4 rounded-md border-l-4 p-3 ${chain.ok ? "border-green-700 bg-green-50 text-green-900" : "border-red-700 bg-red-50 text-red-900"}`}>
            <p className="font-semibold">
              {chain.ok
                ? t("chain.ok", { count: chain.count, ms: chain.ms })
                : t("chain.broken", { seq: chain.broken.seq.toString(), reason: t(`chain.reasons.${chain.broken.reason}`), count: chain.count })}
            </p>
            <p>{t("chain.checkedAt", { time: formatDateTimeIst(chain.checkedAt, locale) })}</p>
          </div>
        ) : null}
        <p className="mt-3 text-slate-700">{t("chain.cli")}</p>
      </Card>

      <Card title={t("checkpoints.title")}>
        <p>{t("checkpoints.body")}</p>
        <p className="mt-2">
          {latest
            ? t("checkpoints.latest", { number: latest.number, seq: latest.seq, time: formatDateTimeIst(new Date(latest.signedAt), locale) })
            : t("checkpoints.none")}
        </p>
        <p className="mt-2">
          <Link href="/api/audit/checkpoints" prefetch={false} className="inline-flex min-h-11 items-center">{t("checkpoints.list")}</Link>
        </p>
        {checkpoints ? (
          <div role="status" data-testid="checkpoint-result" className={`mt-4 rounded-md border-l-4 p-3 ${checkpoints.ok ? "border-green-700 bg-green-50 text-green-900" : "border-red-700 bg-red-50 text-red-900"}`}>
            <p className="font-semibold">
              {checkpoints.ok
                ? t("checkpoints.ok", { count: checkpoints.checked })
                : checkpoints.reason === "no-key"
                  ? t("checkpoints.noKey")
                  : t("checkpoints.failed", {
                      number: checkpoints.number,
                      reason: t(`checkpoints.reasons.${checkpoints.reason}`, { after: checkpoints.matchedUpTo, seq: checkpoints.seq }),
                    })}
            </p>
          </div>
        ) : null}
        <p className="mt-3 text-slate-700">{t("checkpoints.keep")}</p>
      </Card>
    </div>
  );
}
