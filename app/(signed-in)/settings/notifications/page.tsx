import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SubmitButton } from "@/components/ui/submit-button";
import { requireActor } from "@/lib/auth/session";
import { SWITCHABLE_CHANNELS } from "@/lib/notify/events";
import { getMyPreferences } from "@/lib/notify/queries";
import { savePreferencesAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notify.settings");
  return { title: t("title") };
}

export default async function NotificationSettingsPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const actor = await requireActor();
  const [{ saved }, t, rows] = await Promise.all([searchParams, getTranslations("notify"), getMyPreferences(actor)]);
  const channelLabel = { EMAIL: t("settings.email"), SMS: t("settings.sms") };
  return (
    <div className="mx-auto max-w-3xl px-4 py-6">
      <h1 className="text-2xl font-bold">{t("settings.title")}</h1>
      <p className="mt-1 text-slate-700">{t("settings.intro")}</p>
      {saved ? (
        <p role="status" className="mt-4 rounded-md border-l-4 border-green-700 bg-green-50 px-3 py-2 font-semibold text-green-900">
          {t("settings.saved")}
        </p>
      ) : null}
      {rows.length === 0 ? (
        <p className="mt-6">{t("settings.none")}</p>
      ) : (
        <form action={savePreferencesAction} className="mt-6 space-y-3">
          {rows.map((row) => {
            const hintId = `${row.event}-mandatory`;
            return (
              <fieldset key={row.event} className="rounded-lg border border-slate-300 bg-white p-4" aria-describedby={row.mandatory ? hintId : undefined}>
                <legend className="px-1 font-semibold">{t(`events.${row.event}`)}</legend>
                {row.mandatory ? (
                  <p id={hintId} className="text-slate-700">
                    {t("settings.mandatory")}
                  </p>
                ) : null}
                <div className="mt-1 flex flex-wrap gap-x-8">
                  {SWITCHABLE_CHANNELS.map((channel) => (
                    <label key={channel} className="inline-flex min-h-11 cursor-pointer items-center gap-2">
                      <input
                        type="checkbox"
                        name={`${row.event}:${channel}`}
                        defaultChecked={row[channel]}
                        disabled={row.mandatory}
                        className="h-5 w-5 accent-blue-800"
                      />
                      {channelLabel[channel]}
                    </label>
                  ))}
                </div>
              </fieldset>
            );
          })}
          <div className="flex flex-wrap items-center gap-4 pt-2">
            <SubmitButton pendingLabel={t("settings.saving")}>{t("settings.save")}</SubmitButton>
            <Link href="/notifications" className="font-semibold text-blue-800 underline">
              {t("settings.back")}
            </Link>
          </div>
        </form>
      )}
    </div>
  );
}
