import type { ReactNode } from "react";

/** A list of "label: value" facts: two columns on wide screens, stacked on a phone. */
export function Facts({ items }: { items: { label: ReactNode; value: ReactNode; strong?: boolean }[] }) {
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
      {items.map((item, i) => (
        <div key={i} className="contents">
          <dt className="font-semibold text-slate-700">{item.label}</dt>
          <dd className={item.strong ? "text-lg font-bold text-slate-900" : "text-slate-900"}>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
