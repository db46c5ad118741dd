/**
 * The message catalogues, statically imported so `next build` bundles them. Not server-only: the
 * notification worker renders e-mails and SMS from the same catalogues (createTranslator from
 * next-intl with MESSAGES[user.locale]).
 */
import type { UiLocale } from "./locale";
import { messages as en } from "./messages/en";
import { messages as hi } from "./messages/hi";

export type Messages = typeof en;

// Typed as English's shape: a key missing from the Hindi catalogue is also a type error.
export const MESSAGES: Record<UiLocale, Messages> = { en, hi };

/**
 * Namespaces sent to the browser for client components (useTranslations). Everything else stays
 * on the server; add a namespace here only when a "use client" component needs it.
 */
export const CLIENT_NAMESPACES = ["common"] as const satisfies readonly (keyof Messages)[];

export function clientMessages(locale: UiLocale): Pick<Messages, (typeof CLIENT_NAMESPACES)[number]> {
  const all = MESSAGES[locale];
  return Object.fromEntries(CLIENT_NAMESPACES.map((ns) => [ns, all[ns]])) as Pick<Messages, (typeof CLIENT_NAMESPACES)[number]>;
}
