import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button, ButtonLink } from "@/components/ui/button";

const QUICK_LINKS = [
  { href: "/catalogue", key: "catalogue" },
  { href: "/orders", key: "orders" },
  { href: "/dashboard", key: "dashboard" },
  { href: "/verify", key: "verify" },
  { href: "/register", key: "register" },
] as const;

/** The public front door: what Manak is, a catalogue search, and where each visitor goes next. */
export default async function HomePage() {
  const t = await getTranslations("home");
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <section aria-labelledby="home-title" className="max-w-3xl">
        <h1 id="home-title" className="text-3xl font-bold text-blue-900 sm:text-4xl">
          {t("title")}
        </h1>
        <p className="mt-3 text-lg text-slate-800">{t("intro")}</p>

        <form action="/catalogue" method="get" role="search" className="mt-6">
          <label htmlFor="home-q" className="block font-semibold">
            {t("search.label")}
          </label>
          <p id="home-q-hint" className="text-slate-700">
            {t("search.hint")}
          </p>
          <div className="mt-1 flex flex-col gap-2 sm:flex-row">
            <input
              id="home-q"
              name="q"
              type="search"
              aria-describedby="home-q-hint"
              className="min-h-11 w-full rounded-md border-2 border-slate-500 px-3 py-2 text-base"
            />
            <Button type="submit" className="px-5">
              {t("search.button")}
            </Button>
          </div>
        </form>
      </section>

      <section aria-labelledby="home-links" className="mt-10">
        <h2 id="home-links" className="text-2xl font-semibold">
          {t("linksHeading")}
        </h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {QUICK_LINKS.map((link) => (
            <li key={link.href} className="rounded-lg border border-slate-300 bg-white p-4 shadow-sm hover:border-blue-800">
              <Link href={link.href} className="text-lg font-semibold">
                {t(`links.${link.key}.title`)}
              </Link>
              <p className="mt-1 text-slate-700">{t(`links.${link.key}.body`)}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="home-sign-in" className="mt-10 rounded-lg border-l-4 border-l-saffron bg-blue-50 p-5">
        <h2 id="home-sign-in" className="text-xl font-semibold">
          {t("signIn.heading")}
        </h2>
        <p className="mt-1 text-slate-800">{t("signIn.body")}</p>
        <ButtonLink href="/sign-in" className="mt-4">
          {t("signIn.button")}
        </ButtonLink>
      </section>
    </div>
  );
}
