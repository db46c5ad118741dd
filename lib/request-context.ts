/**
 * The request (or scheduled-job run) being served, carried through async calls so that deep code —
 * the audit writer, the logger — can name it without every function passing it along. The web node
 * (scripts/serve.ts) and the scheduler open a context; outside one, there is no request id.
 *
 * The store lives on globalThis: Next bundles lib/ into its server chunks, and the custom server
 * imports the same file unbundled; both must see one AsyncLocalStorage.
 */
import { AsyncLocalStorage } from "node:async_hooks";

export type RequestContext = {
  requestId: string;
  /** The request carries a session cookie: public reads go to the primary (lib/db-read.ts). */
  signedIn?: boolean;
};

const KEY = Symbol.for("manak.requestContext");
const globalStore = globalThis as unknown as { [KEY]?: AsyncLocalStorage<RequestContext> };
const storage = (globalStore[KEY] ??= new AsyncLocalStorage<RequestContext>());

export function withRequestContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
}

export function currentRequestId(): string | null {
  return storage.getStore()?.requestId ?? null;
}
