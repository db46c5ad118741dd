/* global self, caches, fetch, URL, URLSearchParams, Headers, Response */
/*
 * Manak's service worker (hand-written; see docs/adr/0007-panchayat-pwa.md).
 * - Installs the offline page and the icons (the "shell").
 * - Build files under /_next/static/ never change once built (their names carry a hash):
 *   cache-first, so a page opened offline still gets its styles, scripts and fonts.
 * - Page loads go to the network first. The buyer window's home and order pages that load fine
 *   are kept (also those reached by in-app links: the page asks for them), so the last-viewed
 *   orders open offline; anything never kept gets the offline page.
 * - Kept pages hold one person's data. Every page tells the worker who is signed in (an opaque
 *   key, or "anon"); when that changes — sign-out, another account — kept pages older than the
 *   page that reported the change are deleted.
 * Receipts recorded offline are queued by the page itself (IndexedDB), not here: Background Sync
 * is missing from Safari and Firefox, so the page sends them when it is online again.
 */
const SHELL = "manak-shell-v1";
const STATIC = "manak-static";
const PAGES = "manak-pages";
const META = "manak-meta";
const SHELL_URLS = ["/offline", "/icons/icon-192.png", "/icons/maskable-192.png"];
// The buyer's home and order pages: what the panchayat needs at a delivery site with no signal.
const KEPT_PAGE = /^\/buyer(\/(orders|supply-orders)(\/[^/]+)?)?\/?$/;
const MAX_PAGES = 40;
const MAX_STATIC = 200;
const CACHED_AT = "x-manak-cached-at";
// The manifest's start URL: opened offline, it shows the kept buyer home if there is one.
const START_URL = "/sign-in";

/** Page loads answered from the kept copy, by the client they created (for the "saved copy" note). */
const servedFromCache = new Map();

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(SHELL_URLS)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith("manak-shell-") && n !== SHELL).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith("/_next/static/")) {
    event.respondWith(cacheFirst(request, event));
  } else if (request.mode === "navigate") {
    event.respondWith(networkFirstPage(request, url, event));
  }
});

async function cacheFirst(request, event) {
  const cache = await caches.open(STATIC);
  const hit = await cache.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok && response.type === "basic") {
    event.waitUntil(cache.put(request, response.clone()).then(() => trim(cache, MAX_STATIC)));
  }
  return response;
}

async function networkFirstPage(request, url, event) {
  try {
    const response = await fetch(request);
    if (KEPT_PAGE.test(url.pathname) && response.ok && response.type === "basic" && !response.redirected &&
        (response.headers.get("content-type") || "").includes("text/html")) {
      event.waitUntil(keepPage(url, response.clone()));
    }
    return response;
  } catch (error) {
    const pages = await caches.open(PAGES);
    const kept = (await pages.match(pageKey(url))) || (url.pathname === START_URL ? await pages.match(pageKey(new URL("/buyer", url))) : undefined);
    if (kept) {
      servedFromCache.set(event.resultingClientId, Number(kept.headers.get(CACHED_AT)) || null);
      return kept;
    }
    const offline = await caches.match("/offline");
    if (offline) return offline;
    throw error;
  }
}

// One copy per address (query included: a filtered list is a different page), except the
// one-time "?notice=…" a page shows after a form succeeded.
function pageKey(url) {
  const search = new URLSearchParams(url.search);
  search.delete("notice");
  const query = search.toString();
  return url.origin + url.pathname + (query ? `?${query}` : "");
}

async function keepPage(url, response) {
  const headers = new Headers(response.headers);
  headers.set(CACHED_AT, String(Date.now()));
  const body = await response.blob();
  const cache = await caches.open(PAGES);
  const key = pageKey(url);
  // Deleting first moves the page to the end of the list, so trimming drops the least recent.
  await cache.delete(key);
  await cache.put(key, new Response(body, { status: response.status, statusText: response.statusText, headers }));
  await trim(cache, MAX_PAGES);
}

async function trim(cache, max) {
  const keys = await cache.keys();
  await Promise.all(keys.slice(0, Math.max(0, keys.length - max)).map((key) => cache.delete(key)));
}

/**
 * In-app navigation (links) fetches page data, not pages, so the worker never sees it: the page
 * asks for its own address to be kept instead. Skipped when the copy is a few seconds old (the
 * worker kept it itself on a full page load).
 */
async function keepIfFresh(url) {
  if (url.origin !== self.location.origin || !KEPT_PAGE.test(url.pathname)) return;
  const kept = await (await caches.open(PAGES)).match(pageKey(url));
  if (kept && Date.now() - Number(kept.headers.get(CACHED_AT)) < 10_000) return;
  const response = await fetch(url, { credentials: "same-origin", headers: { accept: "text/html" } });
  if (response.ok && !response.redirected && (response.headers.get("content-type") || "").includes("text/html")) await keepPage(url, response);
}

/** Deletes kept pages stored before `since` (ms), i.e. before the page now showing was requested. */
async function forgetPagesBefore(since) {
  const cache = await caches.open(PAGES);
  for (const key of await cache.keys()) {
    const kept = await cache.match(key);
    const at = Number(kept && kept.headers.get(CACHED_AT));
    if (!(at >= since)) await cache.delete(key);
  }
}

self.addEventListener("message", (event) => {
  const data = event.data || {};
  if (data.type === "session" && typeof data.key === "string") {
    event.waitUntil(
      (async () => {
        const meta = await caches.open(META);
        const previous = await meta.match("/__session");
        const previousKey = previous ? await previous.text() : null;
        if (previousKey !== data.key) {
          if (previousKey !== null || data.key === "anon") await forgetPagesBefore(data.key === "anon" ? Infinity : Number(data.since) || 0);
          await meta.put("/__session", new Response(data.key));
        }
      })(),
    );
  } else if (data.type === "keep" && typeof data.url === "string") {
    event.waitUntil(keepIfFresh(new URL(data.url, self.location.origin)));
  } else if (data.type === "saved-copy" && event.ports[0]) {
    const id = event.source && event.source.id;
    event.ports[0].postMessage({ cachedAt: servedFromCache.get(id) ?? null });
    servedFromCache.delete(id);
  }
});
