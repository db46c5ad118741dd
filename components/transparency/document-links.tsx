import Link from "next/link";
import { useTranslations } from "next-intl";

type DocumentRef = { id: string; kind: string; number: string };

/** Links to the public verification page of each issued document. */
export function DocumentLinks({ documents }: { documents: DocumentRef[] }) {
  const t = useTranslations();
  if (documents.length === 0) return null;
  return (
    <ul className="mt-2 flex flex-wrap gap-x-4">
      {documents.map((d) => (
        <li key={d.id}>
          <Link href={`/verify/${d.id}`} className="inline-flex min-h-11 items-center">
            {t("orders.order.verifyDocument", { kind: t(`documents.kinds.${d.kind}` as "documents.kinds.BILL"), number: d.number })}
          </Link>
        </li>
      ))}
    </ul>
  );
}
