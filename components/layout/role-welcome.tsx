import { getLocale, getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import { getProfileSummary } from "@/lib/queries/profile";

/** The first card of every role's home: who is signed in and for which organisation. */
export async function RoleWelcome({ actor }: { actor: Actor }) {
  const [t, locale, profile] = await Promise.all([getTranslations("roles"), getLocale(), getProfileSummary(actor)]);
  const scope = profile.scope ? (locale.startsWith("hi") ? profile.scope.hi : profile.scope.en) : t("stateScope");
  return (
    <section aria-labelledby="welcome-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h1 id="welcome-heading" className="text-2xl font-bold">{t("welcome", { name: profile.name })}</h1>
      <p className="mt-1 text-slate-700">{t(`${actor.role}.intro`, { scope })}</p>
    </section>
  );
}
