import type { ReactNode } from "react";

/** Label–value pairs as a description list: two columns from `sm` up, stacked on phones. */
export function FactList({ items }: { items: { label: ReactNode; value: ReactNode }[] }) {
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[minmax(10rem,auto)_1fr]">
      {items.map((item, i) => (
        <div key={i} className="contents">
          <dt className="font-semibold text-slate-700">{item.label}</dt>
          <dd className="mb-2 min-w-0 break-words text-slate-900 sm:mb-0">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
