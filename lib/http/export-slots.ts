import { getTranslations } from "next-intl/server";

/**
 * Heavy public downloads (/orders.csv, the OCDS bulk export) share a few slots per server process,
 * so that however many are asked for at once, most of the database pool stays with people placing
 * and handling orders (issue 13: ten parallel CSV downloads took the whole pool). A download that
 * finds every slot taken gets 503 with Retry-After. EXPORT_MAX_CONCURRENT (default 2) per process.
 */
let running = 0;

export function exportSlotsMax(): number {
  const max = Number(process.env.EXPORT_MAX_CONCURRENT ?? 2);
  return Number.isInteger(max) && max > 0 ? max : 2;
}

export const EXPORT_RETRY_AFTER_SECONDS = 30;

/** A slot, or null when all are taken. The release function is safe to call more than once. */
export function takeExportSlot(): (() => void) | null {
  if (running >= exportSlotsMax()) return null;
  running += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    running -= 1;
  };
}

export async function exportsBusy(): Promise<Response> {
  const t = await getTranslations("errors");
  return Response.json(
    { error: t("exportBusy") },
    { status: 503, headers: { "Retry-After": String(EXPORT_RETRY_AFTER_SECONDS), "Cache-Control": "no-store" } },
  );
}

/** A body that gives its slot back when it has been read to the end, abandoned, or failed. */
export function streamHoldingSlot(release: () => void, pull: () => Promise<Uint8Array | null>, cancel: () => Promise<unknown>, first?: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      if (first) controller.enqueue(first);
    },
    async pull(controller) {
      try {
        const chunk = await pull();
        if (chunk === null) {
          release();
          controller.close();
        } else controller.enqueue(chunk);
      } catch (error) {
        release();
        controller.error(error);
      }
    },
    async cancel() {
      release();
      await cancel();
    },
  });
}
