import type { ReactNode, TextareaHTMLAttributes } from "react";
import { cx } from "./cx";
import { controlClasses, describedBy, FieldShell, firstError, type FieldErrors } from "./field-shell";

type TextareaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name"> & {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: FieldErrors;
};

export function Textarea({ name, id = name, label, hint, error, className, rows = 4, ...textarea }: TextareaProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} required={textarea.required}>
      <textarea name={name} rows={rows} {...textarea} {...describedBy(id, hint, error)} className={cx(controlClasses(!!firstError(error)), className)} />
    </FieldShell>
  );
}
