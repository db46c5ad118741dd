"use client";

import { usePathname, useSearchParams } from "next/navigation";

/**
 * The current page (path + query) as a hidden form field, so a form posted from any page — the
 * language switch — can send the browser back there. Rendered on the server too, so it works
 * without JavaScript; the action still validates it (safeReturnPath).
 */
export function ReturnToField() {
  const pathname = usePathname();
  const query = useSearchParams().toString();
  return <input type="hidden" name="returnTo" value={query ? `${pathname}?${query}` : pathname} />;
}
