export const dynamic = "force-dynamic";

/** Liveness: the process answers. No database call, so a database outage never restarts web nodes. */
export function GET() {
  return Response.json({ status: "ok", uptimeSeconds: Math.round(process.uptime()) }, { headers: { "Cache-Control": "no-store" } });
}
