import Link from "next/link";
import type { ButtonHTMLAttributes, ComponentProps } from "react";
import { cx } from "./cx";

export type ButtonVariant = "primary" | "secondary" | "danger" | "ghost";

const VARIANTS: Record<ButtonVariant, string> = {
  primary: "border-blue-800 bg-blue-800 text-white hover:border-blue-900 hover:bg-blue-900",
  secondary: "border-blue-800 bg-white text-blue-800 hover:bg-blue-50",
  danger: "border-red-700 bg-red-700 text-white hover:border-red-800 hover:bg-red-800",
  ghost: "border-transparent bg-transparent text-blue-800 hover:bg-blue-50",
};

/** Shared by buttons and button-looking links: ≥ 44 px tall, 16 px text. */
export function buttonClasses(variant: ButtonVariant = "primary", className?: string): string {
  return cx(
    "inline-flex min-h-11 items-center justify-center gap-2 rounded-md border-2 px-4 py-2 text-base font-semibold no-underline",
    "disabled:cursor-not-allowed disabled:opacity-60 aria-disabled:cursor-not-allowed aria-disabled:opacity-60",
    VARIANTS[variant],
    className,
  );
}

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant };

export function Button({ variant, className, type = "button", ...props }: ButtonProps) {
  return <button type={type} className={buttonClasses(variant, className)} {...props} />;
}

type ButtonLinkProps = ComponentProps<typeof Link> & { variant?: ButtonVariant };

/** A link that looks like a button (navigation, not an action). */
export function ButtonLink({ variant, className, ...props }: ButtonLinkProps) {
  return <Link className={buttonClasses(variant, className)} {...props} />;
}
