/**
 * A stand-in for Next's request scope so integration tests can call server actions as a browser
 * would: a cookie jar (sessions are real next-auth tokens, made by startSession), request headers,
 * and translations from the real catalogues. Use with the vi.mock calls in the test file:
 *
 *   vi.mock("next/headers", () => import("@/tests/support/request-context").then((m) => m.nextHeaders));
 *   vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
 *   vi.mock("next-intl/server", () => import("@/tests/support/request-context").then((m) => m.nextIntl));
 */
import { MESSAGES } from "@/lib/i18n/load-messages";

type Cookie = { name: string; value: string };
const jar = new Map<string, Cookie>();
let requestHeaders = new Headers();

export function resetRequest(headers: Record<string, string> = {}) {
  jar.clear();
  requestHeaders = new Headers(headers);
}

export function setRequestHeaders(headers: Record<string, string>) {
  requestHeaders = new Headers(headers);
}

export function cookieValue(name: string): string | undefined {
  return jar.get(name)?.value;
}

export function setCookie(name: string, value: string) {
  jar.set(name, { name, value });
}

const cookieStore = {
  get: (name: string) => jar.get(name),
  getAll: () => [...jar.values()],
  has: (name: string) => jar.has(name),
  set: (name: string | Cookie, value?: string) => {
    if (typeof name === "string") jar.set(name, { name, value: value ?? "" });
    else jar.set(name.name, { name: name.name, value: name.value });
    return cookieStore;
  },
  delete: (name: string) => {
    jar.delete(name);
    return cookieStore;
  },
};

export const nextHeaders = {
  cookies: async () => cookieStore,
  headers: async () => requestHeaders,
};

function lookup(tree: unknown, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), tree);
}

function translator(namespace?: string) {
  const messages = MESSAGES.en as unknown as Record<string, unknown>;
  const full = (key: string) => (namespace ? `${namespace}.${key}` : key);
  const t = (key: string, params: Record<string, string | number> = {}) => {
    const text = lookup(messages, full(key));
    if (typeof text !== "string") throw new Error(`missing message ${full(key)}`);
    return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
  };
  t.has = (key: string) => typeof lookup(messages, full(key)) === "string";
  t.raw = (key: string) => lookup(messages, full(key));
  return t;
}

export const nextIntl = {
  getTranslations: async (namespace?: string | { namespace?: string }) => translator(typeof namespace === "string" ? namespace : namespace?.namespace),
  getLocale: async () => "en",
};
