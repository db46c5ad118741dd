"use client";

import { useEffect, useState } from "react";
// Imported up front, not on demand: without a connection there is no fetching it later.
import { enqueueReceipt, receiptFromForm } from "./receipt-queue";
import { shrinkPhoto } from "./shrink-photo";

/**
 * Works on the receipt form with id `formId` (which stays a normal server-action form, and may be
 * re-rendered as a new element after an error: hence listeners on the window, not on the form).
 * - A fresh idempotency key is put into the form when the page is shown: a page opened from the
 *   phone's saved copy must not reuse the key of that copy's first showing.
 * - Submitted with no connection: the fields and photos go to the offline queue under the form's
 *   key (submitting again replaces that entry, never adds a second) and the page runtime
 *   (pwa-runtime.tsx) sends them when the phone is back online.
 * - Chosen photos are shrunk to a size a slow connection can carry.
 */
export function OfflineReceiptForm({ formId, label, userKey, queuedMessage }: { formId: string; label: string; userKey: string; queuedMessage: string }) {
  const [queued, setQueued] = useState(false);

  useEffect(() => {
    const keyField = (form: HTMLFormElement) => {
      let field = form.querySelector<HTMLInputElement>('input[name="idempotencyKey"]');
      if (!field) {
        field = Object.assign(document.createElement("input"), { type: "hidden", name: "idempotencyKey" });
        form.append(field);
      }
      if (!field.value) field.value = crypto.randomUUID();
      return field;
    };
    const shown = document.getElementById(formId);
    if (shown instanceof HTMLFormElement) keyField(shown).value = crypto.randomUUID();

    const onSubmit = (event: SubmitEvent) => {
      const form = event.target;
      if (!(form instanceof HTMLFormElement) || form.id !== formId || navigator.onLine) return;
      // Capturing on the window runs before React's own listener: the server action, which
      // cannot reach the server, never starts.
      event.preventDefault();
      event.stopImmediatePropagation();
      const idempotencyKey = keyField(form).value;
      void enqueueReceipt(receiptFromForm(form, userKey, label, idempotencyKey)).then(() => {
        setQueued(true);
        window.dispatchEvent(new Event("manak:receipt-queued"));
      });
    };
    const onChange = (event: Event) => {
      const input = event.target;
      if (input instanceof HTMLInputElement && input.type === "file" && input.form?.id === formId && input.files?.length) void shrinkPhotos(input);
    };
    window.addEventListener("submit", onSubmit, true);
    window.addEventListener("change", onChange, true);
    return () => {
      window.removeEventListener("submit", onSubmit, true);
      window.removeEventListener("change", onChange, true);
    };
  }, [formId, label, userKey]);

  return (
    <div role="status">
      {queued ? <p className="mt-3 rounded-md border-2 border-amber-700 bg-amber-50 p-3 font-semibold text-amber-950">{queuedMessage}</p> : null}
    </div>
  );
}

async function shrinkPhotos(input: HTMLInputElement) {
  const files = [...(input.files ?? [])];
  const shrunk = await Promise.all(files.map(shrinkPhoto));
  if (shrunk.every((file, i) => file === files[i])) return;
  const transfer = new DataTransfer();
  for (const file of shrunk) transfer.items.add(file);
  input.files = transfer.files;
}
