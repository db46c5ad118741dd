// What the production build exposes, read from the build itself so that a new server action or
// route handler is attacked without anyone adding it here.
import { readFileSync } from "node:fs";
import path from "node:path";

const NEXT_DIR = path.join(import.meta.dirname, "../../../.next");

export type ServerAction = {
  id: string;
  /** `file#export`, e.g. `app/(vendor)/vendor/orders/actions.ts#acceptSupplyOrderAction`. */
  key: string;
  filename: string;
  exportedName: string;
  /** How many arguments the client sends (Next encodes the used-arguments mask in the id); 7: rest arguments, the form decides. */
  arity: number;
  /** The app routes whose pages include the action, e.g. `/vendor/orders/[id]`. */
  routes: string[];
};

type ManifestEntry = { workers: Record<string, unknown>; filename?: string; exportedName?: string };

/** Next's action ids start with a byte: 1 bit kind, 6 bits "argument i is used", 1 bit rest args. */
export function arityOf(id: string): number {
  const byte = parseInt(id.slice(0, 2), 16);
  const mask = (byte >> 1) & 0x3f;
  const rest = byte & 1;
  if (rest) return 7;
  for (let i = 0; i < 6; i++) if (mask & (1 << i)) return 6 - i; // the last argument used
  return 0;
}

/** `app/(buyer)/buyer/supply-orders/[id]/page` → `/buyer/supply-orders/[id]` (route groups dropped). */
export function routeOfWorker(worker: string): string {
  const segments = worker.replace(/^app\//, "").replace(/\/(page|route)$/, "").replace(/^(page|route)$/, "").split("/");
  const kept = segments.filter((s) => s && !/^\(.*\)$/.test(s));
  return `/${kept.join("/")}`;
}

export function serverActions(): ServerAction[] {
  const manifest = JSON.parse(readFileSync(path.join(NEXT_DIR, "server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, ManifestEntry>;
  };
  return Object.entries(manifest.node)
    .map(([id, entry]) => {
      const filename = entry.filename ?? "?";
      const exportedName = entry.exportedName ?? id;
      const routes = Object.keys(entry.workers)
        .filter((w) => w.endsWith("/page"))
        .map(routeOfWorker)
        .sort((a, b) => Number(a.includes("[")) - Number(b.includes("[")) || a.length - b.length);
      return { id, key: `${filename}#${exportedName}`, filename, exportedName, arity: arityOf(id), routes };
    })
    .sort((a, b) => a.key.localeCompare(b.key));
}

/** Every route handler of the build (app/**\/route.ts), as `/api/documents/[kind]/[id]`. */
export function routeHandlers(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(NEXT_DIR, "server/app-paths-manifest.json"), "utf8")) as Record<string, string>;
  return Object.keys(manifest)
    .filter((k) => k.endsWith("/route"))
    .map(routeOfWorker)
    .filter((r) => !r.startsWith("/_") && !/\.(ico|png|svg|webmanifest|txt|xml)$/.test(r) && r !== "/manifest.webmanifest")
    .sort();
}

/** Fills `[id]`-style segments (and catch-alls) of a route with the given values, or a stand-in. */
export function fillRoute(route: string, values: Record<string, string> = {}, fallback = "00000000-0000-4000-8000-000000000000"): string {
  return route.replace(/\[\[?(?:\.\.\.)?([^\]]+)\]\]?/g, (_m, name: string) => values[name] ?? fallback);
}
