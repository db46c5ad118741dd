import { getTranslations } from "next-intl/server";
import { getUiLocale } from "@/lib/i18n/server";
import { PwaRuntime } from "./pwa-runtime";
import { pwaSessionKey } from "./session-key";

/** The installable app's page-side part, on every page (mounted once in the root layout). */
export async function Pwa({ userId }: { userId: string | null }) {
  const [t, locale] = await Promise.all([getTranslations("pwa"), getUiLocale()]);
  return (
    <PwaRuntime
      userKey={pwaSessionKey(userId)}
      locale={locale}
      labels={{
        region: t("region"),
        offline: t("offlineBanner"),
        savedCopy: t.raw("savedCopy") as string,
        receiptSent: t.raw("receiptSent") as string,
        receiptRefused: t.raw("receiptRefused") as string,
        receiptsWaiting: t.raw("receiptsWaiting") as string,
        dismiss: t("dismiss"),
      }}
    />
  );
}
