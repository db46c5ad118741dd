import { useId, type ReactNode } from "react";
import { cx } from "./cx";

type CardProps = {
  title?: ReactNode;
  /** Keeps the page's heading outline right: h2 on a page, h3 inside a section. */
  headingLevel?: 2 | 3 | 4;
  /** Buttons or links shown beside the title. */
  actions?: ReactNode;
  className?: string;
  children: ReactNode;
};

export function Card({ title, headingLevel = 2, actions, className, children }: CardProps) {
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  return (
    <section aria-labelledby={title ? headingId : undefined} className={cx("rounded-lg border border-slate-300 bg-white p-4 shadow-sm", className)}>
      {title || actions ? (
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
          {title ? (
            <Heading id={headingId} className="text-xl font-semibold text-slate-900">
              {title}
            </Heading>
          ) : null}
          {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
        </div>
      ) : null}
      {children}
    </section>
  );
}
