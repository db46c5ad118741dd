/**
 * Issue 9 §4: the public order register (first page and page 1,000 by keyset) and the spend
 * dashboard at 10⁶ orders — through HTTP (the whole server-rendered page) and, beside it, the query
 * functions the pages call (lib/queries/register.ts, dashboard.ts) in-process.
 */
import type pg from "pg";
import { timeGet } from "./app";
import { summarise, type Summary } from "./stats";

export type TransparencyResult = {
  queries: Record<string, Summary>;
  pages: Record<string, Summary & { path: string }>;
  refreshSeconds: number;
  pageSize: number;
};

type RegisterModule = typeof import("../../lib/queries/register");
type DashboardModule = typeof import("../../lib/queries/dashboard");
type CursorModule = typeof import("../../lib/queries/cursor");

async function sample(runs: number, fn: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 2; i++) await fn(); // warm-up: first-use costs (connections, plans) are not what a visitor waits for
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return times;
}

export async function benchTransparency(opts: { pool: pg.Pool; baseUrl: string | null; runs: number; page: number }): Promise<TransparencyResult> {
  const register: RegisterModule = await import("../../lib/queries/register");
  const dashboard: DashboardModule = await import("../../lib/queries/dashboard");
  const { encodeCursor }: CursorModule = await import("../../lib/queries/cursor");

  const pageSize = register.REGISTER_PAGE_SIZE;
  // The cursor a visitor holds on page N: the last row of page N-1 in (createdAt desc, id) order.
  const { rows } = await opts.pool.query<{ createdAt: Date; id: string }>(
    `SELECT "createdAt" AT TIME ZONE 'UTC' AS "createdAt", id FROM "PurchaseOrder" ORDER BY "createdAt" DESC, id OFFSET $1 LIMIT 1`,
    [(opts.page - 1) * pageSize - 1],
  );
  if (!rows[0]) throw new Error(`fewer than ${opts.page} register pages`);
  const cursor = encodeCursor(rows[0]);
  const fy = dashboard.financialYearOf(new Date());

  const t0 = performance.now();
  await dashboard.refreshPublicViews();
  const refreshSeconds = Math.round((performance.now() - t0) / 100) / 10;

  const queries: TransparencyResult["queries"] = {
    "register page 1": summarise(await sample(opts.runs, () => register.listRegister({}, null))),
    [`register page ${opts.page.toLocaleString("en-US")}`]: summarise(await sample(opts.runs, () => register.listRegister({}, cursor))),
    "dashboard aggregates": summarise(await sample(opts.runs, () => dashboard.getDashboard(fy))),
  };
  const pages: TransparencyResult["pages"] = {};
  if (opts.baseUrl) {
    const paths = {
      "register page 1": "/orders",
      [`register page ${opts.page.toLocaleString("en-US")}`]: `/orders?cursor=${encodeURIComponent(cursor)}`,
      dashboard: `/dashboard?fy=${fy}`,
    };
    for (const [name, path] of Object.entries(paths)) {
      pages[name] = { ...summarise(await sample(opts.runs, () => timeGet(opts.baseUrl + path))), path };
    }
  }
  return { queries, pages, refreshSeconds, pageSize };
}
