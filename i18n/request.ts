import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { DISPLAY_TIME_ZONE, intlLocale } from "@/lib/domain/format";
import { LOCALE_COOKIE, parseUiLocale, pickLocale } from "@/lib/i18n/locale";
import { MESSAGES } from "@/lib/i18n/load-messages";

/**
 * next-intl's per-request configuration. URLs have no locale prefix, so the language comes from
 * an explicit override (`getTranslations({ locale })`), else the NEXT_LOCALE cookie, else the
 * browser's Accept-Language. The Intl locale is "en-IN" / "hi-IN" so numbers group as 1,23,45,678;
 * the catalogues stay "en" / "hi".
 */
export default getRequestConfig(async ({ locale: requested }) => {
  const locale =
    parseUiLocale(requested) ??
    pickLocale((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get("accept-language"));
  return { locale: intlLocale(locale), messages: MESSAGES[locale], timeZone: DISPLAY_TIME_ZONE };
});
