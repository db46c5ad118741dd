import type { ReactNode } from "react";

/** What a list shows when it has nothing: say so plainly and offer the next step. */
export function EmptyState({ title, children, action }: { title: ReactNode; children?: ReactNode; action?: ReactNode }) {
  return (
    <div className="rounded-lg border-2 border-dashed border-slate-300 px-4 py-8 text-center">
      <p className="text-lg font-semibold text-slate-900">{title}</p>
      {children ? <div className="mt-1 text-slate-700">{children}</div> : null}
      {action ? <div className="mt-4 flex justify-center">{action}</div> : null}
    </div>
  );
}
