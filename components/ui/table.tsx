import { useId, type ReactNode } from "react";
import { cx } from "./cx";

export type Column<Row> = {
  /** Column heading; on phones also the label in front of each value. */
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** "end" for numbers and money, so digits line up. */
  align?: "start" | "end";
};

type TableProps<Row> = {
  /** Says what the table lists; read out by screen readers, visible unless `captionHidden`. */
  caption: ReactNode;
  captionHidden?: boolean;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  /** Shown instead of the table when there are no rows (usually an EmptyState). */
  empty?: ReactNode;
};

/**
 * A data table that, below the `sm` breakpoint, turns each row into a card of "label: value"
 * lines, so a 360 px phone never scrolls sideways. Wider screens get a normal table, scrollable
 * inside its own focusable region if it still does not fit.
 */
export function Table<Row>({ caption, captionHidden, columns, rows, rowKey, empty }: TableProps<Row>) {
  const captionId = useId();
  if (rows.length === 0 && empty) return <>{empty}</>;
  return (
    <div role="region" aria-labelledby={captionId} tabIndex={0} className="sm:overflow-x-auto">
      <table className="w-full border-collapse text-left max-sm:block">
        <caption id={captionId} className={cx("mb-2 text-left text-lg font-semibold max-sm:block", captionHidden && "sr-only")}>
          {caption}
        </caption>
        <thead className="max-sm:sr-only">
          <tr className="border-b-2 border-slate-400">
            {columns.map((column, i) => (
              <th key={i} scope="col" className={cx("px-3 py-2 font-semibold", column.align === "end" && "text-right")}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="max-sm:block max-sm:space-y-3">
          {rows.map((row) => (
            <tr key={rowKey(row)} className="border-slate-300 max-sm:block max-sm:rounded-lg max-sm:border max-sm:p-3 sm:border-b">
              {columns.map((column, i) => (
                <td
                  key={i}
                  className={cx(
                    "align-top max-sm:flex max-sm:justify-between max-sm:gap-4 max-sm:py-1 sm:px-3 sm:py-2",
                    column.align === "end" && "sm:text-right",
                  )}
                >
                  <span className="font-semibold text-slate-700 sm:hidden">{column.header}</span>
                  <span className="min-w-0 max-sm:text-right max-sm:break-words">{column.cell(row)}</span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
