import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { cx } from "./cx";

export type FieldErrors = string | string[] | undefined;

/** Ids and ARIA attributes that tie a control to its hint and error message. */
export function describedBy(id: string, hint: ReactNode, error: FieldErrors) {
  const ids = [hint ? `${id}-hint` : null, firstError(error) ? `${id}-error` : null].filter(Boolean);
  return {
    id,
    "aria-describedby": ids.length > 0 ? ids.join(" ") : undefined,
    "aria-invalid": firstError(error) ? (true as const) : undefined,
  };
}

export function firstError(error: FieldErrors): string | undefined {
  return Array.isArray(error) ? error[0] : error || undefined;
}

export const controlClasses = (invalid: boolean) =>
  cx(
    "mt-1 block w-full rounded-md border-2 bg-white px-3 py-2 text-base text-slate-900 min-h-11",
    invalid ? "border-red-700" : "border-slate-500",
  );

type ShellProps = { id: string; label: ReactNode; hint?: ReactNode; error?: FieldErrors; required?: boolean; children: ReactNode };

/**
 * Label above, hint, the error message (already translated) right next to the control, then the
 * control. Errors get a red bar at the left so they are not signalled by colour of text alone.
 */
export function FieldShell({ id, label, hint, error, required, children }: ShellProps) {
  const t = useTranslations("common");
  const message = firstError(error);
  return (
    <div className={cx(message && "border-l-4 border-red-700 pl-3")}>
      <label htmlFor={id} className="block font-semibold text-slate-900">
        <span data-field-label>{label}</span>
        {required ? <span className="font-normal text-slate-700"> ({t("required")})</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-slate-700">
          {hint}
        </p>
      ) : null}
      {message ? (
        <p id={`${id}-error`} className="font-semibold text-red-800">
          {message}
        </p>
      ) : null}
      {children}
    </div>
  );
}
