import Link from "next/link";
import { cx } from "@/components/ui/cx";

/** Two or three views of one list as links (work without JavaScript); the current one is marked for screen readers. */
export function Tabs({ label, tabs }: { label: string; tabs: { href: string; label: string; current: boolean }[] }) {
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-2 border-b-2 border-slate-300">
        {tabs.map((tab) => (
          <li key={tab.href}>
            <Link
              href={tab.href}
              aria-current={tab.current ? "page" : undefined}
              className={cx(
                "-mb-0.5 inline-flex min-h-11 items-center border-b-4 px-3 py-2 font-semibold focus-visible:ring-4 focus-visible:ring-blue-300",
                tab.current ? "border-blue-800 text-blue-900" : "border-transparent text-slate-700 hover:text-blue-900",
              )}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
