import type { ReactNode } from "react";
import { cx } from "@/components/ui/cx";

export type BarRow = {
  key: string;
  label: ReactNode;
  /** The figure as text, read by everyone (and by screen readers). */
  display: ReactNode;
  /** Bar length relative to the largest row (0–1). */
  fraction: number;
  /** Optional marker on the bar (0–1), e.g. a policy target, with its text. */
  marker?: { at: number; label: string };
  note?: ReactNode;
};

/**
 * A horizontal bar chart that is also the accessible table behind it: each row is a table row
 * with a header cell and the figure as text; the bar is decoration (aria-hidden). Server-rendered
 * CSS, no JavaScript; two columns so it reads on a 360 px phone.
 */
export function BarTable({ caption, labelHeader, valueHeader, rows }: { caption: ReactNode; labelHeader: ReactNode; valueHeader: ReactNode; rows: BarRow[] }) {
  return (
    <table className="w-full border-collapse text-left">
      <caption className="mb-2 text-left text-lg font-semibold">{caption}</caption>
      <thead className="sr-only sm:not-sr-only">
        <tr className="border-b-2 border-slate-400">
          <th scope="col" className="py-1 pr-3 font-semibold">{labelHeader}</th>
          <th scope="col" className="py-1 font-semibold">{valueHeader}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className="border-b border-slate-200 align-top">
            <th scope="row" className="w-2/5 py-2 pr-3 font-normal sm:w-1/3">{row.label}</th>
            <td className="py-2">
              <span className="font-semibold tabular-nums">{row.display}</span>
              {row.note ? <span className="ml-2 text-slate-700">{row.note}</span> : null}
              <div aria-hidden="true" className="relative mt-1 h-3 rounded-sm bg-slate-100">
                <div className={cx("h-3 rounded-sm bg-blue-800")} style={{ width: `${Math.min(100, Math.max(0, row.fraction * 100))}%` }} />
                {row.marker ? (
                  <div className="absolute -top-1 h-5 border-l-2 border-dashed border-orange-700" style={{ left: `${Math.min(100, row.marker.at * 100)}%` }} title={row.marker.label} />
                ) : null}
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
