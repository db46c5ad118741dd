import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { apiRateLimits } from "@/lib/api/limits";
import { openApiDocument } from "@/lib/api/openapi";
import { publicBaseUrl } from "@/lib/documents/urls";
import { API_SCOPES, MAX_TOKEN_DAYS } from "@/lib/domain/api-token/token";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("developers");
  return { title: t("title") };
}

type Parameter = { name: string; in: "query" | "path"; required?: boolean; description: string; example?: unknown };
type Operation = { operationId: string; description: string; parameters: Parameter[]; responses: Record<string, { description: string }>; "x-scope"?: string };

/** An example URL: path parameters filled with their examples (or a placeholder), no query. */
function exampleUrl(base: string, path: string, op: Operation): string {
  return base + path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const param = op.parameters.find((p) => p.name === name);
    return param?.example !== undefined ? String(param.example) : `{${name}}`;
  });
}

/** The open API's readable page: conventions, how to get a token, every endpoint from /api/openapi.json. */
export default async function DevelopersPage() {
  const t = await getTranslations("developers");
  const base = publicBaseUrl();
  const doc = openApiDocument(base);
  const limits = apiRateLimits();
  const operations = Object.entries(doc.paths).map(([path, item]) => ({ path, op: (item as unknown as { get: Operation }).get }));
  const groups = [
    { title: t("publicTitle"), ops: operations.filter((o) => !o.op["x-scope"]) },
    { title: t("officeTitle"), ops: operations.filter((o) => o.op["x-scope"]) },
  ];
  return (
    <div className="mx-auto max-w-5xl space-y-6 px-4 py-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="max-w-prose">{t("intro")}</p>
      <p>
        <a href="/api/openapi.json" className="font-semibold text-blue-800 underline">{t("specLink")}</a>
      </p>
      <Card title={t("conventionsTitle")}>
        <ul className="list-disc space-y-1 pl-6">
          <li>{t("money")}</li>
          <li>{t("dates")}</li>
          <li>{t("paging")}</li>
          <li>{t("limits", { perAddress: limits.perAddress, perToken: limits.perToken })}</li>
          <li>{t("errors")}</li>
        </ul>
      </Card>
      <Card title={t("tokenTitle")}>
        <p className="max-w-prose">{t("tokenSteps", { days: MAX_TOKEN_DAYS })}</p>
        <p className="mt-2">{t("tokenExample")}</p>
        <pre className="mt-1 overflow-x-auto rounded bg-slate-100 p-3 text-sm"><code>{`curl -H "Authorization: Bearer mnk_…" ${base}/api/v1/office/bills?limit=50`}</code></pre>
        <h3 className="mt-3 font-semibold">{t("scopesTitle")}</h3>
        <ul className="list-disc pl-6">
          {API_SCOPES.map((scope) => (
            <li key={scope}><code>{scope}</code>: {t(`scope.${scope.replace(":", "_") as "read_orders"}`)}</li>
          ))}
        </ul>
      </Card>
      <p className="text-slate-700">{t("englishNote")}</p>
      {groups.map((group) => (
        <section key={group.title} className="space-y-4">
          <h2 className="text-xl font-bold">{group.title}</h2>
          {group.ops.map(({ path, op }) => (
            <article key={path} id={op.operationId} className="rounded-lg border border-slate-300 bg-white p-4">
              <h3 className="text-lg font-semibold">{t(`summaries.${op.operationId as "listOrders"}`)}</h3>
              <p className="mt-1 break-all font-mono"><span className="font-bold">GET</span> {path}</p>
              {op["x-scope"] ? <p className="mt-1 font-semibold">{t("needsScope", { scope: op["x-scope"] })}</p> : null}
              <p className="mt-2 max-w-prose whitespace-pre-line" lang="en">{op.description}</p>
              <h4 className="mt-3 font-semibold">{t("parameters")}</h4>
              {op.parameters.length === 0 ? (
                <p>{t("noParameters")}</p>
              ) : (
                <div className="overflow-x-auto">
                  <table className="mt-1 w-full text-left text-sm">
                    <thead>
                      <tr>
                        <th scope="col" className="pr-3">{t("columns.name")}</th>
                        <th scope="col" className="pr-3">{t("columns.in")}</th>
                        <th scope="col" className="pr-3">{t("columns.required")}</th>
                        <th scope="col">{t("columns.description")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {op.parameters.map((p) => (
                        <tr key={`${p.in}:${p.name}`} className="border-t border-slate-200">
                          <td className="pr-3 font-mono">{p.name}</td>
                          <td className="pr-3">{t(`in.${p.in}`)}</td>
                          <td className="pr-3">{p.required ? t("yes") : t("no")}</td>
                          <td lang="en">{p.description}{p.example !== undefined ? ` (${t("example")}: ${String(p.example)})` : ""}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
              <h4 className="mt-3 font-semibold">{t("answers")}</h4>
              <ul className="list-disc pl-6 text-sm" lang="en">
                {Object.entries(op.responses).map(([status, r]) => (
                  <li key={status}><span className="font-mono">{status}</span> {r.description}</li>
                ))}
              </ul>
              <h4 className="mt-3 font-semibold">{t("example")}</h4>
              <pre className="mt-1 overflow-x-auto rounded bg-slate-100 p-3 text-sm"><code>{`curl ${op["x-scope"] ? '-H "Authorization: Bearer mnk_…" ' : ""}"${exampleUrl(base, path, op)}"`}</code></pre>
            </article>
          ))}
        </section>
      ))}
    </div>
  );
}
