import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClasses } from "./button";

export type SearchParams = Record<string, string | string[] | undefined>;

type PaginationProps = {
  /** The list's path, e.g. "/orders". */
  pathname: string;
  /** The page's current search params; filters are kept, only the cursor changes. */
  searchParams: SearchParams;
  /** Keyset cursor of the next page, or null/undefined on the last page. */
  nextCursor?: string | null;
  /** Keyset cursor of the previous page when the query can go backwards. */
  prevCursor?: string | null;
  cursorParam?: string;
};

export function pageHref(pathname: string, searchParams: SearchParams, cursorParam: string, cursor: string | null): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(searchParams)) {
    if (key === cursorParam || value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
  }
  if (cursor) params.set(cursorParam, cursor);
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}

/**
 * Keyset pagination: "First page" once past it, "Previous" when a backwards cursor exists,
 * "Next" while there is more. Plain links, so it works without JavaScript and can be bookmarked.
 */
export function Pagination({ pathname, searchParams, nextCursor, prevCursor, cursorParam = "cursor" }: PaginationProps) {
  const t = useTranslations("common.pagination");
  const onFirstPage = !searchParams[cursorParam];
  if (onFirstPage && !nextCursor) return null;
  const link = (cursor: string | null, label: string, rel?: string) => (
    <li>
      <Link href={pageHref(pathname, searchParams, cursorParam, cursor)} rel={rel} className={buttonClasses("secondary")}>
        {label}
      </Link>
    </li>
  );
  return (
    <nav aria-label={t("label")} className="mt-4">
      <ul className="flex flex-wrap gap-2">
        {onFirstPage ? null : link(null, t("first"))}
        {prevCursor ? link(prevCursor, t("previous"), "prev") : null}
        {nextCursor ? link(nextCursor, t("next"), "next") : null}
      </ul>
    </nav>
  );
}
