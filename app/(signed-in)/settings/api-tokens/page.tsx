import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { DateIst } from "@/components/ui/date-ist";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { grantableScopes, MAX_TOKEN_DAYS } from "@/lib/domain/api-token/token";
import { listApiTokens } from "@/lib/queries/api-tokens";
import { createApiTokenAction, revokeApiTokenAction } from "./actions";
import { CreateTokenForm, type CreateTokenLabels } from "./create-token-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("apiTokens");
  return { title: t("title") };
}

const LABEL_KEYS = ["name", "nameHint", "scopes", "expiresOn", "expiresHint", "submit", "tokenTitle", "tokenNote", "copy", "copied"] as const;
const istDay = (ms: number) => new Date(ms + 330 * 60_000).toISOString().slice(0, 10);
const scopeKey = (scope: string) => scope.replace(":", "_");

/** Open API tokens of the officer's office (all tokens for the admin): make one, see its use, revoke it. */
export default async function ApiTokensPage({ searchParams }: { searchParams: Promise<{ cursor?: string; revoked?: string }> }) {
  const actor = await requireActor();
  if (!can(actor.role, "apiToken.manage")) notFound();
  const [{ cursor, revoked }, t, locale] = await Promise.all([searchParams, getTranslations("apiTokens"), getLocale()]);
  const { tokens, nextCursor } = await listApiTokens(actor, typeof cursor === "string" ? cursor : null);
  const hi = locale.startsWith("hi");
  const labels = Object.fromEntries(LABEL_KEYS.map((k) => [k, t(`form.${k}`, { days: MAX_TOKEN_DAYS })])) as CreateTokenLabels;
  const now = Date.now();
  return (
    <div className="mx-auto max-w-4xl space-y-6 px-4 py-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="max-w-prose">{actor.role === "ADMIN" ? t("introAdmin") : t("intro")}</p>
      <p>
        <Link href="/developers" className="font-semibold text-blue-800 underline">{t("docsLink")}</Link>
      </p>
      {revoked ? <p role="status" className="rounded-md border-l-4 border-green-700 bg-green-50 px-3 py-2 font-semibold text-green-900">{t("revokedNotice")}</p> : null}
      <Card title={t("newTitle")}>
        <CreateTokenForm
          action={createApiTokenAction}
          scopes={grantableScopes(actor.role).map((s) => ({ value: s, label: `${t(`scopes.${scopeKey(s)}`)} (${s})` }))}
          defaultExpiry={istDay(now + 90 * 86_400_000)}
          minExpiry={istDay(now + 86_400_000)}
          maxExpiry={istDay(now + MAX_TOKEN_DAYS * 86_400_000)}
          labels={labels}
        />
      </Card>
      <Card title={t("listTitle")}>
        {tokens.length === 0 ? (
          <EmptyState title={t("empty")} />
        ) : (
          <ul className="space-y-4">
            {tokens.map((token) => (
              <li key={token.id} className="rounded-lg border border-slate-300 bg-white p-4" data-testid="api-token-row">
                <div className="flex flex-wrap items-center gap-3">
                  <h3 className="text-lg font-semibold">{token.name}</h3>
                  <span className="font-mono">{token.prefix}…</span>
                  <Badge tone={token.state === "active" ? "success" : "neutral"}>{t(`state.${token.state}`)}</Badge>
                </div>
                <dl className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-2">
                  <div><dt className="inline font-semibold">{t("columns.scopes")}: </dt><dd className="inline">{token.scopes.map((s) => t(`scopes.${scopeKey(s)}`)).join(", ")}</dd></div>
                  <div><dt className="inline font-semibold">{t("columns.office")}: </dt><dd className="inline">{token.office ? (hi ? token.office.nameHi : token.office.nameEn) : t("stateWide")}</dd></div>
                  <div><dt className="inline font-semibold">{t("columns.createdBy")}: </dt><dd className="inline">{token.createdBy.name}, <DateIst value={token.createdAt} /></dd></div>
                  <div><dt className="inline font-semibold">{t("columns.expires")}: </dt><dd className="inline"><DateIst value={token.expiresAt} /></dd></div>
                  <div><dt className="inline font-semibold">{t("columns.lastUsed")}: </dt><dd className="inline">{token.lastUsedAt ? <DateIst value={token.lastUsedAt} withTime /> : t("never")}</dd></div>
                  {token.revokedAt ? <div><dt className="inline font-semibold">{t("columns.revoked")}: </dt><dd className="inline"><DateIst value={token.revokedAt} /></dd></div> : null}
                </dl>
                {token.uses.length > 0 ? (
                  <details className="mt-2">
                    <summary className="cursor-pointer font-semibold text-blue-800">{t("usesTitle", { count: token.uses.length })}</summary>
                    <ul className="mt-1 space-y-1 font-mono text-sm">
                      {token.uses.map((use) => (
                        <li key={String(use.id)} className="break-all">
                          <DateIst value={use.createdAt} withTime /> · {use.method} {use.path} → {use.status} · {use.ip}
                        </li>
                      ))}
                    </ul>
                  </details>
                ) : null}
                {token.state === "active" ? (
                  <form action={revokeApiTokenAction} className="mt-3">
                    <input type="hidden" name="tokenId" value={token.id} />
                    <ConfirmSubmit question={t("revokeQuestion", { name: token.name })} confirmLabel={t("revokeConfirm")} cancelLabel={t("revokeCancel")}>
                      {t("revoke")}
                    </ConfirmSubmit>
                  </form>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {nextCursor ? (
          <p className="mt-4">
            <Link href={`/settings/api-tokens?cursor=${encodeURIComponent(nextCursor)}`} className="font-semibold text-blue-800 underline">{t("older")}</Link>
          </p>
        ) : null}
      </Card>
    </div>
  );
}
