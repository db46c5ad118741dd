import type { InputHTMLAttributes, ReactNode } from "react";
import { cx } from "./cx";
import { controlClasses, describedBy, FieldShell, firstError, type FieldErrors } from "./field-shell";

type FieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "name"> & {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Translated message(s) for this field, e.g. FormState.fieldErrors[name]. */
  error?: FieldErrors;
};

/**
 * A labelled text input. Pass `defaultValue` from what the user sent (FormState.values) so a
 * failed submission keeps what was typed.
 */
export function Field({ name, id = name, label, hint, error, className, ...input }: FieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} required={input.required}>
      <input name={name} {...input} {...describedBy(id, hint, error)} className={cx(controlClasses(!!firstError(error)), className)} />
    </FieldShell>
  );
}
