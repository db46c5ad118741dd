import { WAITING_FLAG } from "./receipt-queue-flag";

/**
 * Receipts recorded without a connection wait in IndexedDB (the photo as a Blob) and are sent to
 * /api/receipts when the phone is online again — from whichever Manak page is open then. Each
 * carries the idempotency key made when its form was shown, so however many times a send is
 * retried (a tab and a reload racing, a lost answer), the server records it once.
 */

export type QueuedReceipt = {
  idempotencyKey: string;
  /** Who queued it (opaque session key): only sent while the same person is signed in. */
  userKey: string;
  /** Shown in messages, e.g. the supply order number. */
  label: string;
  fields: [string, string][];
  files: { field: string; name: string; blob: Blob }[];
  queuedAt: number;
};

export type SendOutcome =
  | { kind: "sent"; label: string; link?: string }
  | { kind: "refused"; label: string; message: string };

const DB_NAME = "manak";
const STORE = "receipt-queue";

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: "idempotencyKey" });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function withStore<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = run(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

async function refreshFlag(): Promise<number> {
  const count = await withStore("readonly", (store) => store.count());
  if (count > 0) localStorage.setItem(WAITING_FLAG, String(count));
  else localStorage.removeItem(WAITING_FLAG);
  return count;
}

/** Reads a form into a queue entry; files are kept as Blobs (IndexedDB stores them natively). */
export function receiptFromForm(form: HTMLFormElement, userKey: string, label: string, idempotencyKey: string): QueuedReceipt {
  const fields: [string, string][] = [];
  const files: QueuedReceipt["files"] = [];
  for (const [field, value] of new FormData(form)) {
    if (field.startsWith("$ACTION") || field === "idempotencyKey") continue;
    if (typeof value === "string") fields.push([field, value]);
    else if (value.size > 0) files.push({ field, name: value.name, blob: value });
  }
  return { idempotencyKey, userKey, label, fields, files, queuedAt: Date.now() };
}

export async function enqueueReceipt(receipt: QueuedReceipt): Promise<number> {
  await withStore("readwrite", (store) => store.put(receipt));
  return refreshFlag();
}

export async function waitingCount(): Promise<number> {
  return localStorage.getItem(WAITING_FLAG) ? refreshFlag() : 0;
}

/**
 * Sends the signed-in person's waiting receipts, one at a time. Sent or refused for good (the
 * server said no: the order moved on, a field is wrong) → removed and reported; no connection,
 * a server error or a sign-in needed → kept for the next try. One tab at a time (Web Locks where
 * available; the idempotency key covers the rest).
 */
export async function sendWaitingReceipts(userKey: string): Promise<SendOutcome[]> {
  if (!localStorage.getItem(WAITING_FLAG)) return [];
  const run = () => sendAll(userKey);
  return navigator.locks ? navigator.locks.request("manak-receipt-queue", run) : run();
}

async function sendAll(userKey: string): Promise<SendOutcome[]> {
  const all = await withStore<QueuedReceipt[]>("readonly", (store) => store.getAll() as IDBRequest<QueuedReceipt[]>);
  const outcomes: SendOutcome[] = [];
  for (const receipt of all.filter((r) => r.userKey === userKey).sort((a, b) => a.queuedAt - b.queuedAt)) {
    const body = new FormData();
    for (const [field, value] of receipt.fields) body.append(field, value);
    for (const file of receipt.files) body.append(file.field, file.blob, file.name);
    body.append("idempotencyKey", receipt.idempotencyKey);
    let response: Response;
    try {
      response = await fetch("/api/receipts", { method: "POST", body, credentials: "same-origin", headers: { accept: "application/json" } });
    } catch {
      break; // still offline
    }
    if (response.ok) {
      const result = (await response.json().catch(() => ({}))) as { link?: string };
      outcomes.push({ kind: "sent", label: receipt.label, link: result.link });
    } else if (response.status >= 400 && response.status < 500 && ![401, 408, 425, 429].includes(response.status)) {
      const result = (await response.json().catch(() => ({}))) as { message?: string };
      outcomes.push({ kind: "refused", label: receipt.label, message: result.message ?? response.statusText });
    } else {
      break;
    }
    await withStore("readwrite", (store) => store.delete(receipt.idempotencyKey));
  }
  await refreshFlag();
  return outcomes;
}
