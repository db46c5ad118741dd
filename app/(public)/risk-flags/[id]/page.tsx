import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RiskFlagList } from "@/components/transparency/risk-flag-list";
import { getRiskFlag } from "@/lib/queries/risk-flags";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [flag, t] = await Promise.all([getRiskFlag((await params).id), getTranslations("riskFlags")]);
  return { title: flag ? t("detail.title", { kind: t(`kinds.${flag.kind}`) }) : undefined };
}

/** One risk flag: what the review e-mail links to. */
export default async function RiskFlagPage({ params }: Props) {
  const flag = await getRiskFlag((await params).id);
  if (!flag) notFound();
  const t = await getTranslations("riskFlags");
  return (
    <div className="mx-auto max-w-4xl space-y-6 px-4 py-8">
      <h1 className="text-3xl font-bold text-blue-900">{t("detail.title", { kind: t(`kinds.${flag.kind}`) })}</h1>
      <RiskFlagList flags={[flag]} />
      <p><Link href="/risk-flags" className="inline-flex min-h-11 items-center">{t("all")}</Link></p>
    </div>
  );
}
