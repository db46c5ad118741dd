import Link from "next/link";
import type { ReactNode } from "react";

/** A role's single window: a heading, the role's own navigation, then the page. */
export function RoleShell({ title, nav, children }: { title: string; nav: { href: string; label: string }[]; children: ReactNode }) {
  return (
    <div className="mx-auto max-w-6xl px-4 py-6">
      <p className="text-base font-semibold uppercase tracking-wide text-teal-800">{title}</p>
      {nav.length > 0 ? (
        <nav aria-label={title} className="mt-2 overflow-x-auto">
          <ul className="flex flex-wrap gap-2">
            {nav.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-3 py-2 hover:bg-slate-100 focus-visible:ring-4 focus-visible:ring-blue-300">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <div className="mt-6">{children}</div>
    </div>
  );
}
