// Server actions called the way React's client calls them, byte for byte:
//
// * JS (fetch) call: `POST <page>` with `Next-Action: <id>` and `Accept: text/x-component`. The
//   arguments go through React's `encodeReply`: a FormData argument becomes its entries renamed
//   `_<n>_<name>` plus a root field `0` with the JSON of the argument list, where the form is
//   `"$K<n>"`. A `useActionState` action gets `[prevState, formData]` (`[{}, "$K1"]`), a plain
//   form action `[formData]`, an action that uses no argument the text body `[]`. The root comes
//   LAST (the client `set`s it after the entries; the server resolves `$K1` from what it has read
//   so far — put first, the form arrives empty).
// * No-JS (progressive enhancement) submit: `POST <page>` without `Next-Action`, the form's own
//   fields plus `$ACTION_ID_<id>` (urlencoded or multipart), answered with a 303 or an HTML page.
//
// The answer of a JS call is a React Flight stream: row `0` names the result (`"a":"$@1"`), row
// `1` is the action's return value (our forms' FormState), a redirect is the header
// `x-action-redirect: <url>;<push|replace>` with status 200.
import { expect } from "@playwright/test";
import { BASE, Jar, multipart, send, type Field, type RawResponse } from "./http";
import { EXPECTATIONS } from "../expectations";
import { fillRoute, type ServerAction } from "./manifest";

export type CallOptions = {
  jar?: Jar;
  /** Send this Origin header; default none (a script, curl — what an attacker sends). */
  origin?: string;
  /** Values for the page route's dynamic segments. */
  params?: Record<string, string>;
  xForwardedFor?: string;
  /** Keep the server's Set-Cookie in the jar (default true). */
  keepCookies?: boolean;
  headers?: Record<string, string | number>;
  timeoutMs?: number;
  /** Another server than the suite's (e.g. a second `next start` on the same database). */
  port?: number;
};

export type FormStateResult = { ok?: boolean; message?: string; fieldErrors?: Record<string, string[]>; values?: Record<string, string> };

export type ActionOutcome = {
  status: number;
  redirect: string | null;
  state: FormStateResult | null;
  /** The action threw (Flight error row) or the server failed. */
  crashed: boolean;
  generic: boolean;
  response: RawResponse;
};

export const GENERIC_MESSAGES = ["Something went wrong on our side", "हमारी ओर से कुछ गड़बड़ हो गई"];

export function pagePath(action: ServerAction, params: Record<string, string> = {}): string {
  return fillRoute(action.routes[0] ?? "/", params);
}

/** How many arguments the page's form passes: from the id, or for a rest-arguments id from the table. */
export function argumentsSent(action: ServerAction): number {
  if (action.arity <= 6) return action.arity;
  const call = EXPECTATIONS[action.exportedName]?.call ?? "state";
  return call === "none" ? 0 : call === "plain" ? 1 : 2;
}

export function encodeCall(action: ServerAction, fields: Field[]): { body: Buffer; contentType: string } {
  const arity = argumentsSent(action);
  if (arity === 0) return { body: Buffer.from("[]"), contentType: "text/plain;charset=UTF-8" };
  const args = arity >= 2 ? [{}, "$K1", ...Array(arity - 2).fill("$undefined")] : ["$K1"];
  return multipart([...fields.map(([k, v]): Field => [`_1_${k}`, v]), ["0", JSON.stringify(args)]]);
}

export function headersFor(opts: CallOptions, extra: Record<string, string | number>): Record<string, string | number> {
  const headers: Record<string, string | number> = { ...extra, ...opts.headers };
  const cookie = opts.jar?.header();
  if (cookie) headers.cookie = cookie;
  if (opts.origin) headers.origin = opts.origin;
  if (opts.xForwardedFor) headers["x-forwarded-for"] = opts.xForwardedFor;
  return headers;
}

export async function callAction(action: ServerAction, fields: Field[], opts: CallOptions = {}): Promise<ActionOutcome> {
  const { body, contentType } = encodeCall(action, fields);
  return sendAction(action, body, contentType, opts);
}

/** Sends an already-encoded body as a JS call of the action (used by the fuzzer for broken bodies). */
export async function sendAction(action: ServerAction, body: Buffer, contentType: string, opts: CallOptions = {}): Promise<ActionOutcome> {
  const response = await send(pagePath(action, opts.params), {
    method: "POST",
    body,
    port: opts.port,
    timeoutMs: opts.timeoutMs,
    headers: headersFor(opts, { "next-action": action.id, accept: "text/x-component", "content-type": contentType, "content-length": body.length }),
  });
  if (opts.keepCookies !== false) opts.jar?.take(response);
  return readOutcome(response);
}

/** The no-JS submit of a plain form action (`$ACTION_ID_<id>` among the fields). */
export async function submitForm(action: ServerAction, fields: Field[], opts: CallOptions & { urlencoded?: boolean } = {}): Promise<ActionOutcome> {
  const all: Field[] = [[`$ACTION_ID_${action.id}`, ""], ...fields];
  let body: Buffer;
  let contentType: string;
  if (opts.urlencoded && all.every(([, v]) => typeof v === "string")) {
    body = Buffer.from(new URLSearchParams(all as [string, string][]).toString());
    contentType = "application/x-www-form-urlencoded";
  } else {
    ({ body, contentType } = multipart(all));
  }
  const response = await send(pagePath(action, opts.params), {
    method: "POST",
    body,
    timeoutMs: opts.timeoutMs,
    headers: headersFor(opts, { accept: "text/html", "content-type": contentType, "content-length": body.length }),
  });
  if (opts.keepCookies !== false) opts.jar?.take(response);
  return readOutcome(response);
}

export function readOutcome(response: RawResponse): ActionOutcome {
  const header = response.headers["x-action-redirect"];
  let redirect = typeof header === "string" ? header.replace(/;(push|replace)$/, "") : null;
  if (!redirect && response.status >= 300 && response.status < 400 && typeof response.headers.location === "string") redirect = response.headers.location;
  if (redirect?.startsWith(BASE)) redirect = redirect.slice(BASE.length);
  let state: FormStateResult | null = null;
  let errorRow = false;
  if (String(response.headers["content-type"] ?? "").includes("text/x-component")) {
    const row = response.body.split("\n").find((line) => line.startsWith("1:"));
    // notFound()/forbidden() also arrive as an error row, with Next's own digest: a refusal, not a crash.
    if (row?.startsWith("1:E")) errorRow = !/"digest":"NEXT_(HTTP_ERROR_FALLBACK|REDIRECT)/.test(row);
    else if (row) {
      try {
        const value = JSON.parse(row.slice(2)) as unknown;
        if (value && typeof value === "object") state = value as FormStateResult;
      } catch {
        // a Flight row that is not JSON: not a form state
      }
    }
  }
  const generic = GENERIC_MESSAGES.some((m) => response.body.includes(m));
  return { status: response.status, redirect, state, crashed: errorRow || response.status >= 500, generic, response };
}

export function describe(outcome: ActionOutcome): string {
  if (outcome.redirect) return `${outcome.status} → ${outcome.redirect}`;
  if (outcome.state) return `${outcome.status} ${outcome.state.ok === false ? "refused" : "state"}: ${outcome.state.message ?? JSON.stringify(outcome.state).slice(0, 120)}`;
  return `${outcome.status}${outcome.crashed ? " (crash)" : ""} ${outcome.response.body.slice(0, 120).replace(/\s+/g, " ")}`;
}

export function expectNoCrash(outcome: ActionOutcome, what: string) {
  expect(outcome.status, `${what}: ${describe(outcome)}`).toBeLessThan(500);
  expect(outcome.crashed, `${what}: the action threw (${describe(outcome)})`).toBe(false);
  expect(outcome.generic, `${what}: answered with the generic "something went wrong" (${describe(outcome)})`).toBe(false);
}
