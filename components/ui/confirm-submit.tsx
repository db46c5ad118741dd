"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { Button } from "./button";
import { SubmitButton } from "./submit-button";

type Props = {
  /** The button the person presses first, e.g. "Release ₹1,23,456". */
  children: ReactNode;
  /** What pressing it will do, in a sentence, with the figures that matter. */
  question: ReactNode;
  confirmLabel: ReactNode;
  cancelLabel: ReactNode;
  pendingLabel?: ReactNode;
};

/**
 * A submit that asks first (placing an order, releasing a payment: issue 15). The first press shows
 * what will happen and moves the focus there; only "Yes" submits, "Go back" returns to the form
 * with nothing lost. Without JavaScript it is a plain submit button: the form still works.
 */
export function ConfirmSubmit({ children, question, confirmLabel, cancelLabel, pendingLabel }: Props) {
  const [enhanced, setEnhanced] = useState(false);
  const [asking, setAsking] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  // Progressive enhancement: the question is asked only once the page's script runs.
  useEffect(() => setEnhanced(true), []);
  useEffect(() => {
    if (asking) panel.current?.focus();
  }, [asking]);
  // Once the form has been sent and answered (an error: the summary takes the focus), the question
  // is closed again, so the next attempt asks afresh with what was corrected.
  const { pending } = useFormStatus();
  const wasPending = useRef(false);
  useEffect(() => {
    if (wasPending.current && !pending) setAsking(false);
    wasPending.current = pending;
  }, [pending]);

  if (!enhanced) return <SubmitButton pendingLabel={pendingLabel}>{children}</SubmitButton>;
  if (!asking) {
    return (
      <Button data-confirm-open onClick={() => setAsking(true)}>
        {children}
      </Button>
    );
  }
  return (
    <div
      ref={panel}
      tabIndex={-1}
      role="group"
      aria-labelledby="confirm-question"
      data-testid="confirm-submit"
      className="space-y-3 rounded-md border-2 border-amber-600 bg-amber-50 p-4 focus:outline-4 focus:outline-offset-2 focus:outline-amber-700"
    >
      <p id="confirm-question" className="font-semibold text-slate-900">{question}</p>
      <div className="flex flex-wrap gap-3">
        <SubmitButton pendingLabel={pendingLabel}>{confirmLabel}</SubmitButton>
        <Button variant="secondary" onClick={() => setAsking(false)}>{cancelLabel}</Button>
      </div>
    </div>
  );
}
