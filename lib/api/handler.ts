import "server-only";
import { db } from "@/lib/db";
import { clientIpFrom, trustedProxyHops } from "@/lib/auth/client-ip";
import { bearerToken, tokenMatches, tokenState, type ApiScope } from "@/lib/domain/api-token/token";
import { log } from "@/lib/log";
import { apiRateLimits, countApiRequest } from "./rate-limit";

/**
 * The one way to write an open API route handler (docs/api.md). Order, fixed here:
 * 1. the client's address and, for office endpoints, the bearer token — before the query is read;
 * 2. the rate limit (per token once a token is known, else per address);
 * 3. the scope; then the handler. Bigints become decimal strings (paise).
 * Every request made with a real token (even a refused one) is logged in ApiTokenUse — except
 * rate-limit refusals after the first in a window, which are only counted.
 */
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

export const badRequest = (message: string) => new ApiError(400, "VALIDATION", message);
export const notFoundError = () => new ApiError(404, "NOT_FOUND", "Not found.");

export type TokenScope = { tokenId: string; officeId: string | null; scopes: string[] };
type Handler<C> = (ctx: { url: URL; request: Request; params: Record<string, string | string[]> } & C) => Promise<unknown>;
type RouteContext = { params: Promise<Record<string, string | string[]>> };

const jsonText = (body: unknown) => JSON.stringify(body, (_key, value) => (typeof value === "bigint" ? value.toString() : value));

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(jsonText(body), { status, headers: { "Content-Type": "application/json; charset=utf-8", ...headers } });
}

function problem(error: ApiError, headers: Record<string, string> = {}): Response {
  return json(error.status, { error: error.code, message: error.message }, { "Cache-Control": "no-store", ...headers });
}

function tooMany(retryAfter: number): Response {
  return problem(new ApiError(429, "RATE_LIMITED", "Too many requests; try again later."), { "Retry-After": String(retryAfter) });
}

async function run<C>(handler: Handler<C>, request: Request, routeContext: RouteContext | undefined, extra: C): Promise<Response> {
  try {
    const params = routeContext ? await routeContext.params : {};
    return json(200, await handler({ url: new URL(request.url), request, params, ...extra }));
  } catch (error) {
    if (error instanceof ApiError) return problem(error);
    log.error({ err: error, path: new URL(request.url).pathname }, "open API handler failed");
    return problem(new ApiError(500, "INTERNAL", "Something went wrong on our side."));
  }
}

/** A public endpoint: no token, limited per client address. */
export function publicEndpoint(handler: Handler<object>, { cache = "public, max-age=30" } = {}) {
  return async (request: Request, routeContext?: RouteContext): Promise<Response> => {
    const ip = clientIpFrom(request.headers, trustedProxyHops());
    const limited = await countApiRequest(`ip:${ip}`, apiRateLimits().perAddress);
    if (!limited.allowed) return tooMany(limited.retryAfter);
    const response = await run(handler, request, routeContext, {});
    if (response.status === 200) response.headers.set("Cache-Control", cache);
    return response;
  };
}

const UNAUTHENTICATED = new ApiError(401, "UNAUTHENTICATED", "A valid bearer token is required: Authorization: Bearer mnk_….");
const CHALLENGE = { "WWW-Authenticate": 'Bearer realm="manak"' };

/** An office endpoint: `Authorization: Bearer <token>` with `scope`, limited per token. */
export function tokenEndpoint(scope: ApiScope, handler: Handler<{ token: TokenScope }>) {
  return async (request: Request, routeContext?: RouteContext): Promise<Response> => {
    const ip = clientIpFrom(request.headers, trustedProxyHops());
    const secret = bearerToken(request.headers.get("authorization"));
    const row = secret
      ? await db.apiToken.findUnique({ where: { prefix: secret.slice(0, 12) }, select: { id: true, secretHash: true, officeId: true, scopes: true, expiresAt: true, revokedAt: true } })
      : null;
    if (!secret || !row || !tokenMatches(secret, row.secretHash)) {
      // No token of ours: counted against the address, so guessing is as slow as any public use.
      const limited = await countApiRequest(`ip:${ip}`, apiRateLimits().perAddress);
      return limited.allowed ? problem(UNAUTHENTICATED, CHALLENGE) : tooMany(limited.retryAfter);
    }
    const url = new URL(request.url);
    const respond = async (response: Response) => {
      await db.$transaction([
        db.apiTokenUse.create({ data: { tokenId: row.id, method: request.method, path: `${url.pathname}${url.search}`.slice(0, 500), status: response.status, ip } }),
        db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } }),
      ]);
      return response;
    };
    const state = tokenState(row);
    if (state !== "active") {
      // A dead token is no allowance of its own: counted against the address like no token.
      const limited = await countApiRequest(`ip:${ip}`, apiRateLimits().perAddress);
      if (!limited.allowed) return limited.firstRefusal ? respond(tooMany(limited.retryAfter)) : tooMany(limited.retryAfter);
      return respond(problem(new ApiError(401, "UNAUTHENTICATED", state === "expired" ? "This token has expired." : "This token has been revoked."), CHALLENGE));
    }
    const limited = await countApiRequest(`token:${row.id}`, apiRateLimits().perToken);
    // The first refusal in a window is logged; the rest are only counted, so a client that keeps
    // going past its limit cannot turn each refused request into rows in the log.
    if (!limited.allowed) return limited.firstRefusal ? respond(tooMany(limited.retryAfter)) : tooMany(limited.retryAfter);
    if (!row.scopes.includes(scope)) {
      return respond(problem(new ApiError(403, "FORBIDDEN", `This token lacks the scope ${scope}.`), { "WWW-Authenticate": `Bearer error="insufficient_scope", scope="${scope}"` }));
    }
    const response = await run(handler, request, routeContext, { token: { tokenId: row.id, officeId: row.officeId, scopes: row.scopes } });
    if (response.status === 200) response.headers.set("Cache-Control", "private, no-store");
    return respond(response);
  };
}

/** `limit` (1…max, default `fallback`) from the query; anything else is a 400. */
export function limitParam(url: URL, fallback = 50, max = 200): number {
  const raw = url.searchParams.get("limit");
  if (raw === null) return fallback;
  if (!/^\d{1,4}$/.test(raw) || Number(raw) < 1 || Number(raw) > max) throw badRequest(`limit must be 1 to ${max}.`);
  return Number(raw);
}

/** An optional enum query parameter: absent → null, unknown → 400. */
export function enumParam<T extends string>(url: URL, name: string, values: readonly T[]): T | null {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === "") return null;
  const found = values.find((v) => v === raw);
  if (!found) throw badRequest(`${name} must be one of ${values.join(", ")}.`);
  return found;
}
