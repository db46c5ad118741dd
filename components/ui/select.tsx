import type { ReactNode, SelectHTMLAttributes } from "react";
import { cx } from "./cx";
import { controlClasses, describedBy, FieldShell, firstError, type FieldErrors } from "./field-shell";

export type SelectOption = { value: string; label: string };

type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, "name" | "children"> & {
  name: string;
  label: ReactNode;
  options: SelectOption[];
  /** First, empty option ("Choose…"), so nothing is silently pre-selected. */
  placeholder?: string;
  hint?: ReactNode;
  error?: FieldErrors;
};

export function Select({ name, id = name, label, options, placeholder, hint, error, className, ...select }: SelectProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} required={select.required}>
      <select name={name} {...select} {...describedBy(id, hint, error)} className={cx(controlClasses(!!firstError(error)), className)}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
