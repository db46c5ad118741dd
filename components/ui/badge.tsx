import type { ReactNode } from "react";

/**
 * Status colours. Callers map their entity's status to a tone (e.g. PAID → success,
 * OVERDUE → danger); the text itself always says the status, so colour is never the only cue.
 */
export type BadgeTone = "neutral" | "info" | "success" | "warning" | "danger";

const TONES: Record<BadgeTone, string> = {
  neutral: "border-slate-400 bg-slate-100 text-slate-900",
  info: "border-blue-300 bg-blue-50 text-blue-900",
  success: "border-green-300 bg-green-50 text-green-900",
  warning: "border-amber-400 bg-amber-50 text-amber-900",
  danger: "border-red-300 bg-red-50 text-red-900",
};

export function Badge({ tone = "neutral", children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={`inline-flex items-center rounded-full border px-2.5 py-0.5 text-base font-semibold whitespace-nowrap ${TONES[tone]}`}>{children}</span>;
}
