import { checkDatabase } from "@/lib/queries/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const started = performance.now();
  const database = await checkDatabase();
  const body = { status: database ? "ok" : "degraded", database: database ? "up" : "down", ms: Math.round(performance.now() - started) };
  return Response.json(body, { status: database ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
