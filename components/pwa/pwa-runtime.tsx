"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect, useState, useSyncExternalStore } from "react";
import { fillTemplate } from "./fill-template";
import type { SendOutcome } from "./receipt-queue";
import { receiptsWaiting } from "./receipt-queue-flag";

export type PwaLabels = {
  region: string;
  offline: string;
  /** With {time}. */
  savedCopy: string;
  /** With {order}. */
  receiptSent: string;
  /** With {order} and {reason}. */
  receiptRefused: string;
  /** With {count}. */
  receiptsWaiting: string;
  dismiss: string;
};

function subscribeOnline(onChange: () => void) {
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  return () => {
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
  };
}

/**
 * Registers the service worker, tells it who is signed in (so one person's kept pages never
 * outlive their session on a shared phone), shows the offline banner, and sends receipts that
 * were queued offline as soon as the phone is online — telling the user when they went through.
 */
export function PwaRuntime({ userKey, locale, labels }: { userKey: string | null; locale: "en" | "hi"; labels: PwaLabels }) {
  const online = useSyncExternalStore(subscribeOnline, () => navigator.onLine, () => true);
  // When the page now showing came from the phone's saved copy (and which page that was).
  const [savedCopy, setSavedCopy] = useState<{ path: string; at: number } | null>(null);
  const [waiting, setWaiting] = useState(0);
  const [outcomes, setOutcomes] = useState<SendOutcome[]>([]);
  const router = useRouter();

  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    navigator.serviceWorker.register("/sw.js", { updateViaCache: "none" }).catch(() => undefined);
    void navigator.serviceWorker.ready.then((registration) => {
      registration.active?.postMessage({ type: "session", key: userKey ?? "anon", since: performance.timeOrigin });
      const controller = navigator.serviceWorker.controller;
      if (!controller) return;
      const channel = new MessageChannel();
      const path = location.pathname;
      channel.port1.onmessage = (event: MessageEvent<{ cachedAt: number | null }>) =>
        setSavedCopy(event.data.cachedAt ? { path, at: event.data.cachedAt } : null);
      controller.postMessage({ type: "saved-copy" }, [channel.port2]);
    });
  }, [userKey]);

  // Links change the page without a page load the worker could keep: ask it to keep this one.
  const pathname = usePathname();
  useEffect(() => {
    if (userKey && /^\/buyer(\/(orders|supply-orders)(\/[^/]+)?)?$/.test(pathname)) {
      void navigator.serviceWorker?.ready.then((registration) => registration.active?.postMessage({ type: "keep", url: location.pathname + location.search }));
    }
  }, [userKey, pathname]);

  useEffect(() => {
    if (!userKey) return;
    let running = false;
    const send = async () => {
      if (running || !receiptsWaiting()) return;
      running = true;
      try {
        const queue = await import("./receipt-queue");
        const sent = navigator.onLine ? await queue.sendWaitingReceipts(userKey) : [];
        setWaiting(await queue.waitingCount());
        if (sent.length > 0) {
          setOutcomes((shown) => [...shown, ...sent]);
          router.refresh();
          setSavedCopy(null);
        }
      } catch {
        // Nothing is lost: the receipts stay queued and the next trigger tries again.
      } finally {
        running = false;
      }
    };
    void send();
    const whenVisible = () => document.visibilityState === "visible" && void send();
    window.addEventListener("online", send);
    window.addEventListener("manak:receipt-queued", send);
    document.addEventListener("visibilitychange", whenVisible);
    return () => {
      window.removeEventListener("online", send);
      window.removeEventListener("manak:receipt-queued", send);
      document.removeEventListener("visibilitychange", whenVisible);
    };
  }, [userKey, router]);

  // Back online on a saved copy: fetch the page's current state in place.
  const onSavedCopy = savedCopy?.path === pathname;
  useEffect(() => {
    if (!onSavedCopy) return;
    const refresh = () => {
      router.refresh();
      setSavedCopy(null);
    };
    window.addEventListener("online", refresh);
    return () => window.removeEventListener("online", refresh);
  }, [onSavedCopy, router]);

  const time =
    savedCopy && onSavedCopy
      ? new Intl.DateTimeFormat(locale === "hi" ? "hi-IN" : "en-IN", { timeZone: "Asia/Kolkata", dateStyle: "medium", timeStyle: "short" }).format(savedCopy.at)
      : null;

  return (
    <aside aria-label={labels.region} className="sticky top-0 z-30">
      <div role="status">
        {!online || time ? (
          <p className="border-b-2 border-amber-700 bg-amber-100 px-4 py-2 font-semibold text-amber-950">
            {!online ? labels.offline : null} {time ? fillTemplate(labels.savedCopy, { time }) : null}
          </p>
        ) : null}
        {waiting > 0 ? <p className="border-b border-slate-300 bg-slate-100 px-4 py-2 text-slate-900">{fillTemplate(labels.receiptsWaiting, { count: waiting })}</p> : null}
      </div>
      {outcomes.length > 0 ? (
        <div role="alert" className="border-b-2 border-blue-800 bg-blue-50 px-4 py-2 text-slate-900">
          <ul className="space-y-1">
            {outcomes.map((outcome, i) => (
              <li key={i}>
                {outcome.kind === "sent"
                  ? fillTemplate(labels.receiptSent, { order: outcome.label })
                  : fillTemplate(labels.receiptRefused, { order: outcome.label, reason: outcome.message })}
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => setOutcomes([])} className="mt-1 min-h-11 font-semibold text-blue-900 underline">
            {labels.dismiss}
          </button>
        </div>
      ) : null}
    </aside>
  );
}
