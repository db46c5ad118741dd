"use client";

import type { ButtonHTMLAttributes, ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { buttonClasses, type ButtonVariant } from "./button";

type SubmitButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, "type"> & {
  variant?: ButtonVariant;
  /** Shown while the form is being submitted (already translated). */
  pendingLabel?: ReactNode;
};

/**
 * A submit button that blocks double submission while its form's action runs. Without
 * JavaScript it is a plain submit button.
 */
export function SubmitButton({ variant, className, pendingLabel, children, disabled, ...props }: SubmitButtonProps) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={buttonClasses(variant, className)} disabled={disabled || pending} aria-busy={pending || undefined} {...props}>
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
