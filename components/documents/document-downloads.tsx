import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { DownloadableDocument } from "@/lib/queries/documents";

/**
 * "Documents (PDF)": a download link for each issued document this person is a party to, on their
 * own pages (the public /verify page shows the facts; the PDF is the parties' instrument).
 */
export async function DocumentDownloads({ documents }: { documents: DownloadableDocument[] }) {
  const t = await getTranslations("documents");
  if (documents.length === 0) return null;
  return (
    <Card title={t("download.title")}>
      <ul className="space-y-1" data-testid="document-downloads">
        {documents.map((d) => (
          <li key={d.id}>
            <a href={d.href} download className="inline-flex min-h-11 items-center font-semibold break-words">
              {t("download.link", { kind: t(`kinds.${d.kind}`), number: d.number })}
            </a>
          </li>
        ))}
      </ul>
    </Card>
  );
}
