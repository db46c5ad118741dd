import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { Pagination, type SearchParams } from "@/components/ui/pagination";
import { RiskFlagList } from "@/components/transparency/risk-flag-list";
import { requireRole } from "@/lib/auth/session";
import { listRiskFlags } from "@/lib/queries/risk-flags";
import { ReviewForm } from "./review-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("riskFlags.admin");
  return { title: t("title") };
}

/** The flags not yet reviewed, newest first, each with its review form. */
export default async function AdminRiskFlagsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireRole("ADMIN");
  const params = await searchParams;
  const cursor = Array.isArray(params.cursor) ? params.cursor[0] : params.cursor;
  const [t, page, messages] = await Promise.all([getTranslations("riskFlags.admin"), listRiskFlags({ review: "open" }, cursor), getMessages()]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-blue-900">{t("title")}</h1>
        <p className="mt-2 max-w-3xl">{t("intro")}</p>
        {params.done ? <p role="status" className="mt-2 font-semibold text-green-800">{t("done")}</p> : null}
      </div>
      <ul className="space-y-6">
        {page.rows.map((flag) => (
          <li key={flag.id}>
            <RiskFlagList flags={[flag]} />
            {/* The review form is a client component: it gets the catalogue's admin section only. */}
            <NextIntlClientProvider messages={{ common: messages.common, riskFlags: { admin: messages.riskFlags.admin } }}>
              <ReviewForm flagId={flag.id} />
            </NextIntlClientProvider>
          </li>
        ))}
      </ul>
      {page.rows.length === 0 ? <RiskFlagList flags={[]} /> : null}
      <Pagination pathname="/admin/risk-flags" searchParams={params} nextCursor={page.nextCursor} />
    </div>
  );
}
