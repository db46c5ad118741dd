/**
 * Set while receipts wait in the offline queue: every page checks it (cheap, synchronous) and
 * loads the queue code only when there is something to send.
 */
export const WAITING_FLAG = "manak.receiptsWaiting";

export function receiptsWaiting(): boolean {
  try {
    return localStorage.getItem(WAITING_FLAG) !== null;
  } catch {
    return false; // storage blocked (private mode settings): nothing can have been queued
  }
}
