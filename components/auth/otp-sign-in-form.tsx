"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { buttonClasses } from "@/components/ui/button";
import type { FormState } from "@/lib/forms";
import { fillTemplate as fill } from "@/components/pwa/fill-template";
import { formatMobile } from "./format-mobile";

type Labels = {
  mobile: string;
  mobileHint: string;
  sendCode: string;
  sending: string;
  code: string;
  /** With {mobile} and {minutes}. */
  codeHint: string;
  verify: string;
  verifying: string;
  resend: string;
  /** With {seconds}. */
  resendIn: string;
  changeNumber: string;
};

/**
 * Two steps in one form: the mobile number, then the code. Works without JavaScript (each step
 * is a plain POST); with it, the code box gets the focus and the resend button counts down. An
 * error is reported as on every other form (FormMessage): a summary that takes the focus and links
 * the wrong field; the number typed is kept.
 */
export function OtpSignInForm({
  labels,
  next,
  validMinutes,
  otpSignInAction,
}: {
  labels: Labels;
  next?: string;
  validMinutes: number;
  otpSignInAction: (state: FormState, form: FormData) => Promise<FormState>;
}) {
  const [state, action] = useActionState<FormState, FormData>(otpSignInAction, {});
  const step = state.values?.step === "code" ? "code" : "mobile";
  const mobile = state.values?.mobile ?? "";
  const fieldErrors = state.fieldErrors ?? {};

  const secondsLeft = useCountdown(state, Number(state.values?.resendAfter ?? 0));
  // After an error the summary has the focus (FormMessage); otherwise the code box, ready to type.
  const failed = Boolean(state.message) && state.ok !== true;
  useEffect(() => {
    if (step === "code" && !failed) document.getElementById("code")?.focus();
  }, [step, state, failed]);

  return (
    <form id="otp-form" action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      {next ? <input type="hidden" name="next" value={next} /> : null}

      {step === "mobile" ? (
        <>
          <Field
            name="mobile" label={labels.mobile} hint={labels.mobileHint} error={fieldErrors.mobile}
            type="tel" inputMode="tel" autoComplete="tel" required defaultValue={mobile}
          />
          <SubmitButton name="intent" value="request" className="w-full" pendingLabel={labels.sending}>
            {labels.sendCode}
          </SubmitButton>
        </>
      ) : (
        <>
          <input type="hidden" name="mobile" value={mobile} />
          <Field
            name="code" label={labels.code} hint={fill(labels.codeHint, { mobile: formatMobile(mobile), minutes: validMinutes })} error={fieldErrors.code}
            inputMode="numeric" autoComplete="one-time-code" required
            className="text-2xl tracking-[0.3em]"
          />
          <SubmitButton name="intent" value="verify" className="w-full" pendingLabel={labels.verifying}>
            {labels.verify}
          </SubmitButton>
          <div className="flex flex-col gap-2">
            <button
              type="submit" name="intent" value="resend" formNoValidate
              disabled={secondsLeft > 0}
              className={buttonClasses("secondary", "w-full")}
            >
              {labels.resend}
            </button>
            {secondsLeft > 0 ? <p className="text-slate-700">{fill(labels.resendIn, { seconds: secondsLeft })}</p> : null}
            <button type="submit" name="intent" value="change" formNoValidate className={buttonClasses("ghost", "w-full")}>
              {labels.changeNumber}
            </button>
          </div>
        </>
      )}
    </form>
  );
}

/**
 * Seconds until a new code may be asked for, counting down from the last answer that sent one
 * (a wrong code in between does not restart or stop it). Zero until hydrated, so without
 * JavaScript the button is never stuck disabled (the server throttles anyway).
 */
function useCountdown(state: FormState, seconds: number): number {
  const [left, setLeft] = useState(0);
  const until = useRef(0);
  useEffect(() => {
    if (seconds > 0) until.current = Date.now() + seconds * 1000;
    const tick = () => {
      const remaining = Math.max(0, Math.ceil((until.current - Date.now()) / 1000));
      setLeft(remaining);
      if (remaining === 0) clearInterval(timer);
    };
    const timer = setInterval(tick, 1000);
    tick();
    return () => clearInterval(timer);
  }, [state, seconds]);
  return left;
}
