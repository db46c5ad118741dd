import { getTranslations } from "next-intl/server";
import { FactList } from "@/components/transparency/fact-list";
import type { PublicIncidentCounts } from "@/lib/queries/incidents";

/**
 * The public face of incidents against a vendor or an office: how many were raised, how many are
 * open, and how they ended. Never who raised them or what they said.
 */
export async function IncidentCounts({ counts, title }: { counts: PublicIncidentCounts; title: string }) {
  const t = await getTranslations("incidents.counts");
  return (
    <section aria-labelledby="incident-counts-title" className="space-y-2" data-testid="incident-counts">
      <h2 id="incident-counts-title" className="text-2xl font-semibold">{title}</h2>
      <p>{t("intro")}</p>
      <FactList
        items={[
          { label: t("raised"), value: counts.raised },
          { label: t("open"), value: counts.open },
          { label: t("UPHELD"), value: counts.outcomes.UPHELD },
          { label: t("NOT_UPHELD"), value: counts.outcomes.NOT_UPHELD },
          { label: t("SETTLED"), value: counts.outcomes.SETTLED },
          { label: t("WITHDRAWN"), value: counts.outcomes.WITHDRAWN },
        ]}
      />
    </section>
  );
}
