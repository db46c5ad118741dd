"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { Button, ButtonLink } from "@/components/ui/button";

/**
 * A page failed to render. The user sees a plain apology in their language and a reference they
 * can quote to the helpdesk (the digest appears in the server log); never a stack trace. "Try
 * again" uses `retry` (refetches the server components), not `reset` (client re-render only).
 */
export default function ErrorPage({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  const t = useTranslations("common.error");
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="mx-auto max-w-2xl px-4 py-12" role="alert">
      <h1 className="text-3xl font-bold text-blue-900">{t("title")}</h1>
      <p className="mt-3 text-lg text-slate-800">{t("body")}</p>
      {error.digest ? <p className="mt-2 font-mono text-slate-700">{t("reference", { digest: error.digest })}</p> : null}
      <div className="mt-6 flex flex-wrap gap-3">
        <Button onClick={retry}>{t("retry")}</Button>
        <ButtonLink href="/" variant="secondary">
          {t("home")}
        </ButtonLink>
      </div>
    </div>
  );
}
