import type { InputHTMLAttributes, ReactNode } from "react";
import { describedBy, firstError, type FieldErrors } from "./field-shell";
import { cx } from "./cx";

type CheckboxProps = Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "type"> & {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: FieldErrors;
};

/**
 * A checkbox with its label beside it; the whole row (≥ 44 px tall) is the touch target. For a
 * group (several values of one name) give each an `id` and the `value`.
 */
export function Checkbox({ name, id = name, label, hint, error, className, ...input }: CheckboxProps) {
  const message = firstError(error);
  return (
    <div className={cx(message && "border-l-4 border-red-700 pl-3", className)}>
      {message ? (
        <p id={`${id}-error`} className="font-semibold text-red-800">
          {message}
        </p>
      ) : null}
      <label htmlFor={id} className="flex min-h-11 cursor-pointer items-center gap-3 py-1">
        <input type="checkbox" name={name} {...input} {...describedBy(id, hint, error)} className="size-5 shrink-0 accent-blue-800" />
        <span>{label}</span>
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="ml-8 text-slate-700">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
