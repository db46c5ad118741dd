"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type MouseEvent } from "react";
import type { FormState } from "@/lib/forms";

type Problem = { name: string; label: string | null; message: string; targetId: string | null };

/** The control a field error belongs to: by id (Field's default id is its name), else by name. */
function findControl(form: HTMLFormElement, name: string): HTMLElement | null {
  const byId = form.ownerDocument.getElementById(name);
  if (byId && form.contains(byId)) return byId;
  return form.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`);
}

/** What the person sees as the field's name: its label (without "(required)"), or its group's legend. */
function labelOf(control: HTMLElement): string | null {
  const label = (control as HTMLInputElement).labels?.[0];
  const own = label ? (label.querySelector("[data-field-label]")?.textContent ?? label.textContent) : null;
  const radio = control instanceof HTMLInputElement && (control.type === "radio" || control.type === "checkbox") && control.closest("fieldset");
  const groupLegend = radio ? radio.querySelector("legend")?.textContent : null;
  const text = (groupLegend || own)?.trim() || null;
  // A label repeated across a form (e.g. "Observed value" for every parameter) gets its group's name.
  const group = control.closest<HTMLElement>("[data-field-group]")?.dataset.fieldGroup;
  return group && text ? `${group} — ${text}` : text;
}

/**
 * The result of a form's server action. On an error: one summary at the top of the form that
 * takes the focus (so the page does not jump and a screen reader reads it), lists every wrong
 * field with a link that moves to it, and says what could not be kept (passwords and chosen files
 * are never sent back: they must be typed or chosen again). Without JavaScript the message still
 * shows; each field's own error is next to it either way.
 */
export function FormMessage({ state }: { state: FormState }) {
  const t = useTranslations("common.formErrors");
  const ref = useRef<HTMLDivElement>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [lost, setLost] = useState<{ passwords: boolean; files: boolean }>({ passwords: false, files: false });
  const failed = Boolean(state.message) && state.ok !== true;

  useEffect(() => {
    const summary = ref.current;
    const form = summary?.closest("form");
    if (!failed || !summary || !form) return;
    const found = Object.entries(state.fieldErrors ?? {}).flatMap(([name, messages]) =>
      messages.slice(0, 1).map((message) => {
        const control = findControl(form, name);
        if (control && !control.id) control.id = `field-${name.replace(/[^A-Za-z0-9_-]/g, "-")}`;
        return { name, message, label: control ? labelOf(control) : null, targetId: control?.id ?? null };
      }),
    );
    // Read from the form as rendered with the server's answer, once per answer.
    setProblems(found);
    setLost({
      passwords: form.querySelector('input[type="password"]') !== null,
      files: Array.from(form.querySelectorAll<HTMLInputElement>('input[type="file"]')).length > 0,
    });
    summary.focus();
  }, [state, failed]);

  if (!state.message) return null;
  if (!failed) {
    return (
      <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-green-900">
        {state.message}
      </p>
    );
  }
  const go = (targetId: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(targetId);
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView({ block: "center" });
    target.focus({ preventScroll: true });
  };
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="form-error-summary-title"
      data-testid="error-summary"
      className="rounded-md border-2 border-red-700 bg-red-50 p-4 text-red-900 focus:outline-4 focus:outline-offset-2 focus:outline-red-700"
    >
      <p id="form-error-summary-title" className="font-semibold">{state.message}</p>
      {problems.length > 0 ? (
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {problems.map((p) => (
            <li key={p.name}>
              {p.targetId ? (
                <a href={`#${p.targetId}`} onClick={go(p.targetId)} className="font-semibold text-red-900 underline">
                  {p.label ? `${p.label}: ${p.message}` : p.message}
                </a>
              ) : (
                p.message
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {lost.passwords ? <p className="mt-2">{t("passwordsAgain")}</p> : null}
      {lost.files ? <p className="mt-2">{t("filesAgain")}</p> : null}
    </div>
  );
}
